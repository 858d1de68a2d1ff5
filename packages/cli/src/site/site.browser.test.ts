// The site in a real browser (Debian chromium through playwright-core): opened from file:// as a
// reader would open a downloaded build, and from `docket site serve` for live reload.
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { artifactPath, launchChromium } from '../testing/browser.js';
import { makeRepo, removeRepo, run } from '../testing/fixtures.js';
import { adrToolsRepo } from '../testing/site-fixtures.js';

const SECTION = 'doc-architecture-decisions';
const BROWSER_TIMEOUT = 90_000;

let browser: Browser;
let root: string;
let siteUrl: (path: string) => string;

beforeAll(async () => {
  browser = await launchChromium();
  root = await makeRepo(adrToolsRepo);
  const { code, stderr } = await run(['site', 'build', '--no-git'], root);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  siteUrl = (path) => pathToFileURL(join(root, 'adr-site', path)).href;
}, BROWSER_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  if (root) await removeRepo(root);
});

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(url);
  return page;
}

const visibleRecords = (page: Page) =>
  page
    .locator('tr[data-record]:visible')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-record')));

describe('docket site in a browser', () => {
  it(
    'navigates from the index to a record and back',
    async () => {
      const page = await openPage(siteUrl('index.html'));
      expect(await visibleRecords(page)).toHaveLength(4);
      await page.screenshot({ path: await artifactPath('site-index.png'), fullPage: true });
      await page.getByRole('link', { name: 'Move orders to an event store' }).first().click();
      await expect.poll(() => page.url()).toContain(`${SECTION}/0003-move-orders-to-an-event-store.html`);
      expect(await page.locator('h1').textContent()).toContain('Move orders to an event store');
      expect(await page.locator('.checklist li.check').count()).toBe(6);
      await page.screenshot({ path: await artifactPath('site-record.png'), fullPage: true });
      await page.goBack();
      await expect.poll(() => page.url()).toMatch(/adr-site\/index\.html$/);
      expect(await visibleRecords(page)).toHaveLength(4);
      await page.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'search finds a record by a word that only its body contains',
    async () => {
      const page = await openPage(siteUrl('index.html'));
      await page.locator('#search').fill('disputes');
      await expect
        .poll(() => visibleRecords(page))
        .toEqual([`${SECTION}/0003-move-orders-to-an-event-store`]);
      expect(await page.locator('#result-count').textContent()).toBe('1 of 4 shown');
      await page.screenshot({ path: await artifactPath('site-search.png'), fullPage: true });
      await page.locator('#search').fill('nosuchwordanywhere');
      await expect.poll(() => visibleRecords(page)).toEqual([]);
      expect(await page.locator('#no-results').isVisible()).toBe(true);
      await page.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'a status filter hides the records with other statuses',
    async () => {
      const page = await openPage(siteUrl('index.html'));
      await page.locator('#status-filter').selectOption('proposed');
      await expect
        .poll(() => visibleRecords(page))
        .toEqual([`${SECTION}/0004-render-receipts-on-the-server`]);
      await page.screenshot({ path: await artifactPath('site-status-filter.png'), fullPage: true });
      await page.locator('#status-filter').selectOption('');
      await expect.poll(() => visibleRecords(page)).toHaveLength(4);
      await page.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'a superseded record links to its successor',
    async () => {
      const page = await openPage(siteUrl(`${SECTION}/0002-keep-orders-in-postgresql.html`));
      const link = page.locator('[data-relation="superseded-by"] a');
      expect(await link.textContent()).toBe('ADR 3 · Move orders to an event store');
      await link.click();
      await expect.poll(() => page.url()).toContain(`${SECTION}/0003-move-orders-to-an-event-store.html`);
      expect(await page.locator('[data-relation="supersedes"] a').textContent()).toBe(
        'ADR 2 · Keep orders in PostgreSQL',
      );
      await page.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'a script planted in a record does not run',
    async () => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(siteUrl(`${SECTION}/0004-render-receipts-on-the-server.html`));
      await page.waitForLoadState('load');
      expect(await page.locator('.adr-body').textContent()).toContain(
        'Receipts are printed from the browser today',
      );
      expect(
        await page.evaluate(() => (window as { __docketPwned?: boolean }).__docketPwned),
      ).toBeUndefined();
      expect(await page.locator('.adr-body script, .adr-body [onerror]').count()).toBe(0);
      expect(dialogs).toEqual([]);
      await page.screenshot({ path: await artifactPath('site-planted-script.png'), fullPage: true });
      await page.close();
    },
    BROWSER_TIMEOUT,
  );
});

/** Starts `docket site serve` in-process; resolves with its URL once it listens. */
async function startServe(repoRoot: string, signal: AbortSignal, port = '0') {
  let stdout = '';
  let stderr = '';
  let announce: (url: string) => void = () => {};
  const url = new Promise<string>((resolvePromise) => {
    announce = resolvePromise;
  });
  const exit = main(['site', 'serve', '--no-git', '--port', port], {
    cwd: repoRoot,
    env: {},
    signal,
    stdout: {
      write: (chunk: string) => {
        stdout += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
        if (match) announce(match[0]);
      },
    },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  });
  return { url, exit, output: () => ({ stdout, stderr }) };
}

describe('docket site serve', () => {
  it(
    'serves on 127.0.0.1 and reloads an open page when a record changes',
    async () => {
      const repoRoot = await makeRepo(adrToolsRepo);
      const controller = new AbortController();
      const server = await startServe(repoRoot, controller.signal);
      try {
        const base = await Promise.race([server.url, server.exit.then(() => 'exited')]);
        expect(base, server.output().stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
        const page = await openPage(`${base}${SECTION}/0002-keep-orders-in-postgresql.html`);
        expect(await page.locator('h1').textContent()).toContain('Keep orders in PostgreSQL');
        // Wait until the page listens for reloads before changing the record.
        await expect
          .poll(() => page.evaluate(() => document.documentElement.dataset.liveReload))
          .toBe('connected');
        const file = join(repoRoot, 'doc/architecture/decisions/0002-keep-orders-in-postgresql.md');
        await writeFile(
          file,
          (adrToolsRepo['doc/architecture/decisions/0002-keep-orders-in-postgresql.md'] as string).replace(
            '# 2. Keep orders in PostgreSQL',
            '# 2. Keep orders in MariaDB',
          ),
        );
        await expect
          .poll(() => page.locator('h1').textContent(), { timeout: 30_000 })
          .toContain('Keep orders in MariaDB');
        await page.screenshot({ path: await artifactPath('site-live-reload.png') });
        await page.close();
      } finally {
        controller.abort();
        expect(await server.exit).toBe(0);
        await removeRepo(repoRoot);
      }
    },
    BROWSER_TIMEOUT,
  );

  it('a port in use is a one-line error with exit code 2', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const repoRoot = await makeRepo(adrToolsRepo);
    try {
      const { code, stdout, stderr } = await run(
        ['site', 'serve', '--no-git', '--port', String(port)],
        repoRoot,
      );
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `docket: port ${port} on 127.0.0.1 is in use; stop what uses it or pass --port with another port\n`,
      );
    } finally {
      await new Promise((done) => blocker.close(done));
      await removeRepo(repoRoot);
    }
  });

  it.each(['http', '65536', '-1'])('rejects --port %s', async (port) => {
    const repoRoot = await makeRepo(adrToolsRepo);
    try {
      const { code, stderr } = await run(['site', 'serve', '--port', port], repoRoot);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^docket: --port: ".*" is not a port number/);
    } finally {
      await removeRepo(repoRoot);
    }
  });
});
