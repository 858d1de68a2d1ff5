import type { DocumentRule } from '../engine/types.js';
import type { AdrDocument, Block, Span } from '../model.js';
import { allMatches } from '../text/regexp.js';

interface Options {
  statuses: string[];
}

/** A word of the decision, with the block it came from so a finding can point at it. */
interface Word {
  text: string;
  block: Block;
}

/** Inline links and images: their words are references, and adding or changing a link is allowed. */
const INLINE_LINK =
  /!?\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)|!?\[[^\]]*\]\[[^\]]*\]|<https?:[^>\s]*>|https?:\/\/\S+/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Words that introduce a link ("See also", "Amended by", "Relates to"): added or removed with one. */
const LINK_WORDS = new Set(
  'see also amended amends by related relates relating to refer refers cf and or the adr record superseded supersedes clarified clarifies extended extends for more details in'.split(
    ' ',
  ),
);

/** The words of the record's decision (outcome sections and their subsections), in reading order. */
function decisionWords(document: AdrDocument): Word[] | null {
  const outcome = document.sections.filter((section) => section.kind === 'outcome');
  if (outcome.length === 0) return null;
  const seen = new Set<number>();
  const words: Word[] = [];
  for (const section of outcome) {
    for (const index of section.allBlocks) {
      if (seen.has(index)) continue;
      seen.add(index);
      const block = document.blocks[index] as Block;
      const source = document.text
        .slice(block.span.offset, block.span.endOffset)
        .replace(HTML_COMMENT, ' ')
        .replace(INLINE_LINK, ' ');
      for (const match of allMatches(source, WORD)) words.push({ text: match[0].toLowerCase(), block });
    }
  }
  return words;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const at = (i: number, j: number) => (rows[i] as number[])[j] as number;
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** A spelling fix, not a different word: letters only, and one slip (two in a long word). */
function isTypoFix(before: string, after: string): boolean {
  if (/\d/.test(before) || /\d/.test(after)) return false;
  const length = Math.max(before.length, after.length);
  if (length < 3) return false;
  return editDistance(before, after) <= (length >= 7 ? 2 : 1);
}

interface Hunk {
  removed: Word[];
  added: Word[];
  /** A word of the new text beside the hunk, to point at when words were only removed. */
  near: Word | undefined;
}

/** Words aligned beyond this many on each side are compared as one changed stretch (a rewrite). */
const MAX_ALIGNED_WORDS = 3000;

/** The changed stretches between two word lists: common ends trimmed, the middle aligned by LCS. */
function hunks(before: Word[], after: Word[]): Hunk[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start]?.text === after[start]?.text) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end]?.text === after[after.length - 1 - end]?.text
  )
    end++;
  const removed = before.slice(start, before.length - end);
  const added = after.slice(start, after.length - end);
  const previous = after[start - 1];
  const following = after[after.length - end];
  if (removed.length === 0 && added.length === 0) return [];
  if (removed.length > MAX_ALIGNED_WORDS || added.length > MAX_ALIGNED_WORDS)
    return [{ removed, added, near: previous ?? following }];
  return alignedHunks(removed, added, previous, following);
}

function alignedHunks(
  before: Word[],
  after: Word[],
  previous: Word | undefined,
  following: Word | undefined,
): Hunk[] {
  const n = before.length;
  const m = after.length;
  // lengths[i * (m + 1) + j]: the longest common subsequence of before[i..] and after[j..].
  const lengths = new Uint32Array((n + 1) * (m + 1));
  const cell = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[cell(i, j)] =
        before[i]?.text === after[j]?.text
          ? (lengths[cell(i + 1, j + 1)] as number) + 1
          : Math.max(lengths[cell(i + 1, j)] as number, lengths[cell(i, j + 1)] as number);
    }
  }
  const result: Hunk[] = [];
  let current: Hunk | null = null;
  let i = 0;
  let j = 0;
  const near = () => after[j - 1] ?? previous ?? after[j] ?? following;
  while (i < n || j < m) {
    if (i < n && j < m && before[i]?.text === after[j]?.text) {
      if (current) result.push({ ...current, near: near() });
      current = null;
      i++;
      j++;
      continue;
    }
    current ??= { removed: [], added: [], near: undefined };
    if (j < m && (i === n || (lengths[cell(i, j + 1)] as number) >= (lengths[cell(i + 1, j)] as number)))
      current.added.push(after[j++] as Word);
    else current.removed.push(before[i++] as Word);
  }
  if (current) result.push({ ...(current as Hunk), near: near() });
  return result;
}

