import type { AdrDocument, Block } from '../model.js';

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

const cache = new WeakMap<AdrDocument, Sentence[]>();

/** Every prose sentence of the document outside code, HTML and quotations, memoised per document. */
export function proseSentences(document: AdrDocument): Sentence[] {
  let sentences = cache.get(document);
  if (!sentences) {
    sentences = [];
    for (const block of document.blocks) {
      if (block.quoted || block.kind === 'code' || block.kind === 'html') continue;
      for (const text of splitSentences(block.prose)) sentences.push({ text, block });
    }
    cache.set(document, sentences);
  }
  return sentences;
}
