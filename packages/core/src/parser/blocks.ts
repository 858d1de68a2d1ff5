import type { Heading, List, ListItem, Nodes, Parents, PhrasingContent, Root, Table } from 'mdast';
import type { Block, Section, SectionKind } from '../model.js';
import { spanOf, spanOfNode } from './positions.js';
import {
  type AliasTable,
  headingKey,
  kindOfHeading,
  OUTCOME_TITLE,
  readDesignAsDecision,
} from './section-kinds.js';

interface Inline {
  text: string;
  prose: string;
}

/**
 * An HTTP error status written as code (`409 Conflict`, `503`, `5xx`) is a word of the sentence, not
 * code: "when the lookup returns `404`" tells a failure only with it.
 */
const HTTP_ERROR_STATUS = /^(?:HTTP )?(?:[45]\d\d|[45]xx)(?: [A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,3})?$/;

/** Plain text of inline content; `prose` drops code spans (HTTP error statuses aside) so word searches never match code. */
function inlineText(nodes: readonly Nodes[]): Inline {
  let text = '';
  let prose = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        text += node.value;
        prose += node.value;
        break;
      case 'inlineCode':
        text += node.value;
        prose += HTTP_ERROR_STATUS.test(node.value) ? node.value : ' ';
        break;
      case 'break':
        text += '\n';
        prose += '\n';
        break;
      case 'image':
        text += node.alt ?? '';
        prose += node.alt ?? '';
        break;
      case 'html':
        break;
      default:
        if ('children' in node) {
          const inner = inlineText(node.children as Nodes[]);
          text += inner.text;
          prose += inner.prose;
        }
    }
  }
  return { text, prose };
}

function leadingStrong(children: readonly PhrasingContent[]): string | undefined {
  const first = children[0];
  if (first && (first.type === 'strong' || first.type === 'emphasis')) {
    const text = inlineText(first.children).text.trim();
    return text || undefined;
  }
  return undefined;
}

export interface HeadingInfo {
  node: Heading;
  text: string;
  index: number;
}

export interface WalkResult {
  blocks: Block[];
  sections: Section[];
  title: HeadingInfo | null;
  tableCount: number;
}

const NUMBER_PREFIX = /^\s*(?:\d+(?:\.\d+)*[.):]\s+|\d+\s+[-–—]\s+)/u;

/**
 * A paragraph that opens with a bold section name works as a heading in records written without
 * headings ("**Decision:** We will use Unleash", or "**Consequences**" on a line of its own). The
 * label must be the whole bold text and name a section of the alias table exactly; it is followed
 * by a colon or by nothing, so a bold phrase that starts a sentence ("**Decision** makers agreed")
 * is not a label.
 */
interface SectionLabel {
  title: string;
  kind: SectionKind;
  /** Nothing follows the label: the paragraph is a heading and nothing else. */
  alone: boolean;
}

function sectionLabel(children: readonly PhrasingContent[], aliases: AliasTable): SectionLabel | null {
  const [first, ...others] = children;
  if (first?.type !== 'strong') return null;
  const label = inlineText(first.children).text.trim();
  const title = label.replace(/:$/, '').trim();
  const kind = aliases.get(headingKey(title)) ?? null;
  // A status label is a metadata line, read as such.
  if (!kind || kind === 'status') return null;
  // Only then the rest of the paragraph: most bold openings name no section at all.
  const after = inlineText(others).text;
  const colon = label.endsWith(':') || /^\s*:/.test(after);
  const rest = after.replace(/^\s*:?\s*/, '');
  if (!colon && rest !== '') return null;
  return { title, kind, alone: rest === '' };
}

/** Headings that argue for and against a choice: the decision's consequences when they follow it. */
const DECISION_ARGUMENTS = /^(?:pros|cons|advantages|disadvantages|benefits|drawbacks|downsides|upsides)$/;

/** A section that weighs options, where a sub-heading or a bold label names an option. */
const weighsOptions = (section: Section | undefined): boolean =>
  section?.effectiveKind === 'options' || section?.effectiveKind === 'proscons';

