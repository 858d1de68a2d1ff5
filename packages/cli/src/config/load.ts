// Finds and loads docket.config.json / .yaml / .yml: discovery upwards from the working directory,
// `extends` (presets, files, packages), validation against the schema built from the rules'
// metadata, and the checks a schema cannot express (aliases and reviewed statuses must be in the
// lifecycle). Every problem is a ConfigError naming the file, line, key path, value and what is allowed.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import {
  ConfigError,
  closestWord,
  DEFAULT_LIFECYCLE,
  DEFAULT_REVIEW_STATUSES,
  type DocketConfig,
  type PresetName,
  type Rule,
  type RuleSetting,
  type SectionKind,
} from '@docket/core';
import { Ajv, type ValidateFunction } from 'ajv';
import { UsageError } from '../context.js';
import { displayPath } from '../discover.js';
import { describeSchemaErrors, formatKeyPath, showValue } from './errors.js';
import { buildConfigSchema, PRESET_NAMES } from './schema.js';
import { at, type ConfigSource, type KeyPath, parseConfigSource } from './source.js';

/** The names a config file may have, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['docket.config.json', 'docket.config.yaml', 'docket.config.yml'] as const;

/** A config file and everything it extends, merged; paths are absolute. */
export interface LoadedConfig {
  file: string;
  /** What core reads: preset, rules, aliases, lifecycle, reviewed statuses. */
  config: DocketConfig;
  /** Configured ADR folders (absolute paths or absolute globs), or null when the files leave it to discovery. */
  adrFolders: string[] | null;
  /** Absolute globs of files not to lint. */
  ignore: string[];
  /** Absolute path of the templates folder, or null. */
  templates: string | null;
}

type Layer = Omit<LoadedConfig, 'file'> & {
  /** Where each checked value was set, so a cross-key problem points at the right file and line. */
  origins: Map<string, { source: ConfigSource; path: KeyPath }>;
};

