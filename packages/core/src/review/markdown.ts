// The review pack as Markdown, for a pull request, a wiki page or a shared screen. Text from the
// records is escaped, so markup or HTML in an ADR shows as written and never renders or runs.
import type { Finding } from '../engine/types.js';
import { oneLine } from '../text/shorten.js';
import {
  adrLabel,
  clock,
  packSummary,
  type RenderOptions,
  type ResolvedRenderOptions,
  resolveRenderOptions,
  reversibilityLabel,
  severityLabel,
} from './render-common.js';
import type { ChecklistItem, Quote, ReviewedAdr, ReviewPack } from './types.js';

/**
 * Escapes text so Markdown shows it literally on one line: inline markup characters (emphasis,
 * code, links, table pipes, strikethrough, math) with a backslash, HTML as entities. The text
 * never starts a line in the pack, so block markers such as `#` or `-` need no escape.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A link target inside `(...)`: angle brackets keep spaces and parentheses from ending it. */
function target(href: string): string {
  return `<${href.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

function lineLink(adr: ReviewedAdr, line: number, options: ResolvedRenderOptions): string {
  const shown = `${options.displayPath(adr.path).replace(/^.*[\\/]/, '')}:${line}`;
  return `[${escapeMarkdown(shown)}](${target(options.href(adr.path, line))})`;
}

function quoteLine(adr: ReviewedAdr, quote: Quote, options: ResolvedRenderOptions): string {
  return `  > “${escapeMarkdown(quote.text)}” — ${lineLink(adr, quote.line, options)}`;
}

function findingLine(adr: ReviewedAdr, finding: Finding, options: ResolvedRenderOptions): string {
  return `  - ${escapeMarkdown(finding.message)} (${lineLink(adr, finding.line, options)}, \`${finding.ruleId}\`)`;
}

function checklistItem(adr: ReviewedAdr, item: ChecklistItem, options: ResolvedRenderOptions): string[] {
  const lines: string[] = [];
  if (item.status === 'answered') {
    lines.push(`- ✅ **ANSWERED** · **${escapeMarkdown(item.topic)}**`);
  } else {
    lines.push(`- ❓ **OPEN** · **${escapeMarkdown(item.topic)}** — ask: *${escapeMarkdown(item.question)}*`);
  }
  for (const quote of item.quotes) lines.push(quoteLine(adr, quote, options));
  for (const finding of item.findings) lines.push(findingLine(adr, finding, options));
  return lines;
}

function cell(quotes: readonly Quote[]): string {
  return quotes.map((q) => escapeMarkdown(q.text)).join('<br>') || '—';
}

function optionsTable(adr: ReviewedAdr): string[] {
  if (adr.options.length === 0) {
    const chosen = adr.chosen ? ` The decision names “${escapeMarkdown(adr.chosen)}”.` : '';
    return [`No options are listed.${chosen}`];
  }
  const rows = adr.options.map((option) => {
    const name = option.chosen ? `**${escapeMarkdown(option.name)}** ✔ chosen` : escapeMarkdown(option.name);
    return `| ${name} | ${cell(option.pros)} | ${cell(option.cons)} |`;
  });
  const lines = ['| Option | Pros | Cons |', '|---|---|---|', ...rows];
  if (adr.chosen && !adr.options.some((o) => o.chosen)) {
    lines.push('', `Chosen: “${escapeMarkdown(adr.chosen)}” (not among the listed options).`);
  } else if (!adr.chosen) {
    lines.push('', 'The record does not say which option was chosen.');
  }
  return lines;
}

function findingsTable(adr: ReviewedAdr, options: ResolvedRenderOptions): string[] {
  if (adr.findings.length === 0) return ['No findings.'];
  return [
    '| Where | Severity | Rule | Message |',
    '|---|---|---|---|',
    ...adr.findings.map(
      (f) =>
        `| ${lineLink(adr, f.line, options)} | ${severityLabel(f)} | \`${f.ruleId}\` | ${escapeMarkdown(f.message)} |`,
    ),
  ];
}

function adrSection(adr: ReviewedAdr, minutes: number, options: ResolvedRenderOptions): string[] {
  const answered = adr.checklist.length - adr.openCount;
  return [
    `## ${escapeMarkdown(adrLabel(adr))}: ${escapeMarkdown(adr.title)}`,
    '',
    `- **File:** ${lineLink(adr, 1, options)}`,
    `- **Status:** ${escapeMarkdown(adr.status ?? 'not stated')}`,
    `- **Decision-makers:** ${adr.decisionMakers.length > 0 ? adr.decisionMakers.map(escapeMarkdown).join(', ') : 'not named'}`,
    `- **Reversibility:** ${reversibilityLabel(adr)}`,
    `- **Time box:** ${minutes} min · **Checklist:** ${answered} answered, ${adr.openCount} open`,
    '',
    '### Checklist',
    '',
    ...adr.checklist.flatMap((item) => checklistItem(adr, item, options)),
    '',
    '### Options',
    '',
    ...optionsTable(adr),
    '',
    '### Lint findings',
    '',
    ...findingsTable(adr, options),
    '',
  ];
}

export function renderReviewMarkdown(pack: ReviewPack, renderOptions?: RenderOptions): string {
  const options = resolveRenderOptions(renderOptions);
  const lines = [`# Review pack, ${pack.today}`, '', `${packSummary(pack)}.`, ''];
  if (pack.adrs.length === 0) return `${[...lines, 'No records to review.'].join('\n')}\n`;
  lines.push('## Agenda', '', '| Time | Record | Reversibility | Open | Time box |', '|---|---|---|---|---|');
  for (const item of pack.agenda) {
    const adr = pack.adrs[item.adr] as ReviewedAdr;
    lines.push(
      `| ${clock(item.start)}–${clock(item.start + item.minutes)} | ${escapeMarkdown(adrLabel(adr))}: ${escapeMarkdown(adr.title)} | ${reversibilityLabel(adr)} | ${adr.openCount} of ${adr.checklist.length} | ${item.minutes} min |`,
    );
  }
  lines.push('');
  for (const item of pack.agenda) {
    lines.push(...adrSection(pack.adrs[item.adr] as ReviewedAdr, item.minutes, options));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
