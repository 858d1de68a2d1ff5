import { COST_HEADING, NAMES_SAVING, NEUTRAL_LEAD, namesCost } from '../language.js';
import type { AdrDocument, Block, Consequence, Polarity, Section } from '../model.js';
import { isPlaceholderArgument } from '../text/placeholders.js';
import { splitSentences } from '../text/sentences.js';
import { collectArguments, polarityOfLabel } from './options.js';

function headingPolarity(section: Section): Polarity | null {
  const title = section.key;
  if (NAMES_SAVING.test(title)) return 'good';
  if (/\bnegative\b|\bbad\b|\bcons\b/.test(title) || COST_HEADING.test(title)) return 'bad';
  if (/\bpositive\b|\bgood\b|\bpros\b|\bbenefits?\b|\badvantages?\b/.test(title)) return 'good';
  if (/\bneutral\b/.test(title)) return 'neutral';
  return polarityOfLabel(title);
}

/**
 * A sentence about how things were before the decision: "In the past we spent a lot of time dealing
 * with vulnerabilities". Its pain is why the decision was made, not what the decision costs. One that
 * also says what happens now ("previously free, it now costs $40") still counts.
 */
const PAST_STATE =
  /^\s*(?:in the past|previously|until now|up to now|so far|historically|formerly|before (?:this|the) (?:change|decision|move|migration))\b/i;
const NOW_OR_LATER = /\b(?:now|will|from now on|going forward|from then on|(?:is|are) going to)\b/i;

/** Whether a consequence without a label names a cost, leaving out what it says of the past. */
function namesOwnCost(prose: string): boolean {
  return splitSentences(prose).some(
    (sentence) => !(PAST_STATE.test(sentence) && !NOW_OR_LATER.test(sentence)) && namesCost(sentence),
  );
}

/** A table row that rates itself in a cell of its own: "| Egress fees for downloads | Negative |". */
function polarityCell(block: Block): Polarity | null {
  if (block.kind !== 'tableRow' || !block.cells) return null;
  for (const cell of block.cells.slice(1)) {
    const polarity = polarityOfLabel(cell);
    if (polarity) return polarity;
  }
  return null;
}

/**
 * MADR's "Good, because ..." / "Bad, because ..." bullets written right under the decision, where no
 * "Consequences" heading stands above them. Unlabelled decision text stays the decision.
 */
function labelledOutcomeArguments(doc: AdrDocument, section: Section): Consequence[] {
  const blocks = section.blocks
    .map((i) => doc.blocks[i] as Block)
    .filter((b) => b.kind !== 'code' && b.kind !== 'html');
  return collectArguments(blocks, doc.blocks)
    .filter((argument) => !isPlaceholderArgument(argument.text))
    .map((argument) => ({ ...argument, section: section.index }));
}

/**
 * Consequence items with polarity: explicit (MADR bullets, Positive/Negative headings, Pros/Cons
 * labels, +/- markers) first; otherwise a sentence that names a cost counts as bad.
 */
export function extractConsequences(doc: AdrDocument): Consequence[] {
  const result: Consequence[] = [];
  for (const section of doc.sections) {
    if (section.kind === 'outcome') {
      result.push(...labelledOutcomeArguments(doc, section));
      continue;
    }
    // A "### Good" / "### Bad" sub-heading of the decision is a consequences section by another name;
    // one named after an option holds that option's arguments instead.
    const polarOutcomePart = section.effectiveKind === 'outcome' && headingPolarity(section) !== null;
    if (section.effectiveKind !== 'consequences' && !polarOutcomePart) continue;
    const parentSection = doc.sections[section.parent];
    const inherited =
      headingPolarity(section) ??
      (parentSection?.effectiveKind === 'consequences' ? headingPolarity(parentSection) : null);
    const blocks = section.blocks
      .map((i) => doc.blocks[i] as Block)
      .filter((b) => b.kind !== 'code' && b.kind !== 'html');
    const explicit = collectArguments(blocks, doc.blocks, inherited);
    const seen = new Set(explicit.map((a) => a.block));
    // The template's own lines ("Bad, because {negative consequence, e.g., ...}", "…") are no consequence.
    // An item that calls itself neutral ("(Neutral) requires a migration") may still state a price:
    // its words decide between neutral and bad, as for an unmarked item. Items under a "Neutral"
    // heading keep the heading's word.
    for (const argument of explicit) {
      if (isPlaceholderArgument(argument.text)) continue;
      const statesPrice = NEUTRAL_LEAD.test(argument.text) && namesOwnCost(argument.text);
      const polarity = argument.polarity === 'neutral' && statesPrice ? 'bad' : argument.polarity;
      result.push({ ...argument, polarity, section: section.index });
    }
    for (const block of blocks) {
      if (seen.has(block.index) || block.kind === 'heading' || !block.prose.trim()) continue;
      if (isPlaceholderArgument(block.text)) continue;
      if (block.kind === 'listItem' && doc.blocks[block.parent] && seen.has(block.parent)) continue;
      // A table's header row names its columns; it is no consequence.
      if (block.kind === 'tableRow' && block.rowIndex === 0) continue;
      const polarity: Polarity =
        inherited ?? polarityCell(block) ?? (namesOwnCost(block.prose) ? 'bad' : 'neutral');
      result.push({
        text: block.text,
        polarity,
        span: block.span,
        block: block.index,
        section: section.index,
      });
    }
  }
  return result;
}
