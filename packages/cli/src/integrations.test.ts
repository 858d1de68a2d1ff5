// The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml) at the repository
// root: their metadata hangs together, and their scripts run docket as documented.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adr, useTempRepos } from './testing/fixtures.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const repo = useTempRepos();

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata;
const lintScript = join(ROOT, 'scripts/integrations/action-lint.sh');

/** A repository with one clean record and one that has no status (an error for status-valid). */
async function records(): Promise<string> {
  return repo({
    'docs/adr/0001-first.md': adr('1. First', 'Accepted'),
    'docs/adr/0002-second.md': '# 2. Second\n\nNo status here.\n',
  });
}

async function runActionLint(cwd: string, env: Record<string, string>) {
  const outputDir = await mkdtemp(join(tmpdir(), 'docket-gh-output-'));
  const outputFile = join(outputDir, 'output');
  const result = spawnSync('bash', [lintScript], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, DOCKET_BIN: BIN, GITHUB_OUTPUT: outputFile, ...env },
  });
  const outputs = existsSync(outputFile) ? await readFile(outputFile, 'utf8') : '';
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs };
}

describe('action.yml', () => {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');

  it('is a composite action whose expressions use only inputs it declares', () => {
    expect(action.runs.using).toBe('composite');
    const used = [...text.matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1] as string);
    expect(used.length).toBeGreaterThan(5);
    for (const name of used) expect(action.inputs, `input ${name}`).toHaveProperty(name);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, `input ${name} needs a description`).not.toBe('');
      expect(text.includes(`inputs.${name}`), `input ${name} is never used`).toBe(true);
    }
  });

  it('runs scripts that exist, and passes every variable the lint script reads', () => {
    for (const step of action.runs.steps) {
      for (const script of step.run?.match(/scripts\/[\w/.-]+/g) ?? []) {
        expect(existsSync(join(ROOT, script)), script).toBe(true);
      }
    }
    const lint = action.runs.steps.find((step) => step.id === 'lint');
    const read = new Set(readFileSync(lintScript, 'utf8').match(/DOCKET_[A-Z_]+/g));
    expect(Object.keys(lint?.env ?? {}).sort()).toEqual([...read].sort());
  });

  it('uploads SARIF only for the sarif format and fails the job on findings after the upload', () => {
    const names = action.runs.steps.map((step) => step.id ?? step.uses ?? step.name);
    const upload = action.runs.steps.find((step) =>
      step.uses?.startsWith('github/codeql-action/upload-sarif'),
    );
    expect(upload?.if).toContain("inputs.format == 'sarif'");
    expect(names.indexOf('lint')).toBeLessThan(names.indexOf(upload?.uses));
    expect(action.runs.steps.at(-1)?.if).toBe("steps.lint.outputs.exit-code != '0'");
  });
});

describe('the action lint script', () => {
  it('annotates with the github format and reports the exit code as a step output', async () => {
    const cwd = await records();
    const result = await runActionLint(cwd, { DOCKET_FORMAT: 'github', DOCKET_ARGS: '--preset legacy' });
    expect(result.status).toBe(0);
    expect(result.outputs).toBe('exit-code=1\n');
    expect(result.stdout).toMatch(
      /^::error file=docs\/adr\/0002-second\.md,line=\d+,col=\d+,.*status-valid::/m,
    );
    expect(result.stdout).not.toContain('0001-first.md');
  });

  it('writes a SARIF report with the sarif format', async () => {
    const cwd = await records();
    const result = await runActionLint(cwd, {
      DOCKET_FORMAT: 'sarif',
      DOCKET_SARIF_FILE: 'out/docket.sarif',
    });
    expect(result.outputs).toBe('exit-code=1\n');
    const sarif = JSON.parse(await readFile(join(cwd, 'out/docket.sarif'), 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
  });

  it('leaves globs in the paths to docket and passes --since and --base', async () => {
    const cwd = await records();
    const glob = await runActionLint(cwd, {
      DOCKET_PATHS: 'docs/adr/0001-*.md',
      DOCKET_ARGS: '--preset legacy',
    });
    expect([glob.outputs, glob.stdout]).toEqual(['exit-code=0\n', '']);
    const since = await runActionLint(cwd, { DOCKET_SINCE: 'origin/main' });
    expect(since.outputs).toBe('exit-code=2\n');
    expect(since.stderr).toContain('docket: --since needs a git repository');
  });

  it('refuses a format other than github or sarif', async () => {
    const cwd = await records();
    const result = await runActionLint(cwd, { DOCKET_FORMAT: 'stylish' });
    expect(result.outputs).toBe('exit-code=2\n');
    expect(result.stdout).toBe('::error title=docket::format must be github or sarif, not "stylish"\n');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
    exclude: string;
  }[];
  if (!hook) throw new Error('no hook');
  /** pre-commit matches with Python's re.search; `(?i)` becomes the i flag here. */
  const pattern = (source: string) =>
    source.startsWith('(?i)') ? new RegExp(source.slice(4), 'i') : new RegExp(source);
  const selected = (path: string) => pattern(hook.files).test(path) && !pattern(hook.exclude).test(path);

  it('selects the records in the conventional ADR folders, not READMEs, indexes or templates', () => {
    for (const path of [
      'docs/adr/0001-use-postgres.md',
      'docs/decisions/0002-x.md',
      'services/api/doc/adr/0003-y.md',
      'adr/0004-z.md',
    ]) {
      expect(selected(path), path).toBe(true);
    }
    for (const path of [
      'docs/adr/README.md',
      'docs/adr/index.md',
      'docs/decisions/adr-template.md',
      'docs/adr/0000-template.md',
      'docs/adr/templates/madr.md',
      'docs/guide.md',
      'docs/adr/diagram.png',
    ]) {
      expect(selected(path), path).toBe(false);
    }
  });

  it('runs a script entry that lints the files it is given', async () => {
    expect(hook.language).toBe('script');
    const entry = join(ROOT, hook.entry);
    accessSync(entry, constants.X_OK);
    const cwd = await records();
    const clean = spawnSync(entry, ['docs/adr/0001-first.md', '--preset', 'legacy'], {
      cwd,
      encoding: 'utf8',
    });
    expect([clean.status, clean.stdout]).toEqual([0, '']);
    const failing = spawnSync(entry, ['docs/adr/0002-second.md', '--preset', 'legacy'], {
      cwd,
      encoding: 'utf8',
    });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('status-valid');
  });
});

describe('the integration scripts', () => {
  it('parse as bash', () => {
    for (const script of ['action-lint.sh', 'build.sh', 'pre-commit.sh']) {
      execFileSync('bash', ['-n', join(ROOT, 'scripts/integrations', script)]);
    }
  });
});
