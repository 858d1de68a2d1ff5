import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { allRules, type DocumentRule, type Rule } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { adr, fakeRules, run, useTempRepos } from '../testing/fixtures.js';
import { commitAll, git } from '../testing/git.js';

const repo = useTempRepos();

async function write(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

/** A repository whose `main` holds records 1 and 2, checked out on branch `feature`. */
async function gitRepo(): Promise<string> {
  const root = await repo({
    'docs/adr/0001-first.md': adr('1. First', 'Accepted'),
    'docs/adr/0002-second.md': adr('2. Second', 'Accepted'),
  });
  git(root, 'init', '-q', '-b', 'main');
  commitAll(root, 'records 1 and 2');
  git(root, 'checkout', '-q', '-b', 'feature');
  return root;
}

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; messageId: string; message: string }[];
}

const json = (stdout: string) => JSON.parse(stdout) as JsonFile[];
const relativePaths = (root: string, stdout: string) =>
  json(stdout).map((file) => file.filePath.slice(root.length + 1));

/** Reports every record it runs on with the base text it was given. */
const baseEcho: DocumentRule = {
  meta: {
    ...(fakeRules[0] as DocumentRule).meta,
    id: 'base-echo',
    messages: { base: '{{base}}' },
  },
  check({ document, report }) {
    const base = document.baseText;
    report({
      messageId: 'base',
      data: { base: base === undefined ? 'no comparison' : JSON.stringify(base) },
    });
  },
};

