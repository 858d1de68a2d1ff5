import type { DocumentRule } from '../engine/types.js';
import type { AdrDocument, Block, Span } from '../model.js';
import { spanOf } from '../parser/positions.js';
import { allMatches } from '../text/regexp.js';

type Kind = 'unbounded' | 'noCost' | 'authority';

const COMPANIES =
  'Netflix|Google|Amazon|AWS|Uber|LinkedIn|Facebook|Meta|Microsoft|Apple|Spotify|Airbnb|Twitter|Shopify|Stripe|GitHub|Slack|Dropbox|Pinterest|Etsy|Salesforce|Alibaba|Tesla';

/**
 * Unfalsifiable claims, each with the kind of advice its finding gives. Every pattern is linear.
 * `anchors` are groups of lower-case words: every match contains a word of each group. Most
 * blocks lack them, and substring tests are far cheaper than running the pattern over the block.
 */
const CLAIMS: { kind: Kind; pattern: RegExp; anchors: string[][] }[] = [
  {
    kind: 'unbounded',
    anchors: [['scal', 'future']],
    pattern:
      /\b(?:scales? (?:infinitely|endlessly|without limits?|to infinity)|infinitely scal(?:able|ing)|infinite scal(?:ability|ing)|unlimited scal(?:ability|ing)|limitless scal(?:ability|ing)|future[- ]?proof(?:ed|ing)?)\b/gi,
  },
  {
    kind: 'noCost',
    anchors: [['downside', 'drawback', 'disadvantage', 'trade', 'risk']],
    pattern:
      /\b(?:(?:has|have|with|there (?:are|is)|comes with|brings) (?:no|zero) (?:real |significant |major |obvious )?(?:downsides?|drawbacks?|disadvantages?|trade-?offs?)|without (?:any )?(?:downsides?|drawbacks?|trade-?offs?)|no (?:real |significant |major |obvious )?(?:downsides?|drawbacks?) (?:at all|whatsoever)|zero[- ]risk|risk[- ]free)\b/gi,
  },
  {
    kind: 'authority',
    // The verbs first: they rule out most blocks in a few tests, before the company names.
    anchors: [
      ['use', 'using', 'relies', 'runs', 'does', 'did', 'adopted', 'trusted', 'backed'],
      COMPANIES.toLowerCase().split('|'),
    ],
    pattern: new RegExp(
      `\\b(?:(?:${COMPANIES})(?:,? (?:and|or) (?:${COMPANIES}))* (?:also |all |both )?(?:uses?|used|relies on|runs|is using|are using|does|did) (?:it|this|that|them)\\b|(?:used|adopted|trusted|backed) by (?:companies like |the likes of |giants like )?(?:${COMPANIES})\\b)`,
      'gi',
    ),
  },
  {
    kind: 'authority',
    anchors: [['best', 'industry']],
    pattern: /\b(?:best[- ]practices?|industry[- ]standards?)\b/gi,
  },
];

/**
 * "Best practice" and "industry standard" are hype when they stand in for a reason: "is
 * considered best practice", "follows best practice", "best practice says". As plain nouns
 * ("policies that enforce best practices") they claim nothing.
 */
const CLAIMED_BEFORE =
  /\b(?:is|are|it's|it’s|as|considered|follows?|following|according to|per|aligns? with|in line with|consistent with|recommended|become|becoming|became)\s+(?:[\w-]+\s+){0,3}$/i;
const CLAIMED_AFTER = /^\s*(?:says|say|recommends?|suggests?|dictates?|is to|requires?)\b/i;
const NOUN_CLAIM = /^(?:best[- ]practices?|industry[- ]standards?)$/i;

/** "not best practice", "against best practice", "no industry standard": the author is not hyping. */
const NEGATED_BEFORE =
  /\b(?:not|no|never|against|contrary to|violat\w*|breaks?|deviat\w* from|isn't|aren't|wasn't|lack(?:s|ing)? (?:an? )?|without (?:an? )?|instead of|rather than)\s+(?:(?:a|an|the|any|yet|really|quite|considered|seen as)\s+){0,2}$/i;
/** Reported speech: "the vendor claims it scales infinitely" reports hype, it does not make it. */
const REPORTED =
  /\b(?:claims?|claimed|promises?|promised|advertis\w+|marketing|so-called|supposedly|allegedly|touted|pitch(?:ed)?)\b/i;

/** Blanks quoted text (keeping offsets) so nothing inside a quotation is flagged. */
function withoutQuotations(text: string): string {
  const blank = (quoted: string) => ' '.repeat(quoted.length);
  // Most prose has no quotation marks; a search that cannot match is skipped.
  let result = text;
  if (result.includes('"')) result = result.replace(/"[^"\n]*"/g, blank);
  if (result.includes('“')) result = result.replace(/“[^”\n]*”/g, blank);
  if (result.includes('‘')) result = result.replace(/‘[^’\n]*’/g, blank);
  if (result.includes("'")) result = result.replace(/(?<![\w])'[^'\n]{2,80}'(?![\w])/g, blank);
  return result;
}

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
  const after = text.slice(end, end + 200);
  const stop = after.search(/[.;]\s/);
  return `${cut === -1 ? before : before.slice(cut + 2)}${text.slice(start, end)}${stop === -1 ? after : after.slice(0, stop)}`;
}

/**
 * Where the phrase sits in the source: the block's own text, found again outside code spans.
 * Null when it is only part of a link's text or of a URL: a cited title ("[Best Practices for
 * Reusable Bundles](...)") names a source, it makes no claim.
 */
function locate(document: AdrDocument, block: Block, phrase: string): Span | null {
  const source = document.text.slice(block.span.offset, block.span.endOffset);
  const lower = source.toLowerCase();
  const needle = phrase.toLowerCase();
  let inLinkOnly = false;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    const lineStart = source.lastIndexOf('\n', at) + 1;
    const lineBefore = source.slice(lineStart, at);
    if ((lineBefore.split('`').length - 1) % 2 === 1) continue;
    if (LINK_TEXT_OPEN.test(lineBefore) || URL_OPEN.test(lineBefore)) {
      inLinkOnly = true;
      continue;
    }
    const offset = block.span.offset + at;
    return spanOf(document.lineStarts, offset, offset + phrase.length);
  }
  return inLinkOnly ? null : block.span;
}

