// The HTML review pack in a real browser (Debian's chromium through playwright-core): the agenda
// and the badges show, a script planted in a record does not run, the page asks for nothing
// over the network, and it prints one record per page. A missing browser fails the test.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launchChromium } from '../testing/browser.js';
import { run, useTempRepos } from '../testing/fixtures.js';
import { record } from '../testing/review-records.js';

const makeRepo = useTempRepos();

/** A proposal that plants script and markup wherever the pack shows a record's own text. */
const PLANTED = [
  '---',
  'status: proposed',
  'decision-makers: ["<img src=x onerror=\\"window.__pwned = 1\\">"]',
  'owner: "<script>window.__pwned = 1; document.title = \'owned\'</script>"',
  '---',
  '',
  '# Render invoices <script>window.__pwned = 1</script> in the browser',
  '',
  '## Considered Options',
  '',
  '* `<script>window.__pwned = 1</script>` inline',
  '* Server-side PDF',
  '',
  '## Decision Outcome',
  '',
  'Chosen option: "Server-side PDF", because it works offline.',
  '',
  '## Pros and Cons of the Options',
  '',
  '### `<script>window.__pwned = 1</script>` inline',
  '',
  '* Bad, because `<iframe src="https://example.com/track"></iframe>` loads.',
  '',
].join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the HTML review pack in Chromium', () => {
  it('shows the agenda and the badges, runs no planted script and loads nothing', async () => {
    const root = await makeRepo({
      'docs/adr/0001-use-postgres.md': record('Use Postgres for orders', 'proposed', [
        'reversibility: one-way',
      ]),
      'docs/adr/0002-render-invoices.md': PLANTED,
      'docs/adr/0003-queue-emails.md': record('Queue e-mails', 'proposed', ['reversibility: two-way']),
    });
    const result = await run(['review', '-o', 'pack.html', '--today', '2026-07-01'], root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = join(root, 'pack.html');
    expect(await readFile(file, 'utf8')).toContain('&lt;script&gt;');

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href);

    // The planted script did not run: no global, the title is the pack's own.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.title()).toBe('Review pack, 2026-07-01');
    expect(await page.locator('script, iframe, img').count()).toBe(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    // ... and shows as text.
    await expect.poll(() => page.locator('#adr-2 h2').textContent()).toContain('Render invoices');
    expect(await page.locator('#adr-2').textContent()).toContain(
      "<script>window.__pwned = 1; document.title = 'owned'</script>",
    );

    // The agenda is on screen, one row per record, the one-way door with the most time.
    const agenda = page.locator('#agenda table');
    expect(await agenda.isVisible()).toBe(true);
    expect(await agenda.locator('tbody tr').count()).toBe(3);
    const minutes = await agenda.locator('tbody tr td:last-child').allTextContents();
    const [oneWay, planted, twoWay] = minutes.map((m) => Number.parseInt(m, 10));
    expect(oneWay).toBeGreaterThan(planted as number);
    expect(planted).toBeGreaterThan(twoWay as number);

    // Every checklist item carries a visible badge, open ones in a different colour from answered.
    const badges = page.locator('.checklist .badge');
    const items = await page.locator('.checklist > li').count();
    expect(items).toBeGreaterThan(0);
    expect(await badges.count()).toBe(items);
    const open = page.locator('.badge.open').first();
    const answered = page.locator('.badge.answered').first();
    expect(await open.isVisible()).toBe(true);
    expect(await answered.isVisible()).toBe(true);
    const colour = (l: typeof open) => l.evaluate((e) => getComputedStyle(e).color);
    expect(await colour(open)).not.toBe(await colour(answered));
    expect(await open.textContent()).toBe('OPEN');

    const shot = await artifactPath('review-pack.png');
    await page.screenshot({ path: shot, fullPage: false });
    expect((await stat(shot)).size).toBeGreaterThan(10_000);

    // Printed, each record starts a page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#adr-2').evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    const pdf = await artifactPath('review-pack.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    expect((await stat(pdf)).size).toBeGreaterThan(10_000);
    await page.close();
  });
});