describe('docket lint --since', () => {
  it('reports only the records changed since the merge base, committed or not', async () => {
    const root = await gitRepo();
    await write(root, { 'docs/adr/0002-second.md': adr('2. Second', 'Accepted', 'Changed on the branch.') });
    await write(root, { 'docs/adr/0003-third.md': adr('3. Third', 'Proposed') });
    commitAll(root, 'change 2, add 3');
    git(root, 'checkout', '-q', 'main');
    await write(root, { 'docs/adr/0005-on-main.md': adr('5. On main', 'Accepted') });
    commitAll(root, 'main moves on');
    git(root, 'checkout', '-q', 'feature');
    await write(root, { 'docs/adr/0004-fourth.md': adr('4. Fourth', 'Proposed') }); // untracked

    const { code, stdout, stderr } = await run(['lint', '--since', 'main', '-f', 'json'], root, {
      rules: fakeRules,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(relativePaths(root, stdout)).toEqual([
      'docs/adr/0002-second.md',
      'docs/adr/0003-third.md',
      'docs/adr/0004-fourth.md',
    ]);
  });

  it('lets cross-file rules see the unchanged records: a new record reusing a number is caught', async () => {
    const root = await gitRepo();
    await write(root, { 'docs/adr/0002-also-second.md': adr('2. Also second', 'Proposed') });
    commitAll(root, 'a second record 2');
    const { code, stdout } = await run(
      ['lint', '--since', 'main', '--preset', 'legacy', '-f', 'json'],
      root,
      {
        rules: allRules,
      },
    );
    expect(code).toBe(1);
    const files = json(stdout);
    expect(relativePaths(root, stdout)).toEqual(['docs/adr/0002-also-second.md']);
    expect(files[0]?.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toContain('number-unique/duplicate');
  });

  it('prints nothing and exits 0 when no record changed', async () => {
    const root = await gitRepo();
    await write(root, { 'README.md': '# Project\n' });
    commitAll(root, 'unrelated change');
    const { code, stdout, stderr } = await run(['lint', '--since', 'main'], root, { rules: fakeRules });
    expect([code, stdout, stderr]).toEqual([0, '', '']);
  });

  it('works from a sub-folder of the repository', async () => {
    const root = await gitRepo();
    await write(root, { 'docs/adr/0003-third.md': adr('3. Third', 'Proposed') });
    const { code, stdout } = await run(
      ['lint', '.', '--since', 'main', '-f', 'json'],
      join(root, 'docs/adr'),
      {
        rules: fakeRules,
      },
    );
    expect(code).toBe(0);
    expect(relativePaths(root, stdout)).toEqual(['docs/adr/0003-third.md']);
  });
});

describe('docket lint --base', () => {
  it("gives rules each record's text at the fork point: unchanged, changed, renamed, new", async () => {
    const root = await gitRepo();
    git(root, 'checkout', '-q', 'main');
    await write(root, { 'docs/adr/0009-kept.md': adr('9. Kept', 'Accepted') });
    commitAll(root, 'add 9');
    git(root, 'checkout', '-q', 'feature');
    git(root, 'merge', '-q', '--ff-only', 'main');
    const before = adr('2. Second', 'Accepted');
    await write(root, { 'docs/adr/0002-second.md': adr('2. Second', 'Accepted', 'Changed on the branch.') });
    await rename(join(root, 'docs/adr/0001-first.md'), join(root, 'docs/adr/0001-first-renamed.md'));
    commitAll(root, 'change 2, rename 1');
    await write(root, { 'docs/adr/0003-third.md': adr('3. Third', 'Proposed') });
    const { code, stdout, stderr } = await run(['lint', '--base', 'main', '-f', 'json'], root, {
      rules: [baseEcho],
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(
      json(stdout).map((file) => [file.filePath.slice(root.length + 1), file.messages[0]?.message]),
    ).toEqual([
      ['docs/adr/0001-first-renamed.md', JSON.stringify(adr('1. First', 'Accepted'))],
      ['docs/adr/0002-second.md', JSON.stringify(before)],
      ['docs/adr/0003-third.md', 'null'],
      ['docs/adr/0009-kept.md', JSON.stringify(adr('9. Kept', 'Accepted'))],
    ]);
  });

  it('makes no comparison without --base or --since', async () => {
    const root = await gitRepo();
    const { stdout } = await run(['lint', '-f', 'json'], root, { rules: [baseEcho] });
    expect(json(stdout).map((file) => file.messages[0]?.message)).toEqual(['no comparison', 'no comparison']);
  });

  it('catches two branches that each add record 12, when the second is checked against the updated base', async () => {
    const root = await gitRepo();
    await write(root, { 'docs/adr/0012-mine.md': adr('12. Mine', 'Proposed') });
    commitAll(root, 'add 12 on the branch');
    git(root, 'checkout', '-q', 'main');
    await write(root, { 'docs/adr/0012-theirs.md': adr('12. Theirs', 'Accepted') });
    commitAll(root, 'the other pull request merged 12');
    git(root, 'checkout', '-q', 'feature');

    const rules: Rule[] = allRules.filter((rule) => rule.meta.id === 'number-unique');
    const alone = await run(['lint', '-f', 'json'], root, { rules });
    expect(alone.code).toBe(0);
    const { code, stdout } = await run(['lint', '--since', 'main', '-f', 'json'], root, { rules });
    expect(code).toBe(1);
    expect(relativePaths(root, stdout)).toEqual(['docs/adr/0012-mine.md']);
    expect(json(stdout)[0]?.messages.map((m) => m.messageId)).toEqual(['duplicateOnBase']);
    expect(json(stdout)[0]?.messages[0]?.message).toContain('0012-theirs.md');
  });

  it('does not mistake a record the branch renamed for one added on the base', async () => {
    const root = await gitRepo();
    await rename(join(root, 'docs/adr/0002-second.md'), join(root, 'docs/adr/0002-second-renamed.md'));
    commitAll(root, 'rename 2');
    const rules: Rule[] = allRules.filter((rule) => rule.meta.id === 'number-unique');
    const { code, stdout } = await run(['lint', '--base', 'main', '-f', 'json'], root, { rules });
    expect(code).toBe(0);
    expect(json(stdout).flatMap((file) => file.messages)).toEqual([]);
  });
});

describe('git features and their limits', () => {
  it('lints normally outside a git repository, and says so only when git is asked for', async () => {
    const root = await repo({ 'docs/adr/0001-first.md': adr('1. First', 'Accepted') });
    const plain = await run(['lint', '-f', 'json'], root, { rules: fakeRules });
    expect(plain.code).toBe(0);
    expect(relativePaths(root, plain.stdout)).toEqual(['docs/adr/0001-first.md']);
    for (const flag of ['--since', '--base']) {
      const { code, stdout, stderr } = await run(['lint', flag, 'main'], root, { rules: fakeRules });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `docket: ${flag} needs a git repository, and ${root} is not inside one (or git is not installed)\n`,
      );
    }
  });

  it('names an unknown ref and refuses option-like refs', async () => {
    const root = await gitRepo();
    const unknown = await run(['lint', '--since', 'no-such-branch'], root, { rules: fakeRules });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'docket: --since: "no-such-branch" is not a branch, tag or commit in this repository; e.g. origin/main\n',
    );
    const optionLike = await run(['lint', '--base=--output=x'], root, { rules: fakeRules });
    expect(optionLike.code).toBe(2);
    expect(optionLike.stderr).toBe(
      'docket: --base: "--output=x" is not a git ref; name a branch, tag or commit, e.g. origin/main\n',
    );
  });

  it('in a shallow clone, says which check needs fetch-depth: 0 and falls back to every record', async () => {
    const origin = await gitRepo();
    await write(origin, { 'docs/adr/0003-third.md': adr('3. Third', 'Proposed') });
    commitAll(origin, 'add 3');
    const parent = await repo({});
    git(parent, 'clone', '-q', '--depth', '1', '--no-single-branch', `file://${origin}`, 'clone');
    const clone = join(parent, 'clone');
    git(clone, 'checkout', '-q', 'feature');

    const since = await run(['lint', '--since', 'origin/main', '-f', 'json'], clone, { rules: fakeRules });
    expect(since.code).toBe(0);
    expect(since.stderr.split('\n')[0]).toBe(
      'docket: note: --since origin/main needs the history back to the merge base, which this shallow clone lacks (actions/checkout: fetch-depth: 0); linting every record',
    );
    expect(relativePaths(clone, since.stdout)).toEqual([
      'docs/adr/0001-first.md',
      'docs/adr/0002-second.md',
      'docs/adr/0003-third.md',
    ]);
    expect(since.stderr.split('\n')[1]).toContain('number-unique');

    const missing = await run(['lint', '--base', 'origin/release'], clone, { rules: fakeRules });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'docket: --base: "origin/release" is not in this shallow clone; fetch the base branch with its history (actions/checkout: fetch-depth: 0)\n',
    );
    await rm(parent, { recursive: true, force: true });
  });
});

describe('accepted-immutable through the command line', () => {
  const immutable: Rule[] = allRules.filter((rule) => rule.meta.id === 'accepted-immutable');

  it('reports a changed decision of a record accepted on the base, and allows a status change', async () => {
    const root = await gitRepo();
    await write(root, {
      'docs/adr/0001-first.md': adr('1. First', 'Superseded by [2. Second](0002-second.md)'),
      'docs/adr/0002-second.md': adr('2. Second', 'Accepted', 'We will do another thing.'),
    });
    commitAll(root, 'supersede 1, rewrite the decision of 2');
    const { code, stdout, stderr } = await run(['lint', '--base', 'main', '-f', 'json'], root, {
      rules: immutable,
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const reported = json(stdout).filter((file) => file.messages.length > 0);
    expect(reported.map((file) => file.filePath.slice(root.length + 1))).toEqual(['docs/adr/0002-second.md']);
    expect(reported[0]?.messages[0]?.message).toContain('("the" became "another")');
    // Without a base the rule has nothing to compare with: silent.
    const plain = await run(['lint', '-f', 'json'], root, { rules: immutable });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe('');
  });

  it('says it was skipped when the configuration turns it on and no base is given, in git or not', async () => {
    const config = JSON.stringify({ rules: { 'accepted-immutable': 'error' } });
    const outside = await repo({
      'docket.config.json': config,
      'docs/adr/0001-first.md': adr('1. First', 'Accepted'),
    });
    const root = await gitRepo();
    await write(root, { 'docket.config.json': config });
    for (const cwd of [outside, root]) {
      const { code, stderr } = await run(['lint', '-f', 'json'], cwd, { rules: immutable });
      expect(code).toBe(0);
      expect(stderr).toBe(
        "docket: note: accepted-immutable compares records with a git base and runs only with --base <ref> (in CI, the pull request's base branch, e.g. --base origin/main); skipped\n",
      );
    }
    const based = await run(['lint', '--base', 'main', '-f', 'json'], root, { rules: immutable });
    expect(based.stderr).toBe('');
  });
});
