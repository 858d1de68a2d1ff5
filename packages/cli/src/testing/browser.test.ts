import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { artifactPath, launchChromium } from './browser.js';

describe('launchChromium', () => {
  it('opens a page, runs its script and saves a screenshot', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent('<h1 id="t">docket</h1><script>document.title = "ran"</script>');
      expect(await page.title()).toBe('ran');
      expect(await page.locator('#t').isVisible()).toBe(true);
      const shot = await artifactPath('browser-smoke.png');
      await page.screenshot({ path: shot });
      expect((await stat(shot)).size).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });
});