/** The text before a phrase leaves a link text `[...` or a URL open. */
const LINK_TEXT_OPEN = /\[[^\]]*$/;
const URL_OPEN = /(?:https?:\/\/|www\.)\S*$/i;

/** Cargo-culting and resume-driven development: claims nobody can check. */
export const noHypeClaims: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'no-hype-claims',
    description:
      'Disallow unfalsifiable claims ("scales infinitely", "no downsides", "best practice", "Netflix uses it") outside code and quotations.',
    category: 'review',
    severity: 'warn',
    recommended: true,
    legacy: false,
    fixable: false,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      unbounded:
        'Unfalsifiable claim "{{phrase}}"; say what it was measured or designed to handle instead, e.g. "tested to 20,000 writes/s on 3 nodes" or "supports schema changes without downtime".',
      noCost:
        '"{{phrase}}" claims a choice without a cost; every design has one, so name the trade-off this decision accepts.',
      authority:
        '"{{phrase}}" is an appeal to authority, not a reason; say why it fits this system and its constraints.',
    },
    rationale:
      'Claims that cannot be checked end a discussion instead of informing it: "industry standard" and "Netflix uses it" are cargo-culting, "no downsides" means the trade-off has not been found, and "future-proof" promises what nobody can measure.',
    review: {
      topic: 'Claims that can be checked',
      question: 'Which claims here could be checked, and what is the evidence for them?',
    },
    docs: {
      incorrect: `---
status: proposed
---
# Use Cassandra for the activity feed

## Decision

We store the activity feed in Cassandra because it scales infinitely and has no downsides for us.
`,
      correct: `---
status: proposed
---
# Use Cassandra for the activity feed

## Decision

We store the activity feed in Cassandra: a 3-node test cluster held 20,000 writes/s, and we accept that feed queries can only be read by user and time.
`,
      howToFix:
        'Replace the claim with what was measured or designed for ("held 20,000 writes/s on 3 nodes"), name the trade-off the decision accepts instead of saying it has none, and give the reason a practice fits this system rather than who else uses it. Quoting a vendor (in quotation marks or a blockquote) is not reported.',
      whenNotToUse:
        'Records that mostly quote marketing material for discussion can suppress single lines with an inline comment; the rule is a warning in the presets for that reason.',
    },
  },
  check({ document, report }) {
    for (const block of document.blocks) {
      if (block.quoted || block.kind === 'code' || block.kind === 'html' || !block.prose) continue;
      const lower = block.prose.toLowerCase();
      const claims = CLAIMS.filter(({ anchors }) =>
        anchors.every((group) => group.some((anchor) => lower.includes(anchor))),
      );
      if (claims.length === 0) continue;
      const text = withoutQuotations(block.prose);
      for (const { kind, pattern } of claims) {
        for (const match of allMatches(text, pattern)) {
          const start = match.index ?? 0;
          const end = start + match[0].length;
          if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
          if (REPORTED.test(sentenceAround(text, start, end))) continue;
          if (
            NOUN_CLAIM.test(match[0]) &&
            !CLAIMED_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
            !CLAIMED_AFTER.test(text.slice(end, end + 20))
          )
            continue;
          const span = locate(document, block, match[0]);
          if (span === null) continue;
          report({ messageId: kind, span, data: { phrase: match[0] } });
        }
      }
    }
  },
};
