import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  allRules,
  type DocumentRule,
  type FileResult,
  lintSources,
  type Rule,
  type SourceFile,
} from '@docket/core';
import { describe, expect, it } from 'vitest';
import { type LintFilesOptions, lintFiles } from './lint-files.js';
import { adr, fakeRules, useTempRepos } from './testing/fixtures.js';

const repo = useTempRepos();
const TODAY = { today: '2026-01-15' };

/** Counts the records the per-file half looks at: a cache hit is a record it never sees. */
function countingRule(): { rule: DocumentRule; seen: string[] } {
  const seen: string[] = [];
  const base = fakeRules[0] as DocumentRule;
  return {
    seen,
    rule: {
      meta: { ...base.meta, id: 'counting' },
      check(context) {
        seen.push(context.document.path.split('/').pop() ?? '');
        base.check(context);
      },
    },
  };
}

const records = (root: string): SourceFile[] => [
  { path: join(root, '0001-first.md'), text: adr('1. First', 'Accepted', 'ERRMARK here.') },
  { path: join(root, '0002-second.md'), text: adr('2. Second', 'Accepted') },
  { path: join(root, '0003-third.md'), text: adr('3. Third', 'Proposed', 'WARNMARK there.') },
];

describe('lintFiles', () => {
  it('gives exactly the findings lintSources gives, cold, warm and after a change', async () => {
    const root = await repo({});
    const sources = records(root);
    // The real rules, a clash of numbers for the repository rule, and one record left alone.
    sources.push({ path: join(root, '0002-clash.md'), text: adr('2. Clash', 'Accepted') });
    const expected = lintSources(sources, TODAY, allRules).results;
    const options: LintFilesOptions = { version: '1.0.0', cacheFile: join(root, 'cache/lint.json') };
    expect((await lintFiles(sources, TODAY, { version: '1.0.0' })).results).toEqual(expected);
    expect((await lintFiles(sources, TODAY, options)).results).toEqual(expected);
    expect((await lintFiles(sources, TODAY, options)).results).toEqual(expected);
    expect(expected.some((r) => r.findings.some((f) => f.ruleId === 'number-unique'))).toBe(true);

    const edited = sources.map((s, i) => (i === 1 ? { ...s, text: s.text.replace('Accepted', 'Draft') } : s));
    expect((await lintFiles(edited, TODAY, options)).results).toEqual(
      lintSources(edited, TODAY, allRules).results,
    );
  });

  it('applies inline directives to repository findings too, cold and warm', async () => {
    const root = await repo({});
    const sources = records(root);
    sources.push({
      path: join(root, '0002-clash.md'),
      text: `<!-- docket-disable number-unique -- renumbered in the next release -->\n${adr('2. Clash', 'Accepted')}`,
    });
    const expected = lintSources(sources, TODAY, allRules).results;
    expect(expected[3]?.suppressed?.map((f) => f.ruleId)).toEqual(['number-unique']);
    const options: LintFilesOptions = { version: '1', cacheFile: join(root, 'lint.json') };
    expect((await lintFiles(sources, TODAY, options)).results).toEqual(expected);
    expect((await lintFiles(sources, TODAY, options)).results).toEqual(expected);
  });

  it('reports only the records named in `only`, with repository rules seeing all of them', async () => {
    const root = await repo({});
    const sources = [
      ...records(root),
      { path: join(root, '0001-again.md'), text: adr('1. Again', 'Accepted') },
    ];
    const only = new Set([sources[3]?.path as string]);
    const expected = lintSources(sources, TODAY, allRules, { only }).results;
    const got = await lintFiles(sources, TODAY, { version: '1', only, cacheFile: join(root, 'c.json') });
    expect(got.results).toEqual(expected);
    expect(got.results.map((r) => r.findings.map((f) => f.ruleId))).toEqual([
      expect.arrayContaining(['number-unique']),
    ]);
  });

  it('serves unchanged records from the cache and re-lints only changed ones', async () => {
    const root = await repo({});
    const cacheFile = join(root, '.docket-cache/lint.json');
    const sources = records(root);
    const first = countingRule();
    const cold = await lintFiles(sources, TODAY, { version: '1', cacheFile, rules: [first.rule] });
    expect(first.seen).toEqual(['0001-first.md', '0002-second.md', '0003-third.md']);

    const warm = countingRule();
    const again = await lintFiles(sources, TODAY, { version: '1', cacheFile, rules: [warm.rule] });
    expect(warm.seen).toEqual([]);
    expect(again.results).toEqual(cold.results);
    expect(again.results[0]?.findings.map((f) => f.ruleId)).toEqual(['counting']);

    const changed = countingRule();
    const edited = sources.map((s, i) => (i === 2 ? { ...s, text: `${s.text}\nERRMARK\n` } : s));
    const after = await lintFiles(edited, TODAY, { version: '1', cacheFile, rules: [changed.rule] });
    expect(changed.seen).toEqual(['0003-third.md']);
    expect(after.results[2]?.errorCount).toBe(1);
  });

  it.each<[string, Partial<LintFilesOptions>, object]>([
    ['docket version', { version: '2' }, TODAY],
    ['configuration', {}, { ...TODAY, preset: 'strict' }],
    ['date the rules treat as today', {}, { today: '2026-01-16' }],
  ])('lints everything again when the %s changes', async (_what, change, config) => {
    const root = await repo({});
    const cacheFile = join(root, 'lint.json');
    const sources = records(root);
    await lintFiles(sources, TODAY, { version: '1', cacheFile, rules: [countingRule().rule] });
    const next = countingRule();
    await lintFiles(sources, config, { version: '1', cacheFile, rules: [next.rule], ...change });
    expect(next.seen).toHaveLength(3);
  });

  it('lints a record again when its base text (--base) changes', async () => {
    const root = await repo({});
    const cacheFile = join(root, 'lint.json');
    const sources = records(root);
    await lintFiles(sources, TODAY, { version: '1', cacheFile, rules: [countingRule().rule] });
    const next = countingRule();
    const withBase = sources.map((s, i) => (i === 0 ? { ...s, baseText: null } : s));
    await lintFiles(withBase, TODAY, { version: '1', cacheFile, rules: [next.rule] });
    expect(next.seen).toEqual(['0001-first.md']);
  });

  it('never serves repository findings stale: a new clash shows on an unchanged, cached record', async () => {
    const root = await repo({});
    const cacheFile = join(root, 'lint.json');
    const sources = records(root);
    const ruleIds = (results: FileResult[]) => results.map((r) => r.findings.map((f) => f.ruleId));
    const before = await lintFiles(sources, TODAY, { version: '1', cacheFile });
    expect(ruleIds(before.results)[0]).not.toContain('number-unique');

    const renumbered = sources.map((s, i) => (i === 2 ? { ...s, path: join(root, '0001-third.md') } : s));
    const after = await lintFiles(renumbered, TODAY, { version: '1', cacheFile });
    expect(ruleIds(after.results)[0]).toContain('number-unique');
    expect(after.results).toEqual(lintSources(renumbered, TODAY, allRules).results);

    // And back: the clash is gone again, from the slot of the first set of records.
    const back = await lintFiles(sources, TODAY, { version: '1', cacheFile });
    expect(back.results).toEqual(before.results);
  });

  it('ignores a damaged cache with a note, lints everything, and writes a good one', async () => {
    const root = await repo({});
    const cacheFile = join(root, 'lint.json');
    await writeFile(cacheFile, '{"format": 1, "key": "abc", "files": {');
    const sources = records(root);
    const counting = countingRule();
    const outcome = await lintFiles(sources, TODAY, { version: '1', cacheFile, rules: [counting.rule] });
    expect(outcome.notes).toEqual([
      `note: the cache ${cacheFile} is damaged; ignoring it and writing a new one`,
    ]);
    expect(counting.seen).toHaveLength(3);
    expect(JSON.parse(await readFile(cacheFile, 'utf8')).format).toBe(1);
  });

  it('notes a cache it cannot write and still returns the findings', async () => {
    const root = await repo({ 'a-file': 'not a folder' });
    const cacheFile = join(root, 'a-file/lint.json');
    const outcome = await lintFiles(records(root), TODAY, { version: '1', cacheFile, rules: fakeRules });
    expect(outcome.results.map((r) => r.errorCount)).toEqual([1, 0, 0]);
    expect(outcome.notes).toHaveLength(1);
    expect(outcome.notes[0]).toMatch(
      /^note: cannot write the cache .*a-file\/lint\.json: .*the next run lints every record again$/,
    );
  });

  it('hands out each record’s text with its line offsets, for the baseline', async () => {
    const root = await repo({});
    const sources = records(root);
    const { documents } = await lintFiles(sources, TODAY, { version: '1', rules: fakeRules as Rule[] });
    expect(documents.map((d) => d.path)).toEqual(sources.map((s) => s.path));
    expect(documents[0]?.lineStarts.slice(0, 3)).toEqual([0, 11, 12]);
  });

  it('reads records given by path as it lints them: same findings, unreadable ones as failures in order', async () => {
    // A named pipe and a file that is not UTF-8 among them (worker threads: scripts/threads-check.mjs).
    const files: Record<string, string> = {};
    for (let n = 1; n <= 80; n++) {
      const id = String(n).padStart(4, '0');
      files[`${id}-record.md`] = adr(
        `${n}. Record ${n}`,
        n % 2 ? 'Accepted' : 'Proposed',
        n === 7 ? 'ERRMARK' : 'Fine.',
      );
    }
    const root = await repo(files);
    execFileSync('mkfifo', [join(root, '0030-pipe.md')]);
    await writeFile(join(root, '0050-latin1.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    const paths = [...Object.keys(files), '0030-pipe.md', '0050-latin1.md'].sort().map((f) => join(root, f));
    const eager = Object.entries(files)
      .sort()
      .map(([file, text]) => ({ path: join(root, file), text }));
    const expected = lintSources(eager, TODAY, allRules).results;
    const run = await lintFiles(
      paths.map((path) => ({ path })),
      TODAY,
      { version: '1', rules: allRules },
    );
    expect(run.results).toEqual(expected);
    expect(run.failures).toEqual([
      {
        path: join(root, '0030-pipe.md'),
        reason: 'a named pipe, not a file; remove it from the ADR folder',
      },
      {
        path: join(root, '0050-latin1.md'),
        reason: 'not valid UTF-8 (byte 0xe9 at line 1, column 3); save the file as UTF-8',
      },
    ]);
    expect(run.documents.map((d) => d.path)).toEqual(eager.map((s) => s.path));
    // The text for the baseline is read again when asked for, not kept through the run.
    expect(run.documents[6]?.text).toBe(files['0007-record.md']);
  });

  it('with the cache, reads records given by path once to compare them, and serves unchanged ones', async () => {
    const root = await repo({
      '0001-first.md': adr('1. First', 'Accepted', 'ERRMARK here.'),
      '0002-second.md': adr('2. Second', 'Accepted'),
    });
    const paths = ['0001-first.md', '0002-second.md', '0003-missing.md'].map((f) => ({
      path: join(root, f),
    }));
    const cacheFile = join(root, 'cache.json');
    const cold = countingRule();
    const first = await lintFiles(paths, TODAY, { version: '1', cacheFile, rules: [cold.rule] });
    const warm = countingRule();
    const again = await lintFiles(paths, TODAY, { version: '1', cacheFile, rules: [warm.rule] });
    expect(cold.seen).toEqual(['0001-first.md', '0002-second.md']);
    expect(warm.seen).toEqual([]);
    expect(again.results).toEqual(first.results);
    expect(first.results[0]?.errorCount).toBe(1);
    expect(again.failures).toEqual([{ path: join(root, '0003-missing.md'), reason: 'no such file' }]);
    expect(again.documents[0]?.text).toBe(adr('1. First', 'Accepted', 'ERRMARK here.'));
  });
});
