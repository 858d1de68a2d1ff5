import { describe, expect, it } from 'vitest';
import { ANSWERED, BARE, HOSTILE } from '../../test/review-fixtures.js';
import { allRules } from '../rules/index.js';
import { escapeMarkdown, renderReviewMarkdown } from './markdown.js';
import { buildReviewPack } from './pack.js';

const pack = buildReviewPack(
  [
    { path: 'docs/adr/0001-move-search.md', text: ANSWERED },
    { path: 'docs/adr/0002-use-kafka.md', text: BARE },
  ],
  { today: '2026-07-01' },
  allRules,
);

describe('renderReviewMarkdown', () => {
  const markdown = renderReviewMarkdown(pack);

  it('starts with an agenda: time slots, records, reversibility, open questions, time boxes', () => {
    const [first, second] = pack.agenda;
    expect(markdown).toContain('## Agenda');
    expect(markdown).toContain(
      `| 0:00–0:${String(first?.minutes).padStart(2, '0')} | ADR-1: Move product search to OpenSearch | one-way | 0 of ${pack.adrs[0]?.checklist.length} | ${first?.minutes} min |`,
    );
    expect(markdown).toMatch(
      new RegExp(
        `\\| ADR-2: Use Kafka for events \\| not stated \\| \\d+ of \\d+ \\| ${second?.minutes} min \\|`,
      ),
    );
    expect(markdown.indexOf('## Agenda')).toBeLessThan(markdown.indexOf('## ADR-1'));
  });

  it('quotes answers with a link to their line and asks the open questions', () => {
    expect(markdown).toContain(
      '  > “The budget is €4,000 a month.” — [0001-move-search.md:15](<docs/adr/0001-move-search.md#L15>)',
    );
    expect(markdown).toContain('- ✅ **ANSWERED** · **Money**');
    expect(markdown).toContain(
      '- ❓ **OPEN** · **Failure story** — ask: *How does it fail: what do users see, what does the on-call engineer see, and is there a runbook?*',
    );
  });

  it('shows the options table with the chosen option marked, and the findings', () => {
    expect(markdown).toContain('| **OpenSearch** ✔ chosen | Good, because relevance tuning is built in. |');
    expect(markdown).toContain('| Algolia | — | Bad, because its price at our volume is €11,000 a month. |');
    expect(markdown).toMatch(
      /\| \[0002-use-kafka\.md:\d+\]\(<docs\/adr\/0002-use-kafka\.md#L\d+>\) \| error \| `failure-story` \|/,
    );
    expect(markdown).toContain('- **Decision-makers:** Ana Lima, Bo Chen');
  });

  it('uses the caller’s paths and links', () => {
    const custom = renderReviewMarkdown(pack, {
      displayPath: (p) => `shown/${p}`,
      href: (p, line) => `../${p}?line=${line}`,
    });
    expect(custom).toContain('[0001-move-search.md:15](<../docs/adr/0001-move-search.md?line=15>)');
  });

  it('says so when there is nothing to review', () => {
    expect(renderReviewMarkdown({ today: '2026-07-01', adrs: [], agenda: [], totalMinutes: 0 })).toContain(
      'No records to review.',
    );
  });

  it('shows markup and HTML from a record as text', () => {
    const hostile = renderReviewMarkdown(
      buildReviewPack([{ path: '0003-x.md', text: HOSTILE }], {}, allRules),
    );
    expect(hostile).not.toMatch(/<script|<b>|<img|<iframe/);
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).toContain("owner: &lt;script&gt;document.title='owned'&lt;/script&gt;");
    expect(hostile).toContain('ADR-3: Use window.\\_\\_pwned = true bold link');
    expect(hostile).toContain('| **Tag option \\| with pipe** ✔ chosen |');
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline markup, table pipes and HTML, and keeps text on one line', () => {
    expect(escapeMarkdown('a *b* _c_ `d` [e](f) | g ~h~ $x$ <i> & \\\nnext')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\| g \\~h\\~ \\$x\\$ &lt;i&gt; &amp; \\\\ next',
    );
  });
});