/** The config file for `cwd`: the first folder from `cwd` up to the filesystem root that holds one. */
export async function findConfigFile(cwd: string): Promise<string | null> {
  let folder = resolve(cwd);
  for (;;) {
    const found: string[] = [];
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(folder, name);
      if ((await stat(candidate).catch(() => null))?.isFile()) found.push(candidate);
    }
    if (found.length > 1) {
      throw new ConfigError(
        `${folder} has ${found.map((f) => f.slice(folder.length + 1)).join(' and ')}; keep one config file`,
        '',
      );
    }
    if (found[0]) return found[0];
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

// Made on first use: only a project with a config file needs one, and setting it up costs
// several milliseconds of every start-up.
let ajv: Ajv | undefined;
const validators = new WeakMap<readonly Rule[], ValidateFunction>();

function validatorFor(rules: readonly Rule[]): ValidateFunction {
  let validate = validators.get(rules);
  if (!validate) {
    ajv ??= new Ajv({ allErrors: true, strict: false, verbose: true });
    validate = ajv.compile(buildConfigSchema(rules));
    validators.set(rules, validate);
  }
  return validate;
}

interface RawConfig {
  extends?: string | string[];
  adrFolders?: string[];
  ignore?: string[];
  templates?: string;
  rules?: Record<string, RuleSetting>;
  sectionAliases?: Partial<Record<SectionKind, string[]>>;
  lifecycle?: string[];
  statusAliases?: Record<string, string>;
  reviewStatuses?: string[] | 'all';
  requireDisableReason?: boolean;
  maxFileSize?: number;
}

function validate(source: ConfigSource, rules: readonly Rule[]): RawConfig {
  const check = validatorFor(rules);
  if (check(source.data)) return source.data as RawConfig;
  const [first, ...rest] = describeSchemaErrors(check.errors ?? [], source);
  const more =
    rest.length === 0 ? '' : ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})`;
  throw new ConfigError(`${first ?? `${source.label}: invalid configuration`}${more}`, '');
}

async function readSource(file: string, cwd: string): Promise<ConfigSource> {
  const label = displayPath(file, cwd);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : String(error);
    throw new ConfigError(`cannot read ${label}: ${reason}`, '');
  }
  return parseConfigSource(file, label, text);
}

function emptyLayer(): Layer {
  return { config: {}, adrFolders: null, ignore: [], templates: null, origins: new Map() };
}

/** Severity-only settings keep options set by an earlier layer, as ESLint does. */
function mergeRule(base: RuleSetting | undefined, over: RuleSetting): RuleSetting {
  if (Array.isArray(over) && over.length === 2) return over;
  const severity = Array.isArray(over) ? over[0] : over;
  if (Array.isArray(base) && base.length === 2) return [severity, base[1]];
  return severity;
}

function merge(base: Layer, over: Layer): Layer {
  const config: DocketConfig = { ...base.config, ...over.config };
  if (base.config.rules || over.config.rules) {
    const rules = { ...base.config.rules };
    for (const [id, setting] of Object.entries(over.config.rules ?? {}))
      rules[id] = mergeRule(rules[id], setting);
    config.rules = rules;
  }
  if (base.config.sectionAliases || over.config.sectionAliases) {
    const aliases: Partial<Record<SectionKind, string[]>> = { ...base.config.sectionAliases };
    for (const [kind, headings] of Object.entries(over.config.sectionAliases ?? {})) {
      const key = kind as SectionKind;
      aliases[key] = [...new Set([...(aliases[key] ?? []), ...(headings ?? [])])];
    }
    config.sectionAliases = aliases;
  }
  if (base.config.statusAliases || over.config.statusAliases) {
    config.statusAliases = { ...base.config.statusAliases, ...over.config.statusAliases };
  }
  return {
    config,
    adrFolders: over.adrFolders ?? base.adrFolders,
    ignore: [...base.ignore, ...over.ignore],
    templates: over.templates ?? base.templates,
    origins: new Map([...base.origins, ...over.origins]),
  };
}

function presetName(entry: string): PresetName | null {
  const name = entry.replace(/^docket:/, '');
  return (PRESET_NAMES as readonly string[]).includes(name) ? (name as PresetName) : null;
}

const isPathLike = (entry: string) => entry.startsWith('.') || isAbsolute(entry);

/** The file an `extends` entry names: a path relative to the extending file, or a package. */
function resolveExtends(entry: string, source: ConfigSource, index: KeyPath): string {
  const where = `${at(source.label, source.locate(index))}: ${formatKeyPath(index)}`;
  if (isPathLike(entry)) return resolve(dirname(source.path), entry);
  try {
    return createRequire(source.path).resolve(entry);
  } catch {
    const hint = closestWord(entry, PRESET_NAMES);
    throw new ConfigError(
      `${where} is ${showValue(entry)}; expected a preset (${PRESET_NAMES.join(', ')}), a path starting with ./ or ../, or an installed package${hint ? ` (did you mean "${hint}"?)` : ''}`,
      '',
    );
  }
}

function ownLayer(raw: RawConfig, source: ConfigSource): Layer {
  const folder = dirname(source.path);
  const layer = emptyLayer();
  const config = layer.config;
  if (raw.rules) config.rules = raw.rules;
  if (raw.sectionAliases) config.sectionAliases = raw.sectionAliases;
  if (raw.lifecycle) {
    config.lifecycle = raw.lifecycle.map((s) => s.toLowerCase());
    layer.origins.set('lifecycle', { source, path: ['lifecycle'] });
  }
  if (raw.statusAliases) {
    config.statusAliases = raw.statusAliases;
    for (const alias of Object.keys(raw.statusAliases)) {
      layer.origins.set(`statusAliases.${alias}`, { source, path: ['statusAliases', alias] });
    }
  }
  if (raw.reviewStatuses) {
    config.reviewStatuses = raw.reviewStatuses;
    layer.origins.set('reviewStatuses', { source, path: ['reviewStatuses'] });
  }
  if (raw.requireDisableReason !== undefined) config.requireDisableReason = raw.requireDisableReason;
  if (raw.maxFileSize !== undefined) config.maxFileSize = raw.maxFileSize;
  if (raw.adrFolders) layer.adrFolders = raw.adrFolders.map((p) => resolve(folder, p));
  if (raw.ignore) layer.ignore = raw.ignore.map((p) => resolve(folder, p));
  if (raw.templates) layer.templates = resolve(folder, raw.templates);
  return layer;
}

async function loadLayer(file: string, cwd: string, rules: readonly Rule[], chain: string[]): Promise<Layer> {
  const source = await readSource(file, cwd);
  const raw = validate(source, rules);
  const entries = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  let merged = emptyLayer();
  for (const [i, entry] of entries.entries()) {
    const keyPath = Array.isArray(raw.extends) ? ['extends', i] : ['extends'];
    const preset = presetName(entry);
    if (preset) {
      merged = merge(merged, { ...emptyLayer(), config: { preset } });
      continue;
    }
    const base = resolveExtends(entry, source, keyPath);
    const where = `${at(source.label, source.locate(keyPath))}: ${formatKeyPath(keyPath)}`;
    if (chain.includes(base)) {
      throw new ConfigError(
        `${where}: "${entry}" extends itself through ${[...chain, base].map((f) => displayPath(f, cwd)).join(' -> ')}`,
        '',
      );
    }
    if (!/\.(json|ya?ml)$/i.test(base)) {
      throw new ConfigError(`${where} is ${showValue(entry)}, which is not a .json, .yaml or .yml file`, '');
    }
    const exists = (await stat(base).catch(() => null))?.isFile();
    if (!exists) throw new ConfigError(`${where}: no such file: ${displayPath(base, cwd)}`, '');
    merged = merge(merged, await loadLayer(base, cwd, rules, [...chain, base]));
  }
  return merge(merged, ownLayer(raw, source));
}

/** Checks that need the merged configuration: every status named must be in the lifecycle. */
function checkStatuses(layer: Layer): void {
  const lifecycle = layer.config.lifecycle ?? DEFAULT_LIFECYCLE;
  const allowed = `one of ${lifecycle.join(', ')} (the lifecycle)`;
  const fail = (key: string, value: unknown, path?: KeyPath) => {
    const origin = layer.origins.get(key);
    const keyPath = path ?? origin?.path ?? [key];
    const where = origin ? at(origin.source.label, origin.source.locate(keyPath)) : 'config';
    throw new ConfigError(
      `${where}: ${formatKeyPath(keyPath)} is ${showValue(value)}; expected ${allowed}`,
      '',
    );
  };
  for (const [alias, status] of Object.entries(layer.config.statusAliases ?? {})) {
    if (!lifecycle.includes(status.toLowerCase())) fail(`statusAliases.${alias}`, status);
  }
  const reviewed = layer.config.reviewStatuses;
  if (Array.isArray(reviewed)) {
    reviewed.forEach((status, i) => {
      if (!lifecycle.includes(status.toLowerCase())) {
        fail('reviewStatuses', status, [
          ...(layer.origins.get('reviewStatuses')?.path ?? ['reviewStatuses']),
          i,
        ]);
      }
    });
  } else if (reviewed === undefined && !DEFAULT_REVIEW_STATUSES.some((s) => lifecycle.includes(s))) {
    const origin = layer.origins.get('lifecycle');
    const where = origin ? at(origin.source.label, origin.source.locate(origin.path)) : 'config';
    throw new ConfigError(
      `${where}: lifecycle has neither ${DEFAULT_REVIEW_STATUSES.join(' nor ')}, the statuses reviewed by default; set reviewStatuses to the statuses the review rules apply to`,
      '',
    );
  }
}

/** Loads a config file and what it extends. `file` must exist; `cwd` only shortens paths in messages. */
export async function loadConfigFile(
  file: string,
  cwd: string,
  rules: readonly Rule[],
): Promise<LoadedConfig> {
  const layer = await loadLayer(file, cwd, rules, [file]);
  checkStatuses(layer);
  const { origins: _origins, ...loaded } = layer;
  return { file, ...loaded };
}

/** The config file a command uses: `--config <file>` when given, else the one found upwards from `cwd`. */
export async function locateConfigFile(cwd: string, explicit: string | undefined): Promise<string | null> {
  if (explicit === undefined) return findConfigFile(cwd);
  const file = resolve(cwd, explicit);
  const info = await stat(file).catch(() => null);
  if (!info) throw new UsageError(`--config: no such file: ${explicit}`);
  if (!info.isFile()) throw new UsageError(`--config: ${explicit} is not a file`);
  return file;
}
