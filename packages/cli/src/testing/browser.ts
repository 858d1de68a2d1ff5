// Headless Chromium for the browser tests of the HTML outputs (review pack, site). It uses the
// system's Debian `chromium` (installed by .ci/run) through playwright-core, never a downloaded
// browser. A missing browser is a test failure with a clear message, never a silent skip.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.DOCKET_CHROMIUM ?? '/usr/bin/chromium';

/** Where browser tests save screenshots; kept by CI as test artifacts. */
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../../../test-artifacts');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set DOCKET_CHROMIUM`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'], headless: true });
}

/** The path for a screenshot named `name`, creating the artifacts folder. */
export async function artifactPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}
