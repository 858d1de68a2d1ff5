import { join } from 'node:path';
import { allRules } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { loadProject } from './project.js';
import { adr, fakeRules, run, useTempRepos } from './testing/fixtures.js';

const repo = useTempRepos();
const rules = fakeRules;

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; severity: number }[];
}
const json = (stdout: string) => JSON.parse(stdout) as JsonFile[];
const files = (root: string, stdout: string) => json(stdout).map((r) => r.filePath.slice(root.length + 1));

describe('loadProject', () => {
  it('without a config file discovers folders from the working directory', async () => {
    const root = await repo({ 'docs/adr/0001-a.md': adr('A', 'Accepted') });
    const project = await loadProject(root, { rules });
    expect(project).toMatchObject({ root, configFile: null, config: {}, templatesDir: null, ignore: [] });
    expect(project.adrFolders.map((f) => f.path)).toEqual([join(root, 'docs/adr')]);
  });

  it('takes folders, templates and ignores from the config, relative to its folder', async () => {
    const root = await repo({
      'docket.config.yaml':
        'adrFolders: ["services/*/adr", docs/adr]\ntemplates: docs/templates\nignore: [services/b]\n',
      'services/a/adr/0001-a.md': '',
      'services/b/adr/0001-b.md': '',
      'services/c/readme.md': '',
      'src/app/x.txt': '',
    });
    const project = await loadProject(join(root, 'src/app'), { rules });
    expect(project.root).toBe(root);
    expect(project.configFile).toBe(join(root, 'docket.config.yaml'));
    expect(project.templatesDir).toBe(join(root, 'docs/templates'));
    expect(project.adrFolders).toEqual([
      { path: join(root, 'services/a/adr'), source: 'docket.config.yaml' },
      { path: join(root, 'services/b/adr'), source: 'docket.config.yaml' },
      { path: join(root, 'docs/adr'), source: 'docket.config.yaml' },
    ]);
    expect(project.isIgnored(join(root, 'services/b/adr/0001-b.md'))).toBe(true);
    expect(project.isIgnored(join(root, 'services/a/adr/0001-a.md'))).toBe(false);
  });

  it('discovers conventional folders from the config folder when the config names none', async () => {
    const root = await repo({ 'docket.config.json': '{}', 'adr/0001-a.md': '', 'sub/x.txt': '' });
    const project = await loadProject(join(root, 'sub'), { rules });
    expect(project.adrFolders.map((f) => f.path)).toEqual([join(root, 'adr')]);
  });

  it('ignores config files with configPath false (--no-config)', async () => {
    const root = await repo({ 'docket.config.json': '{"rules": {"nope": "off"}}' });
    expect((await loadProject(root, { rules, configPath: false })).configFile).toBeNull();
  });
});

