import { describe, expect, it } from 'vitest';
import { ANSWERED, BARE, HOSTILE } from '../../test/review-fixtures.js';
import { allRules } from '../rules/index.js';
import { escapeHtml, renderReviewHtml } from './html.js';
import { buildReviewPack } from './pack.js';

const pack = buildReviewPack(
  [
    { path: 'docs/adr/0001-move-search.md', text: ANSWERED },
    { path: 'docs/adr/0002-use-kafka.md', text: BARE },
    { path: 'docs/adr/0003-hostile.md', text: HOSTILE },
  ],
  { today: '2026-07-01' },
  allRules,
);
const html = renderReviewHtml(pack);

describe('renderReviewHtml', () => {
  it('is one self-contained page: inline style, no scripts, no external resources, a CSP that forbids both', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link\b|@import|url\(|src=["']?https?:/i);
    expect(html).toContain('@media print');
  });

  it('has the agenda first, linking each record to its section', () => {
    expect(html.indexOf('id="agenda"')).toBeLessThan(html.indexOf('id="adr-1"'));
    expect(html).toContain('<a href="#adr-1">ADR-1: Move product search to OpenSearch</a>');
    expect(html).toContain('<section class="adr" id="adr-3">');
  });

  it('badges every checklist item and asks the open questions', () => {
    const items = pack.adrs.reduce((n, a) => n + a.checklist.length, 0);
    const badges = html.match(/<span class="badge (?:open|answered)">(?:OPEN|ANSWERED)<\/span>/g) ?? [];
    expect(badges).toHaveLength(items);
    expect(html).toContain(
      '<p class="ask">What else did you consider? Name at least one alternative you rejected, even doing nothing.</p>',
    );
    expect(html).toContain(
      '<blockquote>“The budget is €4,000 a month.” <span class="where"><a href="docs/adr/0001-move-search.md#L15">0001-move-search.md:15</a></span></blockquote>',
    );
  });

  it('marks the chosen option and shows reversibility as a labelled badge', () => {
    expect(html).toContain(
      '<tr class="chosen"><td>OpenSearch <span class="chosen-mark">✔ chosen</span></td>',
    );
    expect(html).toContain('<span class="rev one-way">one-way</span>');
    expect(html).toContain('<span class="rev unstated">not stated</span>');
  });

  it('escapes everything that comes from a record', () => {
    const hostile = html.slice(html.indexOf('id="adr-3"'));
    expect(hostile).not.toMatch(/<(?:script|img|iframe|b)\b/i);
    expect(hostile).toContain(
      '&lt;script&gt;window.__pwned = true; document.title = &quot;owned&quot;&lt;/script&gt;',
    );
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps link targets relative, even for a file name that looks like a URL scheme', () => {
    const tricky = buildReviewPack([{ path: 'javascript:alert(1).md', text: BARE }], {}, allRules);
    const page = renderReviewHtml(tricky);
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('href="javascript%3Aalert(1).md#L1"');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
