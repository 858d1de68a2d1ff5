import {
  BAD_LABEL,
  BAD_LEAD,
  BAD_MARK,
  EMPTY_ANSWER,
  GOOD_LABEL,
  GOOD_LEAD,
  GOOD_MARK,
  NEUTRAL_LABEL,
  NEUTRAL_LEAD,
  namesCost,
} from '../language.js';
import type {
  AdrDocument,
  Argument,
  Block,
  ChosenOption,
  ConsideredOption,
  OptionSource,
  Polarity,
  Section,
} from '../model.js';
import { isPlaceholderArgument, isPlaceholderOnly } from '../text/placeholders.js';
import { allMatches, escapeRegExp } from '../text/regexp.js';
import { splitSentences } from '../text/sentences.js';
import { shorten } from '../text/shorten.js';
import { lineSpan } from './positions.js';
import { headingKey, OUTCOME_TITLE, STARTER_ALIASES } from './section-kinds.js';

/**
 * Whether the record lists `option` as one (a list item, heading or table row), rather than the
 * parser guessing it from prose or taking it from the decision's own words.
 */
export function isListedOption(option: ConsideredOption): boolean {
  return option.source !== 'prose' && option.source !== 'outcome';
}

/** A normalised option name: lower case, no "Option 2:" prefix, no quotes, articles or punctuation. */
export function optionKey(name: string): string {
  // The innermost parentheses only: "[^)]*" would rescan to the end of the name from every
  // unclosed "(", quadratic on a long line of them.
  const key = normalizeName(name.replace(/\([^()]*\)/gu, ' '));
  // A name that is all parentheses ("(pending)") keeps its words.
  return key || normalizeName(name);
}

