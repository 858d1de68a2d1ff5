import { Ajv, type ErrorObject } from 'ajv';
import type { SectionKind } from '../model.js';
import type { ParseOptions } from '../parser/parse.js';
import { allRules } from '../rules/index.js';
import type { DocketConfig, PresetName, Rule, RuleSetting, RunSettings, Severity } from './types.js';

export const DEFAULT_LIFECYCLE = ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded'];
export const DEFAULT_REVIEW_STATUSES = ['proposed', 'accepted'];

/** A configuration problem; `path` is the JSON path of the offending key. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface ResolvedRule {
  rule: Rule;
  severity: Exclude<Severity, 'off'>;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  rules: ResolvedRule[];
  /** Every rule id of the registry, enabled or not: inline comments naming others are reported. */
  knownRuleIds?: ReadonlySet<string>;
  /** Inline disables must give a `-- reason`. */
  requireDisableReason?: boolean;
  /** Records larger than this many bytes are reported as too large instead of parsed. */
  maxFileSize?: number;
  settings: RunSettings;
  sectionAliases: Partial<Record<SectionKind, string[]>>;
  statusAliases: Record<string, string>;
}

/** The severity a preset gives a rule, derived from the rule's own metadata. */
export function presetSeverity(rule: Rule, preset: PresetName): Severity {
  const { meta } = rule;
  if (preset === 'strict') return 'error';
  if (preset === 'legacy') return meta.legacy ? meta.severity : 'off';
  return meta.recommended ? meta.severity : 'off';
}

// Made on first use: setting up an Ajv instance costs several milliseconds at start-up, and most
// runs give docket's own rules no options, so they never validate any.
let ajv: Ajv | undefined;
// Built on first use, not at load: this module and rules/index.js import each other (through
// links-resolve's fix and the engine), and the bundle evaluates this one first, before allRules.
let builtInRules: ReadonlySet<Rule> | undefined;
function isBuiltIn(rule: Rule): boolean {
  builtInRules ??= new Set(allRules);
  return builtInRules.has(rule);
}
const validators = new WeakMap<Rule, ReturnType<Ajv['compile']>>();

function describeAjvError(error: ErrorObject): string {
  const where = error.instancePath || '(options)';
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((v) =>
      JSON.stringify(v),
    );
    return `${where} must be one of ${allowed.join(', ')}`;
  }
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return `${where} has unknown option "${extra}"`;
  }
  return `${where} ${error.message ?? 'is invalid'}`;
}

/** Validates a rule's options against its schema and returns them merged over the defaults. */
export function resolveRuleOptions(
  rule: Rule,
  given: Record<string, unknown> | undefined,
): Record<string, unknown> {
  // docket's own rules have valid and complete defaults (a test checks every one), so when the
  // config gives one no options its schema is not compiled: most of a one-file run's config cost.
  // A rule from elsewhere gets its defaults checked like any options.
  if (given === undefined && isBuiltIn(rule)) return structuredClone(rule.meta.defaultOptions);
  const options = structuredClone({ ...rule.meta.defaultOptions, ...given });
  let validate = validators.get(rule);
  if (!validate) {
    // validateSchema: false skips checking each rule's options schema against the JSON Schema
    // meta-schema on every run (compiling the meta-schema is most of a one-file lint's config cost);
    // the schemas are checked once, in tests, where the config schema embedding them is validated.
    ajv ??= new Ajv({ allErrors: true, useDefaults: true, strict: false, validateSchema: false });
    validate = ajv.compile(rule.meta.schema);
    validators.set(rule, validate);
  }
  if (!validate(options)) {
    const detail = (validate.errors ?? []).map(describeAjvError).join('; ');
    throw new ConfigError(
      `Invalid options for rule "${rule.meta.id}": ${detail} (given ${JSON.stringify(given)})`,
      `rules.${rule.meta.id}`,
    );
  }
  return options;
}