/** Typo-sized: each removed word replaced by its spelling fix, or only link words around a link. */
function isAllowed(hunk: Hunk): boolean {
  if (hunk.removed.length === hunk.added.length) {
    if (hunk.removed.every((word, k) => isTypoFix(word.text, (hunk.added[k] as Word).text))) return true;
  }
  return [...hunk.removed, ...hunk.added].every((word) => LINK_WORDS.has(word.text));
}

function quote(words: Word[]): string {
  const shown = words.slice(0, 8).map((word) => word.text);
  return `${shown.join(' ')}${words.length > 8 ? ' …' : ''}`;
}

const BASE_EXAMPLE = `# 3. Use PostgreSQL for orders

Date: 2024-01-10

## Status

Accepted

## Decision

We will store orders in PostgreSQL 16, with one schema per service.
`;

/** The decision of a record accepted at the git base may not change: a new decision is a new record. */
export const acceptedImmutable: DocumentRule<Options> = {
  meta: {
    id: 'accepted-immutable',
    description:
      'Disallow changing the decision of a record that was already accepted at the git base (`--base <ref>`).',
    category: 'structure',
    severity: 'error',
    recommended: true,
    legacy: true,
    fixable: false,
    scope: 'document',
    schema: {
      type: 'object',
      properties: {
        statuses: {
          type: 'array',
          items: { type: 'string' },
          minItems: 1,
          description:
            'Statuses (at the base) whose decision is frozen, in the lifecycle vocabulary; a record in any of them must not change its decision.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { statuses: ['accepted'] },
    messages: {
      changed:
        'This record was {{status}} at the git base, and its decision has changed ("{{before}}" became "{{after}}"); keep the accepted decision as it was and write a new record that supersedes this one.',
      added:
        'This record was {{status}} at the git base, and its decision has changed (added "{{after}}"); keep the accepted decision as it was and write a new record that supersedes this one.',
      removed:
        'This record was {{status}} at the git base, and its decision has changed (removed "{{before}}"); keep the accepted decision as it was and write a new record that supersedes this one.',
      decisionRemoved:
        'This record was {{status}} at the git base, and its decision section has been removed; restore it and write a new record that supersedes this one.',
    },
    rationale:
      'An accepted record is what the team agreed to, and what later records and code reviews cite. Editing its decision in place rewrites history: readers of the old discussion and of records that cite it see a decision nobody agreed to. A changed decision is a new record that supersedes the old one.',
    docs: {
      incorrect: [
        {
          path: 'docs/adr/0003-use-postgresql.md',
          baseText: BASE_EXAMPLE,
          text: BASE_EXAMPLE.replace('PostgreSQL 16', 'MySQL 8'),
        },
      ],
      correct: [
        {
          path: 'docs/adr/0003-use-postgresql.md',
          // A spelling fix in the decision and a status change are allowed.
          baseText: BASE_EXAMPLE.replace('per service', 'per servce'),
          text: BASE_EXAMPLE.replace(
            'Accepted',
            'Superseded by [9. Use MySQL for orders](0009-use-mysql.md)',
          ),
        },
      ],
      howToFix:
        'Restore the decision as it was accepted (`git show <base>:<file>` prints it) and write the new decision as a new record that supersedes this one (`Supersedes [...]` on the new record, `Superseded by [...]` and status superseded on this one). Status changes, added links and spelling fixes are allowed and not reported. The rule runs only when `docket lint` is given `--base <ref>` (or `--since <ref>`) inside a git repository.',
      whenNotToUse:
        'Turn it off if your team amends accepted records in place and keeps the history in git instead of in superseding records. Records still under discussion are never checked: only those in one of the `statuses` (default: accepted) at the base.',
    },
  },
  check({ document, base, options, report }) {
    const status = base?.status?.normalized;
    if (!base || !status || !options.statuses.includes(status)) return;
    const before = decisionWords(base);
    if (!before) return; // no decision section at the base: nothing the rule can compare
    const after = decisionWords(document);
    const data = { status };
    if (!after) {
      report({ messageId: 'decisionRemoved', span: document.title?.span, data });
      return;
    }
    const first = hunks(before, after).find((hunk) => !isAllowed(hunk));
    if (!first) return;
    const outcome = document.sections.find((section) => section.kind === 'outcome');
    const at: Span | undefined = (first.added[0] ?? first.near)?.block.span ?? outcome?.span;
    const messageId = first.removed.length === 0 ? 'added' : first.added.length === 0 ? 'removed' : 'changed';
    report({
      messageId,
      span: at,
      data: { ...data, before: quote(first.removed), after: quote(first.added) },
    });
  },
};
