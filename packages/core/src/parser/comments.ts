// HTML comments, found through the markdown tree so that a comment shown inside a code block or
// a code span is text, not a comment. Inline directives are read from these.
import type { Nodes, Root } from 'mdast';
import type { HtmlComment } from '../model.js';
import { spanOf } from './positions.js';

const COMMENT = /<!--([\s\S]*?)-->/g;

export function collectComments(root: Root, text: string, lineStarts: number[]): HtmlComment[] {
  const comments: HtmlComment[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      // The source slice, not node.value: inside lists and blockquotes the value loses its prefixes.
      for (const match of text.slice(start, end).matchAll(COMMENT)) {
        const offset = start + match.index;
        comments.push({
          text: (match[1] ?? '').trim(),
          span: spanOf(lineStarts, offset, offset + match[0].length),
        });
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(root);
  return comments;
}
