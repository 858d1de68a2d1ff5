import type { DocumentRule, Report } from '../engine/types.js';
import type { AdrDocument, Block } from '../model.js';
import { spanOf } from '../parser/positions.js';
import {
  anglePrompts,
  bracketPrompts,
  curlyPrompts,
  type PlaceholderHit,
  promptSentences,
  TEMPLATE_PHRASES,
} from '../text/placeholders.js';
import { allMatches, escapeRegExp } from '../text/regexp.js';
import { shorten } from '../text/shorten.js';

interface Options {
  markers: string[];
  phrases: string[];
}

type MessageId = 'prompt' | 'choice' | 'marker' | 'templateText' | 'ellipsis';

/** A placeholder found in a piece of text; offsets are into that text. */
interface Hit {
  start: number;
  end: number;
  messageId: MessageId;
}

const ARTICLE_BEFORE = /(?:^|\W)(?:the|a|an|any|no|our|their|these|those|such|your|with|of)\s+$/i;
const NOUN_AFTER =
  /^\s+(?:app|apps|application|list|lists|comment|comments|item|items|marker|markers|tag|tags|entry|entries|annotation|annotations|file|files|tool|tools)\b/i;

/** The shared detector's prompts and choice lists, as findings of this rule. */
const asHits = (prompts: PlaceholderHit[]): Hit[] =>
  prompts.map(({ start, end, kind }) => ({ start, end, messageId: kind }));

/** Patterns built from the options once per run rather than once per block. */
interface Matchers {
  marker: RegExp | null;
  builtIn: RegExp[];
  user: RegExp[];
}

function normalizeQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** A phrase matched ignoring case, curly quotes and line breaks. */
function phrasePattern(phrase: string): RegExp {
  const words = normalizeQuotes(phrase).trim().toLowerCase().split(/\s+/);
  return new RegExp(words.map(escapeRegExp).join('\\s+'));
}

// Sticky: the common templates' sentences count only where the block opens, so each is tried
// there alone instead of searched for through the whole block.
const BUILT_IN_PATTERNS = TEMPLATE_PHRASES.map((phrase) => new RegExp(phrasePattern(phrase).source, 'y'));
const matcherCache = new WeakMap<Options, Matchers>();

/** A block's first word as the sticky patterns see it (quotes straightened, lower case). */
const firstWord = (text: string): string => normalizeQuotes(/^\s*(\S*)/.exec(text)?.[1] ?? '').toLowerCase();
/** The built-in sentences' first words: a block that opens with any other word holds none of them. */
const BUILT_IN_OPENERS = new Set(TEMPLATE_PHRASES.map(firstWord));

function matchersFor(options: Options): Matchers {
  let matchers = matcherCache.get(options);
  if (!matchers) {
    const markers = options.markers.map(escapeRegExp).join('|');
    matchers = {
      marker: markers ? new RegExp(`(?<![\\w'"‘“-])(?:${markers})(?![\\w'"’”-])`, 'g') : null,
      builtIn: BUILT_IN_PATTERNS,
      user: options.phrases.map(phrasePattern),
    };
    matcherCache.set(options, matchers);
  }
  return matchers;
}

function markerHits(text: string, matchers: Matchers): Hit[] {
  if (!matchers.marker) return [];
  const hits: Hit[] = [];
  for (const match of allMatches(text, matchers.marker)) {
    const start = match.index;
    const end = start + match[0].length;
    // "the TODO app", "TODO comments": the word used as a word, not as a marker.
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (NOUN_AFTER.test(text.slice(end, end + 16))) continue;
    hits.push({ start, end, messageId: 'marker' });
  }
  return hits;
}

/**
 * Template guidance: the common templates' sentences when they open the block (a record that
 * quotes Nygard's article to explain its format mentions them mid-paragraph), and a team's
 * own phrases anywhere. One finding per block: a template paragraph is one placeholder.
 */
