// Renders the rule documentation pages (docs/rules/<id>.md and their index) from rule metadata,
// so the pages cannot drift from the rules. Pure: scripts/generate-rule-docs.mjs writes the
// result, and a test compares it with the committed files.
import { presetSeverity } from './config.js';
import { ruleDocsPath } from './docs.js';
import { schemaTypeLabel, tableCell } from './schema-table.js';
import type { PresetName, Rule, RuleExample } from './types.js';

const PRESETS: readonly PresetName[] = ['recommended', 'strict', 'legacy'];

const GENERATED_NOTE =
  '<!-- Generated from the rule metadata by `pnpm docs:rules`; edit the rule, not this file. -->';

interface OptionSchema {
  type?: string | string[];
  items?: OptionSchema;
  enum?: unknown[];
  description?: string;
}

/** The presets that turn a rule on, each with the severity it gets there. */
function presetsOf(rule: Rule): { preset: PresetName; severity: string }[] {
  return PRESETS.map((preset) => ({ preset, severity: presetSeverity(rule, preset) })).filter(
    (entry) => entry.severity !== 'off',
  );
}

/** A fence longer than any backtick run in the text, so examples holding code blocks stay intact. */
function fenced(text: string, language: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

function renderExample(example: RuleExample): string {
  if (typeof example === 'string') return fenced(example, 'markdown');
  return example
    .map((file) => {
      const now = `\`${file.path}\`:\n\n${fenced(file.text, 'markdown')}`;
      if (typeof file.baseText !== 'string') return now;
      return `\`${file.path}\` at the git base (\`--base\`):\n\n${fenced(file.baseText, 'markdown')}\n\n${now.replace(':', ' now:')}`;
    })
    .join('\n\n');
}

function renderOptions(rule: Rule): string {
  const { id, schema, defaultOptions } = rule.meta;
  const properties = Object.entries((schema.properties ?? {}) as Record<string, OptionSchema>);
  if (properties.length === 0) return 'This rule has no options.';
  const rows = properties.map(
    ([name, property]) =>
      `| \`${name}\` | ${tableCell(schemaTypeLabel(property))} | \`${tableCell(JSON.stringify(defaultOptions[name]) ?? 'none')}\` | ${tableCell(property.description ?? '')} |`,
  );
  const example = JSON.stringify({ rules: { [id]: [rule.meta.severity, defaultOptions] } }, null, 2);
  return [
    '| Option | Type | Default | Description |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'Set them in `docket.config.json` (shown with the defaults):',
    '',
    fenced(example, 'json'),
  ].join('\n');
}

function presetsSentence(rule: Rule): string {
  const on = presetsOf(rule).map(({ preset, severity }) => `\`${preset}\` (${severity})`);
  return on.length > 0 ? on.join(', ') : 'none';
}

/** The page for one rule. Throws when the rule has no `meta.docs`, which the rule tests forbid. */
export function renderRuleDoc(rule: Rule): string {
  const { meta } = rule;
  if (!meta.docs) throw new Error(`rule ${meta.id} has no meta.docs; add its examples and guidance`);
  const scope = meta.scope === 'repository' ? 'all records of a run together' : 'one record at a time';
  const applies =
    meta.category !== 'review'
      ? 'every record, whatever its status'
      : `records under review only (the \`reviewStatuses\` setting: proposed and accepted by default)${
          meta.needsEnglish === false
            ? ''
            : ' that are written in English (see [prose-language](prose-language.md))'
        }`;
  return [
    GENERATED_NOTE,
    '',
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    `- Category: ${meta.category}; applies to ${applies}`,
    `- Default severity: ${meta.severity}`,
    `- Presets: ${presetsSentence(rule)}`,
    `- Fixable: ${meta.fixable ? 'yes (`--fix`)' : 'no'}`,
    `- Checks: ${scope}`,
    '',
    '## Why',
    '',
    meta.rationale,
    '',
    ...(meta.review
      ? [`In a review meeting (\`docket review\`) it is asked as: *${meta.review.question}*`, '']
      : []),
    '## Options',
    '',
    renderOptions(rule),
    '',
    '## Incorrect',
    '',
    renderExample(meta.docs.incorrect),
    '',
    '## Correct',
    '',
    renderExample(meta.docs.correct),
    '',
    '## How to fix',
    '',
    meta.docs.howToFix,
    '',
    '## When not to use it',
    '',
    meta.docs.whenNotToUse,
    '',
  ].join('\n');
}

/** docs/rules/README.md: one row per rule, linking to its page. */
export function renderRuleIndex(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => {
    const { meta } = rule;
    const presets = presetsOf(rule)
      .map(({ preset }) => preset)
      .join(', ');
    return `| [${meta.id}](${meta.id}.md) | ${tableCell(meta.description)} | ${meta.category} | ${meta.severity} | ${presets || 'none'} | ${meta.fixable ? 'yes' : 'no'} |`;
  });
  return [
    GENERATED_NOTE,
    '',
    '# Rules',
    '',
    'Every rule docket ships. Review rules ask the questions a design review asks and apply to records',
    'under review; structure rules keep every record readable. `strict` turns every rule on as an error.',
    '',
    '| Rule | Description | Category | Default severity | Presets | Fixable |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** Every documentation file for the rules, with its path relative to the repository root. */
export function ruleDocPages(rules: readonly Rule[]): { path: string; text: string }[] {
  return [
    ...rules.map((rule) => ({ path: ruleDocsPath(rule.meta.id), text: renderRuleDoc(rule) })),
    { path: 'docs/rules/README.md', text: renderRuleIndex(rules) },
  ];
}
