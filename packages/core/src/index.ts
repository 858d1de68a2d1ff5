export * from './catalog/index.js';
export * from './edit/index.js';
export type { ResolvedConfig, ResolvedRule } from './engine/config.js';
export {
  ConfigError,
  DEFAULT_LIFECYCLE,
  DEFAULT_REVIEW_STATUSES,
  lifecycleOf,
  parseOptionsOf,
  presetSeverity,
  resolveConfig,
  rulesReadingCommitDates,
} from './engine/config.js';

export type { Directive, DirectiveProblem, Suppression } from './engine/directives.js';
export { DIRECTIVE_NAMES, DIRECTIVES_RULE_ID, parseDirective } from './engine/directives.js';
export { DOCS_BASE_URL, ruleDocsPath, ruleDocsUrl } from './engine/docs.js';

export type { AppliedFixes, FixedSource, FixRun } from './engine/fix.js';
export { applyFixes, fixFromTexts, fixSources, MAX_FIX_PASSES } from './engine/fix.js';

export type { LintRun, LintSourcesInputs, RunInputs, SourceFile } from './engine/lint.js';
export {
  fileResult,
  isUnderReview,
  lintDocument,
  lintDocuments,
  lintRepository,
  lintSources,
  parseSource,
  repositoryView,
  ruleRunsOn,
} from './engine/lint.js';
export { formatMessage } from './engine/messages.js';
export { renderRuleDoc, renderRuleIndex, ruleDocPages } from './engine/rule-docs.js';
export { type SchemaShape, schemaTypeLabel, tableCell } from './engine/schema-table.js';
export * from './engine/types.js';
export { addLinkFix, markSupersededFix } from './fix/links.js';
export type { SkeletonKind } from './fix/sections.js';
export { missingSectionFix, SECTION_SKELETONS } from './fix/sections.js';
export { correctStatusWord, statusSpellingFix } from './fix/status-spelling.js';
export * from './model.js';
export { normalizeStatus } from './parser/metadata.js';
export type { ParseOptions } from './parser/parse.js';
export { MAX_PARSE_BYTES, parseAdr } from './parser/parse.js';
export { computeLineStarts } from './parser/positions.js';
export { headingKey, STARTER_ALIASES } from './parser/section-kinds.js';
export {
  KNOWN_RELATIONS,
  normalizeRelation,
  RELATION_PAIRS,
  relationKey,
  relationLabel,
  reverseRelation,
} from './relations.js';
export * from './review/index.js';
export { allRules } from './rules/index.js';
export { type RecordDate, recordDate } from './rules/record-date.js';
export { type Reversibility, reversibilityOf } from './rules/reversibility-stated.js';
export { closestWord } from './text/closest.js';
