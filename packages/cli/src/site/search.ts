// The full-text search index, built once at build time with MiniSearch and shipped as a script
// (not JSON to fetch) so search works from file:// as well as from a web server.
import MiniSearch, { type Options } from 'minisearch';
import type { SiteRecord } from './collect.js';

interface SearchDocument {
  id: string;
  title: string;
  body: string;
  tags: string;
  status: string;
  number: string;
}

/** Options the browser must load the index with: the same fields the index was built from. */
export const SEARCH_OPTIONS = {
  fields: ['title', 'body', 'tags', 'status', 'number'],
  storeFields: [],
  searchOptions: { boost: { title: 3, tags: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
} satisfies Options<SearchDocument>;

function searchDocument(record: SiteRecord): SearchDocument {
  return {
    id: record.id,
    title: record.title,
    // The parser's blocks are the text without markup, so link targets and emphasis marks stay out.
    body: record.document.blocks.map((b) => b.text).join('\n'),
    tags: record.tags.join(' '),
    status: record.statusText ?? '',
    number: record.number === null ? '' : String(record.number),
  };
}

/** `search-index.js`: assigns the serialised index and its options to `window.DOCKET_SEARCH`. */
export function searchIndexScript(records: readonly SiteRecord[]): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(records.map(searchDocument));
  const payload = JSON.stringify({ options: SEARCH_OPTIONS, index });
  // "</" cannot end a script block here, but keep the file safe to inline anyway.
  return `window.DOCKET_SEARCH = ${payload.replace(/<\//g, '<\\/')};\n`;
}
