import type { DocumentRule, RunSettings } from '../engine/types.js';
import { statusSpellingFix } from '../fix/status-spelling.js';
import type { AdrDocument, Span } from '../model.js';
import { normalizeStatus, statusWords } from '../parser/metadata.js';
import { shorten } from '../text/shorten.js';
import { isUnreadable } from './anchors.js';

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };

/** Lower-cased words of a status as written, without punctuation or a leading date: "2021-03-01: Accepted (by Ana)" → "accepted", "by", "ana". */
function words(raw: string): string[] {
  return statusWords(raw).split(' ').filter(Boolean);
}

type Status = NonNullable<AdrDocument['status']>;

/** "Partly superseded", "Partially accepted": a qualifier does not change where the record is. */
const QUALIFIER = /^(?:partly|partially|mostly|largely|provisionally|conditionally|tentatively)$/;

/** "{Proposed|Accepted|Declined}": the template's choice list, not a choice. */
function listsSeveral(status: Status, settings: RunSettings): boolean {
  if (!status.raw.includes('|')) return false;
  const found = new Set(
    words(status.raw)
      .map((word) => normalizeStatus(word, settings.statusAliases) ?? word)
      .filter((word) => settings.lifecycle.includes(word)),
  );
  return found.size > 1;
}

/**
 * The lifecycle status a record is in: the parser's normalised value, or, for a project's
 * own lifecycle words the alias table does not know, the leading words as written.
 */
function lifecycleStatus(status: Status, settings: RunSettings): string | null {
  const { lifecycle } = settings;
  if (status.normalized && lifecycle.includes(status.normalized)) return status.normalized;
  const written = words(status.raw);
  if (written.length > 1 && QUALIFIER.test(written[0] as string)) written.shift();
  for (let n = Math.min(3, written.length); n >= 1; n--) {
    const candidate = written.slice(0, n).join(' ');
    if (lifecycle.includes(candidate)) return candidate;
    const normalized = normalizeStatus(candidate, settings.statusAliases);
    if (normalized && lifecycle.includes(normalized)) return normalized;
  }
  return null;
}

/** How to add a status in the dialect the record already uses. */
function example(document: AdrDocument): string {
  if (document.frontmatter) return '`status: proposed` to the frontmatter';
  const bullets = Object.values(document.metadata).some((field) => field.source === 'bullet');
  if (bullets) return '`* Status: proposed` to the list under the title';
  return 'a "## Status" section whose first line is the status, e.g. "Proposed"';
}

/** Frontmatter that did not parse may well hold the status; frontmatter-valid reports that instead. */
function statusLostInFrontmatter(document: AdrDocument): boolean {
  const frontmatter = document.frontmatter;
  return frontmatter !== null && frontmatter.data === null && /^\s*status\s*:/im.test(frontmatter.raw);
}

/** A record says where it is in its lifecycle. */
export const statusValid: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'status-valid',
    description: 'Require a status that is one of the configured lifecycle statuses.',
    category: 'structure',
    severity: 'error',
    recommended: true,
    legacy: true,
    fixable: true,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing: 'The record has no status; add {{example}}, using one of: {{allowed}}.',
      emptySection: 'The Status section is empty; write the status on its first line, one of: {{allowed}}.',
      unknown: 'Status "{{status}}" is not a lifecycle status; write one of: {{allowed}}.',
      misspelled:
        'Status word "{{written}}" is misspelled; write "{{correct}}" (docket lint --fix corrects it).',
      several: 'Status "{{status}}" lists several statuses; keep the one that holds, one of: {{allowed}}.',
      outsideLifecycle:
        'Status "{{status}}" means "{{normalized}}", which this project\'s lifecycle does not include; write one of: {{allowed}}.',
    },
    rationale:
      'Readers, reviewers and every content rule need to know whether a record is a proposal, a decision in force, or history. A record without a recognisable status is all three at once.',
    docs: {
      incorrect: `---
status: waiting for sign-off
---
# Use OpenTelemetry for tracing

## Decision

Services export traces with the OpenTelemetry SDK.
`,
      correct: `---
status: proposed
---
# Use OpenTelemetry for tracing

## Decision

Services export traces with the OpenTelemetry SDK.
`,
      howToFix:
        'Write exactly one status from the project\'s lifecycle (by default draft, proposed, accepted, rejected, deprecated, superseded) in the frontmatter `status:` or on the first line of the "## Status" section. A section that keeps a dated history ("2024-01-04 Proposed", then "2024-02-01 Accepted") is read at its latest date. Map your own spellings with `statusAliases` in the configuration, or change the `lifecycle`.',
      whenNotToUse:
        'Keep it on: review rules decide whether a record is under review from its status. If your statuses differ, configure `lifecycle` and `statusAliases` rather than turning the rule off.',
    },
  },
  check({ document, settings, report }) {
    if (isUnreadable(document)) return;
    const allowed = settings.lifecycle.join(', ');
    const status = document.status;
    if (!status) {
      if (statusLostInFrontmatter(document)) return;
      const section = document.sections.find((s) => s.kind === 'status');
      if (section) {
        report({ messageId: 'emptySection', span: section.span, data: { allowed } });
        return;
      }
      report({
        messageId: 'missing',
        span: document.title?.span ?? document.sections[0]?.span ?? START,
        data: { example: example(document), allowed },
      });
      return;
    }
    const shown = shorten(status.raw, 60);
    if (listsSeveral(status, settings)) {
      report({ messageId: 'several', span: status.span, data: { status: shown, allowed } });
      return;
    }
    if (lifecycleStatus(status, settings)) return;
    if (status.normalized) {
      report({
        messageId: 'outsideLifecycle',
        span: status.span,
        data: { status: shown, normalized: status.normalized, allowed },
      });
      return;
    }
    const correction = statusSpellingFix(document, settings.lifecycle);
    if (correction) {
      report({
        messageId: 'misspelled',
        span: status.span,
        data: { written: correction.written, correct: correction.correct },
        fix: correction.fix,
      });
      return;
    }
    report({ messageId: 'unknown', span: status.span, data: { status: shown, allowed } });
  },
};
