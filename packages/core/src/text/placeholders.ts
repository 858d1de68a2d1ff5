import { allMatches } from './regexp.js';
// Template prompts: the text a template ships for the author to replace. The no-placeholders
// rule reports them; the parser leaves out options, choices and arguments that are nothing else,
// so an unfilled template does not read as a record that weighed three options.

/** `prompt`: "[describe the context]", "{title of option 1}"; `choice`: "[accepted | rejected | superseded]". */
export type PlaceholderKind = 'prompt' | 'choice';

/** A placeholder found in a piece of text; offsets are into that text. */
export interface PlaceholderHit {
  start: number;
  end: number;
  kind: PlaceholderKind;
}

/**
 * Guidance sentences the common templates ship: adr-tools' and Michael Nygard's original
 * template, and Joel Parker Henderson's question version of it. MADR 2-4 and log4brains
 * write their prompts in brackets or braces, which the patterns below catch.
 */
export const TEMPLATE_PHRASES = [
  // adr-tools
  'The issue motivating this decision, and any context that influences or constrains the decision.',
  "The change that we're proposing or have agreed to implement.",
  'What becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated.',
  // Nygard, "Documenting Architecture Decisions"
  'This section describes the forces at play, including technological, political, social, and project local.',
  'These forces are probably in tension, and should be called out as such.',
  'The language in this section is value-neutral.',
  'This section describes our response to these forces.',
  'It is stated in full sentences, with active voice.',
  'This section describes the resulting context, after applying the decision.',
  'All consequences should be listed here, not just the "positive" ones.',
  'A decision may be "proposed" if the project stakeholders haven\'t agreed with it yet',
  'If a later ADR changes or reverses a decision, it may be marked as "deprecated" or "superseded"',
  // Nygard as questions
  "What is the issue that we're seeing that is motivating this decision or change?",
  "What is the change that we're proposing and/or doing?",
  'What becomes easier or more difficult to do because of this change?',
  'What is the status, such as proposed, accepted, rejected, deprecated, superseded, etc.?',
];

/** `{short title of solved problem}`, `{Proposed|Accepted}`: MADR 3/4 prompts (one level of nesting). */
const CURLY = /\{(?:[^{}]|\{[^{}]{0,80}\}){1,1200}\}/g;
/** `[describe the context]`, `[option 1]`: MADR 2 and log4brains prompts. */
const BRACKET = /\[(?:[^[\]\n]|\[[^[\]\n]{0,80}\]){1,600}\]/g;
/** `<describe the context>`, `<service-name>`: angle prompts, read from the markdown (they parse as HTML). */
const ANGLE = /<([A-Za-z][^<>\n]{0,100})>/g;
/**
 * An imperative prompt opening a block: "Describe the context and ...". Only at the start:
 * "Summarize your changes." inside a how-to paragraph is the record's own instruction.
 */
const PROMPT_SENTENCE =
  /^(?:Describe|Explain|Summari[sz]e|Fill in|Replace this)\b(?= (?:the|how|what|why|which|who|when|where|any|all|each|your|here|this|a|an|briefly|in)\b)[^.!?\n]*[.!?]?/g;

/** Bracketed or braced text that reads as a template prompt, not as a citation or a label. */
const PROMPT_WORDS =
  /^(?:describe|description|explain|list\b|insert|add\b|enter|fill|provide|summar|short title|title of|e\.\s?g\.|example|justification|link (?:type|to)|ticket|yyyy|name of|who |what |why |how |when |placeholder|todo|tbd|positive consequence|negative consequence|decision driver|driver \d|argument [a-z]\b|option \d|option [a-z]\b|other option|space and\/or comma)/i;
/** One-word prompts that need no phrase around them. */
const SINGLE_PROMPTS = /^(?:yyyy-mm-dd|placeholder|todo|tbd)$/i;
/** Angle prompts also start with these: `<your name>`, `<short title>`, `<service name>`. */
const ANGLE_WORDS = /^(?:your|short|name|insert|team|service|project|component|number|date)\b/i;
/** Labels that are prompts only when they stand alone: "[option 1]" vs "[Option 1] Use Redis". */
const LABEL_WORDS = /^(?:option|driver|argument|decision driver)\s+\w{1,2}$/i;