export function walkDocument(
  root: Root,
  text: string,
  lineStarts: number[],
  aliases: AliasTable,
): WalkResult {
  const blocks: Block[] = [];
  const sections: Section[] = [];
  const stack: Section[] = [];
  let title: HeadingInfo | null = null;
  let tableCount = 0;

  const currentSection = () => stack[stack.length - 1]?.index ?? -1;

  const addBlock = (block: Omit<Block, 'index' | 'section'>): Block => {
    // The walk builds each block for this call alone, so it is completed in place: a spread copy of
    // every block was a measurable share of the walk.
    const full = block as Block;
    full.index = blocks.length;
    full.section = currentSection();
    blocks.push(full);
    for (const section of stack) section.allBlocks.push(full.index);
    const own = stack[stack.length - 1];
    if (own) own.blocks.push(full.index);
    return full;
  };

  /** Sections opened by a bold label rather than a heading; they close at the next label too. */
  const labelled = new Set<number>();

  /**
   * "## Pros" / "## Cons" / "## Drawbacks" after the decision, at the top level or under it: the
   * decision's own benefits and costs, so its consequences. Under an option heading they stay
   * that option's arguments, and before any decision they may weigh something else.
   */
  const decisionArgumentsKind = (key: string, parent: Section | undefined): SectionKind | null => {
    if (!DECISION_ARGUMENTS.test(key)) return null;
    if (parent ? parent.effectiveKind !== 'outcome' : !sections.some((s) => s.effectiveKind === 'outcome'))
      return null;
    return 'consequences';
  };

  const openSection = (
    heading: { raw: string; depth: number; position: Heading['position'] },
    labelKind?: SectionKind,
  ) => {
    const { raw } = heading;
    const cleaned = raw.replace(NUMBER_PREFIX, '').trim() || raw;
    while (stack.length > 0 && (stack[stack.length - 1] as Section).level >= heading.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const key = headingKey(raw);
    const kind =
      labelKind ??
      (OUTCOME_TITLE.test(cleaned) ? 'outcome' : null) ??
      kindOfHeading(key, aliases, weighsOptions(parent)) ??
      decisionArgumentsKind(key, parent);
    const span = spanOfNode(lineStarts, heading.position);
    const section: Section = {
      index: sections.length,
      title: cleaned,
      key,
      level: heading.depth,
      kind,
      effectiveKind: kind ?? parent?.effectiveKind ?? null,
      parent: parent?.index ?? -1,
      children: [],
      span,
      range: { ...span },
      blocks: [],
      allBlocks: [],
    };
    parent?.children.push(section.index);
    sections.push(section);
    stack.push(section);
  };

  /**
   * Opens the section a bold label names. Under a section of another kind the label starts the
   * next section ("## Status", "Accepted", "**Context:** ..."); under a heading of no kind
   * ("## Wildcard domains", "**Decision:** ...") it is a part of that section. Under a section of
   * its own kind it adds nothing ("## Decision", "**Decision:** ..."), and inside an options or
   * pros-and-cons section "**Consequences:**" under an option is that option's own text.
   */
  const openLabelledSection = (label: SectionLabel, node: Nodes): boolean => {
    const top = stack[stack.length - 1];
    const parent = top && labelled.has(top.index) ? stack[stack.length - 2] : top;
    if (parent?.effectiveKind === label.kind || weighsOptions(parent)) return false;
    const sibling = parent?.kind != null;
    const depth = parent ? parent.level + (sibling ? 0 : 1) : 2;
    openSection({ raw: label.title, depth, position: node.position }, label.kind);
    labelled.add(sections.length - 1);
    return true;
  };

  const listMarker = (item: ListItem): string => {
    const start = item.position?.start.offset ?? 0;
    const match = /^(?:[*+-]|\d+[.)])/.exec(text.slice(start, start + 12));
    return match ? match[0] : '';
  };

  const visitList = (list: List, quoted: boolean, depth: number, parent: number) => {
    for (const item of list.children) {
      const own = item.children.filter((child) => child.type !== 'list');
      const firstParagraph = own.find((child) => child.type === 'paragraph');
      const inline = { text: '', prose: '' };
      for (const child of own) {
        if (child.type === 'paragraph' || child.type === 'heading') {
          const part = inlineText(child.children);
          inline.text += (inline.text ? '\n' : '') + part.text;
          inline.prose += (inline.prose ? '\n' : '') + part.prose;
        }
      }
      const start = item.position?.start.offset ?? 0;
      const lastOwn = own[own.length - 1];
      const end = lastOwn?.position?.end.offset ?? item.position?.end.offset ?? start;
      const marker = listMarker(item);
      const block = addBlock({
        kind: 'listItem',
        text: inline.text.trim(),
        prose: inline.prose.trim(),
        span: spanOf(lineStarts, start, end),
        depth,
        parent,
        quoted,
        ...(marker ? { marker } : {}),
        ...(firstParagraph?.type === 'paragraph' && leadingStrong(firstParagraph.children)
          ? { leadStrong: leadingStrong(firstParagraph.children) as string }
          : {}),
      });
      for (const child of item.children) {
        if (child.type === 'list') visitList(child, quoted, depth + 1, block.index);
        else if (child.type !== 'paragraph' && child.type !== 'heading')
          visit(child, quoted, depth + 1, block.index);
      }
    }
  };

  const visitTable = (table: Table, quoted: boolean) => {
    const tableIndex = tableCount++;
    table.children.forEach((row, rowIndex) => {
      const cells = row.children.map((cell) => inlineText(cell.children));
      addBlock({
        kind: 'tableRow',
        text: cells.map((c) => c.text.trim()).join(' | '),
        prose: cells.map((c) => c.prose.trim()).join(' | '),
        span: spanOfNode(lineStarts, row.position),
        depth: 0,
        parent: -1,
        quoted,
        cells: cells.map((c) => c.text.trim()),
        rowIndex,
        table: tableIndex,
      });
    });
  };

  function visit(node: Nodes, quoted: boolean, depth: number, parent: number): void {
    switch (node.type) {
      case 'heading': {
        if (depth > 0 || quoted) {
          const inline = inlineText(node.children);
          addBlock({
            kind: 'heading',
            ...inline,
            span: spanOfNode(lineStarts, node.position),
            depth,
            parent,
            quoted,
          });
          return;
        }
        if (node.depth === 1 && title === null && sections.length === 0) {
          title = { node, text: inlineText(node.children).text.trim(), index: -1 };
          return;
        }
        openSection({
          raw: inlineText(node.children).text.trim(),
          depth: node.depth,
          position: node.position,
        });
        return;
      }
      case 'paragraph': {
        const label = depth === 0 && !quoted ? sectionLabel(node.children, aliases) : null;
        // The label stays in the paragraph's text: "Decision: OpenSearch" states a choice.
        if (label && openLabelledSection(label, node) && label.alone) return;
        const inline = inlineText(node.children);
        const lead = leadingStrong(node.children);
        addBlock({
          kind: 'paragraph',
          text: inline.text.trim(),
          prose: inline.prose.trim(),
          span: spanOfNode(lineStarts, node.position),
          depth,
          parent,
          quoted,
          ...(lead ? { leadStrong: lead } : {}),
        });
        return;
      }
      case 'list':
        visitList(node, quoted, depth, parent);
        return;
      case 'table':
        visitTable(node, quoted);
        return;
      case 'code':
        addBlock({
          kind: 'code',
          text: node.value,
          prose: '',
          span: spanOfNode(lineStarts, node.position),
          depth,
          parent,
          quoted,
        });
        return;
      case 'html':
        addBlock({
          kind: 'html',
          text: node.value,
          prose: '',
          span: spanOfNode(lineStarts, node.position),
          depth,
          parent,
          quoted,
        });
        return;
      case 'definition':
        return;
      case 'blockquote':
        for (const child of node.children) visit(child, true, depth, parent);
        return;
      default:
        if ('children' in node)
          for (const child of (node as Parents).children) visit(child as Nodes, quoted, depth, parent);
    }
  }

  for (const child of root.children) visit(child, false, 0, -1);

  // A section's range runs from its heading to the end of its last block.
  for (const section of sections) {
    const last = blocks[section.allBlocks[section.allBlocks.length - 1] ?? -1];
    if (last) {
      section.range = spanOf(
        lineStarts,
        section.span.offset,
        Math.max(section.span.endOffset, last.span.endOffset),
      );
    }
  }
  readDesignAsDecision(sections);
  return { blocks, sections, title, tableCount };
}
