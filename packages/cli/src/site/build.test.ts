import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempRepos } from '../testing/fixtures.js';
import { adrToolsRepo, log4brainsRepo, madr2Repo, madr3Repo, madr4Repo } from '../testing/site-fixtures.js';
import { MANIFEST } from './output.js';

const repo = useTempRepos();

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(join(dir, entry.name), `${rel}/`)));
    else out.push(rel);
  }
  return out.sort();
}

const read = (root: string, path: string) => readFile(join(root, path), 'utf8');
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe('docket site build: the layouts teams keep', () => {
  it.each([
    ['adr-tools', adrToolsRepo, 'doc-architecture-decisions', 4],
    ['MADR 2', madr2Repo, 'docs-adr', 3],
    ['MADR 3', madr3Repo, 'docs-decisions', 2],
    ['MADR 4', madr4Repo, 'docs-decisions', 1],
    ['log4brains', log4brainsRepo, 'docs-adr', 2],
  ])('%s: one page per record, an index, relative links only', async (_name, files, section, count) => {
    const root = await repo(files);
    const { code, stdout, stderr } = await run(['site', 'build', '--no-git'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`${count} record${count === 1 ? '' : 's'}`);
    const written = await filesUnder(join(root, 'adr-site'));
    const pages = written.filter((f) => f.startsWith(`${section}/`) && f.endsWith('.html'));
    expect(pages).toHaveLength(count);
    expect(written).toEqual(
      expect.arrayContaining([
        'index.html',
        'search-index.js',
        'assets/minisearch.js',
        'assets/site.js',
        MANIFEST,
      ]),
    );
    for (const page of ['index.html', ...pages]) {
      const text = await read(root, `adr-site/${page}`);
      // Root-relative or absolute URLs would break on a sub-path (GitHub Pages) and on file://.
      expect(text).not.toMatch(/(?:href|src)="(?:\/|file:|https?:\/\/(?!www\.w3\.org))/);
    }
    const index = await read(root, 'adr-site/index.html');
    for (const page of pages) expect(index).toContain(`href="${page}"`);
  });

  it('adr-tools: supersession shows on both records and in the graph', async () => {
    const root = await repo(adrToolsRepo);
    expect((await run(['site', 'build', '--no-git'], root)).code).toBe(0);
    const old = await read(root, 'adr-site/doc-architecture-decisions/0002-keep-orders-in-postgresql.html');
    expect(old).toMatch(
      /<li data-relation="superseded-by">Superseded by <a href="\.\.\/doc-architecture-decisions\/0003-move-orders-to-an-event-store\.html">ADR 3 · Move orders to an event store<\/a>/,
    );
    expect(old).toContain('class="banner superseded"');
    const successor = await read(
      root,
      'adr-site/doc-architecture-decisions/0003-move-orders-to-an-event-store.html',
    );
    expect(successor).toMatch(
      /data-relation="supersedes">Supersedes <a href="\.\.\/doc-architecture-decisions\/0002/,
    );
    // The link written in the Status section points at the successor's page, not at the markdown file.
    expect(old).toContain('href="../doc-architecture-decisions/0003-move-orders-to-an-event-store.html"');
    expect(old).not.toContain('0003-move-orders-to-an-event-store.md"');
    const index = await read(root, 'adr-site/index.html');
    expect(index).toContain('<svg class="relations-graph"');
  });

  it('never lets a planted script or event handler into a page', async () => {
    const root = await repo(adrToolsRepo);
    expect((await run(['site', 'build', '--no-git'], root)).code).toBe(0);
    const page = await read(
      root,
      'adr-site/doc-architecture-decisions/0004-render-receipts-on-the-server.html',
    );
    expect(page).not.toContain('__docketPwned');
    expect(page).not.toMatch(/onerror/i);
    expect(page).not.toContain('<script');
    expect(page).toContain('Receipts are printed from the browser today');
  });

  it('MADR 2: a status line "superseded by" and dates and deciders from the bullets', async () => {
    const root = await repo(madr2Repo);
    expect((await run(['site', 'build', '--no-git'], root)).code).toBe(0);
    const old = await read(root, 'adr-site/docs-adr/0002-host-the-shop-on-heroku.html');
    expect(old).toContain(
      'data-relation="superseded-by">Superseded by <a href="../docs-adr/0003-host-the-shop-on-kubernetes.html"',
    );
    const first = await read(root, 'adr-site/docs-adr/0001-use-markdown-architectural-decision-records.html');
    expect(first).toContain('<dt>Date</dt><dd>2021-02-11</dd>');
    expect(first).toContain('<dt>Deciders</dt><dd>Anna Lindqvist, Ben Okafor</dd>');
  });

  it('log4brains: tags become filters and a plain link relates records both ways', async () => {
    const root = await repo(log4brainsRepo);
    expect((await run(['site', 'build', '--no-git'], root)).code).toBe(0);
    const index = await read(root, 'adr-site/index.html');
    expect(index).toContain('<option value="doc">doc (2)</option>');
    expect(index).toContain('<option value="ci">ci (1)</option>');
    expect(index).toContain('data-tags="dev-tools\ndoc"');
    const first = await read(root, 'adr-site/docs-adr/20240105-use-log4brains-to-manage-the-adrs.html');
    expect(first).toContain(
      'data-relation="linked-from">Linked from <a href="../docs-adr/20240212-deploy-the-knowledge-base-to-github-pages.html"',
    );
  });

  it('a monorepo gets one section per ADR folder', async () => {
    const root = await repo({
      '.log4brains.yml':
        'project:\n  name: shop\n  adrFolder: ./docs/adr\n  packages:\n    - name: billing\n      path: ./packages/billing\n      adrFolder: ./packages/billing/adr\n',
      ...Object.fromEntries(Object.entries(madr2Repo).map(([p, t]) => [p, t])),
      'packages/billing/adr/0001-queue-emails-through-sqs.md': madr4Repo[
        'docs/decisions/0001-queue-emails-through-sqs.md'
      ] as string,
    });
    const { code, stdout } = await run(['site', 'build', '--no-git'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('4 records in 2 sections');
    const index = await read(root, 'adr-site/index.html');
    expect(index).toContain('<h2>docs/adr</h2>');
    expect(index).toContain('<h2>packages/billing/adr</h2>');
    expect(await exists(join(root, 'adr-site/packages-billing-adr/0001-queue-emails-through-sqs.html'))).toBe(
      true,
    );
  });
});

describe('docket site build: images', () => {
  it('copies the images a record shows from the project and points the page at the copies', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 3]);
    const root = await repo({
      'docs/adr/0001-draw-the-flow.md':
        '# 1. Draw the flow\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n![order flow](img/order%20flow.png) ![shared](../shared.svg) ![outside](../../../etc/x.png) ![remote](https://example.org/a.png) ![missing](img/missing.png)\n',
      'docs/shared.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'docs/adr/img/notes.txt': 'diagrams for the records\n',
    });
    await writeFile(join(root, 'docs/adr/img/order flow.png'), png);
    expect((await run(['site', 'build', '--no-git'], root)).code).toBe(0);
    const page = await read(root, 'adr-site/docs-adr/0001-draw-the-flow.html');
    expect(page).toContain('src="../files/docs/adr/img/order%20flow.png"');
    expect(page).toContain('src="../files/docs/shared.svg"');
    expect(page).toContain('src="https://example.org/a.png"');
    expect(page).toContain('src="../../../etc/x.png"');
    expect(await readFile(join(root, 'adr-site/files/docs/adr/img/order flow.png'))).toEqual(png);
    expect(await exists(join(root, 'adr-site/files/docs/shared.svg'))).toBe(true);
    expect(await exists(join(root, 'adr-site/files/docs/adr/img/missing.png'))).toBe(false);
    // A rebuild with nothing changed leaves the copied image alone.
    expect((await run(['site', 'build', '--no-git'], root)).stdout).toContain('0 files written');
  });
});

describe('docket site build: where it writes', () => {
  it('rebuilds in place: unchanged files stay, pages of removed records go, foreign files stay', async () => {
    const root = await repo(adrToolsRepo);
    expect((await run(['site', 'build', '--no-git', '-o', 'public/site'], root)).code).toBe(0);
    await writeFile(join(root, 'public/site/CNAME'), 'decisions.example.org\n');
    await rm(join(root, 'doc/architecture/decisions/0001-record-architecture-decisions.md'));
    const { code, stdout } = await run(['site', 'build', '--no-git', '-o', 'public/site'], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(/1 removed/);
    expect(
      await exists(
        join(root, 'public/site/doc-architecture-decisions/0001-record-architecture-decisions.html'),
      ),
    ).toBe(false);
    expect(await exists(join(root, 'public/site/CNAME'))).toBe(true);
    expect(await read(root, 'public/site/index.html')).not.toContain('Record architecture decisions');
  });

  it.each([
    ['the ADR folder itself', 'doc/architecture/decisions', /is the ADR folder doc\/architecture\/decisions/],
    ['a folder inside it', 'doc/architecture/decisions/site', /is inside the ADR folder/],
    ['a folder holding it', 'doc', /contains the ADR folder/],
    ['a folder docket did not write', 'notes', /notes is not empty and was not written by docket site build/],
    ['a file', 'notes/todo.txt', /notes\/todo.txt is a file/],
  ])('refuses %s, writing nothing', async (_name, out, message) => {
    const root = await repo({ ...adrToolsRepo, 'notes/todo.txt': 'keep me\n' });
    const before = await filesUnder(root);
    const { code, stdout, stderr } = await run(['site', 'build', '--no-git', '-o', out], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(await filesUnder(root)).toEqual(before);
  });

  it.each([
    [['site', 'build', 'missing'], /^docket: no such folder: missing\n$/],
    [['site', 'build', '.adr-dir'], /^docket: \.adr-dir is a file; docket site takes ADR folders\n$/],
    [['site', 'build', '--today', '2024-13-01'], /^docket: --today: "2024-13-01" is not a date/],
  ])('bad arguments: %j', async (argv, message) => {
    const root = await repo(adrToolsRepo);
    const { code, stderr } = await run(argv, root);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(await exists(join(root, 'adr-site'))).toBe(false);
  });

  it('without an ADR folder says where it looked', async () => {
    const root = await repo({ 'README.md': '# Shop\n' });
    const { code, stderr } = await run(['site', 'build'], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^docket: no ADR folder found in .*; pass the ADR folders to build\n$/);
  });
});