function splitSetting(id: string, setting: RuleSetting): [Severity, Record<string, unknown> | undefined] {
  const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
  if (severity !== 'off' && severity !== 'warn' && severity !== 'error') {
    throw new ConfigError(
      `Invalid severity ${JSON.stringify(severity)} for rule "${id}"; use "off", "warn" or "error"`,
      `rules.${id}`,
    );
  }
  return [severity, options];
}

export function resolveConfig(
  config: DocketConfig,
  registry: readonly Rule[],
  today = new Date(),
): ResolvedConfig {
  const preset = config.preset ?? 'recommended';
  if (!['recommended', 'strict', 'legacy'].includes(preset)) {
    throw new ConfigError(`Unknown preset "${preset}"; use "recommended", "strict" or "legacy"`, 'preset');
  }
  const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
  for (const id of Object.keys(config.rules ?? {})) {
    if (!byId.has(id)) throw new ConfigError(`Unknown rule "${id}"`, `rules.${id}`);
  }
  const rules: ResolvedRule[] = [];
  for (const rule of registry) {
    const setting = config.rules?.[rule.meta.id];
    const [severity, options] = setting
      ? splitSetting(rule.meta.id, setting)
      : [presetSeverity(rule, preset), undefined];
    if (severity === 'off') continue;
    rules.push({ rule, severity, options: resolveRuleOptions(rule, options) });
  }
  const lifecycle = lifecycleOf(config);
  const { statusAliases, sectionAliases } = parseOptionsOf(config);
  return {
    rules,
    knownRuleIds: new Set(byId.keys()),
    requireDisableReason: config.requireDisableReason ?? false,
    ...(config.maxFileSize === undefined ? {} : { maxFileSize: config.maxFileSize }),
    settings: {
      lifecycle,
      reviewStatuses: resolveReviewStatuses(config, lifecycle),
      today: config.today ?? today.toISOString().slice(0, 10),
      statusAliases,
    },
    sectionAliases,
    statusAliases,
  };
}

/** The project's lifecycle statuses, lower case. */
export function lifecycleOf(config: DocketConfig): string[] {
  return (config.lifecycle ?? DEFAULT_LIFECYCLE).map((s) => s.toLowerCase());
}

/** How the parser reads the project's records: its section headings and status words. */
export function parseOptionsOf(
  config: DocketConfig,
): Required<Omit<ParseOptions, 'maxBytes'>> & ParseOptions {
  return {
    sectionAliases: config.sectionAliases ?? {},
    statusAliases: resolveStatusAliases(config.statusAliases ?? {}, lifecycleOf(config)),
    ...(config.maxFileSize === undefined ? {} : { maxBytes: config.maxFileSize }),
  };
}

/**
 * The project's status aliases over each lifecycle status mapped to itself, so a project's own
 * lifecycle word ("approved" in a lifecycle that has it) means itself rather than the starter
 * table's reading ("accepted"). Keys and values are lower case.
 */
function resolveStatusAliases(given: Record<string, string>, lifecycle: string[]): Record<string, string> {
  const table: Record<string, string> = {};
  for (const status of lifecycle) table[status] = status;
  for (const [alias, status] of Object.entries(given)) table[alias.toLowerCase()] = status.toLowerCase();
  return table;
}

/** The statuses review rules apply to. By default proposed and accepted (and draft with `strict`), as far as the lifecycle has them. */
function resolveReviewStatuses(config: DocketConfig, lifecycle: string[]): Set<string> | 'all' {
  if (config.reviewStatuses === 'all') return 'all';
  if (config.reviewStatuses) return new Set(config.reviewStatuses.map((s) => s.toLowerCase()));
  const defaults = [...DEFAULT_REVIEW_STATUSES, ...(config.strict ? ['draft'] : [])];
  return new Set(config.lifecycle ? defaults.filter((s) => lifecycle.includes(s)) : defaults);
}

/** Ids of the enabled rules that read first-commit dates with their options: a front end asks git only for them. */
export function rulesReadingCommitDates(resolved: Pick<ResolvedConfig, 'rules'>): string[] {
  return resolved.rules
    .filter(({ rule, options }) => 'readsCommitDates' in rule && rule.readsCommitDates?.(options) === true)
    .map(({ rule }) => rule.meta.id);
}
