import type { AdrDocument, Block } from '../model.js';
import { isPlaceholderArgument } from './placeholders.js';

export interface Sentence {
  text: string;
  block: Block;
}

/** Splits prose into sentences; abbreviations like "e.g." and version numbers stay whole. */
export function splitSentences(prose: string): string[] {
  const flat = prose.replace(/\s+/g, ' ').trim();
  if (!flat) return [];
  const parts = flat.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(*`])/u);
  const merged: string[] = [];
  for (const part of parts) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && /\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|resp)\.$/i.test(previous)) {
      merged[merged.length - 1] = `${previous} ${part}`;
    } else merged.push(part);
  }
  return merged;
}

const proseCache = new WeakMap<AdrDocument, Sentence[]>();
const textCache = new WeakMap<AdrDocument, Sentence[]>();

function sentencesOf(
  document: AdrDocument,
  field: 'prose' | 'text',
  cache: WeakMap<AdrDocument, Sentence[]>,
) {
  let sentences = cache.get(document);
  if (!sentences) {
    sentences = [];
    for (const block of document.blocks) {
      if (block.quoted || block.kind === 'code' || block.kind === 'html') continue;
      // A template's prompt left in ("Bad, because {negative consequence, ...}") states nothing.
      if (isPlaceholderArgument(block.prose)) continue;
      for (const text of splitSentences(block[field])) sentences.push({ text, block });
    }
    cache.set(document, sentences);
  }
  return sentences;
}

/** Every prose sentence of the document outside code, HTML and quotations, memoised per document. */
export function proseSentences(document: AdrDocument): Sentence[] {
  return sentencesOf(document, 'prose', proseCache);
}

/**
 * The same sentences with inline code spans kept as their text: where a name is searched for, since
 * records often write the tool they turned down as code ("support in `adr-tools` was refused").
 */
export function textSentences(document: AdrDocument): Sentence[] {
  return sentencesOf(document, 'text', textCache);
}
