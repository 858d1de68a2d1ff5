// @docket/templates: the ADR templates docket scaffolds from and the rendering that fills them.
export {
  builtInTemplate,
  builtInTemplates,
  DEFAULT_TEMPLATE,
  DIALECTS,
  type Dialect,
  parseManifest,
  type Template,
  type TemplateManifest,
} from './catalog.js';
export {
  normalizeContent,
  type OptionContent,
  oneLine,
  REVERSIBILITY_LEVELS,
  type RecordContent,
  type RecordFacts,
  type Reversibility,
  reason,
} from './content.js';
export { FIRST_DECISION_TITLE, firstDecision } from './first-decision.js';
export {
  hasAnswers,
  paddedNumber,
  renderTemplate,
  TEMPLATE_VARIABLES,
  TemplateError,
  type TemplateSyntax,
  templateSyntax,
} from './render.js';
