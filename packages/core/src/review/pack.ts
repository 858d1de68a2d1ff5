// Builds the review pack from source files: parse once, lint once, then read each reviewed
// record's checklist, options and findings off the model and the findings.
import { presetSeverity, resolveConfig } from '../engine/config.js';
import { lintDocuments, ruleRunsOn, type SourceFile } from '../engine/lint.js';
import type { DocketConfig, Finding, Rule, RuleSetting } from '../engine/types.js';
import type { AdrDocument } from '../model.js';
import { parseAdr } from '../parser/parse.js';
import { reversibilityOf } from '../rules/reversibility-stated.js';
import { planAgenda } from './agenda.js';
import { buildChecklist, clip } from './checklist.js';
import type { OptionRow, ReviewedAdr, ReviewPack } from './types.js';

export interface ReviewPackOptions {
  /**
   * Picks the records to review, in agenda order, from every parsed record (default: all, in
   * source order). A front end resolves ids or filters by status here, on the one parse.
   */
  select?: (documents: readonly AdrDocument[]) => readonly AdrDocument[];
  /** The meeting's length in minutes, split between the records; default: each gets its own time box. */
  totalMinutes?: number;
}

/**
 * The configuration the checklist runs with: the team's own, with every review rule the preset
 * leaves off switched on, so each review question gets a verdict. A rule the team switched off
 * by name stays off: they have decided not to ask that question.
 */
function checklistConfig(config: DocketConfig, registry: readonly Rule[]): DocketConfig {
  const preset = config.preset ?? 'recommended';
  const rules: Record<string, RuleSetting> = { ...config.rules };
  for (const rule of registry) {
    if (rule.meta.category !== 'review' || rules[rule.meta.id] !== undefined) continue;
    if (presetSeverity(rule, preset) === 'off') rules[rule.meta.id] = rule.meta.severity;
  }
  // A record brought to review is reviewed whatever its status says.
  return { ...config, rules, reviewStatuses: 'all' };
}

function decisionMakers(document: AdrDocument): string[] {
  const field = document.metadata.deciders;
  if (!field) return [];
  const names = Array.isArray(field.value) ? field.value.map(String) : field.text.split(/[,;]/);
  return names.map((n) => n.trim()).filter((n) => n !== '');
}

function optionRows(document: AdrDocument): OptionRow[] {
  return document.options.map((option, index) => {
    const quotes = (polarity: 'good' | 'bad') =>
      option.arguments
        .filter((a) => a.polarity === polarity)
        .map((a) => ({ text: clip(a.text), line: a.span.line, column: a.span.column }));
    return {
      name: option.name,
      line: option.span.line,
      chosen: document.chosen?.option === index,
      pros: quotes('good'),
      cons: quotes('bad'),
    };
  });
}

function byRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = map.get(finding.ruleId);
    if (list) list.push(finding);
    else map.set(finding.ruleId, [finding]);
  }
  return map;
}

/** Parses and lints `sources` (all of them, so repository rules see every record) and builds the pack. */
export function buildReviewPack(
  sources: readonly SourceFile[],
  config: DocketConfig,
  registry: readonly Rule[],
  options: ReviewPackOptions = {},
): ReviewPack {
  const lintRuleIds = new Set(resolveConfig(config, registry).rules.map((r) => r.rule.meta.id));
  const resolved = resolveConfig(checklistConfig(config, registry), registry);
  const documents = sources.map((source) =>
    parseAdr(source, { sectionAliases: resolved.sectionAliases, statusAliases: resolved.statusAliases }),
  );
  const results = lintDocuments(documents, resolved);
  const checklistRules = resolved.rules.map((r) => r.rule);

  const selected = options.select ? options.select(documents) : documents;
  const adrs: ReviewedAdr[] = selected.map((document) => {
    const index = documents.indexOf(document);
    if (index < 0)
      throw new RangeError(`select returned a record that was not parsed here: ${document.path}`);
    const findings = results[index]?.findings ?? [];
    const skipped = new Set(
      checklistRules.filter((rule) => !ruleRunsOn(rule, document, resolved.settings)).map((r) => r.meta.id),
    );
    const checklist = buildChecklist({
      document,
      rules: checklistRules,
      findingsByRule: byRule(findings),
      skipped,
    });
    return {
      path: document.path,
      number: document.number?.value ?? null,
      title: document.title?.text ?? document.path.replace(/^.*[\\/]/, ''),
      status: document.status?.raw ?? null,
      decisionMakers: decisionMakers(document),
      reversibility: reversibilityOf(document),
      checklist,
      openCount: checklist.filter((item) => item.status === 'open').length,
      options: optionRows(document),
      chosen: document.chosen?.name ?? null,
      findings: findings.filter((f) => lintRuleIds.has(f.ruleId)),
    };
  });
  const { agenda, totalMinutes } = planAgenda(adrs, options.totalMinutes);
  return { today: resolved.settings.today, adrs, agenda, totalMinutes };
}
