import { join } from 'node:path';
import { allRules, ConfigError } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../context.js';
import { useTempRepos } from '../testing/fixtures.js';
import { findConfigFile, loadConfigFile, locateConfigFile } from './load.js';

const repo = useTempRepos();

async function load(files: Record<string, string>, name = 'docket.config.json') {
  const root = await repo(files);
  return { root, loaded: await loadConfigFile(join(root, name), root, allRules) };
}

async function problem(files: Record<string, string>, name = 'docket.config.json'): Promise<string> {
  const root = await repo(files);
  try {
    await loadConfigFile(join(root, name), root, allRules);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('findConfigFile', () => {
  it('looks upwards from the working directory and takes the nearest file', async () => {
    const root = await repo({
      'docket.config.yaml': 'rules: {}\n',
      'packages/app/docket.config.json': '{}',
      'packages/app/src/deep/file.txt': '',
      'packages/lib/src/file.txt': '',
    });
    expect(await findConfigFile(join(root, 'packages/app/src/deep'))).toBe(
      join(root, 'packages/app/docket.config.json'),
    );
    expect(await findConfigFile(join(root, 'packages/lib/src'))).toBe(join(root, 'docket.config.yaml'));
  });

  it('accepts .yml and finds nothing when no folder up to the root has a file', async () => {
    const root = await repo({ 'a/docket.config.yml': '{}\n', 'b/x.txt': '' });
    expect(await findConfigFile(join(root, 'a'))).toBe(join(root, 'a/docket.config.yml'));
    expect(await findConfigFile(join(root, 'b'))).toBeNull();
  });

  it('refuses two config files in one folder', async () => {
    const root = await repo({ 'docket.config.json': '{}', 'docket.config.yaml': '{}' });
    await expect(findConfigFile(root)).rejects.toThrow(
      `${root} has docket.config.json and docket.config.yaml; keep one config file`,
    );
  });

  it('--config names a file relative to the working directory, which must exist', async () => {
    const root = await repo({ 'ci/lint.yaml': '{}', 'docket.config.json': '{}' });
    expect(await locateConfigFile(root, 'ci/lint.yaml')).toBe(join(root, 'ci/lint.yaml'));
    await expect(locateConfigFile(root, 'ci/missing.yaml')).rejects.toThrow(
      new UsageError('--config: no such file: ci/missing.yaml'),
    );
    await expect(locateConfigFile(root, 'ci')).rejects.toThrow('--config: ci is not a file');
  });
});

describe('loadConfigFile', () => {
  it('reads every key, resolving paths against the config file', async () => {
    const { root, loaded } = await load(
      {
        'config/docket.config.yaml': [
          'adrFolders: [../docs/adr, "../services/*/adr"]',
          'ignore: [../docs/adr/archive]',
          'templates: ../docs/templates',
          'rules:',
          '  options-min-two: warn',
          '  tradeoffs-named: [error, { perOption: true }]',
          'sectionAliases:',
          '  failure: [Blast radius]',
          'lifecycle: [draft, proposed, accepted, retired]',
          'statusAliases: { Ratified: accepted }',
          'reviewStatuses: [accepted]',
          'requireDisableReason: true',
        ].join('\n'),
      },
      'config/docket.config.yaml',
    );
    expect(loaded).toEqual({
      file: join(root, 'config/docket.config.yaml'),
      config: {
        rules: { 'options-min-two': 'warn', 'tradeoffs-named': ['error', { perOption: true }] },
        sectionAliases: { failure: ['Blast radius'] },
        lifecycle: ['draft', 'proposed', 'accepted', 'retired'],
        statusAliases: { Ratified: 'accepted' },
        reviewStatuses: ['accepted'],
        requireDisableReason: true,
      },
      adrFolders: [join(root, 'docs/adr'), join(root, 'services/*/adr')],
      ignore: [join(root, 'docs/adr/archive')],
      templates: join(root, 'docs/templates'),
    });
  });

  it('treats an empty YAML file as an empty configuration', async () => {
    const { loaded } = await load({ 'docket.config.yaml': '# nothing yet\n' }, 'docket.config.yaml');
    expect(loaded.config).toEqual({});
    expect(loaded.adrFolders).toBeNull();
  });

  it('builds on presets and files; later entries win and the file itself wins over all', async () => {
    const { root, loaded } = await load({
      'base/team.json': JSON.stringify({
        extends: 'legacy',
        adrFolders: ['../records'],
        ignore: ['../records/old'],
        rules: { 'tradeoffs-named': ['warn', { perOption: true }], 'failure-story': 'warn' },
        sectionAliases: { failure: ['Blast radius'] },
        statusAliases: { ratified: 'accepted' },
        lifecycle: ['proposed', 'accepted', 'superseded'],
      }),
      'docket.config.json': JSON.stringify({
        extends: ['./base/team.json', 'docket:strict'],
        ignore: ['drafts/**'],
        rules: { 'tradeoffs-named': 'error' },
        sectionAliases: { failure: ['Outage story'] },
        statusAliases: { vetoed: 'superseded' },
      }),
    });
    expect(loaded.config).toEqual({
      preset: 'strict',
      rules: { 'tradeoffs-named': ['error', { perOption: true }], 'failure-story': 'warn' },
      sectionAliases: { failure: ['Blast radius', 'Outage story'] },
      statusAliases: { ratified: 'accepted', vetoed: 'superseded' },
      lifecycle: ['proposed', 'accepted', 'superseded'],
    });
    expect(loaded.adrFolders).toEqual([join(root, 'records')]);
    expect(loaded.ignore).toEqual([join(root, 'records/old'), join(root, 'drafts/**')]);
  });

  it('extends a config file an installed package ships', async () => {
    const { loaded } = await load({
      'node_modules/@acme/docket-config/package.json':
        '{"name": "@acme/docket-config", "main": "docket.json"}',
      'node_modules/@acme/docket-config/docket.json': '{"rules": {"options-min-two": "off"}}',
      'docket.config.json': '{"extends": "@acme/docket-config"}',
    });
    expect(loaded.config.rules).toEqual({ 'options-min-two': 'off' });
  });

  it.each([
    [
      'a misspelt key, with its line and the allowed keys',
      { 'docket.config.json': '{\n  "adrFolder": ["docs/adr"]\n}' },
      'docket.config.json:2:3: unknown key "adrFolder"; did you mean "adrFolders"? allowed keys: extends, adrFolders,',
    ],
    [
      'a bad severity',
      { 'docket.config.json': '{"rules": {"options-min-two": "errror"}}' },
      'docket.config.json:1:31: rules.options-min-two is "errror"; expected a severity ("off", "warn" or "error") or [severity, options]',
    ],
    [
      "an option the rule's own schema does not have",
      { 'docket.config.json': '{"rules": {"tradeoffs-named": ["warn", {"perOptin": true}]}}' },
      'docket.config.json:1:41: rules.tradeoffs-named[1]: unknown option "perOptin" for rule "tradeoffs-named"; did you mean "perOption"? its options are perOption',
    ],
    [
      'an option of the wrong type',
      { 'docket.config.yaml': 'rules:\n  tradeoffs-named: [warn, { perOption: "yes" }]\n' },
      'docket.config.yaml:2:40: rules.tradeoffs-named[1].perOption is "yes"; expected a boolean',
    ],
    [
      'an unknown rule',
      { 'docket.config.json': '{"rules": {"optons-min-two": "off"}}' },
      'docket.config.json:1:12: rules: unknown rule "optons-min-two"; did you mean "options-min-two"?',
    ],
    [
      'an unknown section kind',
      { 'docket.config.yaml': 'sectionAliases:\n  risks: [Blast radius]\n' },
      'docket.config.yaml:2:3: sectionAliases: unknown section kind "risks"; use one of context, constraints,',
    ],
    [
      'a list where a string is needed, counting the other problems',
      { 'docket.config.yaml': 'templates: [a]\nignore: docs\n' },
      'docket.config.yaml:1:12: templates is ["a"]; expected a string (and 1 more problem)',
    ],
    [
      'reviewStatuses that is neither "all" nor a list',
      { 'docket.config.yaml': 'reviewStatuses: everything\n' },
      'docket.config.yaml:1:17: reviewStatuses is "everything"; expected "all", or a list of strings',
    ],
    [
      'a status alias outside the lifecycle',
      { 'docket.config.yaml': 'lifecycle: [proposed, accepted]\nstatusAliases:\n  ratified: approved\n' },
      'docket.config.yaml:3:13: statusAliases.ratified is "approved"; expected one of proposed, accepted (the lifecycle)',
    ],
    [
      'a reviewed status outside the lifecycle',
      { 'docket.config.yaml': 'reviewStatuses: [accepted, trial]\n' },
      'docket.config.yaml:1:28: reviewStatuses[1] is "trial"; expected one of draft, proposed, accepted, rejected, deprecated, superseded (the lifecycle)',
    ],
    [
      'a lifecycle that leaves nothing reviewed by default',
      { 'docket.config.yaml': 'lifecycle: [open, closed]\n' },
      'docket.config.yaml:1:12: lifecycle has neither proposed nor accepted, the statuses reviewed by default; set reviewStatuses',
    ],
    [
      'JSON with a trailing comma',
      { 'docket.config.json': '{\n  "rules": {},\n}\n' },
      'docket.config.json:3:1: not valid JSON: property name expected',
    ],
    [
      'JSON with a comment',
      { 'docket.config.json': '{\n  // no\n}\n' },
      'docket.config.json:2:3: not valid JSON: invalid comment token',
    ],
    ['an empty JSON file', { 'docket.config.json': '' }, 'docket.config.json:1:1: not valid JSON'],
    [
      'broken YAML',
      { 'docket.config.yaml': 'rules:\n  a: [b\n' },
      'docket.config.yaml:3:1: not valid YAML: ',
    ],
    [
      'a duplicated YAML key',
      { 'docket.config.yaml': 'ignore: []\nignore: []\n' },
      'docket.config.yaml:2:1: not valid YAML: Map keys must be unique',
    ],
    [
      'a top level that is not a mapping',
      { 'docket.config.json': '["docs/adr"]' },
      'docket.config.json:1:1: the top level is ["docs/adr"]; expected an object',
    ],
    [
      'a missing extended file',
      { 'docket.config.json': '{"extends": ["recommended", "./base.json"]}' },
      'docket.config.json:1:29: extends[1]: no such file: base.json',
    ],
    [
      'an extends entry that is neither preset, path nor package',
      { 'docket.config.json': '{"extends": "recomended"}' },
      'docket.config.json:1:13: extends is "recomended"; expected a preset (recommended, strict, legacy), a path starting with ./ or ../, or an installed package (did you mean "recommended"?)',
    ],
    [
      'a cycle of extends',
      {
        'docket.config.json': '{"extends": "./a.yaml"}',
        'a.yaml': 'extends: ./docket.config.json\n',
      },
      'a.yaml:1:10: extends: "./docket.config.json" extends itself through docket.config.json -> a.yaml -> docket.config.json',
    ],
    [
      'a problem inside an extended file, naming that file',
      {
        'docket.config.json': '{"extends": "./shared/base.yaml"}',
        'shared/base.yaml': 'rules:\n  failure-story: loud\n',
      },
      'shared/base.yaml:2:18: rules.failure-story is "loud"',
    ],
  ])('reports %s', async (_name, files, expected) => {
    const name = Object.keys(files)[0] as string;
    expect(await problem(files, name)).toContain(expected);
  });
});
