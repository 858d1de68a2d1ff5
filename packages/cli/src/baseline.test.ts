import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lintSources } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { applyBaseline, fingerprint, parseBaseline, serializeBaseline, updateBaseline } from './baseline.js';
import { adr, fakeRules, run, useTempRepos } from './testing/fixtures.js';

const repo = useTempRepos();
const rules = fakeRules;

function lintOne(text: string, path = '/repo/docs/adr/0001-a.md') {
  const { results, documents } = lintSources([{ path, text }], {}, rules);
  return [{ result: results[0], document: documents[0] }].map(({ result, document }) => {
    if (!result || !document) throw new Error('nothing linted');
    return { result, document };
  });
}

describe('baseline fingerprints', () => {
  it('stay the same when the finding moves to another line', () => {
    const before = lintOne('# A\n\n- ERRMARK here\n');
    const after = lintOne('# A\n\nA new paragraph.\n\nAnother.\n\n  - ERRMARK   here\n');
    const [a] = before;
    const [b] = after;
    if (!a?.result.findings[0] || !b?.result.findings[0]) throw new Error('expected findings');
    expect(a.result.findings[0].line).not.toBe(b.result.findings[0].line);
    expect(fingerprint(a.document, a.result.findings[0])).toBe(fingerprint(b.document, b.result.findings[0]));
  });

  it('differ when the line says something else or the rule reports another problem', () => {
    const [one] = lintOne('ERRMARK one\nERRMARK two\n');
    const [first, second] = one?.result.findings ?? [];
    if (!one || !first || !second) throw new Error('expected two findings');
    expect(fingerprint(one.document, first)).not.toBe(fingerprint(one.document, second));
    expect(fingerprint(one.document, first)).not.toBe(
      fingerprint(one.document, { ...first, messageId: 'another' }),
    );
  });

  it('hide up to the recorded count: a second identical finding is new', () => {
    const baseline = updateBaseline(null, '/repo', lintOne('- ERRMARK\n'), () => true);
    const filtered = applyBaseline(baseline, '/repo', lintOne('- ERRMARK\n\n- ERRMARK\n'));
    expect(filtered.suppressed).toBe(1);
    expect(filtered.results[0]?.findings.map((f) => f.line)).toEqual([3]);
    expect(filtered.results[0]?.errorCount).toBe(1);
  });
});

describe('baseline file', () => {
  it('serializes with sorted keys at every level, so rewriting gives the same bytes', () => {
    const text = serializeBaseline({
      version: 1,
      files: { 'b.md': { 'z-rule': { f2: 1, f1: 2 }, 'a-rule': { f3: 1 } }, 'a.md': { 'a-rule': { f0: 1 } } },
    });
    expect(text).toBe(
      `${JSON.stringify(
        {
          version: 1,
          files: {
            'a.md': { 'a-rule': { f0: 1 } },
            'b.md': { 'a-rule': { f3: 1 }, 'z-rule': { f1: 2, f2: 1 } },
          },
        },
        null,
        2,
      )}\n`,
    );
    expect(serializeBaseline(parseBaseline(text))).toBe(text);
  });

  it.each([
    ['{', /^not valid JSON/],
    ['[]', /^expected an object with "version" and "files"$/],
    ['{"version": 2, "files": {}}', /^"version" is 2; this docket reads version 1$/],
    ['{"version": 1, "files": []}', /^"files" must be an object$/],
    [
      '{"version": 1, "files": {"a.md": {"r": {"f": 0}}}}',
      /^files\["a.md"\]\["r"\]\["f"\] is 0; expected a count/,
    ],
  ])('rejects %s with the key path', (text, message) => {
    expect(() => parseBaseline(text)).toThrow(message);
  });
});