/** Whether `text` names the option keyed `key` as whole words: "We chose Redis Streams" names "redis streams". */
export function namesKey(text: string, key: string): boolean {
  return ` ${optionKey(text)} `.includes(` ${key} `);
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(
      /^\s*(?:option|alternative|approach|solution)\s*(?:\d+[a-z]?\b|[a-z]\b|#\d+)?\s*[:.)–—-]?\s*/u,
      '',
    )
    .replace(/✅|✔️?|☑️?/gu, ' ')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\b(?:the|a|an|to|use|using)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const OPTION_PREFIX =
  /^\s*(?:option|alternative|approach|solution)\s*(?:\d+[a-z]?\b|[a-z]\b|#\d+)\s*[:.)–—-]\s*/iu;

/** "[Option 1] Use Redis", "**Option A** — build it": the label is not the name. */
const BRACKET_LABEL = /^\s*\[(?:option|alternative)\s*(?:\d+|[a-z])\]\s*/iu;
const OPTION_LABEL_ONLY = /^(?:option|alternative|approach|solution)\s*(?:\d+|[a-z]|#\d+)$/iu;
/** The words of a verdict that turns an option down: "Rejected: Kafka", "NATS (ruled out)". */
export const TURNED_DOWN_VERDICT = 'not chosen|not selected|rejected|ruled out|discarded';
/**
 * An option's own line that turns it down: "**Subchart** — rejected because ...", "Kafka (ruled out)".
 * When every option says so, the choice is one the decision describes and the list does not hold.
 */
const TURNED_DOWN_ON_ITS_LINE = new RegExp(String.raw`\b(?:${TURNED_DOWN_VERDICT})\b`, 'iu');
/** A line of an option's text that opens with its verdict: the "Rejected because ..." item under it. */
const TURNED_DOWN_LINE = new RegExp(String.raw`^[\s*_]*(?:${TURNED_DOWN_VERDICT})\b`, 'imu');
/** A verdict written before an option's name: "Chosen: RabbitMQ, because ...", "**Rejected:** Kafka". */
const VERDICT_LABEL = new RegExp(
  String.raw`^[\s*_]*(?:chosen|selected|accepted|preferred|${TURNED_DOWN_VERDICT})[\s*_]*:[\s*_]*`,
  'iu',
);

/**
 * The marks that set the chosen option apart in its own text: "(chosen)", "[selected]", a check mark,
 * an arrow pointing at it ("← chosen"), or a sentence of its own ("Unleash, self-hosted. Chosen.").
 * "Not chosen." is no mark: the word must open its sentence.
 */
const CHOSEN_MARK =
  /^[\s*_]*(?:chosen|selected|accepted|preferred)[\s*_]*:|[[(](?:chosen|selected|recommended|preferred|accepted)(?: option| alternative)?[\])]|(?:←|⟵|⬅|<-{1,2})\s*(?:chosen|selected|preferred|accepted)\b|(?<=[.!?]\s)(?:chosen|selected)(?: option| alternative)?\s*[.!]?\s*(?=\n|$)|✅|✔|☑/iu;

/** The name an option block gives: its bold lead, the text before a colon or dash, or its first words. */
/** `cutAtComma` false keeps "Ignore, but store the value" whole where its cut name is a neighbour's. */
export function optionName(block: Block, cutAtComma = true): string {
  const text = (block.text.split('\n')[0]?.trim() ?? '')
    .replace(BRACKET_LABEL, '')
    .replace(OPTION_PREFIX, '')
    .replace(VERDICT_LABEL, '');
  const lead = block.leadStrong?.replace(/[:.]\s*$/, '');
  if (lead && lead.length >= 2 && !OPTION_LABEL_ONLY.test(lead) && !VERDICT_LABEL.test(`${lead}:`))
    return lead;
  const bracket = /^\[([^\]]{2,80})\]/.exec(text);
  if (bracket) return bracket[1] as string;
  const quoted = /^["“]([^"”]{2,80})["”]/.exec(text);
  if (quoted) return quoted[1] as string;
  // A comma ends the name only before a description: "Multi-packages, monorepo" is one short name.
  // "X => breaks Y": the arrow leads from the name to what it brings.
  const separators = !cutAtComma
    ? /^(.{2,80}?)(?:\s*:\s|\s+[–—-]\s+|\s+=>\s+|\s*\(|\.\s)/
    : text.length > 40
      ? /^(.{2,80}?)(?:\s*:\s|\s+[–—-]\s+|\s+=>\s+|\s*\(|\.\s|,\s)/
      : /^(.{2,80}?)(?:\s*:\s|\s+[–—-]\s+|\s+=>\s+|\s*\(|\.\s|,\s+(?=(?:because|since|as|which|but|so|e\.g|i\.e|for)\b))/i;
  const split = separators.exec(text.replace(/^[–—-]\s*/, ''));
  const name = split ? (split[1] as string) : text;
  // Kept whole: the builder keys the option by all of it and clips the name it shows.
  return name.replace(/[.:]$/, '');
}

/**
 * "WAF: AWS WAF v2" beside "WAF: Cloudflare WAF": the words before the colon name a category the
 * items share, so the option is named by both parts, not cut to the category. Null when the first
 * line is no "Category: name".
 */
function categorisedName(block: Block, cutName: string): string | null {
  const line = block.text.split('\n')[0]?.trim() ?? '';
  const parts = /^[*_]*([^:*_]{2,40}?)[*_]*\s*:[*_]*\s+(\S.*)$/u.exec(line);
  if (!parts || optionKey(parts[1] as string) !== optionKey(cutName)) return null;
  const name = optionName({ ...block, text: parts[2] as string, leadStrong: undefined });
  return `${(parts[1] as string).trim()}: ${name}`;
}

/** A name of at most 80 characters: a longer one is cut, ending in "...". */
function clipName(name: string): string {
  return shorten(name, 80);
}

/** The polarity an argument's first words give it: "Good, because", "Cons:", and a leading ✅ or ❌ unless `words` only. */
function polarityOfLead(text: string, words = false): Polarity | null {
  if (GOOD_LEAD.test(text) || (!words && GOOD_MARK.test(text))) return 'good';
  if (BAD_LEAD.test(text) || (!words && BAD_MARK.test(text))) return 'bad';
  if (NEUTRAL_LEAD.test(text)) return 'neutral';
  return null;
}

/**
 * A line of a list of options that argues rather than names one: "Cons: needs Redis". A verdict
 * before a name ("Rejected: Kafka, because ...") names the option it judges.
 */
function isArgumentLine(text: string): boolean {
  return polarityOfLead(text, true) !== null && !VERDICT_LABEL.test(text);
}

/** Emoji and symbols that decorate a label: "✅ Pros:", "➖ Cons", "👎 Drawbacks". */
const LABEL_DECORATION = /^(?:[\p{S}\p{Extended_Pictographic}\s]|\u{FE0F})+/u;

/** The polarity a label names on its first line, its decoration aside: "✅ Pros:", "Cons", "Negative". */
export function polarityOfLabel(text: string): Polarity | null {
  const firstLine = (text.split('\n')[0] ?? '').replace(LABEL_DECORATION, '');
  if (GOOD_LABEL.test(firstLine)) return 'good';
  if (BAD_LABEL.test(firstLine)) return 'bad';
  if (NEUTRAL_LABEL.test(firstLine)) return 'neutral';
  return null;
}

/**
 * Pros and cons among a set of blocks: "Good, because" bullets, items under "Pros:"/"Cons:"
 * labels (bullets, bold paragraphs or sub-headings), and +/- markers.
 */
export function collectArguments(
  blocks: Block[],
  all: Block[],
  inherited: Polarity | null = null,
  guessUnmarked = false,
): Argument[] {
  const found: Argument[] = [];
  let labelled: Polarity | null = inherited;
  const itemPolarity = new Map<number, Polarity>();
  for (const block of blocks) {
    if (block.kind === 'code') continue;
    if (block.kind === 'html') {
      // "<summary>➖ Cons</summary>" heads a collapsible list of cons.
      const lines = block.text
        .replace(/<[^>]*>/g, '\n')
        .split('\n')
        .filter((line) => line.trim());
      const htmlLabel = lines.length === 1 ? polarityOfLabel(lines[0] as string) : null;
      if (htmlLabel) labelled = htmlLabel;
      continue;
    }
    const label = polarityOfLabel(block.leadStrong ?? block.text);
    if (block.kind !== 'listItem') {
      // "Cons:" on its own line with the argument on the lines below it, in one paragraph.
      const [first = '', ...rest] = block.text.split('\n');
      const body = rest.join('\n').trim();
      const bodyLabel = block.kind === 'paragraph' && body ? polarityOfLabel(first) : null;
      if (bodyLabel) {
        labelled = bodyLabel;
        found.push({ text: body, polarity: bodyLabel, span: block.span, block: block.index });
        continue;
      }
      // "**Pros:** polished UI. **Cons:** $20k a year.": a paragraph that opens with a label states
      // its arguments inline, one after each label.
      const inline =
        block.kind === 'paragraph' && LEADING_INLINE_LABEL.test(block.prose) ? inlineArguments(block) : [];
      if (inline.length > 0) {
        found.push(...inline);
        labelled = (inline[inline.length - 1] as Argument).polarity;
        continue;
      }
      // A paragraph or heading like "Pros:" or "**Cons**" sets the polarity of the items after it.
      if (label && block.text.length < 40) {
        labelled = label;
        continue;
      }
    }
    if (block.kind !== 'listItem') continue;
    const parentPolarity = itemPolarity.get(block.parent);
    if (label && (block.text.split('\n')[0] ?? '').length < 40) {
      // "* Pros:" with nested items: the label item itself is not an argument.
      itemPolarity.set(block.index, label);
      continue;
    }
    // "Cons:" written on the line after the last pro, with no blank line between, is a lazy line of
    // that item in Markdown; it is no part of the pro, and it labels the items that follow.
    const lines = block.text.split('\n');
    const last = lines[lines.length - 1] ?? '';
    const trailingLabel = lines.length > 1 && last.length < 40 ? polarityOfLabel(last) : null;
    const text = trailingLabel ? lines.slice(0, -1).join('\n') : block.text;
    let polarity = polarityOfLead(text);
    // "**Good** it scales", "**Con** needs Redis": a bold verdict leads an argument too long to be a label.
    if (!polarity && block.leadStrong) polarity = polarityOfLabel(block.leadStrong);
    if (!polarity && block.marker === '+') polarity = 'good';
    if (!polarity && parentPolarity) polarity = parentPolarity;
    if (!polarity && block.depth === 0 && labelled) polarity = labelled;
    if (!polarity && block.marker === '-' && hasPlusSibling(block, all)) polarity = 'bad';
    // Plain bullets under an option ("- Slow searching") are its pros and cons; the words decide which.
    if (!polarity && guessUnmarked) polarity = namesCost(text) ? 'bad' : 'good';
    if (polarity) found.push({ text, polarity, span: block.span, block: block.index });
    if (trailingLabel && block.depth === 0) labelled = trailingLabel;
  }
  return found;
}

/**
 * The arguments under an option's heading. Sub-headings that are labels ("#### Pros", "#### Cons",
 * "#### Disadvantages") set the polarity of everything under them, their paragraphs included;
 * the rest is read as under any option (`guessUnmarked`: plain bullets are weighed by their words).
 */
function headingArguments(doc: AdrDocument, option: Section, guessUnmarked: boolean): Argument[] {
  const labelled = option.children
    .map((i) => doc.sections[i] as Section)
    .map((section) => ({ section, polarity: polarityOfLabel(section.title) }))
    .filter((entry): entry is { section: Section; polarity: Polarity } => entry.polarity !== null);
  const underLabels = new Set(labelled.flatMap(({ section }) => section.allBlocks));
  const rest = blocksOf(
    doc,
    option.allBlocks.filter((i) => !underLabels.has(i)),
  );
  const found = collectArguments(rest, doc.blocks, null, guessUnmarked);
  for (const { section, polarity } of labelled) {
    const blocks = blocksOf(doc, section.allBlocks);
    found.push(...collectArguments(blocks, doc.blocks, polarity, guessUnmarked));
    for (const block of blocks) {
      if (block.kind === 'paragraph' && block.prose.trim() && !polarityOfLabel(block.text))
        found.push({ text: block.text, polarity, span: block.span, block: block.index });
    }
  }
  return found;
}

/** A `-` item is a con when the same list region also uses `+` items for pros. */
function hasPlusSibling(block: Block, all: Block[]): boolean {
  for (const offset of [-3, -2, -1, 1, 2, 3]) {
    const other = all[block.index + offset];
    if (other && other.kind === 'listItem' && other.parent === block.parent && other.marker === '+')
      return true;
  }
  return false;
}

interface Builder {
  options: ConsideredOption[];
  /** Adds an option or merges it into one with the same key; `loose` also merges into a listed option whose name contains it. */
  add(option: Omit<ConsideredOption, 'key'>, loose?: boolean): ConsideredOption | null;
  /**
   * Options of a grouped list by the label their group and place give them: "B3" for the third
   * candidate under "B) What do we do ...?". A sub-heading "B3: Return a failure code" is that option.
   */
  labelled: Map<string, ConsideredOption>;
}

function builder(): Builder {
  const options: ConsideredOption[] = [];
  const labelled = new Map<string, ConsideredOption>();
  return {
    options,
    labelled,
    add(option, loose = false) {
      // Keyed by the whole name, so two long names that begin alike stay two options and a long
      // list item meets its own sub-heading; shown clipped.
      const key = optionKey(option.name.slice(0, 240));
      if (!key || key.length < 2 || isPlaceholderOnly(option.name)) return null;
      // An unfilled template's "Good, because [argument a]" argues nothing.
      option = {
        ...option,
        name: option.name.length > 80 ? clipName(option.name) : option.name,
        arguments: option.arguments.filter((a) => !isPlaceholderArgument(a.text)),
      };
      const label = loose ? GROUPED_LABEL.exec(option.name)?.[1] : undefined;
      const existing =
        options.find((o) => o.key === key) ??
        (label ? labelled.get(label) : undefined) ??
        (loose
          ? (options.find((o) => o.source === 'list' && sameOption(o.key, key)) ?? rewordedItem(options, key))
          : undefined);
      if (existing) {
        // The same option described again (e.g. in "Pros and Cons of the Options"): merge its arguments.
        existing.arguments.push(...option.arguments);
        existing.markedChosen ||= option.markedChosen;
        // What the option says about itself there ("### Datadog" / "Quoted at $7,500 a month, over budget").
        if (!existing.description.includes(option.description))
          existing.description = `${existing.description}\n${option.description}`;
        return existing;
      }
      const full = { ...option, key };
      options.push(full);
      return full;
    },
  };
}

/** The roots of an option key's content words: at least `minLength` letters, filler left out. */
function keyRoots(key: string, minLength: number): string[] {
  return key
    .split(' ')
    .filter((w) => w.length >= minLength && !FILLER.has(w))
    .map(wordRoot);
}

/**
 * The one listed option a sub-heading restates in fewer words, in another order: "Quick internal
 * fix for ScalablyTyped" for the item "Quick fix for ScalablyTyped only for our internal usage".
 * Every content word of the heading, at least two, must be in that item and in no other.
 */
function rewordedItem(options: ConsideredOption[], key: string): ConsideredOption | undefined {
  const wanted = keyRoots(key, 3);
  if (wanted.length < 2) return undefined;
  const holders = options.filter((o) => {
    if (o.source !== 'list') return false;
    const have = new Set(keyRoots(o.key, 3));
    return wanted.every((w) => have.has(w));
  });
  return holders.length === 1 ? holders[0] : undefined;
}

/** Two option keys name the same option when one contains the other as whole words. */
export function sameOption(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < 3) return false;
  return (
    ` ${longer} `.includes(` ${shorter} `) &&
    shorter.split(' ').length >= Math.min(2, longer.split(' ').length)
  );
}

const INTRO = /(?::|following(?: options| alternatives)?\.?)\s*$/i;

const OPTIONS_SECTION_KINDS = new Set<string | null>(['options', 'proscons', 'rejected']);
/** A heading that names a group of options, not one: "Other alternatives", "Rejected options". */
const NAMES_A_GROUP = /\b(?:alternatives|options|candidates|approaches)\b/;

/**
 * Whether an options-like section nested in another is a list of options of its own ("### Rejected
 * alternatives" with a list under it) rather than one option ("### Alternative 2: Cloudflare WAF").
 * The parent reads one option as a heading; a list is read on its own.
 */
function holdsOptionList(doc: AdrDocument, section: Section): boolean {
  return (
    (section.kind === 'options' || section.kind === 'rejected') &&
    OPTIONS_SECTION_KINDS.has(doc.sections[section.parent]?.kind ?? null) &&
    NAMES_A_GROUP.test(section.key)
  );
}

/**
 * A rejected section headed by the one alternative it turns down: "Decision against option 2:
 * Kafka, because", "Rejected: Kafka", "Why not Kafka?". Its lists are the reasons that option lost,
 * not more options. Returns the alternative's name, or null for a heading over a group
 * ("Rejected alternatives", "Why not the other options").
 */
const TURNED_DOWN_HEADING = new RegExp(
  String.raw`^(?:(?:decision|reasons?|arguments?|case) against|why not|(?:${TURNED_DOWN_VERDICT})\s*[:\u2013\u2014-])\s*(.+?)[\s,:?]*(?:\bbecause\b[\s:]*)?$`,
  'iu',
);

function turnedDownName(section: Section): string | null {
  const name = TURNED_DOWN_HEADING.exec(section.title)?.[1];
  return name && !NAMES_A_GROUP.test(optionKey(name)) ? name : null;
}

/** A section read by its parent as one option, whose own lists and paragraphs are that option's text. */
function readAsOneOption(doc: AdrDocument, section: Section): boolean {
  return (
    OPTIONS_SECTION_KINDS.has(doc.sections[section.parent]?.kind ?? null) && !holdsOptionList(doc, section)
  );
}

function blocksOf(doc: AdrDocument, indices: number[]): Block[] {
  return indices.map((i) => doc.blocks[i] as Block);
}

/** An option heading's number: "Option 1: Keep as-is", "Alternative 2 - Redis". */
const NUMBERED_OPTION = /^\s*(?:option|alternative)\s*#?(\d{1,2})\s*[:.)\u2013\u2014-]/iu;

/**
 * The listed option a numbered sub-heading of a later section stands for when it words it anew:
 * "### Option 1: Keep as-is" for the first item "Keep dependency as-is". The item must be at that
 * place among the listed options, share a word with the heading and not have a heading of this
 * section already; a heading that repeats an option's name is merged by name instead.
 */
function numberedItem(
  options: ConsideredOption[],
  headed: ConsideredOption[],
  title: string,
): ConsideredOption | undefined {
  const number = NUMBERED_OPTION.exec(title)?.[1];
  const key = optionKey(title);
  if (!number || options.some((o) => o.key === key)) return undefined;
  const item = options.filter((o) => o.source === 'list')[Number(number) - 1];
  if (!item || headed.includes(item)) return undefined;
  const own = new Set(keyRoots(item.key, 3));
  return keyRoots(key, 3).some((w) => own.has(w)) ? item : undefined;
}

/**
 * A sub-heading that labels the pros or the cons of one named option: "Advantages of Playwright",
 * "Cons for option B". Group 1 is the label, group 2 the option's name.
 */
const GROUP_NAME =
  /^(?:(?:each|every|all|both|these|the|other)\s+)?(?:options?|alternatives?|approaches?|candidates?|solutions?)$/iu;
const ARGUED_OPTION_HEADING =
  /^((?:pros?|cons?|advantages?|disadvantages?|benefits?|downsides?|upsides?|drawbacks?|strengths?|weaknesses?))\s+(?:of|for)\s+(?:the\s+)?(\S(?:[^:]{0,78}\S)?)\s*:?$/iu;

/**
 * Sub-headings that restate the listed options one for one ("### Fixtures named after releases" for
 * "Version each surface, and pin ... fixtures named after those releases"): when every heading but
 * one met its item by name and one item is left without a heading, the leftover heading is that
 * item, worded anew, if they share a word. Otherwise it stays an option of its own.
 */
function pairLeftoverHeading(out: Builder, before: number, headed: ConsideredOption[]) {
  const listed = out.options.slice(0, before).filter((o) => o.source === 'list');
  const fresh = headed.filter((o) => out.options.indexOf(o) >= before);
  if (listed.length < 2 || headed.length !== listed.length || fresh.length !== 1) return;
  const leftover = listed.filter((o) => !headed.includes(o));
  const heading = fresh[0] as ConsideredOption;
  const item = leftover[0];
  if (leftover.length !== 1 || !item) return;
  const itemRoots = new Set(keyRoots(item.key, 4));
  if (!keyRoots(heading.key, 4).some((w) => itemRoots.has(w))) return;
  item.arguments.push(...heading.arguments);
  item.markedChosen ||= heading.markedChosen;
  out.options.splice(out.options.indexOf(heading), 1);
  headed.splice(headed.indexOf(heading), 1, item);
}

/** Option sub-headings, top-level items, table rows and lead paragraphs of an options-like section. */
function optionsFromSection(
  doc: AdrDocument,
  section: Section,
  source: OptionSource,
  out: Builder,
  proseToo: boolean,
) {
  const before = out.options.length;
  const headed: ConsideredOption[] = [];
  for (const childIndex of section.children) {
    const child = doc.sections[childIndex] as Section;
    // A sub-heading whose own words look like another kind ("Section 'Pros and Cons' first" under Pros
    // and Cons) is still an option when it repeats its parent's kind.
    if (child.kind && child.kind !== 'options' && child.kind !== 'rejected' && child.kind !== section.kind)
      continue;
    if (polarityOfLabel(child.title) || holdsOptionList(doc, child)) continue;
    const childBlocks = blocksOf(doc, child.allBlocks);
    const title = child.title.replace(CHOSEN_MARK, '').replace(VERDICT_LABEL, '').trim();
    // "### Downsides of WeasyPrint" argues against one option; it is not an option of its own.
    const argued = ARGUED_OPTION_HEADING.exec(title);
    // "Pros of each option" labels a group, not one option: read on as before.
    if (argued && !GROUP_NAME.test(argued[2] as string)) {
      const name = (argued[2] as string).trim();
      const polarity = polarityOfLabel(argued[1] as string);
      const args = collectArguments(childBlocks, doc.blocks, polarity, true);
      const index = overlapIndex(out.options, name);
      const target = index >= 0 ? (out.options[index] as ConsideredOption) : null;
      if (target) target.arguments.push(...args);
      else {
        const added = out.add(
          {
            name,
            span: child.span,
            source: 'heading',
            description: childBlocks.map((b) => b.text).join('\n'),
            arguments: args,
            markedChosen: false,
            block: -1,
          },
          true,
        );
        if (added && !headed.includes(added)) headed.push(added);
      }
      continue;
    }
    // "### Option 1: Keep as-is" under the pros and cons is the first listed "Keep dependency as-is".
    const item = numberedItem(out.options, headed, title);
    const added = out.add(
      {
        name: item?.name ?? title,
        span: child.span,
        source: 'heading',
        description: childBlocks.map((b) => b.text).join('\n'),
        arguments: headingArguments(doc, child, true),
        markedChosen: CHOSEN_MARK.test(child.title),
        block: -1,
      },
      true,
    );
    if (added && !headed.includes(added)) headed.push(added);
  }
  pairLeftoverHeading(out, before, headed);
  const own = blocksOf(doc, section.blocks).filter((b) => !b.quoted);
  if (labelledParagraphOptions(doc, own, out)) return;
  const items = own.filter(
    (b) => b.kind === 'listItem' && b.depth === 0 && !polarityOfLabel(b.text) && !isArgumentLine(b.text),
  );
  const overview = listOutlinesHeadings(items, headed);
  const lettered = letterLabelled(items);
  // "Ignore, but store the value" beside "Ignore": cut at its comma it would be its neighbour.
  const cutNames = items.map((b) =>
    optionKey(optionName(lettered ? { ...b, text: b.text.replace(LETTER_LABEL, '') } : b)),
  );
  const sharedNames = new Set(cutNames.filter((k, i) => cutNames.indexOf(k) !== i));
  const inColumns = new Set<Block['table']>();
  const groups = groupingItems(doc, items);
  for (const item of own) {
    if (item.kind === 'listItem' && item.depth === 0) {
      // "* Client-side approaches" with the candidates nested under it: the candidates are the options.
      const entries = groups.get(item) ?? [item];
      // "B) What do we do ...?" labels its candidates B1, B2, ... in turn.
      const groupLetter = groups.has(item) ? /^[*_]{0,2}\(?([A-Z])[.):]/u.exec(item.text)?.[1] : undefined;
      for (const [place, block] of entries.entries()) {
        // In a list of options a leading ✅ marks the chosen one, not a pro: only words make an argument.
        if (polarityOfLabel(block.text) || isArgumentLine(block.text)) continue;
        const children = doc.blocks.filter(
          (b) => b.parent === block.index || isDescendant(b, block, doc.blocks),
        );
        const outlined = overview?.get(block);
        if (outlined) {
          // The list's line for an option that has its own sub-heading: the same option, named twice.
          outlined.arguments.push(...collectArguments(children, doc.blocks, null, true));
          outlined.markedChosen ||= CHOSEN_MARK.test(block.text);
          continue;
        }
        // "A. LaunchDarkly": the letter is the option's label, not part of its name.
        const label = block === item ? (lettered ? LETTER_LABEL : null) : NESTED_LABEL;
        const named = label ? { ...block, text: block.text.replace(label, '') } : block;
        const name = optionName(named);
        const added = out.add({
          name: (sharedNames.has(optionKey(name))
            ? (categorisedName(named, name) ?? optionName(named, false))
            : name
          )
            .replace(CHOSEN_MARK, '')
            .trim(),
          span: block.span,
          source: source === 'prose' ? 'list' : source,
          description: [block.text, ...children.map((c) => c.text)].join('\n'),
          arguments: [...inlineArguments(block), ...collectArguments(children, doc.blocks, null, true)],
          markedChosen: CHOSEN_MARK.test(block.text),
          block: block.index,
        });
        if (added && groupLetter) out.labelled.set(`${groupLetter}${place + 1}`, added);
      }
      continue;
    }
    const block = item;
    if (block.kind === 'tableRow' && block.rowIndex === 0) {
      // A decision matrix with the candidates in its columns: its rows are criteria, not options.
      if (columnCandidates(doc, block.index, true, out)) inColumns.add(block.table);
    } else if (block.kind === 'tableRow' && (block.rowIndex ?? 0) > 0) {
      if (inColumns.has(block.table)) continue;
      const name = (block.cells?.[0] ?? '').trim();
      if (!name) continue;
      out.add({
        name: name.replace(CHOSEN_MARK, '').trim(),
        span: block.span,
        source: 'table',
        description: block.text,
        arguments: tableRowArguments(doc, block),
        markedChosen: CHOSEN_MARK.test(block.text),
        block: block.index,
      });
    }
  }
  if (!proseToo || out.options.length > before) return;
  // Nygard style: each paragraph of the section introduces one alternative.
  const paragraphs = own.filter((b) => b.kind === 'paragraph' && !INTRO.test(b.text) && b.text.length >= 15);
  const pair = paragraphs.length === 1 ? COULD_BE_OR.exec((paragraphs[0] as Block).prose) : null;
  if (pair) {
    // One paragraph that offers two ways: "could be embedded as objects or provided by IRIs".
    const block = paragraphs[0] as Block;
    for (const name of [pair[1] as string, pair[2] as string]) {
      const trimmed = name.replace(/[*_`]+/g, '').trim();
      out.add(proseOption(clipName(trimmed), block));
    }
    return;
  }
  for (const block of own) {
    if (block.kind !== 'paragraph' || INTRO.test(block.text) || block.text.length < 15) continue;
    const numbered = numberedLines(block.text);
    if (!numbered) {
      out.add(proseOption(optionName(block), block));
      continue;
    }
    // "(1) Sticky sessions\n(2) Redis\n(3) Signed cookies": one paragraph, an option on each numbered line.
    let line = block.span.line;
    for (const item of numbered) {
      const span = lineSpan(doc.lineStarts, doc.text, line);
      out.add({ ...proseOption(optionName({ ...block, text: item }), block), span, description: item });
      line += item.split('\n').length;
    }
  }
}

/** The numbered items of a paragraph whose lines open "(1) ...", "(2) ...", each with its own following lines; null unless two or more. */
function numberedLines(text: string): string[] | null {
  const lines = text.split('\n');
  if (!NUMBER_LABEL.test(lines[0] ?? '')) return null;
  const items: string[] = [];
  for (const line of lines) {
    if (NUMBER_LABEL.test(line)) items.push(line);
    else items[items.length - 1] += `\n${line}`;
  }
  return items.length >= 2 ? items : null;
}

/** A short label naming a group of candidates: "Client-side approaches", "Hosted options:". */
const GROUP_LABEL =
  /^[\p{L}\p{N}/&-]+(?:\s+[\p{L}\p{N}/&-]+){0,3}\s+(?:approaches|options|alternatives|solutions|candidates|strategies|variants|designs|choices)\s*:?$/iu;
/**
 * A question that groups the candidates nested under it, one line long: "A) When do we delete the
 * database?" with "1: On open" and "2: On any error" below. A question is never a candidate itself.
 */
const GROUP_QUESTION = /^[^\n]{5,160}\?[*_]*$/u;
/**
 * The label a nested candidate opens with ("A: ...", "(B) ...", "3. ..."), dropped from its name:
 * "A: Short TTL" is "Short TTL".
 */
const NESTED_LABEL = /^[*_]{0,2}\(?(?:[A-Z]|\d{1,2})[.):][*_]{0,2}\s+(?=\S)/u;

/**
 * Top-level items of an options list that group candidates rather than name one: a short label with
 * no argument of its own, whose nested items are candidates, not its pros and cons. A group is
 * told by its label ("Server-side approaches") or by candidates labelled under it ("A: ...", "B: ...");
 * once one item is a group, a short sibling label with plain candidates under it is one too. Each
 * group is returned with its nested candidates.
 */
function groupingItems(doc: AdrDocument, items: Block[]): Map<Block, Block[]> {
  const possible = new Map<Block, Block[]>();
  for (const item of items) {
    const children = doc.blocks.filter((b) => b.parent === item.index);
    const shortLabel =
      item.text.trim().split(/\s+/).length <= 5 && !/[.!?;,]/.test(item.text) && !item.text.includes('\n');
    // A question groups only labelled candidates ("1: On open"): plain bullets under it may answer it.
    const question = GROUP_QUESTION.test(item.text.trim()) && children.every(labelsCandidate);
    if (
      children.length > 0 &&
      (shortLabel || question) &&
      children.every((c) => !polarityOfLabel(c.text) && !isArgumentLine(c.text))
    )
      possible.set(item, children);
  }
  const sure = [...possible].some(
    ([item, children]) => GROUP_LABEL.test(item.text.trim()) || children.every(labelsCandidate),
  );
  return sure ? possible : new Map();
}

/** A nested item that opens with a candidate's label: "A: Short TTL", "(2) Rebuild", "Option 3: ...". */
function labelsCandidate(item: Block): boolean {
  return NESTED_LABEL.test(item.text) || candidateLabel(item.text) !== null;
}

/** A letter label before an item's name: "A. LaunchDarkly", "(B) Unleash", "**C.** Build our own". */
const LETTER_LABEL = /^[*_]{0,2}\(?([A-Z])[.):][*_]{0,2}\s+(?=\S)/u;
/** "(a) Remove the results": a lower-case letter is a label only in parentheses, not the word "a". */
const PARENTHESISED_LETTER = /^[*_]{0,2}\(([a-z])\)[*_]{0,2}\s+(?=\S)/u;

/** Whether the items of a list are labelled A, B, C ... in turn, so each letter names its item. */
function letterLabelled(items: Block[]): boolean {
  return (
    items.length >= 2 &&
    items.every((item, i) => LETTER_LABEL.exec(item.text)?.[1] === String.fromCharCode(65 + i))
  );
}

/** A number that labels an option's own line: "(3) Signed cookies", "3. Signed cookies", "3) ...". */
const NUMBER_LABEL = /^[\s*_]*\(?(\d{1,2})[.)]\s+(?=\S)/u;

/**
 * The one option a number labels ("3" for "3. Signed cookies" or "(3) Signed cookies"), read on the
 * option's list marker or its own first line; -1 unless two or more options are numbered so and
 * exactly one has the number.
 */
function numberIndex(doc: AdrDocument, options: ConsideredOption[], number: string): number {
  const labels = options.map((o) => {
    if (o.source === 'outcome') return null;
    const marker = doc.blocks[o.block]?.marker ?? '';
    if (/^\d{1,2}[.)]$/u.test(marker)) return Number.parseInt(marker, 10);
    const own = NUMBER_LABEL.exec(o.description.split('\n')[0] ?? '')?.[1];
    return own ? Number.parseInt(own, 10) : null;
  });
  if (labels.filter((l) => l !== null).length < 2) return -1;
  const wanted = Number.parseInt(number, 10);
  const at = labels.flatMap((l, i) => (l === wanted ? [i] : []));
  return at.length === 1 ? (at[0] as number) : -1;
}

/**
 * The one listed option a letter labels ("B" for "B. Unleash" in a list labelled A, B, C), read on
 * the options' own text; -1 when the options are not labelled so or none has the letter.
 */
function letterIndex(options: ConsideredOption[], letter: string): number {
  const labels = options.map((o) => {
    // A heading or a line of prose keeps its label in its name: "### (b) Query the permissions service".
    const own = o.source === 'list' ? o.description : o.source === 'outcome' ? null : o.name;
    const match = own === null ? null : (LETTER_LABEL.exec(own) ?? PARENTHESISED_LETTER.exec(own));
    return match ? (match[1] as string).toUpperCase() : null;
  });
  if (labels.filter((l) => l !== null).length < 2) return -1;
  const at = labels.flatMap((l, i) => (l === letter.toUpperCase() ? [i] : []));
  return at.length === 1 ? (at[0] as number) : -1;
}

/** "pros: mature, fast; cons: needs Redis" inside an option's own line, "**Positive:** ... **Negative:** ..." in a paragraph: each label and what follows it. */
const INLINE_LABEL_WORD =
  'pros?|advantages?|benefits?|upsides?|positive|cons?|disadvantages?|drawbacks?|downsides?|negative';
const INLINE_LABEL = new RegExp(
  String.raw`(?:^|[\s;,.(\u2014\u2013-])(${INLINE_LABEL_WORD})\s*:\s*([^;]+?)(?=\s*(?:[;)]|[,.]?\s*(?:${INLINE_LABEL_WORD})\s*:|$))`,
  'giu',
);

/** A paragraph that opens with a pros or cons label and carries its argument on the same line. */
const LEADING_INLINE_LABEL = new RegExp(String.raw`^\s*(?:${INLINE_LABEL_WORD})\s*:\s*\S`, 'iu');

/** A clause or cell that says something: a word, not an empty answer ("none", "n/a", "-"). */
function statesArgument(text: string): boolean {
  return /\p{L}/u.test(text) && !EMPTY_ANSWER.test(text);
}

/** The pros and cons an option's list item states inline, after "pros:" and "cons:" labels. */
function inlineArguments(item: Block): Argument[] {
  const found: Argument[] = [];
  for (const match of allMatches(item.prose, INLINE_LABEL)) {
    const polarity = polarityOfLabel(match[1] as string);
    const text = (match[2] as string).trim();
    if (polarity && statesArgument(text)) found.push({ text, polarity, span: item.span, block: item.index });
  }
  return found;
}

/** An options table row's cells under a "Pros", "Cons", "Advantages", "Risks" ... column. */
function tableRowArguments(doc: AdrDocument, row: Block): Argument[] {
  const header = doc.blocks.find((b) => b.kind === 'tableRow' && b.table === row.table && b.rowIndex === 0);
  const found: Argument[] = [];
  header?.cells?.forEach((label, column) => {
    const polarity = column > 0 ? polarityOfLabel(label) : null;
    const text = (row.cells?.[column] ?? '').trim();
    if (!polarity || !statesArgument(text)) return;
    found.push({ text, polarity, span: row.span, block: row.index });
  });
  return found;
}

/** Words too common to tie a list item to a heading. */
const LINKING_WORDS = new Set([
  'and',
  'for',
  'with',
  'from',
  'into',
  'our',
  'its',
  'all',
  'per',
  'via',
  'not',
  'of',
  'in',
  'on',
]);

/**
 * An options section that opens with a list of its candidates and then gives each its own
 * sub-heading ("- Flood ... - CAT Mempool" over "### FLOOD - the current protocol", "### CAT
 * protocol") names every option twice in different words. The list is an outline when it has one
 * item per sub-heading and each item shares a word with the sub-heading in the same place; then it
 * maps each item to its heading's option, otherwise null.
 */
function listOutlinesHeadings(
  items: Block[],
  headed: ConsideredOption[],
): Map<Block, ConsideredOption> | null {
  if (headed.length < 2 || items.length !== headed.length) return null;
  const words = (key: string) => key.split(' ').filter((w) => w.length >= 3 && !LINKING_WORDS.has(w));
  const outline = new Map<Block, ConsideredOption>();
  for (const [n, item] of items.entries()) {
    const heading = headed[n] as ConsideredOption;
    const itemWords = words(optionKey(optionName(item)));
    const headingWords = new Set(words(heading.key));
    if (!itemWords.some((w) => headingWords.has(w))) return null;
    outline.set(item, heading);
  }
  return outline;
}

/** "**Option 2:** Redis", "[SELECTED] Option 1: ...", "Alternative B. ...": a paragraph that opens with an option's label. */
const OPTION_LEAD =
  /^\s*(?:[[(][a-z ]{2,20}[\])]\s*)?(?:option|alternative|approach|solution)\s*(?:\d+[a-z]?\b|[a-z]\b|#\d+)\s*(?:[:.)–—-]|$)/iu;

interface OptionLead {
  block: Block;
  /** The lead's own lines: from its label up to the next label in the same paragraph. */
  lines: string[];
  /** Line of the label within the paragraph (0 for the paragraph's first line). */
  at: number;
}

/**
 * Paragraph lines that open with an option's label. The first line may be bold ("**Option 1:**");
 * later lines of the same paragraph ("...\n**Option 2:** Weekly") need the label's separator.
 */
function optionLeads(block: Block): OptionLead[] {
  if (block.kind !== 'paragraph') return [];
  const lines = block.text.split('\n');
  const starts = lines.flatMap((line, at) => {
    if (!OPTION_LEAD.test(line)) return [];
    const bold = at === 0 && block.leadStrong !== undefined && OPTION_LEAD.test(block.leadStrong);
    return bold || OPTION_PREFIX.test(line.replace(/^\s*[[(][a-z ]{2,20}[\])]\s*/i, '')) ? [at] : [];
  });
  if (starts[0] !== 0) return [];
  return starts.map((at, n) => ({ block, lines: lines.slice(at, starts[n + 1]), at }));
}

/**
 * Options written as labelled paragraphs, each followed by its description, pros and cons
 * ("**Option 1:** Use X", "✅ Pros: ...", "❌ Cons: ..."): everything up to the next label
 * belongs to the option, like the body of a sub-heading. Returns whether the section has that shape.
 */
function labelledParagraphOptions(doc: AdrDocument, own: Block[], out: Builder): boolean {
  const leads = own.flatMap(optionLeads);
  if (leads.length < 2) return false;
  const keys = new Set<string>();
  leads.forEach((lead, n) => {
    const nextBlock = leads[n + 1]?.block.index ?? Number.POSITIVE_INFINITY;
    const body = own.filter((b) => b.index > lead.block.index && b.index < nextBlock);
    const [firstLine = '', ...moreLines] = lead.lines;
    // "**Option 1**" alone on its line: the name is the line after it.
    const label = firstLine.replace(CHOSEN_MARK, '').trim();
    const bare = label.replace(/[:.)–—-]\s*$/, '');
    const title = OPTION_LABEL_ONLY.test(bare)
      ? `${bare}: ${moreLines[0] ?? body.find((b) => b.kind === 'paragraph')?.text.split('\n')[0] ?? ''}`
      : label;
    const option = {
      name: firstSentence(title),
      span:
        lead.at === 0 ? lead.block.span : lineSpan(doc.lineStarts, doc.text, lead.block.span.line + lead.at),
      source: 'heading' as const,
      description: [...lead.lines, ...body.map((b) => b.text)].join('\n'),
      arguments: collectArguments(body, doc.blocks, null, true),
      markedChosen: CHOSEN_MARK.test(firstLine),
      block: lead.block.index,
    };
    const key = optionKey(option.name);
    // Two labelled options that open with the same sentence are still two options: the labels say so.
    if (keys.has(key)) out.options.push({ ...option, key: `${key} ${n + 1}` });
    else out.add(option);
    keys.add(key);
  });
  return true;
}

function isDescendant(candidate: Block, ancestor: Block, all: Block[]): boolean {
  let parent = candidate.parent;
  while (parent >= 0) {
    if (parent === ancestor.index) return true;
    parent = all[parent]?.parent ?? -1;
  }
  return false;
}

/** A line that opens with a numbered candidate's label: "Rule 3:", "Proposal B -", "Option 2: Redis". */
const CANDIDATE_LABEL =
  /^\s*(?:[*_]{1,2})?(option|alternative|approach|solution|proposal|variant|strategy|design|scheme|rule|idea|plan|candidate)\s+#?(\d{1,2}|[a-z])(?:[*_]{1,2})?\s*[:.)\u2013\u2014-](?:[*_]{1,2})?\s*(.*)$/iu;

const FENCE = /^\s*(?:```|~~~)/;

/** Label words that are also verbs take a letter only in capitals: "Plan B:", not "plan a trip". */
const VERB_LABEL = /^(?:design|plan|rule|scheme)$/i;

/** Whether `mark` after `word` is a label's mark: any number, a letter in capitals after a verb-like word. */
function labelMark(word: string, mark: string): boolean {
  return !(VERB_LABEL.test(word) && /^[a-z]$/.test(mark));
}

function candidateLabel(line: string): RegExpExecArray | null {
  const match = CANDIDATE_LABEL.exec(line);
  return match && labelMark(match[1] as string, match[2] as string) ? match : null;
}

interface LabelledCandidate {
  /** The label's word and mark, lower case: "rule", "3". */
  word: string;
  mark: string;
  /** The label as written, for the option's name: "Rule 3". */
  label: string;
  /** 1-based line of the label in the document. */
  line: number;
  /** Where the label starts, for reading order (a block's offset plus the label's line within it). */
  offset: number;
  /** The block that holds the label, or null for a sub-heading. */
  block: Block | null;
  /** The candidate's own lines: from its label up to the next label in the same block. */
  lines: string[];
  /** Blocks that describe it: a sub-heading's content, a list item's nested items. */
  body: Block[];
}

function labelled(
  match: RegExpExecArray,
  at: Omit<LabelledCandidate, 'word' | 'mark' | 'label'>,
): LabelledCandidate {
  return {
    word: (match[1] as string).toLowerCase(),
    mark: (match[2] as string).toLowerCase(),
    label: `${match[1]} ${match[2]}`,
    ...at,
  };
}

/**
 * Candidates that open with a numbered label: sub-headings ("### Proposal A"), top-level list
 * items, and lines of paragraphs and code blocks ("Rule 3:"), in reading order.
 */
function labelledCandidateLines(doc: AdrDocument, skip: Set<number>): LabelledCandidate[] {
  const found: LabelledCandidate[] = [];
  for (const section of doc.sections) {
    // Sub-headings of the context or of an unknown section may be candidates; those of the decision
    // are parts of the choice, and those of an options section were read already.
    const under = section.effectiveKind;
    if (section.kind || (under !== null && under !== 'context' && under !== 'constraints')) continue;
    if (section.allBlocks.some((i) => skip.has(i))) continue;
    // A sub-heading may be the bare label: "### Proposal A".
    const match = candidateLabel(section.title) ?? candidateLabel(`${section.title}:`);
    if (!match) continue;
    found.push(
      labelled(match, {
        line: section.span.line,
        offset: section.span.offset,
        block: null,
        lines: [section.title],
        body: blocksOf(doc, section.allBlocks),
      }),
    );
  }
  for (const block of doc.blocks) {
    if (skip.has(block.index) || block.quoted) continue;
    const kind = doc.sections[block.section]?.effectiveKind;
    if (kind === 'links' || kind === 'status') continue;
    if (block.kind === 'listItem' && block.depth === 0) {
      const match = candidateLabel(block.text.split('\n')[0] ?? '');
      if (!match) continue;
      found.push(
        labelled(match, {
          line: block.span.line,
          offset: block.span.offset,
          block,
          lines: block.text.split('\n'),
          body: doc.blocks.filter((b) => isDescendant(b, block, doc.blocks)),
        }),
      );
      continue;
    }
    if (block.kind !== 'code' && block.kind !== 'paragraph') continue;
    // A fenced block's text starts on the line after its fence.
    const fenced =
      block.kind === 'code' && FENCE.test(doc.text.slice(block.span.offset, block.span.offset + 8));
    const firstLine = block.span.line + (fenced ? 1 : 0);
    const lines = block.text.split('\n');
    const starts = lines.flatMap((line, at) => (candidateLabel(line) ? [at] : []));
    starts.forEach((at, n) => {
      found.push(
        labelled(candidateLabel(lines[at] as string) as RegExpExecArray, {
          line: firstLine + at,
          offset: block.span.offset + at,
          block,
          lines: lines.slice(at, starts[n + 1]),
          body: [],
        }),
      );
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Numbered candidates outside an options section ("Rule 1:" ... "Rule 4:" in a code block of the
 * context, "Proposal A." paragraphs, "### Variant 2" sub-headings, "- Plan B: ..." items) that
 * the decision picks by label: 'We will use "rule 3"'. Two or more candidates must share the
 * label's word and the decision must pick exactly one of them, so a numbered list of steps or
 * rules that nothing chooses from is left alone. Adds the candidates as options and returns the pick.
 */
function labelledCandidates(
  doc: AdrDocument,
  skip: Set<number>,
  outcomeBlocks: Block[],
  out: Builder,
): ChosenOption | null {
  const all = labelledCandidateLines(doc, skip);
  const words = new Set(all.map((l) => l.word));
  const picks: { candidate: LabelledCandidate; block: Block }[] = [];
  for (const word of words) {
    const candidates = all.filter((l) => l.word === word);
    if (new Set(candidates.map((l) => l.mark)).size < 2) continue;
    for (const block of outcomeBlocks) {
      for (const sentence of splitSentences(block.prose)) {
        // The label line itself ("Option 2: we will ...") describes a candidate; it does not pick one.
        if (candidateLabel(sentence) || !CHOICE_CUE.test(sentence) || TURNED_DOWN.test(sentence)) continue;
        for (const match of allMatches(sentence, new RegExp(`\\b${word}\\s+#?(\\d{1,2}|[a-z])\\b`, 'giu'))) {
          const mark = match[1] as string;
          if (!labelMark(word, mark)) continue;
          const candidate = candidates.find((l) => l.mark === mark.toLowerCase());
          if (candidate && !picks.some((p) => p.candidate === candidate)) picks.push({ candidate, block });
        }
      }
    }
  }
  if (picks.length !== 1) return null;
  const { candidate: picked, block: pickedIn } = picks[0] as { candidate: LabelledCandidate; block: Block };
  let chosen: ConsideredOption | null = null;
  const seen = new Set<string>();
  const candidates = all.filter((l) => l.word === picked.word);
  candidates.forEach((candidate, n) => {
    if (seen.has(candidate.mark)) return;
    seen.add(candidate.mark);
    const block = candidate.block;
    const [first = '', ...rest] = candidate.lines;
    // "Rule 1:" alone on its line or "### Proposal A" alone: the candidate is the line after it.
    const own =
      (candidateLabel(first)?.[3] ?? '').trim() ||
      (rest.find((l) => l.trim()) ?? '').trim() ||
      (candidate.body.find((b) => b.kind === 'paragraph')?.text.split('\n')[0] ?? '').trim();
    // A label alone in its paragraph is described by the paragraphs up to the next candidate.
    const nextOffset = candidates[n + 1]?.offset ?? Number.POSITIVE_INFINITY;
    const body =
      block?.kind === 'paragraph'
        ? doc.blocks.filter(
            (b) =>
              b.index > block.index &&
              b.span.offset < nextOffset &&
              b.section === block.section &&
              !outcomeBlocks.includes(b),
          )
        : candidate.body;
    const name = own ? `${candidate.label}: ${own}` : candidate.label;
    const option = out.add({
      name: clipName(name),
      span: lineSpan(doc.lineStarts, doc.text, candidate.line),
      source: 'heading',
      description: [...candidate.lines, ...body.map((b) => b.text)].join('\n'),
      // Plain bullets under a sub-heading or item are its pros and cons, as in an options section.
      arguments: collectArguments(body, doc.blocks, null, block?.kind !== 'paragraph'),
      markedChosen: false,
      block: block?.index ?? -1,
    });
    if (candidate.mark === picked.mark) chosen = option;
  });
  const option = chosen as ConsideredOption | null;
  if (!option) return null;
  return chosenIn(pickedIn, option.name, out.options.indexOf(option), 'outcome-mention');
}

/** The choice as one block states it: the block is where a finding points and what it quotes. */
function chosenIn(block: Block, name: string, option: number, source: ChosenOption['source']): ChosenOption {
  return { name, span: block.span, option, source, statement: block.text, block: block.index };
}

/** Sentences outside the options sections that present an alternative as considered. */
const NAME = '([^,.;:()!?]{3,80})';
const RATHER_THAN = new RegExp(
  String.raw`\brather than\s+(?:using |having |adding |keeping |the |a |an )?${NAME}`,
  'giu',
);

/**
 * "rather than _changing_ the pipeline": an emphasised verb after "rather than" sets one action
 * against another ("we _extend_ it rather than _change_ it"); what it acts on is no candidate.
 */
function contrastsAction(doc: AdrDocument, block: Block, name: string): boolean {
  const verb = /^\p{Ll}+/u.exec(name)?.[0];
  if (!verb) return false;
  const source = doc.text.slice(block.span.offset, block.span.endOffset);
  return new RegExp(String.raw`\brather than\s+([*_]{1,2})${verb}\1(?![\p{L}*_])`, 'iu').test(source);
}
/**
 * What a "rather than" or "instead of" sets against how the chosen design behaves, not against the
 * choice: a passive ("read from the token rather than supplied in the request body") says where a
 * value comes from; a malfunction ("instead of failing in obtuse ways", "rather than silently creating
 * a duplicate") is what the design avoids. Neither is a candidate anyone weighed; "rather than
 * provisioned EC2 hosts" and "instead of manually editing the file" still are.
 */
const BEHAVIOUR_CONTRASTED =
  /^(?:\p{Ll}[\p{Ll}-]*(?:ed|en)\s+(?:in|on|at|by|from|to|into|onto|via|through|as|with|inside|within|under|over|per)\b|(?:silently|quietly|unexpectedly|randomly|mysteriously)\s+\p{Ll}+ing\b|(?:failing|breaking|crashing|hanging|stalling|erroring|panicking|timing out|throwing|misbehaving|blowing up)\b)/u;

/**
 * "clearer than returning null", "not much more expensive than refactoring the code we have": the
 * comparison names the alternative the choice was weighed against.
 */
const BETTER_THAN = new RegExp(
  String.raw`\b(?:better|preferable|safer|simpler|cleaner|clearer|readable|easier|cheaper|more reliable|more robust|more secure|less error-prone|more expensive|more costly|costlier|harder|more difficult|riskier|more risky) (?:and \w+ )?than\s+(?:using |returning |having |building |the |a |an )?${NAME}`,
  'giu',
);

/**
 * "systemd timers offer several advantages over traditional cron", "Luxon improves on Moment.js":
 * what the choice is said to beat. "X vs Y", "X versus Y": the one set beside the choice.
 */
/** "benefits over time", "an improvement over the next year": a span of time, not a rival. */
const OVER_A_TIME = String.raw`(?:time\b|the (?:long|short) (?:term|run)|the (?:next|past|last|coming|course|years?|months?)\b|\d)`;
const ADVANTAGE_OVER = new RegExp(
  String.raw`\b(?:(?:advantages?|benefits?|improvements?) (?:over|on)|improv(?:es|ed|ing) (?:on|upon)|superior to|outperform(?:s|ed|ing)?)\s+(?!${OVER_A_TIME})(?:the |an? )?${NAME}`,
  'giu',
);
const VERSUS = new RegExp(String.raw`\b(?:vs\.?|versus)\s+(?:using |the |an? )?${NAME}`, 'giu');

const INSTEAD_OF = new RegExp(
  String.raw`\binstead of\s+(?:using |having |adding |keeping |the |a |an )?${NAME}`,
  'giu',
);
const REPLACES = new RegExp(
  String.raw`\b(?:replaces?|replacing|replacement (?:of|for)|migrat(?:e|ing) (?:away )?from|mov(?:e|ing) away from|switch(?:ing)? (?:away )?from)\s+(?:the |our |usage of |use of |the use of )?(?:current |existing |legacy )?${NAME}`,
  'giu',
);

/**
 * "defer the migration to modern Bison", "Migration to pgx is postponed until ...": a move the record
 * puts off, which names the alternative it weighed against staying put. A move put off to a time
 * ("defer the upgrade to next quarter", "to 2025") names none (see DEFERRED_TO_A_TIME).
 */
const DEFERRED_MOVE = new RegExp(
  String.raw`\b(?:defer|defers|deferred|deferring|postpone|postpones|postponed|postponing|delay|delays|delayed|delaying)\s+(?:the |a |any |our )?(?:migration|move|moving|switch|switching|transition|upgrade|upgrading|port|porting)\s+to\s+${NAME}`,
  'giu',
);
const MOVE_DEFERRED = new RegExp(
  String.raw`\b(?:migration|move|switch|transition|upgrade|port)\s+to\s+${NAME}?\s+(?:is|was|will be|has been|stays|remains)\s+(?:deferred|postponed|delayed|put on hold|on hold)\b`,
  'giu',
);
const DEFERRED_TO_A_TIME =
  /^(?:\d|(?:next|later|a later|the next|another|the end|the future|q[1-4]|after|until|when|then|phase|sprint|release|version)\b)/iu;
/** How long a move stays put off, after its target: "modern Bison indefinitely", "pgx for now". */
const DEFERRED_FOR = /\s+(?:indefinitely|for now|for the time being|for the moment|until|unless|till)\b.*$/iu;

/**
 * "Mocha and Jest were evaluated, and we will use Vitest": what was weighed, then the choice made
 * among them. What a weighing measures ("Cost and latency were evaluated, and we chose ...") is no
 * alternative, so a name with a word of a concern is left out (see weighsConcerns).
 */
const PASSIVE_THEN_CHOICE =
  /(?:^|[.!?]\s+)(?:the |a |an )?([^,.;:()!?\n]{2,60}?) (?:was|were) (?:also |briefly |initially |originally )?(?:considered|evaluated|compared|tried)(?=,? and (?:then )?we (?:will |have |then )?(?:use|chose|choose|picked|pick|selected|select|adopt|adopted|went with|go with|settled on|decided)\b)/giu;

/** Whether a phrase names what a weighing measures, not a candidate: "Cost and latency", "Security". */
function weighsConcerns(phrase: string): boolean {
  return phrase.split(/\s+/).some((word) => CONCERN_WORD.test(word) || NAMES_YARDSTICKS.test(word));
}

const COMPARED_TO = new RegExp(
  String.raw`\b(?:compared (?:to|with)|in contrast to|as opposed to)\s+(?:using |building |having |the |a |an )?${NAME}`,
  'giu',
);

/** What follows "we could" when it names an outcome or a step, not a way: "see", "then", "not". */
const COULD_OUTCOME =
  'see|get|gain|save|lose|reach|achieve|expect|end up|afford|then|still|not|never|easily|probably|already|also|instead|alternatively|either';

const PROSE_ALTERNATIVE = [
  new RegExp(
    String.raw`\bwe (?:also |have |had |briefly |initially |originally |first )*(?:considered|evaluated|explored|investigated|looked at|looked into|discussed|tried|prototyped)\s+(?:using |adopting |introducing |the (?:option|idea|possibility) of |an? |the )?${NAME}`,
    'giu',
  ),
  new RegExp(
    // One space after the article: prose blanks code spans, so "the `retry` option is enabled" reads
    // "the   option is enabled", a setting, not an alternative.
    String.raw`\b(?:an|another|one|the other|the|a|one possible|an ideal|the obvious|a simple|a simpler|an obvious)\s(?:possible |alternative |other |ideal |obvious |simple |simpler )?(?:alternative|option|solution|approach|possibility|way)\s+(?:would be|is|was|could be|might be|would have been|we considered)(?: to)?\s+${NAME}`,
    'giu',
  ),
  new RegExp(
    String.raw`\b(?:other|alternative) (?:options|alternatives|approaches|solutions|choices)\s+(?:include|included|are|were|would be|considered)\s*:?\s+${NAME}`,
    'giu',
  ),
  // "Other options for this include PyInstaller": what the options are for sits between. Only a verb
  // that lists candidates follows it: "Other options for configuration are documented" lists none.
  new RegExp(
    String.raw`\b(?:other|alternative) (?:options|alternatives|approaches|solutions|choices) for [^,.;:()!?]{2,40}?\s+(?:include|included|would be|were considered)\s*:?\s+${NAME}`,
    'giu',
  ),
  INSTEAD_OF,
  RATHER_THAN,
  new RegExp(
    String.raw`\balternatively,?\s+(?:we could |one could |it would be possible to |we can |you could )?${NAME}`,
    'giu',
  ),
  new RegExp(String.raw`\bwe could (?:also |instead |alternatively )${NAME}`, 'giu'),
  // "We could write this in Node.js, but the team is not familiar with it": a way open to the team,
  // then what speaks against it. What the team could see or gain ("We could see a 20% speed-up,
  // but ...") is an outcome, and "We could then deploy" a step of the plan, not a way weighed.
  new RegExp(
    // A dot inside a word ("Node.js") stays in the name; ways joined by "or" are read as a list (COULD_USE).
    String.raw`\bwe could (?!(?:${COULD_OUTCOME})\b)((?:(?!\sor\s)[^,.;:()!?]|\.(?=\S)){3,80}?)(?=,?\s+but\b)`,
    'giu',
  ),
  COMPARED_TO,
  new RegExp(
    String.raw`\bwe (?:initially|originally|previously|first) (?:used|tried|chose|adopted|built)\s+(?:the |a |an )?${NAME}`,
    'giu',
  ),
  new RegExp(
    String.raw`\balternative\b[^.;]{0,60}?\b(?:would be|is|was|could be)\s+(?:for us |for them )?(?:to\s+)?${NAME}`,
    'giu',
  ),
  new RegExp(
    String.raw`\b(?:we will|we'll|we should|we must|we are going to|we decided to) (?:avoid|stop using|no longer use|not use|drop|abandon)\s+(?:the |a |an |using )?${NAME}`,
    'giu',
  ),
  new RegExp(
    String.raw`\bthere (?:was|is|were) (?:a|another|an alternative) (?:proposal|suggestion|idea) to\s+${NAME}`,
    'giu',
  ),
  // "An earlier idea was to build an egress VPC", "The other proposal was to add a flag": a proposal
  // marked as not the adopted one. A bare "the idea is to ..." describes the choice itself.
  new RegExp(
    String.raw`\b(?:an?|the|one|another) (?:earlier|initial|original|previous|other|alternative|competing|rejected) (?:idea|proposal|suggestion|plan|design)\s+(?:was|were|would be|would have been|is)\s+(?:to\s+)?${NAME}`,
    'giu',
  ),
  // "We compared Karpenter with Cluster Autoscaler": what the choice was measured against.
  new RegExp(
    String.raw`\bwe (?:also |have |had |carefully )*compared\s+[^,.;:()!?]{2,60}?\s+(?:with|to|against)\s+(?:the |a |an )?${NAME}`,
    'giu',
  ),
  new RegExp(
    String.raw`\b(?:we|you) (?:won't|will not|shall not|no longer) (?:use|keep|rely on|maintain)\s+(?:the |our |any )?${NAME}\s+(?:any ?more|any longer)\b`,
    'giu',
  ),
  BETTER_THAN,
  ADVANTAGE_OVER,
  VERSUS,
  // "JMeter was considered as an alternative ...", "X was also considered, but ...", "X was discussed;
  // it would ...": the passive names the alternative first; only a sentence that frames it as one
  // (an alternative, over, but, or a semicolon leading to what is wrong with it) counts.
  /(?:^|[.!?]\s+)(?:the |a |an )?([^,.;:()!?\n]{2,60}?) (?:was|were) (?:also |briefly |initially |originally )?(?:considered|discussed|evaluated|proposed)(?= as an? (?:alternative|option|candidate)\b| as an? [^,.;]{1,60}? over\b|,? but\b|;)/giu,
  PASSIVE_THEN_CHOICE,
  REPLACES,
  DEFERRED_MOVE,
  MOVE_DEFERRED,
];

/**
 * Comparisons that, among the consequences, set one effect against another rather than a candidate
 * against the choice: "inspecting tables is simpler than inspecting Redis contents", "returns 409
 * rather than silently creating a duplicate", "any move away from spreadsheets would remove ...".
 */
const CONTRASTS = new Set([BETTER_THAN, ADVANTAGE_OVER, VERSUS, INSTEAD_OF, RATHER_THAN, REPLACES]);

/**
 * Comparisons made in passing, inside the reasons for the choice: "as opposed to building everything
 * up front", "compared to a file-based system", "rather than a large number of individual files".
 * They name the alternative of a record that writes it no other way, but beside alternatives the
 * record names outright ("We considered Flyway, Liquibase and SQL scripts") they only describe the
 * choice, and each would invent an option.
 */
const PASSING_CONTRASTS = new Set([
  BETTER_THAN,
  ADVANTAGE_OVER,
  VERSUS,
  INSTEAD_OF,
  RATHER_THAN,
  COMPARED_TO,
]);
const NAMED_OUTRIGHT = PROSE_ALTERNATIVE.filter((pattern) => !PASSING_CONTRASTS.has(pattern));

/**
 * "remove the use of `argparse` in favor of Click", "drop Travis in favour of GitHub Actions": what
 * the decision gives up, named beside what it takes instead. Read from the text, code spans and
 * all, as what is given up is often code.
 */
const GIVEN_UP_IN_FAVOUR =
  /\b(?:remov(?:e|es|ed|ing)|drop(?:s|ped|ping)?|deprecat(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|retir(?:e|es|ed|ing)|phas(?:e|es|ed|ing) out|replac(?:e|es|ed|ing)|decid(?:e|ed|ing) against|mov(?:e|ed|ing) away from|get(?:ting)? rid of)\s+(?:the (?:use|usage) of |(?:use|usage) of |using |support for |the |our )?((?:[^,.;:()!?\n]|\.(?=\S)){2,60}?)\s+in favou?r of\b/giu;

function givenUpInFavour(block: Block, out: Builder) {
  for (const match of allMatches(block.text, GIVEN_UP_IN_FAVOUR)) addProse(out, match[1] as string, block);
}

/**
 * "Luxon offers an API like Moment.js, but improves on its design": a comparison whose pronoun
 * points back at the thing named last before it in the sentence, past its subject.
 */
const IMPROVES_ON_PRONOUN =
  /\b(?:improv(?:es|ed|ing) (?:on|upon)|(?:advantages?|benefits?|improvements?) over)\s+(?:its|their)\b/giu;
/** A word written as a name: a capital ("Moment.js", "Kafka") or a dot inside ("moment.js"). */
const NAMED_WORD =
  /(?<=^|\s)(?:\p{Lu}[\p{L}\p{N}+#-]*(?:\.[\p{L}\p{N}]+)*|\p{Ll}[\p{L}\p{N}-]*(?:\.[\p{L}\p{N}]+)+)(?=[\s,;:]|$)/gu;

function improvedOnByPronoun(block: Block, out: Builder) {
  for (const match of allMatches(block.text, IMPROVES_ON_PRONOUN)) {
    const sentenceStart = Math.max(block.text.lastIndexOf('. ', match.index) + 2, 0);
    // A few hundred characters back is far enough for a pronoun to point, and keeps long lines linear.
    const start = Math.max(sentenceStart, match.index - 300);
    const before = block.text.slice(start, match.index);
    // The sentence's first word is its subject, the thing that improves: never the one it beats.
    const names = allMatches(before, NAMED_WORD).filter((name) => name.index > 0 || start > sentenceStart);
    const referent = names.at(-1)?.[0];
    if (referent && PRODUCT_SHAPE.test(referent)) addProse(out, referent, block);
  }
}

/**
 * "Should we extract the consul role?", "We need to decide whether to standardize on one
 * scheduler.": a yes-or-no question the team puts to itself, which the decision answers. Doing it
 * and not doing it are the two options; a question that names its own alternatives ("... or ...?")
 * is read by WHETHER_OR.
 */
const YES_NO_QUESTION = /(?:^|[,;:]\s+)(?:so,?\s+)?(?:should|shall|must|do) we\s+([^?]{3,120}?)\s*\?$/iu;
const DECIDE_WHETHER =
  /\bwe (?:need|have|must|should|want|had|needed) to (?:decide|determine|choose) whether (?:or not )?(?:to |we should )?([^.?!;]{3,120}?)\s*[.!]?$/iu;

/**
 * Adds "not doing it" for the yes-or-no question of the context, when prose names no other rival:
 * the decision states the answer, and the question's other answer is the alternative. A rival
 * named outright ("advantages over cron") already is that other answer.
 */
function unansweredSide(doc: AdrDocument, skip: Set<number>, since: number, out: Builder) {
  if (out.options.slice(since).some((o) => !o.markedChosen)) return;
  for (const { block, kind } of proseBlocks(doc, skip)) {
    const asked = kind === 'context' && block.kind === 'paragraph' ? yesNoQuestion(block) : null;
    if (asked) {
      out.add(proseOption(`Do not ${asked}`, block));
      return;
    }
  }
}

/** The thing a yes-or-no question of the context asks whether to do; null when the paragraph asks no such question. */
function yesNoQuestion(block: Block): string | null {
  const sentences = splitSentences(block.prose);
  // "Should we ...? Or should we ...?" and a paragraph of several questions weigh more than yes or no.
  if (
    sentences.filter((s) => s.trim().endsWith('?')).length > 1 ||
    sentences.some((s) => /^\s*or\b/iu.test(s))
  )
    return null;
  for (const sentence of sentences) {
    const asked = YES_NO_QUESTION.exec(sentence.trim()) ?? DECIDE_WHETHER.exec(sentence.trim());
    const thing = asked?.[1]?.trim();
    if (thing && !/\bor\b/iu.test(thing) && proseName(thing) !== null) return thing;
  }
  return null;
}

/** "It was discussed whether the protocol should be removed or if some logic should remain." */
const WHETHER_OR =
  /\b(?:discuss(?:ed|ion)?|debated?|consider(?:ed)?|decide[ds]?|question (?:is|was)|choice (?:is|was)|unclear|undecided)\b(?:[^.?]|\.\d){0,80}?\bwhether\s+(?:to\s+)?([^.?;]{3,120}?)\s+or\s+(?:if\s+|whether\s+|to\s+)?([^.?;]{3,120})/iu;

/**
 * "We can either keep blobs in Postgres or we can push them to an object store": two ways the team
 * weighs, in one sentence. Read from the text, code spans and all ("either use `git init --bare` or
 * clone them"); "you can either ..." tells a reader how to use a thing, not which way was weighed.
 */
const WE_CAN_EITHER =
  /\bwe (?:can|could|might|may|would) either\s+((?:[^.;:!?\n]|\.(?=\S)){3,120}?)\s*,?\s+or\s+(?:we (?:can|could|might|may|would) (?:also )?)?((?:[^.;:!?\n]|\.(?=\S)){3,120}?)\s*(?=[.;:!?\n]|$)/giu;

/**
 * "If a shard fills up, we can either ...": a plan for a case that may come, not a choice made now.
 * "When we create repos we can either ..." sets the scene for the choice, so "when" is no such case.
 */
const CONTINGENCY = /\b(?:if|whenever|should|in case|unless)\b/iu;

const WAY_REASON = /\s+(?:which|because|since|but|so that)\b.*$/iu;

/** Adds the two ways of each "we can either A or B" in `block` and returns their option keys, so the decision may pick one. */
function eitherWays(block: Block, out: Builder): string[][] {
  const lists: string[][] = [];
  for (const match of allMatches(block.text, WE_CAN_EITHER)) {
    const sentenceStart = Math.max(block.text.lastIndexOf('. ', match.index) + 1, 0);
    if (CONTINGENCY.test(block.text.slice(sentenceStart, match.index))) continue;
    if (leftForLater(block.text, match.index, match.index)) continue;
    // Each way is a verb phrase, cut only where the sentence gives a reason: "move it to a queue" keeps its "it".
    const names = [match[1] as string, match[2] as string].map((way) => way.replace(WAY_REASON, '').trim());
    if (names.some((name) => proseName(name) === null)) continue;
    for (const name of names) out.add(proseOption(name, block));
    lists.push(names.map(optionKey));
  }
  return lists;
}

/** "Values could be embedded as objects or provided by IRIs", in a section about the options. */
const COULD_BE_OR =
  /\b(?:could|can|might|may|should) (?:either )?be\s+([^.;]{3,120}?)\s+\**or\**\s+([^.;]{3,120})/iu;

/** "Do nothing" and "keep the status quo" count as an option when written as one. */
const STATUS_QUO =
  /\b(?:(?:we )?(?:can|could|might|may) (?:also )?(?:just )?do nothing|(?:option|alternative|choice) (?:is|was|would be) to do nothing|do[- ]nothing (?:option|approach|alternative)|keep(?:ing)? (?:the )?status quo|(?:leave|leaving|keep|keeping) (?:things|it|everything) as (?:it is|they are|is)|continu(?:e|ing) (?:to use|using|with) (?:the |our )?(?:current|existing)|(?:the )?status quo (?:option|alternative|is|was|would))\b/i;

/** Inline enumerations: "either 1) a single page app or 2) server-rendered HTML". */
const ENUMERATED = /(?:^|\s)\(?1\)\s*([^;]{3,300}?)[;,]?\s*(?:\bor\b|\band\b)?\s*\(?2\)\s*([^;.]{3,200})/u;

const NOT_A_NAME =
  /^(?:this|that|there|here|it|its|these|those|them|they|we|other|others|several|many|various|different|some|all|both|each|how|what|which|where|why|when|whether|more|less|just|only|simply|doing so|alternatives?|options?|approaches?|solutions?|having to|being|relying|waiting|a few|one|two|three|any)\b/i;

/** "the original one", "the former", "the previous version": a pointer back, not the name of an alternative. */
const POINTER_NAME =
  /^(?:the |a |an )?(?:original|former|latter|prior|previous|old|older|new|newer|current|existing|same|first|second|last|next|other)(?: (?:one|ones|version|value|state|behaviou?r))?$/i;

/** A short name that stops on a function word ("taking a", where a code span followed) names nothing. */
const CUT_OFF_NAME =
  /^(?:\S+\s+){0,2}?(?:a|an|the|of|to|for|with|from|in|on|by|as|and|or|its|their|our|your)$/i;

/** "The alternative was rejected because ...": the verdict on an alternative, read where its name would stand. */
const VERDICT_NAME = /^(?:not|rejected|ruled out|dismissed|discarded|considered|chosen|selected)\b/i;

/** The name prose gives an alternative, cut where the sentence moves on; null when it names nothing. */
/** Where a sentence moves on from the name it gave: "Kafka which needs ...", "NATS because ...". */
const PROSE_NAME_END = /\s+(?:which|that|because|since|as|but|so|and then|when|where|if|we|it|to be)\b.*$/i;

function proseName(name: string): string | null {
  const cleaned = (name.split(/,|\s[–—-]\s/)[0] ?? name).replace(PROSE_NAME_END, '').trim();
  if (
    cleaned.length < 3 ||
    NOT_A_NAME.test(cleaned) ||
    POINTER_NAME.test(cleaned) ||
    VERDICT_NAME.test(cleaned)
  )
    return null;
  return CUT_OFF_NAME.test(cleaned) ? null : cleaned;
}

/**
 * The names of an enumeration where prose names an alternative ("instead of Kafka or NATS", "we will
 * not use Kafka and NATS"), cut where the sentence moves on; none unless every name is
 * capitalised or a number, as names are: "instead of reading and writing" is one way, not two.
 */
function namedTogether(name: string): string[] {
  const clause = name.replace(PROSE_NAME_END, '').trim();
  const names = enumeratedNames(clause);
  return names.every((each) => /^[\p{Lu}\d]/u.test(each) && proseName(each) === each) ? names : [];
}

/**
 * "Other databases like MySQL or InfluxDB", "tools such as Jenkins": a kind of thing and then its
 * examples. The examples are the alternatives; the kind ("other databases") names none.
 */
const EXAMPLES_OF_A_KIND = /^(?:[\p{L}-]+\s+){1,3}?(?:like|such as|including|e\.g\.,?)\s+(\S.*)$/iu;

/** The examples a phrase gives of a kind of thing, or the phrase itself. */
function examplesOrWhole(phrase: string): string {
  return EXAMPLES_OF_A_KIND.exec(phrase.trim())?.[1] ?? phrase;
}

/** An option named in the running prose of `block`, with no arguments of its own. */
function proseOption(name: string, block: Block, markedChosen = false): Omit<ConsideredOption, 'key'> {
  return {
    name,
    span: block.span,
    source: 'prose',
    description: block.text,
    arguments: [],
    markedChosen,
    block: block.index,
  };
}

function addProse(out: Builder, name: string, block: Block) {
  const cleaned = proseName(name);
  if (cleaned) out.add(proseOption(cleaned, block));
}

/**
 * "Kafka was rejected because we lack the people to run it.", "We ruled out Redis Streams since it
 * loses messages on failover.", "However, Kafka, NATS and Pulsar were ruled out as ...": an alternative
 * turned down with its reason, after an opening connective or not. Only the past tense with
 * a reason counts: "the message is rejected as invalid" and "the request was rejected by the gateway"
 * describe what a system does, not a choice.
 */
const REJECTED_PASSIVE =
  /(?:^|[.!?]\s+)(?:(?:however|also|instead|finally|ultimately|eventually|in the end|in contrast|by contrast|on the other hand|as a result|after (?:[\w-]+ ){0,3}[\w-]+|in \d{4}),\s+)?((?:the |an? )?[^.;:()!?\n]{2,50}?) (?:was|were) (?:also |quickly |eventually |ultimately |soon |then )?(?:(?:rejected|ruled out) (?:because|since)|(?:ruled out|dismissed) as)\b/giu;
const REJECTED_ACTIVE =
  /\bwe (?:also |quickly |eventually |ultimately |soon |then )?(?:rejected|ruled out|dismissed)\s+((?:using |the |an? )?[^,.;:()!?\n]{2,50}?)\s+(?:early |quickly |outright )?(?:because|since|as)\b/giu;

/**
 * "Aurora PostgreSQL is still in preview, so we skipped it.", "NATS lacked persistence, so it was
 * ruled out.": an alternative named first, then turned down by a pronoun after its shortcoming.
 */
const DISMISSED_BY_PRONOUN =
  /(?:^|[.!?;]\s+)(?:(?:however|also|finally),\s+)?((?:the |an? )?[^,.;:()!?\n]{2,50}?) (?:is|was|are|were|has|had|would|does|did|needs?|needed|lacks?|lacked|costs?|requires?|required)\b[^.;!?]{0,120}?,?\s+so (?:we (?:skipped|dropped|ruled out|rejected|discarded|dismissed|passed on|excluded|set aside|left out)|(?:it|they) (?:was|were) (?:skipped|dropped|ruled out|rejected|discarded|dismissed|excluded|left out)) ?(?:it|them)?\b/giu;

/**
 * "RDS for MySQL or PostgreSQL would fail over in two minutes": names joined by "or" as the subject
 * of what would happen, a set of alternatives weighed against the choice. Every name must read as
 * one (see namedTogether): "Retries or timeouts would ..." names none.
 */
const WOULD_INSTEAD =
  /(?:^|[.!?;]\s+)([^,.;:()!?\n]{2,60}? or [^,.;:()!?\n]{2,40}?) (?:would|could|might)\b/gu;

function hypotheticalAlternatives(block: Block, out: Builder) {
  for (const match of allMatches(block.prose, WOULD_INSTEAD)) {
    const names = namedTogether(match[1] as string);
    if (names.length >= 2) for (const name of names) addProse(out, name, block);
  }
}

/** Words for a proposal in general, not the name of one: "The proposal was rejected because ...". */
const GENERIC_PROPOSAL =
  /^(?:(?:the|a|an|our|their|your|his|her|my) )?(?:\w+ )?(?:proposals?|ideas?|suggestions?|plans?|designs?|changes?|requests?|pull requests?|prs?|rfcs?|adrs?|approach(?:es)?|options?|alternatives?|solutions?|choices?|candidates?|versions?|drafts?)$/i;

/**
 * "Apache Solr was originally proposed as it formed our matching engine, however several people
 * recommended ElasticSearch", "A shared database was initially suggested. However, ...": a proposal
 * the record says came first and was then set aside. The setting aside must follow, in the same
 * sentence or opening the next; a proposal by someone or for a date ("first proposed by Alice",
 * "originally chosen in 2019") is history, not an alternative.
 */
const FIRST_PROPOSED =
  /(?:^|[.!?]\s+)((?:the |an? )?[^,.;:()!?\n]{2,50}?) (?:was|were) (?:originally|initially|first) (?:proposed|suggested|considered|chosen|selected|recommended|favou?red|preferred)\b(?!\s+(?:by|for|in|at|on|during|as part of)\b)([^.!?]*)(?:[.!?]\s+(\S+))?/giu;
const SET_ASIDE = /\b(?:however|but|instead|although|though|until)\b/iu;

function supersededProposals(block: Block, out: Builder) {
  for (const match of allMatches(block.prose, FIRST_PROPOSED)) {
    if (!SET_ASIDE.test(match[2] as string) && !/^(?:however|but|instead)\b/iu.test(match[3] ?? '')) continue;
    const phrase = (match[1] as string).trim();
    if (phrase.split(/\s+/).length > 5 || GENERIC_PROPOSAL.test(phrase)) continue;
    for (const name of namesOrWhole(phrase)) addProse(out, name, block);
  }
}

function rejectedAlternatives(block: Block, out: Builder) {
  for (const pattern of [REJECTED_PASSIVE, REJECTED_ACTIVE, DISMISSED_BY_PRONOUN]) {
    for (const match of allMatches(block.prose, pattern)) {
      const phrase = (match[1] as string).trim();
      if (phrase.split(/\s+/).length > 5 || GENERIC_PROPOSAL.test(phrase)) continue;
      // A comma only joins names, ending in "and"/"or" ("Kafka, NATS and Pulsar"); "When Kafka
      // fails, messages" and "Sadly, Kafka" open with a clause.
      if (phrase.includes(',')) {
        const listed = enumeratedNames(phrase);
        const closed = /(?:,|\s)(?:and|or)\s+[^,]+$/u.test(phrase);
        if (!closed || !listed.every((name) => NAME_START.test(name))) continue;
      }
      // A thing the system handles ("the request", "a payment") takes an article and lower case; a
      // named alternative is bare ("Kafka") or capitalised after its article ("the Kafka option").
      if (pattern !== REJECTED_ACTIVE && /(?:^|\s)(?:[Tt]he|[Aa]n?)\s+[a-z]/u.test(phrase)) continue;
      for (const name of namesOrWhole(phrase.replace(/^using\s+/i, ''))) addProse(out, name, block);
    }
  }
}

/**
 * An introduction to a list of candidates: "We looked at the following platforms:", "It is done in
 * two different ways:". "The following entities are considered immutable:" is not one: a passive
 * "considered" only introduces candidates when nothing but the colon follows it.
 */
const CANDIDATE_INTRO = new RegExp(
  `(?:${[
    String.raw`\b(?:options|alternatives?|approaches|candidates|choices|competitors|contenders|possibilit(?:y|ies)|ways to)\b`,
    // A lone "option" is a candidate only as one of several ("another option"), not a setting ("the retry option").
    String.raw`\b(?:one|an|another|other|each|either|second|third|fourth|last|best|only|preferred) option\b`,
    String.raw`\b(?:\d{1,2}|two|three|four|five|several|multiple|various|different) (?:different |possible |main |competing )?(?:ways|options|approaches|products|tools|solutions|technologies|platforms|implementations|libraries|frameworks|services)\b`,
    String.raw`\b(?:we|i|team|have|had)\s+(?:\w+\s+)?(?:considered|evaluated|compared|assessed|looked at|investigated)\b`,
    String.raw`\b(?:considered|evaluated|compared|assessed|investigated)\s*(?=:\s*$)`,
    String.raw`\bthe following (?:\w+ ){0,2}(?:tools|platforms|solutions|services|products|libraries|frameworks|technologies|providers|vendors)\b`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|')})[^:]*:\\s*$`,
  'i',
);

/** What a weighing measures candidates by, not candidates: "three criteria", "the following factors". */
const YARDSTICKS =
  'criteria|criterion|factors?|aspects?|dimensions?|requirements?|properties|qualities|attributes|metrics|concerns?|risks?|goals?|constraints?|things|questions?|points|issues|scenarios?|use cases|drivers?|characteristics|needs|forces|problems?|costs?|benefits?';

/**
 * "A few well-known licences were taken into account:": a passive weighing leads into candidates
 * only when it names no yardsticks ("The following factors were taken into account:") and the items
 * read as names (see namesProducts), not as concerns.
 */
const WEIGHED_INTRO =
  /\b(?:were|was|have been|has been|had been) (?:\w+ )?(?:taken into (?:account|consideration)|weighed)\s*:\s*$/i;
export const NAMES_YARDSTICKS = new RegExp(String.raw`\b(?:${YARDSTICKS})\b`, 'i');

/** The text of a link written as the whole item, "[MIT License](https://...)", even a broken one. */
function linkText(name: string): string {
  return /^\[([^\]]+)\](?:\[[^\]]*\]|\([^)]*\))?$/u.exec(name)?.[1] ?? name;
}

function weighedList(doc: AdrDocument, intro: Block, items: Block[]): boolean {
  if (!WEIGHED_INTRO.test(intro.prose) || NAMES_YARDSTICKS.test(intro.prose)) return false;
  return namesProducts(
    doc,
    items.map((item) => linkText(optionName(item))),
  );
}

/** An introduction to what a change touches, not to candidates: "This will impact the following components:". */
const INVENTORY_INTRO =
  /\b(?:impact|impacts|affect|affects|touch|touches|change|changes|involve|involves) the following\b/i;

/** A list item short enough to be a name: "Kubernetes", "Docker Swarm", "AWS ECS". */
function isShortName(item: Block): boolean {
  const name = optionName(item);
  return item.text.length <= 60 && name.split(/\s+/).length <= 5 && !/[.!?]\s/.test(item.text);
}

/** Whether `text` names `name` as whole words (case-insensitive). */
function namesOption(text: string, name: string): boolean {
  const key = optionKey(name);
  return key.length >= 3 && namesKey(text, key);
}

/** A section about what comes after the decision: "Future work", "Follow-ups", "Next steps", "Possible extensions". */
const LATER_WORK =
  /\b(?:future (?:work|improvements?|directions?|extensions?)|follow[- ]?ups?|next steps|possible (?:extensions?|improvements?)|further work)\b/i;

/**
 * "Options" or "Alternatives considered" written as a plain line of its own inside the context, with
 * the list right under it: the title of an options section, written without the heading.
 */
const OPTIONS_LABELS = new Set(STARTER_ALIASES.options.map(headingKey));

function optionsLabel(block: Block): boolean {
  return OPTIONS_LABELS.has(headingKey(block.prose.replace(/:\s*$/u, '')));
}

/**
 * "What should we do if a user submits the same sample twice?", "Which store should we use?": the
 * question a list of answers then weighs, each a way the team could go. A question of what to check
 * or know ("How can we tell a release is healthy?") is answered by criteria, not ways.
 */
const CHOICE_QUESTION =
  /^(?:(?:[^?]*?\b(?:what|how|which|where|whether)\b[^?]*?\b)?(?:should|shall|could|can|would)\s+(?:we|i|the team)\b)(?![^?]*\b(?:know|tell|measure|verify|check|ensure|expect|learn|need|test|monitor)\b)[^?]*\?\s*$/iu;

/**
 * "I found the following procedures to solve this problem:", "Remedies for the slowness:": the ways
 * to get rid of a problem, each a candidate. A plan ("We will take these fixes to address it:") and
 * the decision's own list do all of them, so neither counts.
 */
const REMEDIES_INTRO =
  /\b(?:procedures|solutions|remedies|fixes|workarounds|methods|ideas|proposals)\s+(?:(?:to|for)\s+(?:solv|fix|address|tackl|resolv|overcom|mitigat|work(?:ing)? around|speed(?:ing)? up|avoid|deal(?:ing)? with)\w*|for (?:this|that|the) (?!following\b)\w+(?: \w+)?(?=\s*:))[^:]*:\s*$/iu;
const PLAN_INTRO = /\b(?:we|i)(?: will|'ll| shall| are going to| must| need to)\b/iu;

/**
 * "There are 2 ways of defining these endpoints.": a count of the ways open, as a sentence of its
 * own; the list after it holds them.
 */
const COUNTED_WAYS =
  /^there (?:are|were) (?:\d{1,2}|two|three|four|five|several|multiple) (?:different |possible |main |competing )?(?:ways|options|approaches|alternatives|choices|strategies)\b[^.?!:]{0,120}[.:]?$/iu;

/** Whether `block` leads into a list of the ways to answer a question or solve a problem. */
function waysIntro(doc: AdrDocument, block: Block): boolean {
  const last = splitSentences(block.prose).at(-1) ?? '';
  if (CHOICE_QUESTION.test(last) || COUNTED_WAYS.test(last.trim())) return true;
  return (
    REMEDIES_INTRO.test(last) &&
    !PLAN_INTRO.test(last) &&
    doc.sections[block.section]?.effectiveKind !== 'outcome'
  );
}

/** The index of the first block from `from` on that is not code. */
function pastCode(blocks: Block[], from: number): number {
  let next = from;
  while (blocks[next]?.kind === 'code') next++;
  return next;
}

/**
 * "1. One endpoint per type", an example in a code block, "2. One endpoint with a parameter": a
 * numbered list split by the code each item shows. The code at `at` sits inside the list when the
 * next block that is not code is an item numbered on from `last`.
 */
function numberedOnAfter(blocks: Block[], at: number, last: Block | undefined): boolean {
  const number = /^(\d{1,2})[.)]$/u.exec(last?.marker ?? '')?.[1];
  if (!number || !last) return false;
  const item = blocks[pastCode(blocks, at)];
  return (
    item?.kind === 'listItem' &&
    item.depth === 0 &&
    item.section === last.section &&
    item.marker === `${Number(number) + 1}${last.marker?.slice(-1)}`
  );
}

/** "This has the advantage that ...", "It has the drawback that ...": a sentence about the item just shown. */
const ITEM_MERIT =
  /^(?:this|it|that) (?:has|gives|brings|offers) (?:the |an? )?(?:(?:main|big|added|extra) )?(?:(advantages?|benefits?|upsides?)|disadvantages?|drawbacks?|downsides?)\b/iu;

/**
 * The pro or con the paragraph right after an item's example code states about it: "2. One endpoint
 * per type", its code, then "This has the advantage that a wrong type can no longer be passed."
 */
function meritAfterCode(blocks: Block[], item: Block): Argument[] {
  const next = pastCode(blocks, item.index + 1);
  const after = blocks[next];
  if (next === item.index + 1 || after?.kind !== 'paragraph' || after.section !== item.section) return [];
  const merit = ITEM_MERIT.exec(after.prose);
  if (!merit) return [];
  return [{ text: after.text, polarity: merit[1] ? 'good' : 'bad', span: after.span, block: after.index }];
}

function listedCandidates(doc: AdrDocument, skip: Set<number>, decisionSentence: string, out: Builder) {
  doc.blocks.forEach((block, index) => {
    if (skip.has(index) || block.kind !== 'paragraph' || block.quoted) return;
    const labelled = optionsLabel(block) || waysIntro(doc, block);
    if (!labelled && !/:\s*$/.test(block.prose)) return;
    const items: Block[] = [];
    for (let next = index + 1; next < doc.blocks.length; next++) {
      const item = doc.blocks[next] as Block;
      if (item.kind === 'code' && numberedOnAfter(doc.blocks, next, items.at(-1))) continue;
      if (item.kind !== 'listItem' || item.section !== block.section) break;
      if (item.depth === 0) items.push(item);
    }
    if (items.length < 2) return;
    // "### Future work" / "Some possibilities include:": follow-ups for later, not candidates for this decision.
    if (LATER_WORK.test(doc.sections[block.section]?.title ?? '')) return;
    // Cases or steps after "The approaches taken are:" are sentences, not names of candidates.
    if (items.some((item) => NOT_A_NAME.test(optionName(item)))) return;
    // Without an intro that says so, a list of short names is a set of candidates when the
    // decision picks one of them: "Kubernetes, Mesos, Docker Swarm" → "use Kubernetes". A decision
    // that names several ("move X onto Y and remove Z") reworks an inventory, it does not pick.
    if (!labelled && !CANDIDATE_INTRO.test(block.prose) && !weighedList(doc, block, items)) {
      // "This will impact the following components:" lists what the change touches, whatever
      // the decision then says about one of them.
      if (INVENTORY_INTRO.test(block.prose)) return;
      if (!items.every(isShortName)) return;
      const named = items.filter((item) => namesOption(decisionSentence, optionName(item))).length;
      if (named !== 1) return;
    }
    for (const item of items) {
      // Nested bullets under a candidate say what is wrong or right with it.
      const nested = doc.blocks.filter((b) => isDescendant(b, item, doc.blocks));
      out.add({
        name: linkText(optionName(item)),
        span: item.span,
        source: 'list',
        description: [item.text, ...nested.map((b) => b.text)].join('\n'),
        arguments: meritAfterCode(doc.blocks, item),
        markedChosen: false,
        block: item.index,
      });
    }
  });
}

/** Between the names of an enumeration: "A, B and C", "A, B, or C". */
const LIST_SEPARATOR = /,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/u;

/** "Some top competitors in this space are GitLab CI/CD, CircleCI, TravisCI, and Jenkins." */
const INLINE_CANDIDATES =
  /\b(?:competitors|alternatives|options|contenders|candidates|other (?:tools|products|solutions|services|libraries|frameworks))\b[^.:;]{0,40}?\b(?:are|include|included|were|such as|like)\s+([^.;:]{3,200})/iu;

/**
 * "Popular CSS-in-JS libraries include Styled Components, Emotion and Styletron": products of one
 * kind named in the problem statement. They are the candidates when the decision then adopts one
 * of them ("To use Emotion"); "Our services include Billing and Search" followed by "move Search to
 * Kubernetes" adopts nothing, and a list the decision names twice or never is an inventory.
 */
const CATEGORY_ENUMERATION =
  /\b(?:libraries|frameworks|tools|databases|products|solutions|vendors|providers|engines|brokers|platforms|languages|implementations|packages|runtimes|services)\b[^.:;]{0,30}?\b(?:include|includes|included|such as|like|e\.g\.,?|namely)\s+([^.;:()]{3,200})/u;
const ADOPTS =
  /\b(?:use|using|adopt|adopting|choose|chose|pick|picked|go with|going with|went with|select|selected|standardi[sz]e on|opt for|opted for)\b/i;
const PRODUCT_NAME = /^(?:[A-Z0-9`]|[a-z]+[A-Z])/u;

function categoryCandidates(block: Block, decisionSentence: string, out: Builder): string[][] {
  const match = CATEGORY_ENUMERATION.exec(block.prose);
  if (!match || !ADOPTS.test(decisionSentence)) return [];
  const names = enumeratedNames(match[1] as string).map((name) => name.replace(/^(?:and|or)\s+/i, ''));
  if (names.length < 2 || !names.every((name) => PRODUCT_NAME.test(name))) return [];
  if (names.filter((name) => namesOption(decisionSentence, name)).length !== 1) return [];
  for (const name of names) addProse(out, name, block);
  return [names.map(optionKey)];
}

/** Words for the ways of doing a thing: "There are several ways to ship configuration." */
const WAYS_WORD =
  /\b(?:approaches|ways|strategies|techniques|mechanisms|methods|styles|options|alternatives|choices|solutions)\b/iu;

/** The names a sentence lists after its verb: "The common ones are A, B and C", "Most widely used are A, B and C". */
const WAYS_LISTED = /\b(?:are|include|such as|namely)\s+([^.;:]{3,200}?)\s*[.!]?$/iu;

/** A determiner before a name in a list: "a config service", "various analogues of X". */
const LEADING_DETERMINER = /^(?:a|an|the|various|different|several|some|many|other|plain)\s+/iu;

/**
 * "There are several ways to ship configuration to the pods. The common ones are environment
 * variables, mounted files and a config service.": the ways of doing a thing, named together in a
 * sentence that speaks of the ways or right after one. Alone that may only describe the field; they
 * are the candidates when the decision's opening sentence adopts exactly one of them by name ("We
 * will use mounted files"). Returns the list's option keys, so the decision picks it.
 */
function namedWays(block: Block, decisionSentence: string, out: Builder): string[][] {
  if (!ADOPTS.test(decisionSentence)) return [];
  const sentences = splitSentences(block.prose);
  for (const [at, sentence] of sentences.entries()) {
    if (!WAYS_WORD.test(sentence) && !WAYS_WORD.test(sentences[at - 1] ?? '')) continue;
    const listed = WAYS_LISTED.exec(sentence.replace(/\s*\([^()]*\)/gu, ''));
    if (!listed) continue;
    if (FUTURE_CANDIDATES.test(sentence)) continue;
    const names = enumeratedNames(
      (listed[1] as string)
        .replace(/\s+/g, ' ')
        .split(LIST_SEPARATOR)
        .map((name) => name.trim().replace(LEADING_DETERMINER, ''))
        .join(', '),
    );
    if (names.length < 2 || names.some((name) => proseName(name) !== name)) continue;
    if (names.filter((name) => namesOption(decisionSentence, name)).length !== 1) continue;
    for (const name of names) addProse(out, name, block);
    return [names.map(optionKey)];
  }
  return [];
}

/**
 * "Later we can consider other options like S3 or a KV store": candidates left for the future were
 * not weighed for this decision. Tried on the sentence before the candidates.
 */
const FUTURE_CANDIDATES =
  /\b(?:later|in (?:the )?future|future|eventually|down the (?:road|line)|(?:can|could|may|might|will) (?:\w+ )?(?:consider|explore|look at|look into|add|support|evaluate))\b/i;

/** Whether the sentence around `at` speaks of candidates left for later, read from its start up to `end`. */
function leftForLater(prose: string, at: number, end: number): boolean {
  const sentenceStart = prose.lastIndexOf('. ', at) + 1;
  return FUTURE_CANDIDATES.test(prose.slice(sentenceStart, end));
}

/**
 * The names of an enumeration ("GitLab CI/CD, CircleCI, and Jenkins"), or none when it is not one:
 * fewer than two names, or a name longer than a few words ("use caching to cut load or batch the
 * writes" is a clause).
 */
function enumeratedNames(list: string): string[] {
  const names = list
    .split(LIST_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name.length >= 2);
  return names.length >= 2 && names.every((name) => name.split(/\s+/).length <= 4) ? names : [];
}

/** The names of an enumeration ("Kafka, NATS and Pulsar"), or the phrase itself as one name. */
function namesOrWhole(phrase: string): string[] {
  const names = enumeratedNames(phrase);
  return names.length > 0 ? names : [phrase];
}

/** How a name opens in prose: a capital or a digit ("Kafka", "S3"), or a code mark left in the text. */
const NAME_START = /^[\p{Lu}\d`]/u;

/**
 * "Alternatives considered: logfmt (rejected: no Java encoder); free text (rejected because ...)":
 * a labelled run of alternatives, one per semicolon, each named before its parenthesis or colon.
 */
const LABELLED_ALTERNATIVES =
  /(?:^|[.!?]\s+)(?:other )?(?:alternatives|options)(?: considered| rejected)?:\s+([^\n]{3,600})/iu;

function labelledAlternatives(block: Block, out: Builder) {
  const match = LABELLED_ALTERNATIVES.exec(block.prose);
  if (!match || !(match[1] as string).includes(';')) return;
  for (const part of (match[1] as string).split(';')) {
    const name = /^\s*([^(:;]{3,60}?)\s*(?:\(|:|$)/u.exec(part)?.[1];
    if (name) addProse(out, name, block);
  }
}

/**
 * "Not chosen: Kafka, which needs a dedicated ops team.", "Rejected: NATS.": a line that opens with
 * a verdict label names the alternatives it turned down (capitalised, as names are), then perhaps why.
 */
export const VERDICT_LINE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:[*+-][ \t]+)?(?:\*\*|__)?(?:${TURNED_DOWN_VERDICT})(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+([^\n]{2,200})`,
  'giu',
);

function verdictLines(block: Block, out: Builder) {
  for (const match of allMatches(block.prose, VERDICT_LINE)) {
    // The names end where the line moves on to why: "Kafka and NATS \u2014 too heavy", "Kafka, which ...".
    const named = (
      (match[1] as string).split(
        /[.;:(]|\s[\u2013\u2014-]\s|,?\s+(?:which|because|since|as|due|given|both|they|it)\b/iu,
      )[0] ?? ''
    ).trim();
    if (!NAME_START.test(named) || GENERIC_PROPOSAL.test(named)) continue;
    for (const name of namesOrWhole(named)) addProse(out, name, block);
  }
}

/**
 * "We chose RabbitMQ over Kafka and NATS.", "We will use RabbitMQ over Kafka", "We prefer Redis to
 * Memcached.": a decision that names its choice (or points back at it: "we chose it over Kafka") and
 * the alternatives it beat in one sentence. Names are capitalised, as names are:
 * "over the next year", "over time" and "over 2,000 requests" name nothing, and a transport ("JSON
 * over HTTP") is how the choice travels, not what it beat.
 */
const NAME_REST = String.raw`(?:[\p{L}\p{N}+#/-]|\.(?=[\p{L}\p{N}]))*`;
const CAPITALISED_NAME = String.raw`\p{Lu}${NAME_REST}(?: [\p{Lu}\p{N}]${NAME_REST}){0,3}`;
const CHOSEN_OVER = new RegExp(
  String.raw`\b[Ww]e (?:have |had |will |also |eventually |ultimately |finally |then )*(?:(?:chose|picked|selected|favou?red|opted for|went with|decided on|choose|pick|select|go with|use|adopt)\s+(?:(${CAPITALISED_NAME})|it|this|that|them)\s+over|(?:prefer|preferred)\s+(${CAPITALISED_NAME})\s+(?:over|to))\s+(${CAPITALISED_NAME}(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)${CAPITALISED_NAME})*)`,
  'gu',
);

/** Ways a choice travels or is reached, read where a beaten alternative would stand. */
const TRANSPORT = /^(?:HTTPS?(?:\/\d)?|TCP|UDP|TLS|SSL|SSH|QUIC|VPN|IP|IPv[46]|AMQP|MQTT|SMTP)$/u;

function chosenOverAlternatives(block: Block, out: Builder) {
  for (const match of allMatches(block.prose, CHOSEN_OVER)) {
    // "we chose it over Kafka": the pronoun points back at the choice, named elsewhere; Kafka still lost.
    const chosen = match[1] ?? match[2];
    const beaten = (match[3] as string).split(LIST_SEPARATOR).map((name) => name.trim());
    if (beaten.some((name) => TRANSPORT.test(name))) continue;
    if (chosen) out.add(proseOption(chosen, block, true));
    for (const name of beaten) addProse(out, name, block);
  }
}

/**
 * "..., but PostgreSQL was chosen because it has the JSONB type.": the choice stated in the passive,
 * with its reason or what it beat. A thing picked by someone ("The region was chosen by the
 * customer") states no weighing, and a subject with an article or pronoun names no candidate. The
 * connective is tried only after a word, so a long run of spaces is scanned once.
 */
const PASSIVE_CHOICE = new RegExp(
  String.raw`(?:^|[.!?;]\s+|(?<=[^\s,]),?\s+(?:but|and|so)\s+)(?!(?:The|This|That|These|Those|It|Its|Our|Their|A|An)\b)(${CAPITALISED_NAME}) (?:was|is|has been) (?:eventually |ultimately |finally |then |therefore )?(?:chosen|selected|picked|preferred) (?:because|since|over|for its)\b`,
  'gu',
);

/**
 * Adds, marked chosen, the option each passive choice in the decision `block` names. Elsewhere such
 * a sentence may tell how an earlier choice came about, so only the decision's own words are read.
 */
function passiveChoices(block: Block, out: Builder) {
  for (const match of allMatches(block.prose, PASSIVE_CHOICE)) {
    const name = match[1] as string;
    if (proseName(name) === name) out.add(proseOption(name, block, true));
  }
}

/** The verbs that open a way: "use", "adopt", "go with". */
const WAY_VERB = '(?:use|adopt|choose|pick|go with|build on|run)';

/**
 * "We could use Redis, Memcached, or the database itself.": the ways open, enumerated with "or",
 * as a "Discussion" section weighs them in running prose; a "but" ends the list ("..., but we
 * will build our own").
 */
const COULD_USE = new RegExp(
  String.raw`\b(?:we|one) (?:could|can|might) (?:either )?${WAY_VERB}\s+([^.;:!?]{3,200}?)\s*(?:,?\s+but\b|[.;:!?]|$)`,
  'giu',
);

/**
 * The text after the ways a sentence offers or passes over and names `name` among ("We could use
 * LaunchDarkly or Unleash, but we will build our own" → ", but we will build our own"; "We chose
 * RabbitMQ over Kafka, because ..." → ", because ..."); null when it offers none.
 */
export function afterOfferedWays(sentence: string, name: string): string | null {
  const key = optionKey(name);
  for (const [pattern, group] of [
    [COULD_USE, 1],
    [CHOSEN_OVER, 3],
  ] as const) {
    for (const match of allMatches(sentence, pattern)) {
      if (namesKey(match[group] ?? '', key)) return sentence.slice(match.index + (match[0] as string).length);
    }
  }
  return null;
}

/** The verb repeated before a later name: "either use Redis or use Memcached". */
const REPEATED_VERB = new RegExp(String.raw`^${WAY_VERB}\s+`, 'iu');

/** Adds the ways each "we could use A, B, or C" in `block` opens and returns their option keys, so the decision may pick one. */
function couldUseCandidates(block: Block, out: Builder): string[][] {
  const lists: string[][] = [];
  for (const match of allMatches(block.prose, COULD_USE)) {
    if (leftForLater(block.prose, match.index, match.index)) continue;
    const list = match[1] as string;
    if (!/(?:,|\s)or\s+\S+/u.test(list)) continue;
    const names = enumeratedNames(list).map((name) => name.replace(REPEATED_VERB, ''));
    for (const name of names) addProse(out, name, block);
    if (names.length > 0) lists.push(names.map(optionKey));
  }
  return lists;
}

/**
 * "We considered Amazon SQS, RabbitMQ and Kafka.", "Options considered were A, B or C.": the
 * candidates weighed, named in one sentence.
 */
const CONSIDERED_LIST = [
  /\bwe (?:also |have |had |briefly |first )*(?:considered|evaluated|compared|looked at)\s+(?:using )?([^.;:!?]{3,200}?)\s*(?:[.;:!?]|$)/giu,
  /\b(?:the )?(?:options|alternatives|candidates) (?:we )?considered (?:were|are|included|include)\s+([^.;:!?]{3,200}?)\s*(?:[.;:!?]|$)/giu,
  /\b(?:the )?(?:options|alternatives|candidates) (?:were|are)\s+([^.;:!?]{3,200}?)\s*(?:[.;:!?]|$)/giu,
  /\bthere (?:are|were) (?:two|three|four|several|a few) (?:ways|options|alternatives|approaches|choices|candidates)\b[^.;:!?]{0,40}?:\s*([^.;:!?]{3,200}?)\s*(?:[.;!?]|$)/giu,
  // "We considered three places for sessions: the database, Redis, and signed cookies." The
  // yardsticks of a weighing ("We evaluated three criteria: cost, latency and effort") are no candidates.
  new RegExp(
    String.raw`\bwe (?:also |have |had |briefly |first )*(?:considered|evaluated|compared|looked at) (?:two|three|four|five|several|a few|a number of) (?![^.;:!?]{0,60}?\b(?:${YARDSTICKS})\b)[^.;:!?]{2,60}?:\s*([^.;:!?]{3,200}?)\s*(?:[.;!?]|$)`,
    'giu',
  ),
];

/**
 * Adds each name of the candidate lists in `block` and returns the lists' option keys, so a decision
 * that names one of them picks it. A list with any name that names nothing ("whether to use A or B",
 * "how the logs and metrics look") is no list of candidates.
 */
function consideredCandidates(block: Block, out: Builder): string[][] {
  const lists: string[][] = [];
  for (const pattern of CONSIDERED_LIST) {
    for (const match of allMatches(block.prose, pattern)) {
      if (leftForLater(block.prose, match.index, match.index)) continue;
      const names = enumeratedNames(match[1] as string);
      if (names.length === 0 || !names.every((name) => proseName(name) === name)) continue;
      for (const name of names) addProse(out, name, block);
      lists.push(names.map(optionKey));
    }
  }
  return lists;
}

/**
 * The one option of a "we considered A, B and C" list that the decision's opening sentence names
 * after words that state a choice ("We will use Amazon SQS because ..."); null when it names none,
 * several, or turns the one it names away.
 */
function consideredChoice(
  outcomeBlocks: Block[],
  options: ConsideredOption[],
  lists: string[][],
): ChosenOption | null {
  const led = afterDecisionLead(outcomeBlocks);
  if (!led) return null;
  const sentence = ` ${optionKey(firstSentence(led.rest))} `;
  // "We will use SQS, not RabbitMQ": a name a few words after a turning-down word is no choice.
  const turnedDown = (key: string) => namedSoonAfter(`${TURNED_DOWN.source} `, sentence, key, 'i');
  const named = [...new Set(lists.flat())].filter((key) => sentence.includes(` ${key} `) && !turnedDown(key));
  const distinct = named.filter((key) => !named.some((other) => other !== key && other.includes(key)));
  if (distinct.length !== 1) return null;
  const index = options.findIndex((o) => o.key === distinct[0]);
  return index >= 0
    ? chosenIn(led.opening, (options[index] as ConsideredOption).name, index, 'outcome-mention')
    : null;
}

function inlineCandidates(block: Block, out: Builder) {
  const match = INLINE_CANDIDATES.exec(block.prose);
  if (!match) return;
  const list = match[1] as string;
  if (leftForLater(block.prose, match.index, match.index + match[0].length - list.length)) return;
  for (const name of enumeratedNames(list)) addProse(out, name, block);
}

/**
 * "The usual approaches in C++ are exceptions, error codes, and result types.": the ways of doing a
 * thing, named together. Alone that may only describe the field; the record has weighed them when
 * it argues at least two of them elsewhere, each opening a sentence or item of its own ("Error codes
 * make it harder to ...", "Result types have no standard implementation ...").
 */
const NAMED_APPROACHES =
  /\b(?:approaches|ways|strategies|techniques|mechanisms|patterns|methods|models|solutions|choices)\b[^.:;]{0,40}?\b(?:are|were|include|included)\s+([^.;:]{3,200})/iu;

function arguedApproaches(doc: AdrDocument, block: Block, out: Builder) {
  const match = NAMED_APPROACHES.exec(block.prose);
  if (!match) return;
  const list = match[1] as string;
  if (leftForLater(block.prose, match.index, match.index + match[0].length - list.length)) return;
  const names = enumeratedNames(list).filter((name) => proseName(name) === name);
  const openings = doc.blocks
    .filter((b) => b !== block && (b.kind === 'paragraph' || b.kind === 'listItem'))
    .flatMap((b) => splitSentences(b.prose).map((sentence) => ` ${optionKey(sentence)} `));
  const argued = names.filter((name) => {
    const key = optionKey(name);
    return key.length >= 3 && openings.some((opening) => opening.startsWith(` ${key} `));
  });
  if (argued.length < 2) return;
  for (const name of names) addProse(out, name, block);
}

const COMPARES = /\b(?:compar\w*|pros and cons|trade-?offs?|versus|vs\.?|advantages and disadvantages)\b/i;

/** Column heads of a table that describes fields or data, not candidates. */
const DATA_COLUMN =
  /^(?:names?|types?|descriptions?|values?|defaults?|examples?|notes?|comments?|status|required|fields?|keys?|json|yaml|units?|versions?|ids?|details?)$/i;

/**
 * The head of a decision matrix's first column, the criteria the columns are weighed on:
 * "Criterion", "Criteria (weight)", "Decision driver". In an options section, where every table
 * weighs candidates, "Aspect", "Feature", "Requirement" and the like head it too.
 */
const CRITERIA_HEAD = /^(?:criteri(?:on|a)|decision (?:drivers?|criteri(?:on|a)))\b[^|]{0,30}$/i;
const CRITERIA_HEAD_IN_OPTIONS =
  /^(?:aspects?|features?|requirements?|qualit(?:y|ies)|dimensions?|factors?|categor(?:y|ies)|capabilit(?:y|ies)|concerns?|attributes?|characteristics?|properties|considerations?|drivers?)\b[^|]{0,30}$/i;

/**
 * A comparison table that puts the candidates in its columns: two or more named columns, a
 * criterion ("maintenance", "Pros", "Cons") at the head of each row, and a top-left cell that is
 * empty or names the criteria. Outside an options section the table must also weigh: carry
 * Pros/Cons rows, name its first column "Criteria", or follow a sentence that says it compares.
 * Cells in a Pros or Cons row are that column's arguments. Returns whether the columns were read.
 */
function columnCandidates(doc: AdrDocument, index: number, inOptions: boolean, out: Builder): boolean {
  const head = doc.blocks[index] as Block;
  if (head.kind !== 'tableRow' || head.rowIndex !== 0 || head.quoted) return false;
  const cells = head.cells ?? [];
  const names = cells.slice(1);
  const corner = (cells[0] ?? '').replace(/[*_`]+/g, '').trim();
  const namesCriteria = CRITERIA_HEAD.test(corner) || (inOptions && CRITERIA_HEAD_IN_OPTIONS.test(corner));
  if ((corner !== '' && !namesCriteria) || names.length < 2) return false;
  if (names.some((n) => !n.trim() || n.length > 60 || DATA_COLUMN.test(n.trim()))) return false;
  const rows: Block[] = [];
  for (let next = index + 1; next < doc.blocks.length; next++) {
    const row = doc.blocks[next] as Block;
    if (row.kind !== 'tableRow' || (row.rowIndex ?? 0) === 0) break;
    rows.push(row);
  }
  if (rows.length < 2 || rows.some((r) => !(r.cells?.[0] ?? '').trim())) return false;
  // An overview of products ("Market overview") is not a weighing of candidates.
  const intro = doc.blocks[index - 1];
  const weighs =
    inOptions ||
    namesCriteria ||
    rows.some((r) => GOOD_LABEL.test(r.cells?.[0] ?? '') || BAD_LABEL.test(r.cells?.[0] ?? '')) ||
    (intro?.kind === 'paragraph' && intro.section === head.section && COMPARES.test(intro.prose));
  if (!weighs) return false;
  names.forEach((name, column) => {
    const cellOf = (row: Block) => (row.cells?.[column + 1] ?? '').trim();
    const args = rows.flatMap((row) => {
      const label = row.cells?.[0] ?? '';
      const polarity: Polarity | null = GOOD_LABEL.test(label)
        ? 'good'
        : BAD_LABEL.test(label)
          ? 'bad'
          : null;
      return polarity && cellOf(row)
        ? [{ text: cellOf(row), polarity, span: row.span, block: row.index }]
        : [];
    });
    out.add({
      name: name.replace(CHOSEN_MARK, '').trim(),
      span: head.span,
      source: 'table',
      description: rows.map((row) => `${row.cells?.[0] ?? ''}: ${cellOf(row)}`).join('\n'),
      arguments: args,
      markedChosen: CHOSEN_MARK.test(name),
      block: index,
    });
  });
  return true;
}

/** Comparison tables outside the options sections that put the candidates in their columns. */
function comparisonColumns(doc: AdrDocument, skip: Set<number>, out: Builder) {
  for (let index = 0; index < doc.blocks.length; index++)
    if (!skip.has(index)) columnCandidates(doc, index, false, out);
}

/**
 * "Kafka and NATS were also considered.": a passive sentence that names alternatives and says nothing
 * else. "Security was also considered." and "Cost and latency were also considered." name concerns
 * weighed, not alternatives, so the names must read as names (see namesProducts).
 */
export const ALSO_CONSIDERED =
  /(?:^|[.!?]\s+)([^.;:()!?\n]{2,80}?) (?:was|were) (?:also |briefly |initially )?(?:considered|evaluated|compared)(?: as well)?\s*(?:[.!]|$)/gu;

/** A name's own shape, which no common word has: "RabbitMQ", "NATS", "S3", "Node.js", "C++". */
const PRODUCT_SHAPE = /\p{Ll}\p{Lu}|\p{Lu}{2}|\p{L}\d|\.\p{L}|[+#]/u;

/** Endings of words for qualities and concerns: "Security", "Performance", "Latency", "Deployment". */
const CONCERN_WORD = /(?:ity|ance|ence|ness|ment|tion|sion|ship|ing|cy|ability)$/iu;

/**
 * Whether `names`, opening a sentence, read as product or technology names: every word capitalised;
 * each name after the first capitalised mid-sentence, of a product's shape, or a single word. The
 * first stands at the sentence's start, where any word is capitalised, so it needs a product's
 * shape, or to be written capitalised mid-sentence elsewhere in the record; or else, beside other
 * names, to be no concern word and never written in lower case ("Kafka and NATS", "Mocha and
 * Jest", not "Cost and SLA" in a record that speaks of cost). A plain word beside it is held to the
 * same: "Security and Performance" and "Speed and Cost" weigh concerns, not products.
 */
function namesProducts(doc: AdrDocument, names: string[]): boolean {
  if (!names.every((name) => name.split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word)))) return false;
  const [first, ...rest] = names as [string, ...string[]];
  if (PRODUCT_SHAPE.test(first)) return true;
  const prose = doc.blocks.map((b) => b.prose).join('\n');
  if (new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(first)}\\b`, 'u').test(prose)) return true;
  const plain = [first, ...rest.filter((name) => !PRODUCT_SHAPE.test(name))];
  return (
    rest.length > 0 &&
    rest.every((name) => PRODUCT_SHAPE.test(name) || !/\s/.test(name)) &&
    !plain.some(weighsConcerns) &&
    !plain.some((name) => new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`, 'u').test(prose))
  );
}

/**
 * Adds the alternatives a passive sentence names in `block`; returns the option keys of each that
 * names several ("Mocha and Jest were evaluated."), so a decision that names one of them picks it.
 */
function alsoConsidered(doc: AdrDocument, block: Block, out: Builder): string[][] {
  const lists: string[][] = [];
  for (const match of allMatches(block.prose, ALSO_CONSIDERED)) {
    const phrase = (match[1] as string).trim();
    const all = namesOrWhole(examplesOrWhole(phrase));
    if (all.some((name) => proseName(name) !== name || GENERIC_PROPOSAL.test(name))) continue;
    if (!namesProducts(doc, all)) continue;
    for (const name of all) addProse(out, name, block);
    if (all.length > 1) lists.push(all.map(optionKey));
  }
  return lists;
}

/** The paragraphs and items whose prose may name alternatives, with the kind of their section. */
function proseBlocks(
  doc: AdrDocument,
  skip: Set<number>,
): { block: Block; kind: Section['effectiveKind'] | undefined }[] {
  return doc.blocks.flatMap((block) => {
    if (skip.has(block.index) || block.quoted) return [];
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') return [];
    const kind = doc.sections[block.section]?.effectiveKind;
    return kind === 'links' || kind === 'status' ? [] : [{ block, kind }];
  });
}

/** Adds the alternatives `patterns` (of PROSE_ALTERNATIVE) name in `block`; returns the lists named together. */
function namedInProse(
  doc: AdrDocument,
  block: Block,
  kind: Section['effectiveKind'] | undefined,
  patterns: RegExp[],
  out: Builder,
): string[][] {
  const lists: string[][] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    if (CONTRASTS.has(pattern) && kind === 'consequences') continue;
    // "continuing JSON-RPC versus implementing gRPC" in the context weighs both sides, the winner
    // among them; only the decision's "X vs Y" sets the loser beside its choice.
    if (pattern === VERSUS && kind !== 'outcome') continue;
    for (const match of allMatches(block.prose, pattern)) {
      const deferred = pattern === DEFERRED_MOVE || pattern === MOVE_DEFERRED;
      const named = examplesOrWhole(match[1] as string);
      const name = deferred ? named.replace(DEFERRED_FOR, '') : named;
      if (deferred && DEFERRED_TO_A_TIME.test(name)) continue;
      if (pattern === RATHER_THAN && contrastsAction(doc, block, name)) continue;
      if ((pattern === RATHER_THAN || pattern === INSTEAD_OF) && BEHAVIOUR_CONTRASTED.test(name)) continue;
      if (pattern === PASSIVE_THEN_CHOICE && weighsConcerns(name)) continue;
      // Prose leaves a gap where a code span stood: "instead of `v1.2` as for ..." names code,
      // and the words after the gap are not the alternative.
      if (/\s{2,}$/.test(match[0].slice(0, match[0].lastIndexOf(name)))) continue;
      const names = namedTogether(name);
      if (names.length === 0) {
        addProse(out, name, block);
        continue;
      }
      // "We will not use Kafka or NATS; we will use RabbitMQ": each name is an alternative, and the
      // decision may state its choice after them.
      for (const each of names) addProse(out, each, block);
      lists.push(names.map(optionKey));
    }
  }
  return lists;
}

/**
 * Adds the alternatives the comparisons in passing name (see PASSING_CONTRASTS); returns the lists
 * named together.
 */
function passingContrasts(doc: AdrDocument, skip: Set<number>, out: Builder): string[][] {
  return proseBlocks(doc, skip).flatMap(({ block, kind }) =>
    namedInProse(doc, block, kind, [...PASSING_CONTRASTS], out),
  );
}

/**
 * "Replace go-bindata with packr2", "Migrate from Jenkins to GitHub Actions": a title that names what
 * the decision moves away from, the status quo the record weighs against its choice.
 */
const TITLE_REPLACES =
  /^(?:replac(?:e|ing)|swap(?:ping)?(?: out)?|switch(?:ing)? from|migrat(?:e|ing|ion) from|mov(?:e|ing) (?:away )?from|transition(?:ing)? from)\s+(.{2,60}?)\s+(?:with|by|for|to)\s+\S/iu;
/** A title's number: "12. ", "ADR-004: ". */
const TITLE_NUMBER = /^\s*(?:(?:adr|rfc)[\s-]*)?\d+[.:)]?\s*[-:\u2013\u2014]?\s*/iu;

/**
 * Adds the options prose names outright, comparisons in passing aside; returns the "we considered
 * A, B and C" lists among them.
 */
function proseAlternatives(
  doc: AdrDocument,
  skip: Set<number>,
  decisionSentence: string,
  out: Builder,
): string[][] {
  const consideredLists: string[][] = [];
  listedCandidates(doc, skip, decisionSentence, out);
  comparisonColumns(doc, skip, out);
  const title = doc.title?.text ?? '';
  const titleAlternative =
    /\b(?:instead of|rather than|over|vs\.?|versus)\s+(.{3,80})$/i.exec(title) ??
    TITLE_REPLACES.exec(title.replace(TITLE_NUMBER, ''));
  const titleBlock = doc.blocks[0];
  // "CloudFormation over Terraform" over the listed "HashiCorp Terraform": the title's short form of
  // a listed option is that option, not one more.
  const titleName = titleAlternative ? (titleAlternative[1] as string) : '';
  if (titleAlternative && titleBlock && overlapIndex(out.options, titleName) < 0)
    addProse(out, titleName, titleBlock);
  for (const { block, kind } of proseBlocks(doc, skip)) {
    consideredLists.push(...namedInProse(doc, block, kind, NAMED_OUTRIGHT, out));
    consideredLists.push(...consideredCandidates(block, out));
    consideredLists.push(...alsoConsidered(doc, block, out));
    labelledAlternatives(block, out);
    verdictLines(block, out);
    rejectedAlternatives(block, out);
    supersededProposals(block, out);
    if (kind !== 'consequences') {
      hypotheticalAlternatives(block, out);
      givenUpInFavour(block, out);
      improvedOnByPronoun(block, out);
    }
    if (kind === 'outcome') {
      chosenOverAlternatives(block, out);
      passiveChoices(block, out);
    }
    inlineCandidates(block, out);
    arguedApproaches(doc, block, out);
    if (kind === 'context' || kind === 'drivers' || kind === undefined || kind === null) {
      consideredLists.push(...categoryCandidates(block, decisionSentence, out));
      consideredLists.push(...namedWays(block, decisionSentence, out));
    }
    consideredLists.push(...couldUseCandidates(block, out));
    if (kind !== 'consequences') consideredLists.push(...eitherWays(block, out));
    if (STATUS_QUO.test(block.prose)) {
      out.add(proseOption('Do nothing', block));
    }
    const labelled = OPTION_PREFIX.exec(block.leadStrong ? `${block.leadStrong} ` : block.prose.slice(0, 30));
    if (labelled && block.kind === 'paragraph') {
      const rest = block.prose.replace(
        /^\s*(?:option|alternative|approach|solution)\s*(?:\d+|[a-z]\b|#\d+)\s*[:.)–—-]\s*/iu,
        '',
      );
      addProse(out, rest.split(/[\n.]/)[0] ?? rest, block);
    }
    const whether = WHETHER_OR.exec(block.prose);
    // "whether deleting or modifying objects is allowed or not" joins two words of one question, not two ways.
    if (
      whether &&
      (whether[1] as string).trim().split(/\s+/).length >= 2 &&
      !/^not\b|\bor not\b/i.test((whether[2] as string).trim())
    ) {
      addProse(out, whether[1] as string, block);
      addProse(out, whether[2] as string, block);
      // The two ways a question weighs are candidates a decision may pick by name, like a considered list's.
      const names = [whether[1] as string, whether[2] as string].map(proseName);
      if (names.every((name) => name !== null))
        consideredLists.push(names.map((name) => optionKey(name as string)));
    }
    const enumerated = ENUMERATED.exec(block.prose);
    if (enumerated) {
      addProse(out, enumerated[1] as string, block);
      addProse(out, enumerated[2] as string, block);
    }
  }
  return consideredLists;
}

/**
 * A Y-statement (Zdun et al., "Sustainable architectural decisions"): "In the context of ..., facing
 * ..., we decided for X and neglected Y, to achieve ..., accepting that ...". One sentence names the
 * choice, the options that lost, what the choice gains and the price it accepts.
 */
// "we decided to prefer X and neglected Y": the verb of preference states the same choice.
const Y_DECIDED_FOR =
  /\b(?:decided (?:for|in favou?r of|to (?:prefer|use|adopt|choose|go with)))\s+([^,.;]{2,120}?)(?=\s*,|\s+and\s+(?:neglected|against)\b|\s+over\b|\s*[.;]|\s*$)/iu;
const Y_NEGLECTED =
  /^\s*,?\s*(?:and\s+)?(?:neglected|neglecting|against|over)\s+([^.;]{2,200}?)(?=\s*,\s*(?:(?:in order )?to achieve|so that|accepting|because)\b|\s*[.;]|\s*$)/iu;
const Y_ACHIEVE =
  /\b(?:in order )?to achieve\s+([^.;]{3,300}?)(?=\s*,\s*accepting\b|,?\s+because\b|\s*[.;]|\s*$)/iu;
const Y_ACCEPTING = /\baccepting\s+(?:that\s+)?([^.;]{3,300}?)(?=,?\s+because\b|\s*[.;]|\s*$)/iu;

/**
 * Reads the Y-statements of a record. A statement may be one sentence or spread over the lines of a
 * list ("- we decided for X", "- and neglected Y", "- accepting that ..."), so each section's prose is
 * read as one text. Only a sentence that also names the options that lost or the price accepted counts:
 * "we decided for X" alone is an ordinary decision, left to the other readers. The chosen option is
 * added as marked, with what it achieves as its pro and what it accepts as its con.
 */
function yStatements(doc: AdrDocument, skip: Set<number>, out: Builder): void {
  const groups = doc.sections
    .filter((s) => s.effectiveKind !== 'links' && s.effectiveKind !== 'status')
    .map((s) => s.blocks.map((i) => doc.blocks[i] as Block));
  // A record may be the Y-statement alone, written under its title before any heading.
  groups.push(doc.blocks.filter((b) => b.section === -1));
  for (const group of groups) {
    const blocks = group.filter(
      (b) => !skip.has(b.index) && !b.quoted && (b.kind === 'paragraph' || b.kind === 'listItem'),
    );
    const starts: number[] = [];
    let text = '';
    for (const block of blocks) {
      starts.push(text.length);
      text += `${block.prose.replace(/\s+/g, ' ').trim()} `;
    }
    const decided = Y_DECIDED_FOR.exec(text);
    if (!decided) continue;
    const after = text.slice(decided.index + decided[0].length);
    const neglected = Y_NEGLECTED.exec(after);
    const accepted = Y_ACCEPTING.exec(after);
    if (!neglected && !accepted) continue;
    let at = 0;
    while (at + 1 < starts.length && (starts[at + 1] as number) <= decided.index) at++;
    const block = blocks[at] as Block;
    const achieved = Y_ACHIEVE.exec(after);
    const argument = (clause: RegExpExecArray | null, polarity: Polarity): Argument[] =>
      clause ? [{ text: (clause[1] as string).trim(), polarity, span: block.span, block: block.index }] : [];
    out.add({
      name: (decided[1] as string).trim(),
      span: block.span,
      source: 'prose',
      description: text.trim(),
      arguments: [...argument(achieved, 'good'), ...argument(accepted, 'bad')],
      markedChosen: true,
      block: block.index,
    });
    for (const name of (neglected?.[1] ?? '').split(LIST_SEPARATOR)) addProse(out, name, block);
  }
}

// A bare number is a name too: "Chosen option 2. Object storage is cheap", "Chosen option 1: **…**".
const MADR_CHOSEN =
  /\bchosen (?:option|alternative)s?\s*:?\s*(?:\[|["“'`*_]+)?(\d{1,2}(?=[.,;:]?(?:\s|$))|[^"”'`*_\]]{2,120}?)(?:\]|["”'`*_]+)?\s*(?:[,.;]|(?<=\d):|$|(?<=\s)because\b|(?<=\s)\()/imu;

/**
 * The quoted form, read up to its closing quote: "Multi-packages, monorepo, with Yarn and Lerna"
 * keeps its commas, and a name wrapped onto the next line keeps its second line.
 */
const MADR_CHOSEN_QUOTED =
  /\bchosen (?:option|alternative)s?\s*:?\s*(?:\*\*|__)?["“]((?:[^"”\n]|\n(?![ \t]*\n)){2,160})["”]/imu;

/** MADR's "Chosen option" line in `text`: the quoted form first, so a quoted name keeps its commas. */
function chosenLine(text: string): RegExpExecArray | null {
  return MADR_CHOSEN_QUOTED.exec(text) ?? MADR_CHOSEN.exec(text);
}

/** The words before the chosen option's name: "Chosen option:". */
const CHOSEN_LEAD = /^chosen (?:option|alternative)s?\s*:?/iu;

/** 'Chosen option: "[option 1]"', 'Chosen option: "{title of option 1}"': the template's line, not yet a choice. */
function isUnfilledChoice(match: RegExpExecArray): boolean {
  return isPlaceholderOnly(match[0].replace(CHOSEN_LEAD, ''));
}

/** The record keeps its template's "Chosen option" line unfilled: it states no choice at all. */
function choiceLeftUnfilled(blocks: Block[]): boolean {
  return blocks.some((b) => {
    const match = chosenLine(b.text);
    return match !== null && isUnfilledChoice(match);
  });
}

/** Words before an option's name in the decision that reject it (matched on normalised text). */
const TURNED_AWAY =
  / (?:avoid|avoiding|instead of|rather than|over|not|no longer|stop|stops|stopping|drop|dropping|replace|replacing|than|deprecate|remove|abandon|abandoning|retire|retiring|phase out|phasing out|ditch|ditching|get rid of|getting rid of|(?:move|moving|migrate|migrating|switch|switching) away from) /;

/**
 * Whether the normalised `text` names `key` at most three words after a match of `lead`, a
 * pattern's source that ends at a word break. Keys are normalised to words and spaces, so they go
 * into the pattern as they are.
 */
function namedSoonAfter(lead: string, text: string, key: string, flags = ''): boolean {
  return new RegExp(`${lead}(?:\\w+ ){0,3}${key} `, flags).test(text);
}

/** Whether the normalised `text` turns away from the option named `key` a few words on: "avoid the old CountDownLatch". */
function turnsAwayFrom(text: string, key: string): boolean {
  return namedSoonAfter(TURNED_AWAY.source, text, key);
}

/** The first line of an option as written, where its short forms stand: "Amazon MQ (RabbitMQ)". */
function writtenFirstLine(doc: AdrDocument, option: ConsideredOption): string {
  return doc.text.slice(option.span.offset, option.span.endOffset).split('\n')[0] ?? '';
}

/**
 * The option a chosen name refers to: the same name, else the longest option name it starts with
 * ("Monorepo, with Lerna" is "Monorepo", not "Mono"), else an option whose name starts with it.
 */
function chosenIndex(options: ConsideredOption[], key: string): number {
  const same = options.findIndex((o) => o.key === key || sameOption(o.key, key));
  if (same >= 0) return same;
  let best = -1;
  options.forEach((o, i) => {
    if (key.startsWith(o.key) && o.key.length > (options[best]?.key.length ?? 0)) best = i;
  });
  // A single letter ("Chosen option: B") is a label, not the start of "Build our own".
  if (best >= 0 || key.length < 2) return best;
  return options.findIndex((o) => o.key.startsWith(key));
}

/**
 * The one option written with `name` as its short form in parentheses: "SQS" for "Amazon Simple
 * Queue Service (SQS)", read on the option's own first line; -1 when none or several are.
 */
function aliasIndex(doc: AdrDocument, options: ConsideredOption[], name: string): number {
  const alias = `(${name.trim().toLowerCase()})`;
  const written = options.flatMap((o, i) => {
    return writtenFirstLine(doc, o).toLowerCase().includes(alias) ? [i] : [];
  });
  return written.length === 1 ? (written[0] as number) : -1;
}

/** A parenthesised part that is a name of its own: "(RabbitMQ)", "(Amazon MQ)", not "(hosted search)" or "(e.g. Redis)". */
const PROPER_NAME = /^(?:[\p{Lu}\d][^\s]*)(?:\s+[\p{Lu}\d][^\s]*){0,3}$/u;

/**
 * The names an option goes by besides its whole key: the name in parentheses right after it
 * ("RabbitMQ" for "Amazon MQ (RabbitMQ)") and the part before a comma ("Algolia" for "Algolia,
 * hosted"). A name another option's names also hold ("Postgres" in "Managed Postgres" and
 * "Self-hosted Postgres") names neither, so it is left out.
 */
function otherNames(doc: AdrDocument, options: ConsideredOption[]): string[][] {
  const own = options.map((o) => {
    if (!isListedOption(o)) return [];
    const names: string[] = [];
    const line = writtenFirstLine(doc, o);
    const paren = /\(([^()]{2,60})\)/u.exec(line);
    if (
      paren &&
      optionKey(line.slice(0, paren.index)).endsWith(o.key) &&
      PROPER_NAME.test((paren[1] as string).trim())
    )
      names.push(optionKey(paren[1] as string));
    const head = /^([^,]+),/u.exec(o.name);
    if (head) names.push(optionKey(head[1] as string));
    return names.filter((n) => n && n !== o.key && n.split(' ').some((w) => w.length >= 3 && !FILLER.has(w)));
  });
  const every = options.map((o, i) => (isListedOption(o) ? [o.key, ...(own[i] as string[])] : []));
  return own.map((names, i) =>
    names.filter((n) =>
      every.every((others, j) => j === i || others.every((k) => !` ${k} `.includes(` ${n} `))),
    ),
  );
}

/**
 * The one listed option `text` names by its whole name or another name it goes by, read with the
 * parentheses kept: "a managed RabbitMQ cluster (Amazon MQ)" names "Amazon MQ (RabbitMQ)" twice
 * over. -1 when none is named, or when two are.
 */
function namedByAnyName(doc: AdrDocument, options: ConsideredOption[], text: string): number {
  const words = ` ${normalizeName(text)} `;
  const names = otherNames(doc, options);
  const named = options.flatMap((o, i) => {
    if (!isListedOption(o)) return [];
    const hits = [o.key, ...(names[i] as string[])].filter(
      (n) => words.includes(` ${n} `) && !turnsAwayFrom(words, n),
    );
    return hits.length > 0 ? [i] : [];
  });
  return named.length === 1 ? (named[0] as number) : -1;
}

/**
 * The choice the decision names by another name of an option ("We will use a managed RabbitMQ
 * cluster (Amazon MQ)"): first in the sentence that states the choice, else in the whole decision.
 */
function otherNameChoice(
  doc: AdrDocument,
  outcomeBlocks: Block[],
  options: ConsideredOption[],
): ChosenOption | null {
  const led = afterDecisionLead(outcomeBlocks);
  const opening = led?.opening ?? openingBlock(outcomeBlocks);
  if (!opening) return null;
  const sentence = led ? led.sentence : firstSentence(opening.prose);
  for (const text of [sentence, outcomeBlocks.map((b) => b.prose).join(' ')]) {
    const i = namedByAnyName(doc, options, text);
    if (i >= 0) return chosenIn(opening, (options[i] as ConsideredOption).name, i, 'outcome-mention');
  }
  return null;
}

/**
 * A sentence that puts an option off for later ("We should also revisit AWS RDS Proxy ...",
 * "Consider migrating the data in LocalStorage ..."): it names an option without choosing it.
 */
const DEFERRED_SENTENCE =
  /^(?:we (?:should|could|may|might|can) (?:also |later |still )?|later,? (?:we )?)?(?:consider|revisit|re-?evaluate|reconsider)\b/i;

/** `prose` without its sentences that put an option off for later. */
function withoutDeferred(prose: string): string {
  return splitSentences(prose)
    .filter((s) => !DEFERRED_SENTENCE.test(s.trim()))
    .join(' ');
}

/** Words that say what kind of thing an option is, not which one: shared by names of different options. */
const GENERIC_NAME_WORDS = new Set([
  'option',
  'approach',
  'solution',
  'alternative',
  'using',
  'use',
  'based',
]);

/**
 * The one listed option a differently worded name points to by the words they share: "AWS Lambda
 * function" for "Serverless function using Lambda". A shared word counts only when no other option
 * holds it ("function" in two options tells them apart no more than "the"), and the match must have
 * more shared words than any other option, so a weak or even overlap links nothing; -1 then.
 */
function overlapIndex(options: ConsideredOption[], name: string): number {
  const contentWords = (key: string) =>
    key.split(' ').filter((w) => w.length >= 3 && !FILLER.has(w) && !GENERIC_NAME_WORDS.has(w));
  const listed = options.map((o) =>
    isListedOption(o) ? new Set(contentWords(o.key).map(wordRoot)) : new Set<string>(),
  );
  const wanted = new Set(contentWords(optionKey(name)).map(wordRoot));
  const shared = listed.map((roots) => [...wanted].filter((w) => roots.has(w)));
  const distinctive = shared.map((words, i) =>
    words.filter((w) => listed.every((roots, j) => j === i || !roots.has(w))),
  );
  const withDistinctive = distinctive.flatMap((words, i) => (words.length > 0 ? [i] : []));
  if (withDistinctive.length !== 1) return -1;
  const best = withDistinctive[0] as number;
  const most = (shared[best] as string[]).length;
  return shared.every((words, i) => i === best || words.length < most) ? best : -1;
}

/**
 * A heading that states the choice ("### Decision Outcome: AWS Lambda function"), linked to the
 * option it names, by its name or by the words it shares with one.
 */
function headingChoice(doc: AdrDocument, options: ConsideredOption[]): ChosenOption | null {
  for (const section of doc.sections) {
    if (section.effectiveKind !== 'outcome') continue;
    const name = OUTCOME_TITLE.exec(section.title)?.[1]?.trim();
    if (!name) continue;
    const key = optionKey(name);
    let index = chosenIndex(options, key);
    if (index < 0) index = namedByAnyName(doc, options, name);
    if (index < 0) index = overlapIndex(options, name);
    if (index < 0) continue;
    return {
      name: (options[index] as ConsideredOption).name,
      span: section.span,
      option: index,
      source: 'outcome-mention',
      statement: section.title,
      block: -1,
    };
  }
  return null;
}

/** A name that is only a label: "B", "(3)", "Option 2". */
const LABEL_ONLY = /^(?:option |alternative )?#?\(?(?:\d{1,2}|[a-z])\)?[,.;:]?$/iu;

/**
 * The option a name in a "Chosen option" line stands for, by its label ("B", "(3)", "Option 2"), its
 * name, the start of its name, or its short form in parentheses; -1 when none.
 */
function chosenNameIndex(doc: AdrDocument, options: ConsideredOption[], name: string): number {
  // "Chosen option: B" names the option labelled B, not one whose name starts with a b.
  const letter = /^(?:option |alternative )?([A-Za-z])[,.;:]?$/iu.exec(name)?.[1];
  const lettered = letter ? letterIndex(options, letter) : -1;
  if (lettered >= 0) return lettered;
  // "Chosen option: (3)" names the option numbered 3, as the list or the lines number them.
  const number = /^(?:option |alternative )?#?\(?(\d{1,2})\)?[,.;:]?$/iu.exec(name)?.[1];
  const numbered = number ? numberIndex(doc, options, number) : -1;
  if (numbered >= 0) return numbered;
  const index = chosenIndex(options, optionKey(name));
  return index >= 0 ? index : aliasIndex(doc, options, name);
}

/** Words that join the parts of one combined choice: "A + B", "A and B", "A together with B". */
const CHOICE_JOINER = String.raw`(?:\+|&|and|plus|together with|combined with|along with)`;
const JOINED_PARTS = new RegExp(String.raw`\s+${CHOICE_JOINER}\s+`, 'iu');
/** A further quoted name after a chosen one: 'Chosen options: "A" and "B"', '"A" + "B"'. */
const JOINED_QUOTED = new RegExp(
  String.raw`^\s*${CHOICE_JOINER}\s*(?:\*\*|__)?["\u201C]([^"\u201D\n]{2,160})["\u201D]`,
  'iu',
);

/**
 * The options of a combined choice, the first one first: "Chosen option: Option 1 + Option 4",
 * 'Chosen options: "Blue-green deploys" and "Canary releases"'. Every part must name an option of its
 * own, so a name that merely holds "and" ("Build and deploy with Actions") is one option; null when
 * the line names one option or a part names none.
 */
function combinedChoice(
  doc: AdrDocument,
  options: ConsideredOption[],
  name: string,
  after: string,
): number[] | null {
  const parts = [name];
  for (let rest = after, next = JOINED_QUOTED.exec(rest); next; next = JOINED_QUOTED.exec(rest)) {
    parts.push(next[1] as string);
    rest = rest.slice(next[0].length);
  }
  if (parts.length === 1) {
    if (chosenIndex(options, optionKey(name)) >= 0) return null;
    parts.splice(0, 1, ...name.split(JOINED_PARTS));
  }
  if (parts.length < 2) return null;
  const indices = parts.map((part) => chosenNameIndex(doc, options, part.trim()));
  return indices.every((i) => i >= 0) && new Set(indices).size === indices.length ? indices : null;
}

/**
 * The choice of a Y-statement in the decision: "we decided to prefer X and neglected Y", "we decided
 * for X and against Y". The words after the verb must be an option's whole name.
 */
function yStatementChoice(options: ConsideredOption[], outcomeBlocks: Block[]): ChosenOption | null {
  for (const block of outcomeBlocks) {
    const name = Y_DECIDED_FOR.exec(block.prose.replace(/\s+/g, ' '))?.[1];
    if (!name) continue;
    const key = optionKey(name);
    const index = options.findIndex((o) => isListedOption(o) && (o.key === key || sameOption(o.key, key)));
    if (index >= 0)
      return chosenIn(block, (options[index] as ConsideredOption).name, index, 'outcome-mention');
  }
  return null;
}

/** Picks the chosen option: MADR's "Chosen option", a mark in the list, or the one option the outcome names. */
function findChosen(
  doc: AdrDocument,
  options: ConsideredOption[],
  outcomeBlocks: Block[],
): ChosenOption | null {
  const candidates = [...outcomeBlocks, ...doc.blocks.filter((b) => !outcomeBlocks.includes(b))];
  for (const block of candidates) {
    const match = chosenLine(block.text);
    if (!match) continue;
    if (isUnfilledChoice(match)) return null;
    const name = (match[1] as string).replace(/\s+/g, ' ').trim();
    const combined = combinedChoice(doc, options, name, block.text.slice(match.index + match[0].length));
    if (combined) return { ...chosenIn(block, name, combined[0] as number, 'madr'), also: combined.slice(1) };
    const exact = chosenNameIndex(doc, options, name);
    // A label ("B", "(3)") gives way to the name it stands for; a name is kept as written.
    const shown = LABEL_ONLY.test(name) ? (options[exact]?.name ?? name) : name;
    if (exact >= 0) return chosenIn(block, shown, exact, 'madr');
    const named = namedByAnyName(doc, options, name);
    // 'Chosen option: "using module resolution flag by Node"' for the item "Use the resolution flag
    // of Node ...": the choice worded afresh links by the words only that option shares with it.
    return chosenIn(block, name, named >= 0 ? named : overlapIndex(options, name), 'madr');
  }
  const stated = yStatementChoice(options, outcomeBlocks);
  if (stated) return stated;
  const headed = headingChoice(doc, options);
  if (headed) return headed;
  const marked = options.findIndex((o) => o.markedChosen);
  if (marked >= 0) return markedChoice(options, marked);
  const ordinal = ordinalChoice(outcomeBlocks, options) ?? letterChoice(outcomeBlocks, options);
  if (ordinal) return ordinal;
  const outcomeText = ` ${optionKey(outcomeBlocks.map((b) => withoutDeferred(b.prose)).join(' '))} `;
  if (outcomeBlocks.length > 0) {
    const namedIn = (text: string) =>
      options.map((o, i) => ({ o, i })).filter(({ o }) => isListedOption(o) && text.includes(` ${o.key} `));
    // An option named as code ("the `s3gw-ui`-specific backend") is read with its code spans kept,
    // but only when the plain words name none: code elsewhere in the decision stays out of the way.
    let blockText = (b: Block) => withoutDeferred(b.prose);
    let decisionText = outcomeText;
    let named = namedIn(decisionText);
    if (named.length === 0) {
      blockText = (b: Block) => (b.kind === 'code' || b.kind === 'html' ? '' : withoutDeferred(b.text));
      decisionText = ` ${optionKey(outcomeBlocks.map(blockText).join(' '))} `;
      named = namedIn(decisionText);
    }
    // When a longer name contains a shorter one ("Postgres" vs "Postgres with Citus"), keep the longer.
    const distinct = named.filter(
      ({ o }) => !named.some(({ o: other }) => other !== o && other.key.includes(o.key)),
    );
    // "Avoid CountDownLatch and only use Awaitility": a name the decision turns away from is not the choice.
    // "We chose SQS over RabbitMQ" turns away the one option it names in full, which is no choice either.
    const picked = distinct.filter(({ o }) => !turnsAwayFrom(decisionText, o.key));
    if (picked.length === 1) {
      const { o, i } = picked[0] as { o: ConsideredOption; i: number };
      const block = outcomeBlocks.find((b) => namesKey(blockText(b), o.key)) ?? (outcomeBlocks[0] as Block);
      return chosenIn(block, o.name, i, 'outcome-mention');
    }
    const lead =
      leadChoice(outcomeBlocks, picked) ??
      bareNameChoice(outcomeBlocks, picked) ??
      choicePhraseChoice(outcomeBlocks, picked) ??
      (picked.length === 0 ? abbreviatedChoice(outcomeBlocks, options) : null);
    if (lead) return lead;
  }
  // Only a decision that names none of the options leaves the title to speak for it.
  const namesAny = options.some((o) => isListedOption(o) && outcomeText.includes(` ${o.key} `));
  if (namesAny) return null;
  return (
    reworded(options, outcomeBlocks) ??
    shortenedChoice(outcomeBlocks, options) ??
    ledNameChoice(outcomeBlocks, options) ??
    abbreviatedChoice(outcomeBlocks, options) ??
    otherNameChoice(doc, outcomeBlocks, options) ??
    moveToChoice(outcomeBlocks, options) ??
    ownWordChoice(outcomeBlocks, options) ??
    eliminationChoice(doc, options) ??
    titleChoice(doc, options)
  );
}

/** A word that reads as a name: inner capitals, digits, dots or underscores ("PodOS", "sqlite3", ".import", "bulk_load"). */
const NAME_SHAPED = /\p{Ll}\p{Lu}|\p{L}[\p{N}_]|\p{L}\.\p{L}|^\.\p{L}/u;

/** Words of the decision that move away from what they name: "moved away from LaunchDarkly", "replaces Jenkins". */
const MOVES_AWAY =
  /\b(?:(?:away|moved?|moving|migrat\w*|switch\w*|port\w*) (?:off|from)|off of|phas\w* out|get(?:ting)? rid of|replac\w*|retir\w*|remov\w*|deprecat\w*|stop\w*|avoid\w*|instead|rather|drop\w*|abandon\w*|against|not|no|never|without|don't|won't)\b/i;

/** The words of a text, lower-cased, with the punctuation around them taken off; a leading dot stays (".import"). */
function nameWords(text: string): string[] {
  return text
    .split(/[\s/,;:()"'\u2018\u2019\u201C\u201D*_`[\]]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}.]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter((w) => w.replace(/^\./u, '').length >= 3);
}

/**
 * The one listed option the decision's opening sentence names by a word of its own, when it repeats
 * no option's whole name: "We introduce `neverthrow` ..." for "a functional approach with
 * neverthrow", "... shells out to `sqlite3 .import`" for "Keep `.import` for this one path". The word
 * must read as a name in that sentence (written as code, or shaped like an identifier: a capital,
 * digit, dot or underscore inside it), belong to one option's name only, and the sentence must not
 * move away from it. Capitals alone do not count: "using ADR 060 as input" names no choice. Read only
 * between two listed options, where naming one's own tool leaves the other out.
 */
function ownWordChoice(outcomeBlocks: Block[], options: ConsideredOption[]): ChosenOption | null {
  // With more ways on the table, a named tool is as often what the choice builds on ("on top of the
  // existing mempool (`flood`)") or keeps compatible with as the choice itself.
  if (options.filter(isListedOption).length !== 2) return null;
  const led = afterDecisionLead(outcomeBlocks);
  const opening = led?.opening ?? openingBlock(outcomeBlocks);
  if (!opening) return null;
  // Read with code spans kept ("text"); the words the plain prose lacks were written as code.
  const sentence = firstSentence(led ? led.sentence : opening.text);
  if (MOVES_AWAY.test(sentence)) return null;
  const plain = new Set(nameWords(opening.prose));
  const names = new Set(
    sentence
      .split(/\s+/u)
      .flatMap((raw) => nameWords(raw).map((word) => ({ raw, word })))
      .filter(({ raw, word }) => !plain.has(word) || NAME_SHAPED.test(raw))
      .map(({ word }) => word),
  );
  const own = options.map((o) => new Set(isListedOption(o) ? nameWords(o.name) : []));
  // Another option holds a word when its name or its own line does: "Amazon MQ (RabbitMQ)" holds "RabbitMQ".
  const held = options.map(
    (o) => new Set([...nameWords(o.name), ...nameWords(o.description.split('\n')[0] ?? '')]),
  );
  const named = options.flatMap((_, i) => {
    const words = [...(own[i] as Set<string>)].filter(
      (w) =>
        names.has(w) &&
        !FILLER.has(w) &&
        !LINKING_WORDS.has(w) &&
        held.every((other, j) => j === i || !other.has(w)),
    );
    return words.length > 0 ? [i] : [];
  });
  if (named.length !== 1) return null;
  const i = named[0] as number;
  return chosenIn(opening, (options[i] as ConsideredOption).name, i, 'outcome-mention');
}

/** A move the decision makes, and what it moves to: "switch to Markdown", "migrate everything over to Loki". */
const MOVE_TO =
  /\b(?:switch|migrat|mov|chang|convert|port|transition)\w* (?:(?:all|everything|it|them|over|fully|entirely) ){0,2}to ([^,.;:!?()]+)/i;

/**
 * The one listed option a move in the decision's opening sentence goes to, by the words they share:
 * "Abandon RST and switch to Markdown" goes to "Migrate to Markdown", not to the format it leaves.
 */
function moveToChoice(outcomeBlocks: Block[], options: ConsideredOption[]): ChosenOption | null {
  const opening = openingBlock(outcomeBlocks);
  const target = opening && MOVE_TO.exec(firstSentence(opening.prose))?.[1];
  if (!opening || !target) return null;
  const i = overlapIndex(options, target);
  return i >= 0 ? chosenIn(opening, (options[i] as ConsideredOption).name, i, 'outcome-mention') : null;
}

/** The decision's words up to the first punctuation: where it names its choice. */
function openingClause(text: string): string {
  return /^[^.,;:()!?\n]*/u.exec(text)?.[0] ?? '';
}

/**
 * Whether the words `short` open with a short form of the whole name `name`: each word is the
 * name's next word, the start of it ("postgres" for "postgresql", four letters at least), or the
 * initials of its next words ("fts" for "full text search"); at least one word must be shortened.
 */
function abbreviates(short: string[], name: string[]): boolean {
  let at = 0;
  let shortened = false;
  for (const word of short) {
    if (at === name.length) break;
    const next = name[at] as string;
    const initials = name
      .slice(at, at + word.length)
      .map((w) => w[0])
      .join('');
    if (word === next) at++;
    else if (word.length >= 4 && next.startsWith(word)) at++;
    else if (word.length >= 2 && word.length <= name.length - at && initials === word) at += word.length;
    else return false;
    if (word !== next) shortened = true;
  }
  return shortened && at === name.length;
}

/** Whether `short` opens with the last word of a longer name, its distinctive part: "SQS" for "Amazon SQS". */
function namesLastWord(short: string[], name: string[]): boolean {
  const last = name[name.length - 1] as string;
  return name.length > 1 && short[0] === last && last.length >= 3 && !FILLER.has(last);
}

/**
 * The one listed option the decision's opening words name in a short form: "We will use Postgres
 * FTS" for "PostgreSQL full-text search", "We chose SQS over RabbitMQ" for "Amazon SQS". A short
 * form that fits two options picks neither.
 */
function abbreviatedChoice(outcomeBlocks: Block[], options: ConsideredOption[]): ChosenOption | null {
  const led = afterDecisionLead(outcomeBlocks);
  if (!led) return null;
  // Up to words that turn an option away: "SQS over RabbitMQ" names its choice first.
  const clause = openingClause(led.rest).split(TURNED_DOWN)[0] ?? '';
  const words = optionKey(clause).split(' ');
  const matches = options.flatMap((o, i) =>
    isListedOption(o) && (abbreviates(words, o.key.split(' ')) || namesLastWord(words, o.key.split(' ')))
      ? [i]
      : [],
  );
  if (matches.length !== 1) return null;
  const i = matches[0] as number;
  return chosenIn(led.opening, (options[i] as ConsideredOption).name, i, 'outcome-mention');
}

/**
 * The one listed option whose name the decision's opening words start, cut short: "We will use
 * PostgreSQL 16." for "PostgreSQL 16 on the managed cloud offering". The shared start must hold a
 * real word and be longer than the start any other option shares, so "We will use Redis." picks
 * neither "Redis Cluster" nor "Redis Sentinel".
 */
function shortenedChoice(outcomeBlocks: Block[], options: ConsideredOption[]): ChosenOption | null {
  const led = afterDecisionLead(outcomeBlocks);
  if (!led) return null;
  const { opening, rest } = led;
  const clause = openingClause(rest);
  if (TURNED_DOWN.test(clause)) return null;
  const words = optionKey(clause).split(' ');
  const shared = options.map((o) => {
    if (!isListedOption(o)) return [];
    const name = o.key.split(' ');
    let n = 0;
    while (n < name.length && n < words.length && name[n] === words[n]) n++;
    return name.slice(0, n);
  });
  const longest = Math.max(...shared.map((s) => s.length));
  const best = shared.flatMap((s, i) => (s.length === longest ? [i] : []));
  const start = shared[best[0] ?? -1] ?? [];
  if (best.length !== 1 || !start.some((w) => w.length >= 4 && !FILLER.has(w))) return null;
  const i = best[0] as number;
  return chosenIn(opening, (options[i] as ConsideredOption).name, i, 'outcome-mention');
}

/** Where the name after a decision's lead ends: its reason, a clause or a sentence break. */
const NAME_END = /\s+(?:because|since|as|for|to|which|due|given|over|instead|rather)\b|[,.;:!?()]/iu;

/**
 * The one listed option a short name right after the decision's lead points to by the words only
 * that option holds: "We chose to go ahead with Playwright because ..." for "Using a headless
 * Chromium through Playwright ...". The name must be short (a product's name, not a description).
 */
function ledNameChoice(outcomeBlocks: Block[], options: ConsideredOption[]): ChosenOption | null {
  const led = afterDecisionLead(outcomeBlocks);
  if (!led) return null;
  const end = NAME_END.exec(led.rest);
  const name = (end ? led.rest.slice(0, end.index) : led.rest).trim();
  if (!name || name.split(/\s+/u).length > 3 || TURNED_DOWN.test(name)) return null;
  const i = overlapIndex(options, name);
  return i >= 0 ? chosenIn(led.opening, (options[i] as ConsideredOption).name, i, 'outcome-mention') : null;
}

/** The decision's first block with words in it, where the decision is stated. */
function openingBlock(outcomeBlocks: Block[]): Block | undefined {
  return outcomeBlocks.find((b) => b.prose.trim().length > 0);
}

/** "Decision:", "The chosen option is": a label that states the choice. */
const DECISION_LABEL_WORDS = String.raw`(?:the )?(?:decision|chosen option|choice|selected option)\s*(?:is\s*)?`;
const DECISION_LABEL = `${DECISION_LABEL_WORDS}:?`;
/**
 * "We will use", "We chose to adopt", "We have decided to go with", or the imperative "Choose Algolia.";
 * keeping what is in place is a choice too: "We will keep", "stay with", "continue to use"; a title-like
 * infinitive states one too: "To use Emotion as our CSS-in-JS library."
 */
const DECISION_VERB =
  "we(?: have|'ve)? (?:decided|chose) to go ahead with|we(?: will|'ll| have| are going to)? (?:use|adopt|choose|chose|pick|picked|select|selected|go with|went with|opt for|opted for|keep|stay with|stick with|continue to use|continue using|remain on|remain with)|we(?: have|'ve)? decided? to (?:use|adopt|go with)|(?:choose|adopt|pick|select|go with|opt for|use(?! of\\b| cases?\\b))|to (?:use|adopt)";

/** "Decision:" before the sentence that states the choice. */
const LABEL_BEFORE_CHOICE = new RegExp(String.raw`^[\s*_]*${DECISION_LABEL_WORDS}:[\s*_]*`, 'iu');

/** The opening words of a decision that state the choice: a label, a verb, or both ("Decision: We will use"). */
const DECISION_LEAD = new RegExp(
  String.raw`^\s*(?:${DECISION_LABEL}\s*(?:${DECISION_VERB})|${DECISION_LABEL}|${DECISION_VERB})\s+(?:to use |the |an? )?`,
  'iu',
);

/**
 * Where one sentence of a decision ends and the next begins ("A or B; we will B" states the choice
 * after the semicolon), or a clause that states the choice after the alternatives: "We also looked
 * at RabbitMQ and Kafka, but we will use SQS".
 */
const SENTENCE_BREAK = /(?<=[.!?;])\s+|,\s+(?:but|and|so)\s+(?=we\s)/u;

/**
 * The decision's first sentence that states the choice, with its block, and its text after the words
 * that state it; null when no sentence does. It need not open the decision: "We could use Redis,
 * Memcached, or an LRU cache. We use Redis, because ..." weighs the options first.
 */
function afterDecisionLead(
  outcomeBlocks: Block[],
): { opening: Block; sentence: string; rest: string } | null {
  for (const opening of outcomeBlocks) {
    const sentences = opening.prose.split(SENTENCE_BREAK);
    for (const [at, sentence] of sentences.entries()) {
      const lead = DECISION_LEAD.exec(sentence);
      // The rest of the block follows the statement, as the reasons for the choice.
      if (lead) return { opening, sentence, rest: sentences.slice(at).join(' ').slice(lead[0].length) };
    }
  }
  return null;
}

/**
 * The choice when the decision names several options: the one it opens with, right after words
 * that state a choice ("Decision: OpenSearch, because it costs a third of Algolia's price").
 */
function leadChoice(
  outcomeBlocks: Block[],
  named: { o: ConsideredOption; i: number }[],
): ChosenOption | null {
  const led = afterDecisionLead(outcomeBlocks);
  if (!led) return null;
  const { opening } = led;
  const rest = ` ${optionKey(led.rest)} `;
  const first = named
    .filter(({ o }) => rest.startsWith(` ${o.key} `))
    .sort((a, b) => b.o.key.length - a.o.key.length)[0];
  return first ? chosenIn(opening, first.o.name, first.i, 'outcome-mention') : null;
}

/** Words right before a name that pick it, in normalised text: "we settled on", "our choice is", "we prefer". */
const PICKS_NEXT =
  ' (?:settled on|agreed on|decided on|decided for|opted for|went for|going for|go for|landed on|prefer|preferred|favour|favor|favoured|favored|choice is|pick is|preference is|recommendation is) ';
/** Words right after a name that pick it: "Unleash is accepted", "Unleash was chosen". */
const PICKED_BEFORE =
  ' (?:is|was|has been|will be|gets|got) (?:accepted|chosen|selected|adopted|preferred|choice|winner|pick) ';
/** "not", "never", "didn't" a few words before a picking phrase undo it: "we never settled on Unleash". */
const NEGATION = / (?:not|never|no|didn t|don t|won t) (?:\w+ ){0,2}$/u;

/**
 * The choice when the decision names several options and picks one by the words around it, not
 * at its opening: "We settled on Unleash, since LaunchDarkly costs too much", "Unleash is accepted;
 * LaunchDarkly is too expensive". Read in the first sentence that names an option; two options
 * picked so, or a negated pick, pick neither.
 */
function choicePhraseChoice(
  outcomeBlocks: Block[],
  named: { o: ConsideredOption; i: number }[],
): ChosenOption | null {
  for (const block of outcomeBlocks)
    for (const sentence of splitSentences(block.prose)) {
      const text = ` ${optionKey(sentence)} `;
      const inSentence = named.filter(({ o }) => text.includes(` ${o.key} `));
      if (inSentence.length === 0) continue;
      const picked = inSentence.filter(({ o }) => {
        // Keys are normalised to words and spaces, so they go into a pattern as they are.
        const hit =
          new RegExp(`${PICKS_NEXT}${o.key} (?!and |or )`, 'u').exec(text) ??
          new RegExp(` ${o.key}${PICKED_BEFORE}`, 'u').exec(text);
        return hit !== null && !NEGATION.test(text.slice(0, hit.index + 1));
      });
      if (picked.length !== 1) return null;
      const { o, i } = picked[0] as { o: ConsideredOption; i: number };
      return chosenIn(block, o.name, i, 'outcome-mention');
    }
  return null;
}

/** A group's letter and a candidate's number before its name: "A2: ", "B1) ", "(A3) ". */
const GROUPED_LABEL = /^\(?([A-Z]\d{1,2})[.):]\s+(?=\S)/u;

/** A decision that opens with an option's name as a sentence of its own: "OpenSearch. Algolia is over budget ...". */
function bareNameChoice(
  outcomeBlocks: Block[],
  named: { o: ConsideredOption; i: number }[],
): ChosenOption | null {
  const opening = openingBlock(outcomeBlocks);
  if (!opening) return null;
  // "A2: Check on open": the label the option carries in a grouped list is no part of its name.
  const unlabelled = opening.prose.trim().replace(GROUPED_LABEL, '');
  const sentence = optionKey(/^[^.!?\n]*/u.exec(unlabelled)?.[0] ?? '');
  const same = named.find(({ o }) => o.key === sentence);
  return same ? chosenIn(opening, same.o.name, same.i, 'outcome-mention') : null;
}

const FILLER = new Set(['with', 'from', 'into', 'that', 'this', 'for', 'and', 'our', 'all', 'per', 'new']);

/**
 * A word's first five letters: "manually" and "manual", "terminate" and "termination" meet; so do
 * "another" and "other" ("Use another caching library" and "### Other libraries").
 */
function wordRoot(word: string): string {
  return word === 'another' ? 'other' : word.slice(0, 5);
}

/**
 * The one listed option the decision's opening sentence restates in other word forms: "Manual
 * termination of instances" in "we will manually terminate affected instances". Every content
 * word of the name must appear, and at least two, so a shared word or two is not enough.
 */
function reworded(options: ConsideredOption[], outcomeBlocks: Block[]): ChosenOption | null {
  const opening = openingBlock(outcomeBlocks);
  if (!opening) return null;
  const sentence = firstSentence(opening.prose);
  const roots = new Set(optionKey(sentence).split(' ').map(wordRoot));
  const matches = options
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => {
      if (!isListedOption(o)) return false;
      const words = o.key.split(' ').filter((w) => w.length >= 4 && !FILLER.has(w));
      return words.length >= 2 && words.every((w) => roots.has(wordRoot(w)));
    });
  if (matches.length !== 1 || TURNED_DOWN.test(sentence)) return null;
  const { o, i } = matches[0] as { o: ConsideredOption; i: number };
  return chosenIn(opening, o.name, i, 'outcome-mention');
}

/** In a list of plain options, the single bold one is the chosen one. */
function markBoldChoice(doc: AdrDocument, options: ConsideredOption[]) {
  const listed = options.filter((o) => o.source === 'list' && o.block >= 0);
  const bold = listed.filter((o) => {
    const block = doc.blocks[o.block] as Block;
    return (
      Boolean(block.leadStrong) &&
      /^\s*(?:[*+-]|\d+[.)])\s+(?:\*\*|__)/.test(doc.text.slice(block.span.offset, block.span.endOffset))
    );
  });
  if (listed.length >= 2 && bold.length === 1) (bold[0] as ConsideredOption).markedChosen = true;
}

const ORDINALS: Record<string, number> = {
  first: 0,
  '1st': 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  fourth: 3,
  '4th': 3,
  fifth: 4,
  '5th': 4,
};
// "as per point 2 above": a numbered list's item, picked by its number.
const ORDINAL_CHOICE =
  /\b(?:(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|final|last) (?:option|approach|solution|alternative|proposal)\b|(?:option|alternative|approach|solution|point) (?:#?(\d{1,2}[a-z]?|[a-z])\b|\((\d{1,2}|[a-z])\)))/i;

/** ORDINAL_CHOICE for every match in a text; matchAll works on a copy, so it is safe to share. */
const EVERY_ORDINAL_CHOICE = new RegExp(ORDINAL_CHOICE.source, 'gi');

/** A word's stem, near enough to match "Reorganize" with "Reorganizing": drops common endings. */
function wordStem(word: string): string {
  return word.replace(/(?:ing|ed|es|e|s)$/, '');
}

const NEGATED = /\b(?:not|no|don't|do not|without|keep(?:ing)? (?:the )?(?:current|existing|status quo))\b/i;

/** Words that turn an option down: "Rejected", "Ruled out". */
const TURNED_DOWN_WORDS = new RegExp(`^(?:${TURNED_DOWN_VERDICT}|dismissed)[.:!]?$`, 'iu');

/** The same words written plain, with a stop or a reason after them: "Rejected: too slow", "Rejected due to cost". */
const PLAIN_TURNED_DOWN = new RegExp(
  String.raw`^(?:${TURNED_DOWN_VERDICT}|dismissed)(?:[.:!]|\s+(?:due to|because|since|as)\b)`,
  'iu',
);

/**
 * Whether an option's own text holds a paragraph that turns it down: "**Rejected** due to cost",
 * "Rejected: needs a cluster". A con ("Rejected by older browsers") is no verdict: the word needs
 * its bold, a stop or a reason after it, and it must open a paragraph, not a list item.
 */
function turnedDownInOwnText(doc: AdrDocument, option: ConsideredOption): boolean {
  const section = doc.sections.find((s) => s.span.offset === option.span.offset);
  const own =
    option.source === 'heading' && section
      ? blocksOf(doc, section.allBlocks)
      : doc.blocks.filter(
          (b) => b.index === option.block || (option.block >= 0 && b.parent === option.block),
        );
  return own.some(
    (b) =>
      b.kind === 'paragraph' &&
      (TURNED_DOWN_WORDS.test((b.leadStrong ?? '').trim()) || PLAIN_TURNED_DOWN.test(b.prose.trim())),
  );
}

/** The listed option at `index` as the choice, told by a mark on the option itself rather than by the decision's words. */
function markedChoice(options: ConsideredOption[], index: number): ChosenOption {
  const option = options[index] as ConsideredOption;
  return {
    name: option.name,
    span: option.span,
    option: index,
    source: 'marker',
    statement: option.description,
    block: option.block,
  };
}

/**
 * When the decision names no option, the one listed option left standing after the record turns
 * down every other in its own text ("**Rejected** due to poor scalability") is the choice: a
 * process of elimination, written down.
 */
function eliminationChoice(doc: AdrDocument, options: ConsideredOption[]): ChosenOption | null {
  const listed = options.flatMap((o, i) => (isListedOption(o) ? [i] : []));
  if (listed.length < 2) return null;
  const standing = listed.filter((i) => !turnedDownInOwnText(doc, options[i] as ConsideredOption));
  if (standing.length !== 1) return null;
  return markedChoice(options, standing[0] as number);
}

/**
 * When the decision names nothing, a title that names exactly one listed option ("Reorganize
 * documentation" over "Not reorganizing" / "Reorganizing") states the choice: titles are decisions.
 */
function titleChoice(doc: AdrDocument, options: ConsideredOption[]): ChosenOption | null {
  const title = doc.title;
  if (!title) return null;
  const titleWords = new Set(optionKey(title.text).split(' ').map(wordStem));
  const titleNegated = NEGATED.test(title.text);
  const matches = options
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => {
      if (!isListedOption(o)) return false;
      if (NEGATED.test(o.name) !== titleNegated) return false;
      // Short names count too: "CAT protocol" is not named by a title about the "DOG gossip protocol".
      const words = o.key.split(' ').filter((w) => w.length >= 3 && !LINKING_WORDS.has(w));
      return words.some((w) => w.length >= 4) && words.every((w) => titleWords.has(wordStem(w)));
    });
  if (matches.length !== 1) return null;
  const { o, i } = matches[0] as { o: ConsideredOption; i: number };
  return { name: o.name, span: title.span, option: i, source: 'title', statement: title.text, block: -1 };
}

/** Words that pick an option in the sentence that names it. */
const CHOICE_CUE =
  /\b(?:chose|chosen|choose|choosing|accept(?:ed)?|go(?:ing)? with|went with|decided|decide|decision|select(?:ed)?|pick(?:ed)?|prefer(?:red)?|adopt(?:ed)?|agreed|settled|recommend(?:ed)?|take|took|will|implement(?:ed)?|opt(?:ed)? for|(?:should|shall|must|is to) be used|(?:we|should) use)\b/i;

/** Words that turn an option down in the sentence that names it. */
const TURNED_DOWN =
  /\b(?:against|discount(?:ed)?|reject(?:ed)?|rule[ds]? out|dismiss(?:ed)?|not|no|instead of|rather than|over|drop(?:ped)?|abandon(?:ed)?)\b/i;

/**
 * Whether `text` refers to `option` by its place or label: "the first option", "Option 2",
 * "option B". Positions count among the listed options, as the record numbers them.
 */
export function refersByOrdinal(
  text: string,
  options: ConsideredOption[],
  option: ConsideredOption,
): boolean {
  const listed = options.filter(isListedOption);
  const at = listed.indexOf(option);
  if (at < 0) return false;
  // "Rule 2 is hard to read": a candidate named "Rule 2: ..." by its label.
  const own = candidateLabel(option.name);
  if (own && new RegExp(`\\b${own[1]}\\s+#?${own[2]}\\b`, 'iu').test(text)) return true;
  for (const match of allMatches(text, EVERY_ORDINAL_CHOICE))
    if (ordinalTarget(match, listed) === option) return true;
  return false;
}

/**
 * The listed option an ORDINAL_CHOICE match names: "the last option" by its place, "Option 3a" or
 * "option B" by the label it was given, else a plain number by its place in the list.
 */
function ordinalTarget(match: RegExpMatchArray, listed: ConsideredOption[]): ConsideredOption | undefined {
  const named = match[1]?.toLowerCase();
  if (named)
    return listed[named === 'final' || named === 'last' ? listed.length - 1 : (ORDINALS[named] ?? -1)];
  // "option 2", "option B", or in parentheses: "option (b)".
  const mark = (match[2] ?? match[3]) as string;
  const label = new RegExp(`^(?:option|alternative|approach|solution) #?${mark}\\b`, 'i');
  // A list item's name drops its label ("Option B: Unleash" is "Unleash"); its own text keeps it.
  const labelled = (o: ConsideredOption) =>
    label.test(o.name) || (o.source === 'list' && label.test(o.description.replace(/^[\s*_+-]+/u, '')));
  const lettered = /^[a-z]$/iu.test(mark) ? letterIndex(listed, mark) : -1;
  return listed.find(labelled) ?? listed[lettered] ?? listed[Number.parseInt(mark, 10) - 1];
}

/**
 * "Outcome: B.", "Decision: B, because ...", "We chose B": a sentence of the decision that states the
 * choice by a capital letter alone, right after a label or a verb of choice. The letter must label
 * one option of a list lettered A, B, C; "We will use A/B tests" names no label.
 */
const LETTER_CHOICE =
  /^[\s*_]*(?:(?:(?:decision )?outcome|decision|choice|chosen|selected|chosen option|selected option)[\s*_]*:[\s*_]*|we(?: have| will|'ll)? (?:chose|choose|picked|pick|selected|select|went with|go with|opted for|opt for|decided on) )(?:option |alternative )?([A-Z])(?=[\s.,;:!)]|$)(?!\s+(?:is|was|and|or)\b)/iu;

function letterChoice(outcomeBlocks: Block[], options: ConsideredOption[]): ChosenOption | null {
  for (const block of outcomeBlocks)
    for (const sentence of splitSentences(block.prose)) {
      // The words around it in any case, the letter itself in capitals: "we chose a" names no label.
      const letter = LETTER_CHOICE.exec(sentence)?.[1];
      const index = letter && /[A-Z]/u.test(letter) ? letterIndex(options, letter) : -1;
      if (index >= 0)
        return chosenIn(block, (options[index] as ConsideredOption).name, index, 'outcome-mention');
    }
  return null;
}

/** A label before the words that state the choice: "Proposed:", "Recommendation:", "Decision:". */
const CHOICE_LABEL =
  /^[\s*_]*(?:the |our )?(?:decision|choice|chosen|selected|proposed|proposal|recommend(?:ed|ation)|preferred|verdict|resolution|outcome)(?: (?:option|approach|solution|alternative)s?)?[\s*_]*:[\s*_]*/iu;

/** Several options chosen together by their labels: "Options 1 and 4", "options 2 + 3", "Options A, B and D". */
const PLURAL_ORDINALS =
  /\b(?:[Oo]ptions|[Aa]lternatives|[Aa]pproaches|[Ss]olutions) #?(?:\d{1,2}[a-z]?|[A-Z])(?:\s*(?:,|\+|&|and|plus)\s*#?(?:\d{1,2}[a-z]?|[A-Z])\b)+/u;
const PLURAL_MARK = /#?(\d{1,2}[a-z]?|\b[A-Z]\b)/gu;

/** What stands between two options of one combined choice: "Option 1 (by pattern) + Option 4", "option 2 and option 3". */
const JOINS_NEXT = new RegExp(String.raw`^\s*(?:\([^()]*\)\s*)?,?\s*${CHOICE_JOINER}\s*$`, 'iu');

/**
 * The options a sentence of the decision picks by their labels: "Option 1 + Option 4", "Options 1
 * and 4", or one option ("we chose the second option"). Empty when a label names no option.
 */
function ordinalTargets(sentence: string, listed: ConsideredOption[]): ConsideredOption[] {
  const plural = PLURAL_ORDINALS.exec(sentence);
  if (plural) {
    const marks = [...plural[0].replace(/^\S+/u, '').matchAll(PLURAL_MARK)].map((m) => m[1] as string);
    const targets = marks.map((mark) => {
      const single = ORDINAL_CHOICE.exec(`option ${mark}`);
      return single ? ordinalTarget(single, listed) : undefined;
    });
    return targets.every((t) => t !== undefined) && new Set(targets).size === targets.length
      ? (targets as ConsideredOption[])
      : [];
  }
  const targets: ConsideredOption[] = [];
  let end = -1;
  for (const match of allMatches(sentence, EVERY_ORDINAL_CHOICE)) {
    // Only labels joined as one choice count after the first: "Option 1 + Option 4", not "Option 1, unlike option 3".
    if (end >= 0 && !JOINS_NEXT.test(sentence.slice(end, match.index))) break;
    const target = ordinalTarget(match, listed);
    if (!target || targets.includes(target)) break;
    targets.push(target);
    end = (match.index ?? 0) + match[0].length;
  }
  return targets;
}

/**
 * "We have chosen the second option", "the decision is to go with option 2", and a combined choice
 * by labels: "**Proposed:** Option 1 (by pattern) + Option 4 (at fetch time)".
 */
function ordinalChoice(outcomeBlocks: Block[], options: ConsideredOption[]): ChosenOption | null {
  const listed = options.filter(isListedOption);
  for (const block of outcomeBlocks) {
    // The sentence must pick the option ("we chose the second option", "Option 3a, with ...", "... (option 2)",
    // "Proposed: Option 1 + Option 4"); "The first option is the simplest" or "Option 2 was discounted" only discusses it.
    const sentence = splitSentences(block.prose).find((text) => {
      const plural = PLURAL_ORDINALS.exec(text);
      const match = plural ?? ORDINAL_CHOICE.exec(text);
      if (match === null || TURNED_DOWN.test(text)) return false;
      const labelled = CHOICE_LABEL.exec(text);
      const opensWith = text
        .slice(labelled?.[0].length ?? 0)
        .trimStart()
        .toLowerCase()
        .startsWith(match[0].toLowerCase());
      // Several options by labels need a word that picks them: "Options 2 and 3 each have variants" picks none.
      if (plural) return CHOICE_CUE.test(text) || (labelled !== null && opensWith);
      return CHOICE_CUE.test(text) || opensWith || text.toLowerCase().includes(`(${match[0].toLowerCase()})`);
    });
    const [option, ...also] = sentence === undefined ? [] : ordinalTargets(sentence, listed);
    if (!option) continue;
    const chosen = chosenIn(block, option.name, options.indexOf(option), 'outcome-mention');
    return also.length > 0 ? { ...chosen, also: also.map((o) => options.indexOf(o)) } : chosen;
  }
  return null;
}

export function firstSentence(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const match = /^(.{8,}?[.!?])(?:\s|$)/.exec(line);
  const sentence = match ? (match[1] as string) : line;
  return shorten(sentence, 100);
}

const DECISION_SENTENCE =
  /\b(?:we (?:will|shall|have decided|decided|decide|agreed|chose|choose|are going to|adopt|use|propose)|it (?:was|is|has been) decided|the decision is|decision is to|we're going to|our decision)\b/i;

/**
 * A sub-heading of the context or the like that weighs one candidate: its own paragraphs include a
 * "Pros:" or "Cons:" label ("### JSON-RPC" ... "**Pros:**" ... "**Cons:**"). The decision's own
 * parts are left alone.
 */
function weighedSubheading(doc: AdrDocument, section: Section): boolean {
  // Sub-headings of the options sections are read with their section; the decision's are parts of the choice.
  const kind = section.effectiveKind;
  if (
    section.level < 3 ||
    kind === 'outcome' ||
    kind === 'options' ||
    kind === 'proscons' ||
    kind === 'rejected'
  )
    return false;
  // "#### Pros" and "#### Cons" under it weigh it too; both, as a heading alone ("#### Risks") may
  // belong to any part of the context.
  const labels = section.children.map((i) => polarityOfLabel(doc.sections[i]?.title ?? ''));
  if (labels.includes('good') && labels.includes('bad')) return true;
  return section.blocks.some((i) => {
    const block = doc.blocks[i] as Block;
    const label = block.leadStrong ?? block.prose;
    return block.kind === 'paragraph' && (GOOD_LABEL.test(label) || BAD_LABEL.test(label));
  });
}

/** "We will build our own", "we decided to write our own X": a choice of a third, home-grown way. */
const HOME_GROWN_CHOICE =
  /(?:\bwe(?: will|'ll| shall| are going to| (?:have )?decided to| chose to| choose to)\s+|^\s*)(?:build|write|develop|implement|roll|create)\s+(?:our|my)\s+own\b/iu;

/** An option that is the home-grown way: "Our own flag service", "Custom in-house scheduler", "Build it ourselves". */
const HOME_GROWN_NAME = /\b(?:own|in house|inhouse|custom|homegrown|home grown|bespoke|ourselves)\b/u;

/** The decision's sentence that chooses to build its own, with its block; null when none does. */
function homeGrownChoice(outcomeBlocks: Block[]): { block: Block; sentence: string } | null {
  for (const block of outcomeBlocks)
    for (const sentence of splitSentences(block.prose))
      if (HOME_GROWN_CHOICE.test(sentence)) return { block, sentence };
  return null;
}

export function extractOptions(doc: AdrDocument): {
  options: ConsideredOption[];
  chosen: ChosenOption | null;
} {
  const out = builder();
  const consumed = new Set<number>();
  for (const section of doc.sections) {
    const turnedDown = section.kind === 'rejected' ? turnedDownName(section) : null;
    if (turnedDown && !readAsOneOption(doc, section)) {
      // Everything under the heading argues against that one alternative.
      const blocks = blocksOf(doc, section.allBlocks).filter((b) => b.kind !== 'code' && b.kind !== 'html');
      out.add(
        {
          name: turnedDown,
          span: section.span,
          source: 'heading',
          description: blocks.map((b) => b.text).join('\n'),
          arguments: collectArguments(blocks, doc.blocks, 'bad'),
          markedChosen: false,
          block: -1,
        },
        true,
      );
      for (const i of section.allBlocks) consumed.add(i);
    } else if (
      (section.kind === 'options' || section.kind === 'rejected') &&
      !readAsOneOption(doc, section)
    ) {
      optionsFromSection(doc, section, section.kind === 'rejected' ? 'prose' : 'list', out, true);
      for (const i of section.allBlocks) consumed.add(i);
    } else if (section.kind === 'proscons') {
      optionsFromSection(doc, section, 'list', out, false);
      for (const i of section.allBlocks) consumed.add(i);
    } else if (
      !section.kind &&
      section.effectiveKind !== 'consequences' &&
      // The sub-headings right under an options section were read with it.
      !['options', 'proscons', 'rejected'].includes(doc.sections[section.parent]?.kind ?? '') &&
      (/^option\b/.test(section.key) || weighedSubheading(doc, section))
    ) {
      // "### Option 2: Redis" outside any options section, or "### gRPC" with its own Pros/Cons lists.
      const blocks = blocksOf(doc, section.allBlocks);
      out.add({
        name: section.title,
        span: section.span,
        source: 'heading',
        description: blocks.map((b) => b.text).join('\n'),
        arguments: headingArguments(doc, section, false),
        markedChosen: CHOSEN_MARK.test(section.title),
        block: -1,
      });
      for (const i of section.allBlocks) consumed.add(i);
    }
  }
  markBoldChoice(doc, out.options);
  const outcomeBlocks = doc.blocks.filter(
    (b) => doc.sections[b.section]?.effectiveKind === 'outcome' && b.kind !== 'code' && b.kind !== 'html',
  );
  const labelledPick =
    out.options.length === 0 ? labelledCandidates(doc, consumed, outcomeBlocks, out) : null;
  const structured = out.options.length;
  let consideredLists: string[][] = [];
  // With a structured list of options, sentences elsewhere only repeat them in other words.
  if (structured < 2) {
    yStatements(doc, consumed, out);
    // The decision's opening sentence: the one place a list of candidates is narrowed to the choice.
    const opening = openingBlock(outcomeBlocks);
    const before = out.options.length;
    consideredLists = proseAlternatives(doc, consumed, opening ? firstSentence(opening.prose) : '', out);
    // Comparisons in passing count only when the prose names fewer than two alternatives outright.
    if (out.options.slice(before).filter((o) => !o.markedChosen).length < 2)
      consideredLists.push(...passingContrasts(doc, consumed, out));
    if (structured === 0) unansweredSide(doc, consumed, before, out);
  }

  // "We could use A or B, but we will build our own": the choice is the home-grown way, never A or B.
  const explicitChoice =
    out.options.some((o) => o.markedChosen) ||
    doc.blocks.some((b) => MADR_CHOSEN_QUOTED.test(b.text) || MADR_CHOSEN.test(b.text));
  const homeGrown = labelledPick || explicitChoice ? null : homeGrownChoice(outcomeBlocks);
  const ownWays = out.options.flatMap((o, i) =>
    isListedOption(o) && HOME_GROWN_NAME.test(o.key) ? [i] : [],
  );
  let chosen = labelledPick;
  if (homeGrown && ownWays.length === 1) {
    const i = ownWays[0] as number;
    chosen = chosenIn(homeGrown.block, (out.options[i] as ConsideredOption).name, i, 'outcome-mention');
  } else if (!homeGrown) {
    chosen ??=
      findChosen(doc, out.options, outcomeBlocks) ??
      (structured === 0 ? consideredChoice(outcomeBlocks, out.options, consideredLists) : null);
  }
  // Options listed under "Alternatives", "Other options" or "Rejected", or each turned down in its
  // own text, exclude the chosen approach by their nature.
  const onlyAlternatives =
    structured > 0 &&
    out.options.every((o) => {
      // A heading option sits in its own section; the list it belongs to is the parent heading.
      const own = o.block >= 0 ? undefined : doc.sections.find((s) => s.span.line === o.span.line);
      const section =
        o.block >= 0 ? doc.sections[(doc.blocks[o.block] as Block).section] : doc.sections[own?.parent ?? -1];
      return (
        o.source === 'prose' ||
        section?.kind === 'rejected' ||
        /\balternatives?\b|\bother (?:options?|approaches|solutions)\b/.test(section?.key ?? '') ||
        TURNED_DOWN_ON_ITS_LINE.test(o.description.split('\n')[0] ?? '') ||
        TURNED_DOWN_LINE.test(o.description)
      );
    });
  const unlistedOwnWay = homeGrown !== null && ownWays.length === 0;
  if (
    !chosen &&
    (structured === 0 || onlyAlternatives || unlistedOwnWay) &&
    !choiceLeftUnfilled(outcomeBlocks)
  ) {
    // The chosen approach counts as an option even when it is only described in the decision.
    let statement =
      openingBlock(outcomeBlocks) ??
      doc.blocks.find(
        (b) => (b.kind === 'paragraph' || b.kind === 'listItem') && DECISION_SENTENCE.test(b.prose),
      );
    // "> **Decision:** We will ...": the label is no part of the choice's name.
    let statedChoice = statement ? firstSentence(statement.text).replace(LABEL_BEFORE_CHOICE, '') : '';
    // A decision that opens by naming the candidates ("We could use A or B.") states its choice in a
    // later sentence, or states none.
    const listed = new Set(consideredLists.flat());
    if (homeGrown) {
      statement = homeGrown.block;
      statedChoice = firstSentence(homeGrown.sentence);
    } else if (statement && out.options.some((o) => o.block === statement?.index && listed.has(o.key))) {
      const led = afterDecisionLead(outcomeBlocks);
      statement = led?.opening;
      statedChoice = led ? firstSentence(led.sentence) : '';
    }
    if (statement) {
      const option = out.add({
        name: statedChoice,
        span: statement.span,
        source: 'outcome',
        description: statement.text,
        arguments: [],
        markedChosen: false,
        block: statement.index,
      });
      if (option) {
        chosen = chosenIn(statement, option.name, out.options.indexOf(option), 'decision');
      }
    }
  }
  return { options: out.options, chosen };
}