const HTML_TAGS = new Set(
  'a abbr b bdi bdo blockquote br caption center cite code col colgroup dd del details dfn div dl dt em figcaption figure font h1 h2 h3 h4 h5 h6 hr i iframe img input ins kbd li mark ol p picture pre q s samp section small source span strike strong sub summary sup table tbody td tfoot th thead time tr tt u ul var video wbr'.split(
    ' ',
  ),
);

/** Characters after which a `{` starts a template prompt rather than code or a URL template. */
const OPEN_BEFORE = /(?:^|[\s("'“‘*_>])$/;

export function curlyPrompts(text: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  for (const match of allMatches(text, CURLY)) {
    const start = match.index;
    if (!OPEN_BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
    const after = text[start + match[0].length] ?? ' ';
    if (after === '}' || /[\w-]/.test(after)) continue;
    const inner = match[0].slice(1, -1).trim();
    if (!/^[\p{L}…]/u.test(inner) || /["=]|\w:\s|\w\(\)/u.test(inner)) continue;
    // "{create, commit, delete}" is a set of names, not a prompt.
    if (!inner.includes('|') && inner.split(',').every((item) => !/\S\s+\S/.test(item.trim()))) continue;
    if (isChoiceList(inner, 2)) {
      hits.push({ start, end: start + match[0].length, kind: 'choice' });
      continue;
    }
    // A prompt is a phrase in words: "{title of option 1}", not "{x | x > 0}" or "{GET, POST}".
    const words = inner.split(/[\s|,]+/).filter(Boolean);
    if (words.length < 2 || !words.some((w) => /^\p{Ll}{2,}/u.test(w))) continue;
    hits.push({ start, end: start + match[0].length, kind: 'prompt' });
  }
  return hits;
}

/** "proposed | rejected | … | superseded by ADR-0005" or "Deprecated|Proposed|Accepted": pick one. */
export function isChoiceList(inner: string, minParts: number): boolean {
  const parts = inner.split('|').map((p) => p.trim());
  return (
    parts.length >= minParts &&
    parts.every(
      (p) => p === '…' || p === '...' || /^[\p{L}][\p{L}-]*$/u.test(p) || /^superseded by\b/i.test(p),
    )
  );
}

export function bracketPrompts(text: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  for (const match of allMatches(text, BRACKET)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text[start - 1];
    const after = text[end];
    if (
      before === '!' ||
      before === '\\' ||
      before === ']' ||
      after === '(' ||
      after === '[' ||
      after === ':'
    )
      continue;
    const inner = match[0].slice(1, -1).trim();
    if (inner.length < 3 || !/^[\p{L}]/u.test(inner)) continue;
    // "[read | write]" may be notation; the templates' status lists are longer.
    if (isChoiceList(inner, 3)) {
      hits.push({ start, end, kind: 'choice' });
      continue;
    }
    if (LABEL_WORDS.test(inner)) {
      // "[Option 1] Use Redis" and "[Option A] vs [Option B]" name options; the template's
      // "[option 1]" stands alone: a whole list item or heading, in quotes, or after "because".
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const before = text.slice(lineStart, start).trim();
      const rest = text.slice(end).split('\n')[0] ?? '';
      const alone =
        (before === '' || /["“(]$|because$/i.test(before)) && !/\p{L}/u.test(rest.split(/[,;]/)[0] ?? '');
      if (alone) hits.push({ start, end, kind: 'prompt' });
      continue;
    }
    // A prompt is a phrase ("[describe the context]", "[example | description | …]"), not a tag like "[Example]".
    if (PROMPT_WORDS.test(inner) && (/\s/.test(inner) || SINGLE_PROMPTS.test(inner))) {
      hits.push({ start, end, kind: 'prompt' });
    }
  }
  return hits;
}

/** Angle prompts are read from the markdown: CommonMark turns `<describe the context>` into raw HTML. */
export function anglePrompts(markdown: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  for (const match of allMatches(markdown, ANGLE)) {
    const start = match.index;
    const before = markdown[start - 1] ?? ' ';
    if (/[\w.$/<\\:-]/.test(before)) continue;
    // "<service>.<env>.example.com" is a naming pattern, not a prompt.
    if (/^(?:[\w/-]|\.\w)/.test(markdown.slice(start + match[0].length, start + match[0].length + 2)))
      continue;
    const inner = (match[1] as string).trim();
    if (/[=":@/\\]|^[!?]/.test(inner)) continue;
    const first = (inner.split(/\s+/)[0] ?? '').toLowerCase();
    if (HTML_TAGS.has(first)) continue;
    const multiWord =
      /\s/.test(inner) &&
      /^[\p{L}][\p{L}\p{N}\s,.'’-]*$/u.test(inner) &&
      (PROMPT_WORDS.test(inner) || ANGLE_WORDS.test(inner));
    const compound = /^[\p{L}][\p{L}\p{N}]*(?:[-_][\p{L}\p{N}]+)+$/u.test(inner);
    const vocabulary =
      /^(?:placeholder|name|date|title|description|owner|author|team|status|number|yyyy-mm-dd|todo|tbd)$/i.test(
        inner,
      );
    const shout = /^[A-Z][A-Z0-9_-]{2,}$/.test(inner);
    if (multiWord || compound || vocabulary || shout) {
      hits.push({ start, end: start + match[0].length, kind: 'prompt' });
    }
  }
  return hits;
}

export function promptSentences(text: string): PlaceholderHit[] {
  return allMatches(text, PROMPT_SENTENCE).map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: 'prompt' as const,
  }));
}

/** "Good, because", "Bad:", "Neutral, because": the lead of a templated argument, kept when the prompt after it is filled in. */
const ARGUMENT_LEAD = /^\s*(?:good|bad|neutral|pros?|cons?)\s*(?:,\s*because\b|:)/i;
/** "…" and "...": the templates' sign that a list may go on. */
const ELLIPSIS = /…|\.\.\./g;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HAS_WORDS = /[\p{L}\p{N}]/u;
const MAY_HOLD_PROMPT = /[{[…]|\.\.\./;

/** The common templates' guidance sentences, lower-cased, and the words they open with. */
const TEMPLATE_SENTENCES = TEMPLATE_PHRASES.map((phrase) => phrase.toLowerCase());
const flatten = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
const openingWord = (text: string) => /^\s*(\S*)/.exec(text)?.[1] ?? '';
const GUIDANCE_OPENERS = new Set(TEMPLATE_SENTENCES.map(openingWord));

/** Text that is nothing but the common templates' guidance sentences: Nygard's "What becomes easier or more difficult ...". */
function isTemplateGuidance(text: string): boolean {
  // Most text opens with some other word, and is not flattened at all.
  if (!GUIDANCE_OPENERS.has(openingWord(text).toLowerCase())) return false;
  const flat = flatten(text);
  let rest = flat;
  for (const sentence of TEMPLATE_SENTENCES) rest = rest.replace(sentence, ' ');
  return rest !== flat && !HAS_WORDS.test(rest);
}

/**
 * Whether `text` (an option's name, a chosen name) holds nothing but a template prompt: "[option 1]",
 * "{title of option 1}", "[e.g., compromising quality attribute, …]", "…", or one of the common
 * templates' guidance sentences. Real text in brackets stays content: a link "[RFC 7231](…)",
 * "[WIP]", "[1]", "[x]".
 */
export function isPlaceholderOnly(text: string): boolean {
  // Most text holds no brace, bracket or ellipsis: only a guidance sentence could make it a prompt.
  if (!MAY_HOLD_PROMPT.test(text)) return isTemplateGuidance(text);
  let rest = text.includes('<!--') ? text.replace(HTML_COMMENT, ' ') : text;
  const prompts = [
    ...(rest.includes('{') ? curlyPrompts(rest) : []),
    ...(rest.includes('[') ? bracketPrompts(rest) : []),
  ].sort((a, b) => b.start - a.start);
  for (const { start, end } of prompts)
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  rest = rest.replace(ELLIPSIS, ' ');
  if (!HAS_WORDS.test(rest)) return prompts.length > 0 || /…|\.\.\./.test(text);
  return prompts.length === 0 && isTemplateGuidance(rest);
}

/**
 * An argument or consequence that is a template prompt after its lead: "Bad, because [argument c]",
 * "Good, because {positive consequence, e.g., ...}", "Neutral, because …". An option may be named
 * "Neutral, because …" (a record about the template itself), so names are read with `isPlaceholderOnly`.
 */
export function isPlaceholderArgument(text: string): boolean {
  return isPlaceholderOnly(text.replace(ARGUMENT_LEAD, ''));
}