describe('docket lint --update-baseline', () => {
  const record = (marks: string) => adr('1. First', 'Accepted', marks);

  it('records the findings, then later runs report only new ones', async () => {
    const root = await repo({
      'docs/adr/0001-first.md': record('ERRMARK in the decision.\n\n- WARNMARK too'),
      'docs/adr/0002-second.md': adr('2. Second', 'Accepted'),
    });
    const update = await run(['lint', '--update-baseline'], root, { rules });
    expect(update).toEqual({
      code: 0,
      stdout: '',
      stderr: 'docket: wrote .docket-baseline.json: 2 findings in 1 file; later runs report only new ones\n',
    });
    const written = await readFile(join(root, '.docket-baseline.json'), 'utf8');
    expect(Object.keys(parseBaseline(written).files)).toEqual(['docs/adr/0001-first.md']);
    await run(['lint', '--update-baseline'], root, { rules });
    expect(await readFile(join(root, '.docket-baseline.json'), 'utf8')).toBe(written);

    // Lines move: still known.
    const moved = record('A new first paragraph.\n\nERRMARK in the decision.\n\n- WARNMARK too');
    await writeFile(join(root, 'docs/adr/0001-first.md'), moved);
    expect(await run(['lint'], root, { rules })).toEqual({ code: 0, stdout: '', stderr: '' });

    // A second identical finding and a new one are reported; the known ones are not.
    await writeFile(
      join(root, 'docs/adr/0001-first.md'),
      `${moved}\nERRMARK in the decision.\n\nERRMARK elsewhere.\n`,
    );
    const later = await run(['lint', '-f', 'json'], root, { rules });
    expect(later.code).toBe(1);
    const [file] = JSON.parse(later.stdout) as { messages: { line: number }[] }[];
    expect(file?.messages.map((m) => m.line)).toEqual([21, 23]);

    // --no-baseline shows everything.
    const all = await run(['lint', '--no-baseline', '-f', 'json'], root, { rules });
    expect((JSON.parse(all.stdout) as { messages: unknown[] }[])[0]?.messages).toHaveLength(4);
  });

  it('says when baselined findings are fixed, and --update-baseline drops them', async () => {
    const root = await repo({ 'docs/adr/0001-first.md': record('ERRMARK one.\n\nERRMARK two.') });
    await run(['lint', '--update-baseline'], root, { rules });
    await writeFile(join(root, 'docs/adr/0001-first.md'), record('ERRMARK one.'));
    expect(await run(['lint'], root, { rules })).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'docket: note: 1 baselined finding is fixed; run docket lint --update-baseline to drop it from .docket-baseline.json\n',
    });
    await run(['lint', '--update-baseline'], root, { rules });
    expect(await run(['lint'], root, { rules })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('updates only the files a run linted and forgets files that are gone', async () => {
    const root = await repo({
      'docs/adr/0001-first.md': record('ERRMARK one.'),
      'docs/adr/0002-second.md': adr('2. Second', 'Accepted', 'ERRMARK two.'),
      'docs/adr/0003-third.md': adr('3. Third', 'Accepted', 'ERRMARK three.'),
    });
    await run(['lint', '--update-baseline'], root, { rules });
    await rm(join(root, 'docs/adr/0003-third.md'));
    await writeFile(join(root, 'docs/adr/0002-second.md'), adr('2. Second', 'Accepted', 'Clean now.'));
    await run(['lint', '--update-baseline', 'docs/adr/0002-second.md'], root, { rules });
    const baseline = parseBaseline(await readFile(join(root, '.docket-baseline.json'), 'utf8'));
    expect(Object.keys(baseline.files)).toEqual(['docs/adr/0001-first.md']);
  });

  it('reads and writes a baseline named with --baseline', async () => {
    const root = await repo({ 'docs/adr/0001-first.md': record('ERRMARK one.') });
    const missing = await run(['lint', '--baseline', 'ci/baseline.json'], root, { rules });
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'docket: no baseline at ci/baseline.json; create it with docket lint --update-baseline --baseline ci/baseline.json\n',
    });
    const update = await run(['lint', '--update-baseline', '--baseline', 'known.json'], root, { rules });
    expect(update.code).toBe(0);
    expect(Object.keys(parseBaseline(await readFile(join(root, 'known.json'), 'utf8')).files)).toEqual([
      'docs/adr/0001-first.md',
    ]);
    expect((await run(['lint', '--baseline', 'known.json'], root, { rules })).code).toBe(0);
    expect((await run(['lint'], root, { rules })).code).toBe(1);
  });

  it('stops with one line naming the broken baseline, and writes nothing', async () => {
    const root = await repo({
      'docs/adr/0001-first.md': record('ERRMARK one.'),
      '.docket-baseline.json': '{"version": 1, "files": {"docs/adr/0001-first.md": []}}',
    });
    for (const argv of [['lint'], ['lint', '--update-baseline']]) {
      const result = await run(argv, root, { rules });
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'docket: baseline .docket-baseline.json: files["docs/adr/0001-first.md"] must be an object of rule ids; fix it, or delete it and run docket lint --update-baseline\n',
      });
    }
    expect(await readFile(join(root, '.docket-baseline.json'), 'utf8')).toBe(
      '{"version": 1, "files": {"docs/adr/0001-first.md": []}}',
    );
  });
});
