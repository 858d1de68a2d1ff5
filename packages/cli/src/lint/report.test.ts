import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adr, fakeRules, run, useTempRepos } from '../testing/fixtures.js';

const repo = useTempRepos();
const rules = fakeRules;
const marked = () =>
  repo({
    'docs/adr/0001-a.md': adr('1. A', 'Accepted', 'We will ERRMARK here.\n\nAnd WARNMARK there.'),
    'docs/adr/0002-b.md': adr('2. B', 'Accepted', 'Only WARNMARK.'),
  });

describe('docket lint: report options', () => {
  it('--quiet shows errors only, while warnings still count for --max-warnings', async () => {
    const root = await marked();
    const quiet = await run(['lint', '--quiet'], root, { rules });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('marker-error');
    expect(quiet.stdout).not.toContain('marker-warn');
    expect(quiet.stdout).toContain('1 problem (1 error, 0 warnings)');
    const warningsOnly = await repo({ 'adr/0001-a.md': adr('A', 'Accepted', 'WARNMARK') });
    expect(await run(['lint', '--quiet'], warningsOnly, { rules })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    const over = await run(['lint', '--quiet', '--max-warnings', '0'], warningsOnly, { rules });
    expect(over).toEqual({
      code: 1,
      stdout: '',
      stderr: 'docket: too many warnings (1); --max-warnings allows 0\n',
    });
  });

  it('-o writes the report to a file, creating its folder, without colors, and prints nothing', async () => {
    const root = await marked();
    const { code, stdout } = await run(['lint', '-f', 'sarif', '-o', 'reports/docket.sarif'], root, {
      rules,
      tty: true,
      env: { FORCE_COLOR: '1' },
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const sarif = JSON.parse(await readFile(join(root, 'reports/docket.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'marker-error',
      'marker-warn',
      'marker-warn',
    ]);
    await run(['lint', '-o', 'out.txt'], root, { rules, tty: true });
    expect(await readFile(join(root, 'out.txt'), 'utf8')).not.toContain('\u001b[');
    await run(['lint', '--color', '-o', 'out.txt'], root, { rules });
    expect(await readFile(join(root, 'out.txt'), 'utf8')).toContain('\u001b[');
  });

  it('-o replaces an existing report whole and exits 2 when it cannot write', async () => {
    const root = await marked();
    await writeFile(join(root, 'report.json'), 'x'.repeat(100_000));
    await run(['lint', '-f', 'json', '-o', 'report.json'], root, { rules });
    expect(JSON.parse(await readFile(join(root, 'report.json'), 'utf8'))).toHaveLength(2);
    await mkdir(join(root, 'taken'));
    const failed = await run(['lint', '-o', 'taken'], root, { rules });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^docket: cannot write the report to taken: .+\n$/);
  });

  it.each([
    [
      'github',
      /^::error file=docs\/adr\/0001-a\.md,line=15,col=9,endLine=15,endColumn=16,title=docket marker-error::Found ERRMARK on this line\.$/m,
    ],
    ['junit', /<testcase classname="docs\/adr\/0001-a\.md" name="marker-error at 15:9"/],
    ['markdown', /^### docket: 1 error and 2 warnings in 2 of 2 records$/m],
  ])('--format %s reports the same findings', async (format, pattern) => {
    const root = await marked();
    const { code, stdout } = await run(['lint', '-f', format], root, { rules });
    expect(code).toBe(1);
    expect(stdout).toMatch(pattern);
  });
});
