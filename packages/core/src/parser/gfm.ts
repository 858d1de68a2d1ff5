// Markdown to mdast as records use it: CommonMark, YAML frontmatter and GitHub-flavoured tables,
// task lists, strikethrough and footnotes, without autolink literals (bare `https://...` and
// e-mail addresses turned into links). The model reads their text either way, and recognising
// them means checking nearly every character of prose and a second pass over every text node:
// about a third of the parse time of a typical record.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Code, Construct, Extension, State, TokenizeContext } from 'micromark-util-types';

const table = (gfmTable().flow as Record<'null', Construct>).null;

/**
 * GFM's table construct is tried at the start of every line of prose, and reads the whole line
 * looking for cells before it gives up: about a tenth of the parse time of a record with a few
 * tables. A table head can only start on a line when that line holds a `|`, or the next one
 * (its delimiter row) holds a `|` or `:`; anywhere else the same attempt fails, so it is
 * refused before it starts. Body rows (after a head or row) need no pipe and are left alone.
 */
function guardedTable(source: string): Extension {
  function tokenizeTable(
    this: TokenizeContext,
    effects: Parameters<Construct['tokenize']>[0],
    ok: State,
    nok: State,
  ): State {
    const attempt = table.tokenize.call(this, effects, ok, nok);
    return (code: Code) => {
      if (!continuesTable(this) && !mayOpenTable(source, this.now().offset)) return nok(code);
      return attempt(code);
    };
  }
  return { flow: { null: { ...table, tokenize: tokenizeTable } } };
}

/** Whether the last event before this line (past line endings and indents) is a table's head or row. */
function continuesTable(context: TokenizeContext): boolean {
  const { events } = context;
  for (let index = events.length - 1; index > -1; index--) {
    const type = (events[index] as (typeof events)[number])[1].type;
    if (type === 'lineEnding' || type === 'linePrefix') continue;
    return type === 'tableHead' || type === 'tableRow';
  }
  return false;
}

const PIPE = 124;
const COLON = 58;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/** A `|` in the rest of this line, or a `|` or `:` in the next (any line ending counts). */
function mayOpenTable(source: string, offset: number): boolean {
  let line = 0;
  for (let index = offset; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === PIPE || (code === COLON && line === 1)) return true;
    if (code === LINE_FEED || code === CARRIAGE_RETURN) {
      if (code === CARRIAGE_RETURN && source.charCodeAt(index + 1) === LINE_FEED) index++;
      if (++line === 2) return false;
    }
  }
  return false;
}

const TASK_CHECKBOX = /\[[ \t\r\nxX]\]/;

const mdastTable = gfmTableFromMarkdown();
const mdastFrontmatter = frontmatterFromMarkdown(['yaml']);
const micromarkFrontmatter = frontmatter(['yaml']);
const footnotes = { syntax: gfmFootnote(), tree: gfmFootnoteFromMarkdown() };
const strikethrough = { syntax: gfmStrikethrough(), tree: gfmStrikethroughFromMarkdown() };
const taskLists = { syntax: gfmTaskListItem(), tree: gfmTaskListItemFromMarkdown() };

/**
 * Parses a record's markdown. Footnotes, strikethrough and task lists are switched on only when
 * the text holds the characters that start them (`[^`, `~`, a `[ ]`/`[x]` box): without those
 * they can never match, and each would otherwise be tried at every `[`, `~` or list item.
 */
export function parseMarkdown(source: string): Root {
  const extensions: Extension[] = [micromarkFrontmatter, guardedTable(source)];
  const mdastExtensions = [mdastFrontmatter, mdastTable];
  const optional = [
    source.includes('[^') ? footnotes : null,
    source.includes('~') ? strikethrough : null,
    TASK_CHECKBOX.test(source) ? taskLists : null,
  ];
  for (const part of optional) {
    if (!part) continue;
    extensions.push(part.syntax);
    mdastExtensions.push(part.tree);
  }
  return fromMarkdown(source, { extensions, mdastExtensions });
}
