// ADR markdown to HTML for the site: remark parses, remark-rehype converts, rehype-raw reads any
// raw HTML the author wrote so that rehype-sanitize (GitHub's schema) can drop scripts, event
// handlers and javascript: URLs, and rehype-stringify prints the rest. A record is parsed once:
// the same tree gives the links between records and, after they are resolved, the page body.
import type { Root as HastRoot } from 'hast';
import type { Definition, Link, Root, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize);
const printer = unified().use(rehypeStringify);

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

type UrlNode = Link | Definition;

function visitUrls(node: Root | RootContent, visit: (node: UrlNode) => void): void {
  if (node.type === 'link' || node.type === 'definition') visit(node);
  if ('children' in node) for (const child of node.children) visitUrls(child, visit);
}

/** Every link destination in the document, as written. */
export function linkTargets(tree: Root): string[] {
  const targets: string[] = [];
  visitUrls(tree, (node) => targets.push(node.url));
  return targets;
}

export interface RenderOptions {
  /** The new destination of a link (for example another record's page), or undefined to keep it. */
  rewriteUrl?: (url: string) => string | undefined;
}

/**
 * The record's body as sanitised HTML, without its frontmatter and its first level-1 heading (the
 * page shows the title and metadata itself). The tree is copied, never changed.
 */
export function renderMarkdown(tree: Root, options: RenderOptions = {}): string {
  const copy = structuredClone(tree);
  const titleIndex = copy.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  copy.children = copy.children.filter(
    (node, i) => node.type !== 'yaml' && (node as { type: string }).type !== 'toml' && i !== titleIndex,
  );
  const rewrite = options.rewriteUrl;
  if (rewrite) {
    visitUrls(copy, (node) => {
      const url = rewrite(node.url);
      if (url !== undefined) node.url = url;
    });
  }
  const hast = toHast.runSync(copy) as HastRoot;
  return printer.stringify(hast);
}
