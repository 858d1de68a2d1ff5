import { describe, expect, it } from 'vitest';
import { linkTargets, parseMarkdown, renderMarkdown } from './markdown.js';

const render = (text: string, rewriteUrl?: (url: string) => string | undefined) =>
  renderMarkdown(parseMarkdown(text), { rewriteUrl });

describe('renderMarkdown', () => {
  it('drops the frontmatter and the title and renders GitHub-flavoured markdown', () => {
    const out = render(
      '---\nstatus: accepted\n---\n# Use Postgres\n\n## Context\n\n| a | b |\n|---|---|\n| 1 | ~~2~~ |\n',
    );
    expect(out).not.toContain('status: accepted');
    expect(out).not.toContain('Use Postgres');
    expect(out).toContain('<h2>Context</h2>');
    expect(out).toContain('<td><del>2</del></td>');
  });

  it('removes scripts, event handlers and javascript: URLs but keeps harmless HTML', () => {
    const out = render(
      '# T\n\nText <script>alert(1)</script> <img src="x.png" onerror="alert(2)"> <b>bold</b>\n\n<script>alert(3)</script>\n\n[click](javascript:alert(4))\n\n<details><summary>More</summary>Hidden</details>\n',
    );
    expect(out).not.toMatch(/<script|onerror|javascript:|alert\(\d\)<\/script/i);
    expect(out).toContain('<b>bold</b>');
    expect(out).toContain('<details><summary>More</summary>Hidden</details>');
    expect(out).toContain('<img src="x.png">');
  });

  it('rewrites link destinations the caller maps and keeps the others', () => {
    const text =
      '# T\n\nSee [the old one](0002-old.md) and [docs](https://example.org/a).\n\n[ref]: 0003-ref.md\n';
    const tree = parseMarkdown(text);
    expect(linkTargets(tree)).toEqual(['0002-old.md', 'https://example.org/a', '0003-ref.md']);
    const out = renderMarkdown(tree, { rewriteUrl: (u) => (u.endsWith('.md') ? `p/${u}.html` : undefined) });
    expect(out).toContain('href="p/0002-old.md.html"');
    expect(out).toContain('href="https://example.org/a"');
    // The tree is not changed by rendering.
    expect(linkTargets(tree)[0]).toBe('0002-old.md');
  });
});
