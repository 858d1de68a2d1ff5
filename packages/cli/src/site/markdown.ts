// ADR markdown to HTML for the site: remark parses, remark-rehype converts, rehype-raw reads any
// raw HTML the author wrote so that rehype-sanitize (GitHub's schema) can drop scripts, event
// handlers and javascript: URLs, and rehype-stringify prints the rest. A record is parsed once:
// the same tree gives the links between records and, after they are resolved, the page body.
import type { Element as HastElement, Root as HastRoot } from 'hast';
import type { Definition, Link, Root, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
const printer = unified().use(rehypeStringify);

/** Rewrites links' `href`s and images' `src`s before sanitising, with the function the caller put in the file's data. */
function rehypeRewriteLinks() {
  return (tree: HastRoot, file: VFile) => {
    const rewrite = file.data.rewriteUrl as RenderOptions['rewriteUrl'];
    const rewriteImage = file.data.rewriteImage as RenderOptions['rewriteImage'];
    if (!rewrite && !rewriteImage) return;
    const visit = (node: HastRoot | HastElement | HastRoot['children'][number]) => {
      if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
        const url = rewrite?.(node.properties.href);
        if (url !== undefined) node.properties.href = url;
      }
      if (node.type === 'element' && node.tagName === 'img' && typeof node.properties.src === 'string') {
        const url = rewriteImage?.(node.properties.src);
        if (url !== undefined) node.properties.src = url;
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}

// rehype-raw re-parses the whole tree with an HTML parser: only records that contain raw HTML
// need it, and without raw HTML there is nothing for it to do.
const toHast = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRewriteLinks)
  .use(rehypeSanitize);
const toHastWithRaw = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeRewriteLinks)
  .use(rehypeSanitize);

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
  /** The new source of an image (a copy in the site), or undefined to keep it. */
  rewriteImage?: (src: string) => string | undefined;
}

function hasRawHtml(node: Root | RootContent): boolean {
  if (node.type === 'html') return true;
  return 'children' in node && node.children.some(hasRawHtml);
}

/**
 * The record's body as sanitised HTML, without its frontmatter and its first level-1 heading (the
 * page shows the title and metadata itself). The tree is not changed.
 */
export function renderMarkdown(tree: Root, options: RenderOptions = {}): string {
  const titleIndex = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  const body: Root = {
    ...tree,
    children: tree.children.filter(
      (node, i) => node.type !== 'yaml' && (node as { type: string }).type !== 'toml' && i !== titleIndex,
    ),
  };
  const file = new VFile();
  file.data.rewriteUrl = options.rewriteUrl;
  file.data.rewriteImage = options.rewriteImage;
  const processor = hasRawHtml(body) ? toHastWithRaw : toHast;
  const hast = processor.runSync(body, file) as HastRoot;
  return printer.stringify(hast);
}