describe('docket lint with a config file', () => {
  const marked = {
    'docs/adr/0001-a.md': adr('1. A', 'Accepted', 'ERRMARK and WARNMARK'),
    'docs/adr/archive/0002-old.md': adr('2. Old', 'Accepted', 'ERRMARK'),
    'records/0003-c.md': adr('3. C', 'Accepted', 'ERRMARK'),
  };

  it('applies rule severities from a config found in a parent folder', async () => {
    const root = await repo({
      ...marked,
      'docket.config.json': JSON.stringify({ rules: { 'marker-error': 'off', 'marker-warn': 'error' } }),
    });
    const { code, stdout } = await run(['lint', '-f', 'json'], join(root, 'docs'), { rules });
    expect(code).toBe(1);
    const messages = json(stdout).flatMap((r) => r.messages);
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([['marker-warn', 2]]);
  });

  it('lints the configured folders, minus ignored files', async () => {
    const root = await repo({
      ...marked,
      'docket.config.yaml': 'adrFolders: [docs/adr, records]\nignore: [docs/adr/archive]\n',
    });
    const { stdout } = await run(['lint', '-f', 'json'], root, { rules });
    expect(files(root, stdout)).toEqual(['docs/adr/0001-a.md', 'records/0003-c.md']);
  });

  it('lets explicit paths replace the configured folders and skips ignored ones silently', async () => {
    const root = await repo({
      ...marked,
      'docket.config.yaml': 'adrFolders: [records]\nignore: ["**/archive/**"]\n',
    });
    const one = await run(['lint', '-f', 'json', 'docs/adr/0001-a.md'], root, { rules });
    expect(files(root, one.stdout)).toEqual(['docs/adr/0001-a.md']);
    const ignored = await run(['lint', 'docs/adr/archive/0002-old.md'], root, { rules });
    expect(ignored).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('names a configured folder that does not exist', async () => {
    const root = await repo({ ...marked, 'docket.config.json': '{"adrFolders": ["docs/adrs"]}' });
    const { code, stderr } = await run(['lint'], root, { rules });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'docket: the ADR folder docs/adrs (from docket.config.json) does not exist; create it or correct adrFolders\n',
    );
  });

  it('lets command-line flags override the file', async () => {
    const root = await repo({
      'adr/0001-a.md': adr('A', 'Superseded', 'REVIEWMARK'),
      'docket.config.yaml': 'extends: legacy\nreviewStatuses: [superseded]\n',
    });
    const fromFile = await run(['lint', '-f', 'json'], root, { rules });
    expect(json(fromFile.stdout)[0]?.messages).toEqual([]);
    const flags = await run(['lint', '-f', 'json', '--preset', 'recommended'], root, { rules });
    expect(json(flags.stdout)[0]?.messages.map((m) => m.ruleId)).toEqual(['marker-review']);
    const statuses = await run(
      ['lint', '-f', 'json', '--preset', 'recommended', '--rule-statuses', 'accepted'],
      root,
      { rules },
    );
    expect(json(statuses.stdout)[0]?.messages).toEqual([]);
  });

  it('checks --rule-statuses against the configured lifecycle', async () => {
    const root = await repo({
      'adr/0001-a.md': adr('A', 'Trial', 'REVIEWMARK'),
      'docket.config.yaml': 'lifecycle: [proposed, trial, accepted]\n',
    });
    const { stdout } = await run(['lint', '-f', 'json', '--rule-statuses', 'trial'], root, { rules });
    expect(json(stdout)[0]?.messages.map((m) => m.ruleId)).toEqual(['marker-review']);
    const bad = await run(['lint', '--rule-statuses', 'draft'], root, { rules });
    expect(bad.stderr).toBe(
      'docket: --rule-statuses: unknown status "draft"; use "all" or a comma list of: proposed, trial, accepted\n',
    );
  });

  it('passes status aliases to the parser, so a project word decides whether a record is reviewed', async () => {
    const root = await repo({
      'adr/0001-a.md': adr('A', 'Ratified', 'REVIEWMARK'),
      'docket.config.yaml': 'statusAliases: { ratified: superseded }\n',
    });
    // With no alias an unknown status counts as reviewed; as an alias of superseded it is history.
    const plain = await run(['lint', '-f', 'json', '--no-config'], root, { rules });
    expect(json(plain.stdout)[0]?.messages.map((m) => m.ruleId)).toEqual(['marker-review']);
    const aliased = await run(['lint', '-f', 'json'], root, { rules });
    expect(json(aliased.stdout)[0]?.messages).toEqual([]);
  });

  it('reads --config from before or after the command name', async () => {
    const root = await repo({
      ...marked,
      'ci/docket.yaml': 'rules: { marker-error: off, marker-warn: off }\n',
    });
    for (const argv of [
      ['--config', 'ci/docket.yaml', 'lint', 'records'],
      ['lint', 'records', '--config', 'ci/docket.yaml'],
    ]) {
      expect(await run(argv, root, { rules })).toEqual({ code: 0, stdout: '', stderr: '' });
    }
  });

  it('exits 2 with one line naming the file, line, key, value and what is allowed', async () => {
    const root = await repo({
      ...marked,
      'docket.config.json': '{\n  "rules": {\n    "marker-error": "errror"\n  }\n}\n',
    });
    const { code, stdout, stderr } = await run(['lint'], join(root, 'docs'), { rules });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `docket: ${root}/docket.config.json:3:21: rules.marker-error is "errror"; expected a severity ("off", "warn" or "error") or [severity, options]\n`,
    );
  });

  it('honours inline disables, lists them as suppressed in json, and requires reasons when configured', async () => {
    const root = await repo({
      'adr/0001-a.md': adr('A', 'Accepted', '<!-- docket-disable-next-line marker-error -->\nERRMARK'),
      'docket.config.yaml': 'requireDisableReason: true\n',
    });
    const withRules = [...rules, ...allRules.filter((r) => r.meta.id === 'inline-directives')];
    const { code, stdout } = await run(['lint', '-f', 'json'], root, { rules: withRules });
    expect(code).toBe(0);
    const [file] = JSON.parse(stdout) as {
      messages: { ruleId: string; messageId: string; line: number }[];
      suppressedMessages: { ruleId: string; line: number; suppressions: unknown }[];
    }[];
    expect(file?.messages.map((m) => [m.ruleId, m.messageId, m.line])).toEqual([
      ['inline-directives', 'missingReason', 15],
    ]);
    expect(file?.suppressedMessages).toMatchObject([
      { ruleId: 'marker-error', line: 16, suppressions: [{ kind: 'directive', justification: '' }] },
    ]);
  });

  it('exits 2 when --config names a missing file', async () => {
    const root = await repo(marked);
    const { code, stderr } = await run(['lint', '--config', 'nope.json'], root, { rules });
    expect(code).toBe(2);
    expect(stderr).toBe('docket: --config: no such file: nope.json\n');
  });

  it('is honoured by docket site build too', async () => {
    const root = await repo({
      'records/0001-a.md': adr('1. Configured record', 'Accepted'),
      'docs/adr/0002-b.md': adr('2. Discovered record', 'Accepted'),
      'docs/adr/0003-c.md': adr('3. Discovered record', 'Accepted'),
      'ci/docket.yaml': 'adrFolders: [../records]\n',
    });
    const { code, stdout } = await run(['site', 'build', '--no-git', '--config', 'ci/docket.yaml'], root, {
      rules,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('1 record');
    expect(stdout).not.toContain('2 records');
  });
});
