// The JSON Schema of docket.config.json, built from the rules' own metadata so that it can never
// disagree with them. The same function validates config files on load and, through
// scripts/generate-config-schema.mjs, writes the schema file editors read through `$schema`.
import { DEFAULT_LIFECYCLE, DEFAULT_REVIEW_STATUSES, type Rule, STARTER_ALIASES } from '@docket/core';

export type JsonSchema = Record<string, unknown>;

export const PRESET_NAMES = ['recommended', 'strict', 'legacy'] as const;

/** Where the schema ships inside the cli package, relative to the package root. */
export const CONFIG_SCHEMA_FILE = 'schema/docket.config.schema.json';

const stringList = (description: string, extra: JsonSchema = {}): JsonSchema => ({
  description,
  type: 'array',
  items: { type: 'string', minLength: 1 },
  ...extra,
});

// Inlined rather than a $ref: ajv reports errors under a $ref with the referenced schema's path,
// which would hide which branch of a rule setting failed.
const severity = (): JsonSchema => ({
  description: 'off, warn (reported, exit 0) or error (exit 1).',
  enum: ['off', 'warn', 'error'],
});

function ruleSettingSchema(rule: Rule): JsonSchema {
  const { meta } = rule;
  const presets = [meta.recommended ? `recommended: ${meta.severity}` : 'not in recommended'];
  if (meta.legacy) presets.push(`legacy: ${meta.severity}`);
  return {
    description: `${meta.description} (${meta.category} rule; ${presets.join(', ')})`,
    anyOf: [
      severity(),
      {
        type: 'array',
        description: 'A severity, then the rule options.',
        items: [severity(), meta.schema],
        minItems: 1,
        maxItems: 2,
      },
    ],
  };
}

/** The config file's schema for a rule registry (draft-07, the draft editors support best). */
export function buildConfigSchema(rules: readonly Rule[]): JsonSchema {
  const kinds = Object.keys(STARTER_ALIASES) as (keyof typeof STARTER_ALIASES)[];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'docket configuration',
    description:
      'Configuration of docket, the linter for architecture decision records: docket.config.json, .yaml or .yml at the repository root.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { description: 'The JSON Schema editors validate this file with.', type: 'string' },
      extends: {
        description:
          'Presets ("recommended", "strict", "legacy") or config files (a path relative to this file, or a package name) this file builds on; later entries win, and this file wins over all of them.',
        anyOf: [{ type: 'string', minLength: 1 }, stringList('Presets or config files, in order.')],
      },
      adrFolders: stringList(
        'Folders holding the ADRs, relative to this file; globs select several (packages/*/docs/adr). Default: the folder named by .adr-dir or .log4brains.yml, else docs/adr, docs/decisions, doc/adr or adr.',
        { minItems: 1, uniqueItems: true },
      ),
      ignore: stringList(
        'Globs of files not to lint, relative to this file (docs/adr/archive/**). A folder path ignores everything under it.',
      ),
      templates: {
        description: "Folder of the project's ADR templates, relative to this file.",
        type: 'string',
        minLength: 1,
      },
      rules: {
        description:
          'Per-rule severity ("off", "warn", "error"), or [severity, options]; options are checked against the rule\'s own schema.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleSettingSchema(rule)])),
      },
      sectionAliases: {
        description:
          'Extra headings per section kind, added to the starter table: {"failure": ["Blast radius"]}.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          kinds.map((kind) => [
            kind,
            stringList(
              `Extra headings read as the "${kind}" section; the starter table already reads ${STARTER_ALIASES[kind].map((alias) => `"${alias}"`).join(', ')}.`,
            ),
          ]),
        ),
      },
      lifecycle: stringList(
        `The statuses a record may have, in order. Default: ${DEFAULT_LIFECYCLE.join(', ')}.`,
        {
          minItems: 1,
          uniqueItems: true,
        },
      ),
      statusAliases: {
        description:
          'Status spellings mapped to a lifecycle status: {"ratified": "accepted"}. Each value must be in the lifecycle.',
        type: 'object',
        additionalProperties: { type: 'string', minLength: 1 },
      },
      reviewStatuses: {
        description: `Statuses the review (content) rules apply to: "all" or a list of lifecycle statuses. Default: ${DEFAULT_REVIEW_STATUSES.join(', ')}.`,
        anyOf: [{ const: 'all' }, stringList('Lifecycle statuses.', { minItems: 1, uniqueItems: true })],
      },
      requireDisableReason: {
        description: 'Report inline docket-disable comments that give no "-- reason".',
        type: 'boolean',
      },
      maxFileSize: {
        description:
          'Records larger than this many bytes are not read; frontmatter-valid reports them as too large. Default: 2097152 (2 MiB).',
        type: 'integer',
        minimum: 1,
      },
    },
  };
}