function phraseHits(text: string, matchers: Matchers): Hit[] {
  if (matchers.user.length === 0 && !BUILT_IN_OPENERS.has(firstWord(text))) return [];
  const haystack = normalizeQuotes(text).toLowerCase();
  const leading = haystack.length - haystack.trimStart().length;
  for (const pattern of matchers.builtIn) {
    pattern.lastIndex = leading;
    const match = pattern.exec(haystack);
    if (match) {
      return [{ start: match.index, end: match.index + match[0].length, messageId: 'templateText' }];
    }
  }
  for (const pattern of matchers.user) {
    const match = pattern.exec(haystack);
    if (match) return [{ start: match.index, end: match.index + match[0].length, messageId: 'templateText' }];
  }
  return [];
}

/** Placeholders in plain text (block prose, a heading with its code masked). Outer hits win over hits inside them. */
function textHits(text: string, matchers: Matchers, paragraph: boolean): Hit[] {
  // Most blocks hold no brace or bracket at all, so those searches are skipped outright.
  const hits = [
    ...(text.includes('{') ? asHits(curlyPrompts(text)) : []),
    ...(text.includes('[') ? asHits(bracketPrompts(text)) : []),
    ...markerHits(text, matchers),
    // "Explain the new process to the team" can be a real action item; a prompt is a paragraph.
    ...(paragraph ? asHits(promptSentences(text)) : []),
    ...phraseHits(text, matchers),
  ];
  return outermost(hits);
}

function outermost(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

const blankOut = (text: string) => text.replace(/[^\n]/g, ' ');

/** Blanks code spans, HTML comments and link destinations, keeping offsets, so searches never land in them. */
export function maskInline(markdown: string): string {
  // Most blocks hold none of these, so a search that cannot match is skipped (this runs per block).
  let masked = markdown;
  if (masked.includes('<!--')) masked = masked.replace(/<!--[\s\S]*?(?:-->|$)/g, blankOut);
  if (masked.includes('`')) masked = masked.replace(/(`+)(?:(?!\1)[\s\S])*?\1(?!`)/g, blankOut);
  if (masked.includes('](')) masked = masked.replace(/\]\([^)\n]*\)/g, (s) => `]${blankOut(s.slice(1))}`);
  if (masked.includes('<')) masked = masked.replace(/<(?:https?|mailto|ftp):[^>\s]*>/gi, blankOut);
  return masked;
}

/** The document's text with code blocks, HTML blocks, quotations and frontmatter blanked out. */
function maskBlocks(document: AdrDocument): string {
  const ranges: [number, number][] = document.blocks
    .filter((block) => block.kind === 'code' || block.kind === 'html' || block.quoted)
    .map((block) => [block.span.offset, block.span.endOffset]);
  if (document.frontmatter)
    ranges.push([document.frontmatter.span.offset, document.frontmatter.span.endOffset]);
  ranges.sort((a, b) => a[0] - b[0]);
  const { text } = document;
  let masked = '';
  let cursor = 0;
  for (const [from, to] of ranges) {
    if (to <= cursor) continue;
    const start = Math.max(from, cursor);
    masked += text.slice(cursor, start) + blankOut(text.slice(start, to));
    cursor = to;
  }
  return masked + text.slice(cursor);
}

/**
 * Finds where hits from a block's prose sit in the block's markdown: the same text, counting
 * earlier occurrences so the second "TODO" of a block points at the second one. Hits arrive
 * in order, so each needle's search resumes where the last one stopped (linear, not quadratic).
 */
function locator(prose: string, markdown: string) {
  const cursors = new Map<string, { prose: number; markdown: number }>();
  return (hit: Hit): { start: number; end: number } | null => {
    const found = prose.slice(hit.start, hit.end);
    const needle = (found.split('\n')[0] ?? found).trim();
    if (!needle) return null;
    const cursor = cursors.get(needle) ?? { prose: 0, markdown: 0 };
    let at = -1;
    for (
      let i = prose.indexOf(needle, cursor.prose);
      i !== -1 && i <= hit.start;
      i = prose.indexOf(needle, i + 1)
    ) {
      const next = markdown.indexOf(needle, cursor.markdown);
      if (next === -1) break;
      at = next;
      cursor.prose = i + 1;
      cursor.markdown = next + 1;
    }
    cursors.set(needle, cursor);
    if (at === -1) return null;
    const lines = found.trim().split('\n');
    if (lines.length === 1) return { start: at, end: at + needle.length };
    // A prompt over several lines: end where its last line ends in the markdown.
    const lastLine = (lines[lines.length - 1] as string).trim();
    const endAt = markdown.indexOf(lastLine, at + needle.length);
    return { start: at, end: endAt === -1 ? at + needle.length : endAt + lastLine.length };
  };
}

