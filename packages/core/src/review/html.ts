// The review pack as one self-contained HTML page for the projector and for print: inline CSS,
// no scripts, fonts or network. Every piece of text from the records is escaped, and a Content
// Security Policy forbids scripts outright, so HTML planted in an ADR shows as text and never runs.
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

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { --ink: #111; --muted: #444; --line: #bbb; --open: #b00020; --open-bg: #fde7ea; --ok: #0a6b2b; --ok-bg: #e3f4e8;
  --one-way: #7a1f00; --costly: #7a5a00; --two-way: #1d4f91; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 78rem; padding: 1.5rem 2rem 4rem; color: var(--ink); background: #fff;
  font: 20px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 2rem; margin: 0 0 .25rem; }
h2 { font-size: 1.6rem; margin: 0 0 .5rem; }
h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid var(--line); }
a { color: #0645ad; }
.summary { color: var(--muted); margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.num { text-align: right; white-space: nowrap; }
.adr { border-top: 6px solid var(--ink); padding-top: 1rem; margin-top: 2.5rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.badge { display: inline-block; min-width: 6.5em; text-align: center; font-weight: 700; font-size: .8em;
  letter-spacing: .05em; padding: .1em .5em; border-radius: .3em; border: 2px solid; }
.badge.open { color: var(--open); background: var(--open-bg); border-color: var(--open); }
.badge.answered { color: var(--ok); background: var(--ok-bg); border-color: var(--ok); }
.rev { font-weight: 700; padding: 0 .35em; border: 2px solid; border-radius: .3em; white-space: nowrap; }
.rev.one-way { color: var(--one-way); } .rev.costly { color: var(--costly); }
.rev.two-way { color: var(--two-way); } .rev.unstated { color: var(--open); }
.checklist { list-style: none; padding: 0; margin: 0; }
.checklist > li { padding: .5rem 0; border-bottom: 1px solid #ddd; }
.checklist .topic { font-weight: 700; margin-left: .5rem; }
.checklist .ask { margin: .25rem 0 0; }
.checklist .ask::before { content: "Ask: "; font-weight: 700; color: var(--open); }
blockquote { margin: .3rem 0 0 1rem; padding: .1rem .8rem; border-left: 4px solid var(--line); color: var(--muted); }
blockquote .where { white-space: nowrap; font-size: .85em; }
.findings-of-item { margin: .3rem 0 0 1rem; padding-left: 1rem; font-size: .9em; }
tr.chosen td { background: #eef6ee; font-weight: 600; }
.chosen-mark { color: var(--ok); }
.muted { color: var(--muted); }
ul.args { margin: 0; padding-left: 1.1rem; }
@media print {
  body { font-size: 11pt; max-width: none; padding: 0; }
  .adr { break-before: page; border-top: none; margin-top: 0; }
  a { color: inherit; text-decoration: none; }
  .badge, .rev, tr.chosen td, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, li, blockquote { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

function lineLink(adr: ReviewedAdr, line: number, options: ResolvedRenderOptions): string {
  const shown = `${options.displayPath(adr.path).replace(/^.*[\\/]/, '')}:${line}`;
  return `<a href="${escapeHtml(options.href(adr.path, line))}">${escapeHtml(shown)}</a>`;
}

function reversibilityBadge(adr: ReviewedAdr): string {
  return `<span class="rev ${adr.reversibility ?? 'unstated'}">${escapeHtml(reversibilityLabel(adr))}</span>`;
}

function quoteHtml(adr: ReviewedAdr, quote: Quote, options: ResolvedRenderOptions): string {
  return `<blockquote>“${escapeHtml(quote.text)}” <span class="where">${lineLink(adr, quote.line, options)}</span></blockquote>`;
}

function findingsOfItem(
  adr: ReviewedAdr,
  findings: readonly Finding[],
  options: ResolvedRenderOptions,
): string {
  if (findings.length === 0) return '';
  const items = findings.map(
    (f) =>
      `<li>${escapeHtml(f.message)} (${lineLink(adr, f.line, options)}, <code>${escapeHtml(f.ruleId)}</code>)</li>`,
  );
  return `<ul class="findings-of-item">${items.join('')}</ul>`;
}

function checklistItem(adr: ReviewedAdr, item: ChecklistItem, options: ResolvedRenderOptions): string {
  const badge =
    item.status === 'open'
      ? '<span class="badge open">OPEN</span>'
      : '<span class="badge answered">ANSWERED</span>';
  const ask = item.status === 'open' ? `<p class="ask">${escapeHtml(item.question)}</p>` : '';
  const quotes = item.quotes.map((q) => quoteHtml(adr, q, options)).join('');
  return `<li class="item ${item.status}" data-item="${escapeHtml(item.id)}">${badge}<span class="topic">${escapeHtml(item.topic)}</span>${ask}${quotes}${findingsOfItem(adr, item.findings, options)}</li>`;
}

function args(quotes: readonly Quote[]): string {
  if (quotes.length === 0) return '<span class="muted">—</span>';
  return `<ul class="args">${quotes.map((q) => `<li>${escapeHtml(oneLine(q.text))}</li>`).join('')}</ul>`;
}

function optionsTable(adr: ReviewedAdr): string {
  if (adr.options.length === 0) {
    const chosen = adr.chosen ? ` The decision names “${escapeHtml(adr.chosen)}”.` : '';
    return `<p>No options are listed.${chosen}</p>`;
  }
  const rows = adr.options.map((option) => {
    const name = option.chosen
      ? `${escapeHtml(option.name)} <span class="chosen-mark">✔ chosen</span>`
      : escapeHtml(option.name);
    return `<tr${option.chosen ? ' class="chosen"' : ''}><td>${name}</td><td>${args(option.pros)}</td><td>${args(option.cons)}</td></tr>`;
  });
  let note = '';
  if (adr.chosen && !adr.options.some((o) => o.chosen)) {
    note = `<p>Chosen: “${escapeHtml(adr.chosen)}” (not among the listed options).</p>`;
  } else if (!adr.chosen) {
    note = '<p>The record does not say which option was chosen.</p>';
  }
  return `<table class="options"><thead><tr><th>Option</th><th>Pros</th><th>Cons</th></tr></thead><tbody>${rows.join('')}</tbody></table>${note}`;
}

function findingsTable(adr: ReviewedAdr, options: ResolvedRenderOptions): string {
  if (adr.findings.length === 0) return '<p>No findings.</p>';
  const rows = adr.findings.map(
    (f) =>
      `<tr><td>${lineLink(adr, f.line, options)}</td><td>${severityLabel(f)}</td><td><code>${escapeHtml(f.ruleId)}</code></td><td>${escapeHtml(f.message)}</td></tr>`,
  );
  return `<table class="findings"><thead><tr><th>Where</th><th>Severity</th><th>Rule</th><th>Message</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function adrSection(
  adr: ReviewedAdr,
  index: number,
  minutes: number,
  options: ResolvedRenderOptions,
): string {
  const answered = adr.checklist.length - adr.openCount;
  const people = adr.decisionMakers.length > 0 ? adr.decisionMakers.map(escapeHtml).join(', ') : 'not named';
  return `<section class="adr" id="adr-${index + 1}">
<h2>${escapeHtml(adrLabel(adr))}: ${escapeHtml(adr.title)}</h2>
<dl class="facts">
<dt>File</dt><dd>${lineLink(adr, 1, options)}</dd>
<dt>Status</dt><dd>${escapeHtml(adr.status ?? 'not stated')}</dd>
<dt>Decision-makers</dt><dd>${people}</dd>
<dt>Reversibility</dt><dd>${reversibilityBadge(adr)}</dd>
<dt>Time box</dt><dd>${minutes} min · ${answered} answered, <strong>${adr.openCount} open</strong></dd>
</dl>
<h3>Checklist</h3>
<ul class="checklist">${adr.checklist.map((item) => checklistItem(adr, item, options)).join('\n')}</ul>
<h3>Options</h3>
${optionsTable(adr)}
<h3>Lint findings</h3>
${findingsTable(adr, options)}
</section>`;
}

function agendaTable(pack: ReviewPack): string {
  const rows = pack.agenda.map((item) => {
    const adr = pack.adrs[item.adr] as ReviewedAdr;
    return `<tr><td class="num">${clock(item.start)}–${clock(item.start + item.minutes)}</td><td><a href="#adr-${item.adr + 1}">${escapeHtml(adrLabel(adr))}: ${escapeHtml(adr.title)}</a></td><td>${reversibilityBadge(adr)}</td><td class="num">${adr.openCount} of ${adr.checklist.length}</td><td class="num">${item.minutes} min</td></tr>`;
  });
  return `<section id="agenda"><h2>Agenda</h2>
<table class="agenda"><thead><tr><th>Time</th><th>Record</th><th>Reversibility</th><th>Open</th><th>Time box</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

export function renderReviewHtml(pack: ReviewPack, renderOptions?: RenderOptions): string {
  const options = resolveRenderOptions(renderOptions);
  const body =
    pack.adrs.length === 0
      ? '<p>No records to review.</p>'
      : [
          agendaTable(pack),
          ...pack.agenda.map((item) =>
            adrSection(pack.adrs[item.adr] as ReviewedAdr, item.adr, item.minutes, options),
          ),
        ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review pack, ${escapeHtml(pack.today)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Review pack, ${escapeHtml(pack.today)}</h1>
<p class="summary">${escapeHtml(packSummary(pack))}</p></header>
${body}
</body>
</html>
`;
}
