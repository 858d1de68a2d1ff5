// Inline control: `<!-- docket-disable rule-a, rule-b -- reason -->` ... `<!-- docket-enable rule-a -->`
// and `<!-- docket-disable-next-line rule-a -- reason -->`. Pure: reads the model's HTML comments
// and a document's findings, returns which findings stand, which are suppressed (with the reason
// given), and what is wrong with the comments themselves.
import type { AdrDocument, HtmlComment, Span } from '../model.js';
import { closestWord } from '../text/closest.js';
import type { Finding } from './types.js';

/** The rule whose meta, severity and docs stand for problems with directive comments. */
export const DIRECTIVES_RULE_ID = 'inline-directives';

export const DIRECTIVE_NAMES = ['docket-disable', 'docket-enable', 'docket-disable-next-line'] as const;
type DirectiveName = (typeof DIRECTIVE_NAMES)[number];

export interface Directive {
  name: DirectiveName;
  /** Rule ids named; empty for a blanket comment. */
  ruleIds: string[];
  /** Text after ` -- `, or null. */
  reason: string | null;
  span: Span;
}

export interface DirectiveProblem {
  messageId:
    | 'blanket'
    | 'unknownDirective'
    | 'unknownRule'
    | 'missingReason'
    | 'unusedDisable'
    | 'unusedEnable';
  data: Record<string, string>;
  span: Span;
}

/** A suppressed finding carries the suppression, as ESLint's suppressedMessages do. */
export interface Suppression {
  kind: 'directive';
  justification: string;
}

const DIRECTIVE = /^(docket-[a-z-]+)(?:\s+([\s\S]*))?$/;

/** Reads one comment; null when it is not addressed to docket at all. */
export function parseDirective(comment: HtmlComment): Directive | { unknown: string } | null {
  const match = DIRECTIVE.exec(comment.text);
  if (!match) return null;
  const name = match[1] as string;
  if (!(DIRECTIVE_NAMES as readonly string[]).includes(name)) return { unknown: name };
  const rest = match[2] ?? '';
  // "rule-a rule-b -- reason": the reason starts at the first " -- " (or a leading "--").
  const separator = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const ids = separator ? rest.slice(0, separator.index) : rest;
  const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
  return {
    name: name as DirectiveName,
    ruleIds: ids.split(/[\s,]+/).filter(Boolean),
    reason: reason === '' ? null : reason,
    span: comment.span,
  };
}

interface Region {
  directive: Directive;
  ruleId: string;
  from: { line: number; column: number };
  /** Exclusive; null: to the end of the file. */
  to: { line: number; column: number } | null;
  used: boolean;
}

const before = (a: { line: number; column: number }, b: { line: number; column: number }) =>
  a.line < b.line || (a.line === b.line && a.column < b.column);

function covers(region: Region, finding: Finding): boolean {
  const at = { line: finding.line, column: finding.column };
  return !before(at, region.from) && (region.to === null || before(at, region.to));
}

export interface ApplyDirectivesInput {
  /** The directive comments live in `comments`; nothing else of the record is read. */
  document: Pick<AdrDocument, 'comments'>;
  findings: Finding[];
  /** Every rule id the registry knows; null skips the unknown-id check. */
  knownRuleIds: ReadonlySet<string> | null;
  /** Rules that ran on this document: only their disables can be judged unused. */
  ranRuleIds: ReadonlySet<string>;
  requireReason: boolean;
}

export interface AppliedDirectives {
  findings: Finding[];
  suppressed: (Finding & { suppressions: Suppression[] })[];
  problems: DirectiveProblem[];
}

function unknownRuleHint(ruleId: string, known: ReadonlySet<string>): string {
  const hint = closestWord(ruleId, [...known]);
  return hint ? `did you mean "${hint}"?` : 'the rule ids are listed in docs/rules/';
}

/** Applies a document's directive comments to its findings. */
export function applyDirectives(input: ApplyDirectivesInput): AppliedDirectives {
  const { document, knownRuleIds } = input;
  const problems: DirectiveProblem[] = [];
  const regions: Region[] = [];
  const open = new Map<string, Region>();
  for (const comment of document.comments) {
    const directive = parseDirective(comment);
    if (!directive) continue;
    if ('unknown' in directive) {
      problems.push({
        messageId: 'unknownDirective',
        data: { directive: directive.unknown },
        span: comment.span,
      });
      continue;
    }
    const { name, ruleIds, span } = directive;
    const known = ruleIds.filter((id) => {
      if (!knownRuleIds || knownRuleIds.has(id)) return true;
      problems.push({
        messageId: 'unknownRule',
        data: { directive: name, ruleId: id, hint: unknownRuleHint(id, knownRuleIds) },
        span,
      });
      return false;
    });
    if (name === 'docket-enable') {
      const closing = ruleIds.length === 0 ? [...open.keys()] : known.filter((id) => open.has(id));
      if (closing.length === 0 && (ruleIds.length === 0 || known.length > 0)) {
        problems.push({ messageId: 'unusedEnable', data: { rules: known.join(', ') || 'all rules' }, span });
      }
      for (const id of closing) {
        const region = open.get(id) as Region;
        region.to = { line: span.line, column: span.column };
        open.delete(id);
      }
      continue;
    }
    if (ruleIds.length === 0) {
      problems.push({ messageId: 'blanket', data: { directive: name }, span });
      continue;
    }
    if (input.requireReason && directive.reason === null) {
      problems.push({
        messageId: 'missingReason',
        data: { directive: name, rules: ruleIds.join(', ') },
        span,
      });
    }
    for (const ruleId of known) {
      if (name === 'docket-disable-next-line') {
        const line = span.endLine + 1;
        regions.push({
          directive,
          ruleId,
          from: { line, column: 1 },
          to: { line: line + 1, column: 1 },
          used: false,
        });
      } else if (!open.has(ruleId)) {
        const region: Region = {
          directive,
          ruleId,
          from: { line: span.line, column: span.column },
          to: null,
          used: false,
        };
        regions.push(region);
        open.set(ruleId, region);
      }
    }
  }

  const findings: Finding[] = [];
  const suppressed: AppliedDirectives['suppressed'] = [];
  for (const finding of input.findings) {
    const region = regions.find((r) => r.ruleId === finding.ruleId && covers(r, finding));
    if (!region) {
      findings.push(finding);
      continue;
    }
    region.used = true;
    suppressed.push({
      ...finding,
      suppressions: [{ kind: 'directive', justification: region.directive.reason ?? '' }],
    });
  }
  for (const region of regions) {
    if (region.used || !input.ranRuleIds.has(region.ruleId)) continue;
    problems.push({
      messageId: 'unusedDisable',
      data: { directive: region.directive.name, ruleId: region.ruleId },
      span: region.directive.span,
    });
  }
  return { findings, suppressed, problems };
}