const SCANNED: ReadonlySet<Block['kind']> = new Set(['paragraph', 'listItem', 'tableRow', 'heading']);

/** Text a template ships that was never replaced with the record's own content. */
export const noPlaceholders: DocumentRule<Options> = {
  meta: {
    id: 'no-placeholders',
    description:
      'Disallow template text left in a record: {prompts}, [prompts], TODO/TBD markers and template guidance.',
    category: 'structure',
    severity: 'error',
    recommended: true,
    legacy: true,
    fixable: false,
    scope: 'document',
    schema: {
      type: 'object',
      properties: {
        markers: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Words that mark unfinished text, matched case-sensitively as whole words.',
        },
        phrases: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            "Guidance sentences from your own template that must not survive into a record (matched ignoring case and line breaks), in addition to the common templates' ones.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { markers: ['TODO', 'TBD', 'TBC', 'FIXME', 'XXX'], phrases: [] },
    messages: {
      prompt:
        'Template placeholder "{{placeholder}}" is still in the record; replace it with the real content.',
      choice:
        'Template choice list "{{placeholder}}" is still in the record; keep the one value that applies and delete the rest.',
      marker: '"{{placeholder}}" marks unfinished text; write the missing content and remove the marker.',
      templateText:
        'Template guidance "{{placeholder}}" is still in the record; replace it with what applies to this decision.',
      ellipsis:
        'A list item holds only "{{placeholder}}" from the template; add the real items or delete the line.',
    },
    rationale:
      'A record that still says "{describe the context}" or "TODO" was merged before it was finished; reviewers approve the prompt, not a decision.',
    docs: {
      incorrect: `---
status: proposed
---
# Retry failed webhook deliveries

## Context

{Describe the forces at play}

## Decision

Failed deliveries are retried with exponential backoff. TODO: pick the maximum delay.
`,
      correct: `---
status: proposed
---
# Retry failed webhook deliveries

## Context

Partners report missed webhooks whenever their endpoint restarts, about twice a week.

## Decision

Failed deliveries are retried with exponential backoff, up to 6 times over 2 hours.
`,
      howToFix:
        'Replace every template prompt with the real content, keep only the value that applies from choice lists such as "[accepted | rejected]", and finish or delete the text marked TODO, TBD or FIXME. Add your own template\'s guidance sentences to `phrases` so they are caught too.',
      whenNotToUse:
        'Keep it on. When a record must quote a marker word (e.g. a contract that says "TBD"), suppress that line with `docket-disable-next-line no-placeholders -- reason`.',
    },
  },
  check({ document, options, report }) {
    const reported = new Set<number>();
    const emit = (start: number, end: number, messageId: MessageId, text?: string) => {
      if (reported.has(start)) return;
      reported.add(start);
      const span = spanOf(document.lineStarts, start, end);
      const placeholder = shorten(text ?? document.text.slice(start, end), 70);
      const finding: Report = { messageId, span, data: { placeholder } };
      report(finding);
    };
    const masked = maskBlocks(document);
    const matchers = matchersFor(options);

    for (const block of document.blocks) {
      if (!SCANNED.has(block.kind) || block.quoted) continue;
      const { offset, endOffset } = block.span;
      const source = masked.slice(offset, endOffset);
      // Masking the block's inline code and links is needed only to place a hit, and most blocks have none.
      let inlineMasked: string | undefined;
      const markdown = () => {
        inlineMasked ??= maskInline(source);
        return inlineMasked;
      };
      if (block.kind === 'listItem' && /^(?:…|\.\.\.)$/.test(block.prose)) {
        const at = markdown().search(/…|\.\.\./);
        emit(offset + at, offset + at + (markdown()[at] === '…' ? 1 : 3), 'ellipsis');
        continue;
      }
      const hits = textHits(block.prose, matchers, block.kind === 'paragraph');
      const locate = hits.length > 0 ? locator(block.prose, markdown()) : null;
      for (const hit of hits) {
        const where = locate?.(hit);
        if (where) emit(offset + where.start, offset + where.end, hit.messageId);
        else emit(offset, offset, hit.messageId, block.prose.slice(hit.start, hit.end));
      }
      if (!source.includes('<')) continue;
      for (const hit of asHits(anglePrompts(markdown())))
        emit(offset + hit.start, offset + hit.end, hit.messageId);
    }

    // Headings are not blocks: read the title and section headings from the markdown, code masked.
    // A template's question kept as a heading with the answer under it ("## What is the change
    // that we're proposing and/or doing?") is the record's own structure, not guidance left in.
    const headings = document.sections.map((s) => ({
      span: s.span,
      answered: s.allBlocks.some((index) => document.blocks[index]?.prose.trim()),
    }));
    const title = document.title;
    const inFrontmatter =
      title && document.frontmatter && title.span.offset < document.frontmatter.span.endOffset;
    if (title && !inFrontmatter) headings.unshift({ span: title.span, answered: false });
    for (const { span, answered } of headings) {
      const markdown = maskInline(masked.slice(span.offset, span.endOffset)).replace(
        /^#+|#+\s*$|^[=-]+$/gm,
        (s) => ' '.repeat(s.length),
      );
      const hits = outermost([...textHits(markdown, matchers, false), ...asHits(anglePrompts(markdown))]);
      for (const hit of hits) {
        if (answered && hit.messageId === 'templateText') continue;
        emit(span.offset + hit.start, span.offset + hit.end, hit.messageId);
      }
      if (span === title?.span && /^\s*(?:NUMBER\.\s*)?TITLE\s*$/.test(markdown)) {
        const at = markdown.search(/\S/);
        emit(span.offset + at, span.offset + markdown.trimEnd().length, 'prompt');
      }
    }

    // adr-tools' own template tokens, left when the template is copied by hand.
    for (const field of Object.values(document.metadata)) {
      if (field.source === 'frontmatter') continue;
      if (/^(?:DATE|STATUS)$/.test(field.text.trim())) {
        const source = document.text.slice(field.span.offset, field.span.endOffset);
        const at = source.lastIndexOf(field.text.trim());
        emit(field.span.offset + at, field.span.offset + at + field.text.trim().length, 'prompt');
      }
    }

    scanFrontmatter(document, matchers, emit);
  },
};

/** Frontmatter values: MADR 3/4 ship `deciders: {list everyone involved in the decision}`. */
function scanFrontmatter(
  document: AdrDocument,
  matchers: Matchers,
  emit: (start: number, end: number, messageId: MessageId) => void,
) {
  const frontmatter = document.frontmatter;
  if (!frontmatter) return;
  const rawStart = document.text.indexOf('\n', frontmatter.span.offset) + 1;
  let cursor = rawStart;
  for (const line of frontmatter.raw.split('\n')) {
    const lineStart = cursor;
    cursor += line.length + 1;
    const value = /^(\s*(?:-\s+|[^#\s][^:]*:\s+))(.*)$/.exec(line);
    if (!value) continue;
    const valueStart = (value[1] as string).length;
    // Drop a trailing YAML comment (" # ...") outside quotes.
    const text = (value[2] as string).replace(/(?<!\s)\s+#(?=(?:[^"']|"[^"]*"|'[^']*')*$).*$/, '');
    const hits = outermost([...asHits(curlyPrompts(text)), ...markerHits(text, matchers)]);
    for (const hit of hits)
      emit(lineStart + valueStart + hit.start, lineStart + valueStart + hit.end, hit.messageId);
  }
}
