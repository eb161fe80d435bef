/**
 * Screenshots of the reader view for review: the seed article in the three themes and as printed, and a
 * government page with a photo caption. Regenerate with
 *   npm run build && npx vitest run --project e2e test/e2e/reader-screenshots.spec.ts
 * The PNGs go to test/e2e/artifacts/reader-*.png (not committed).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support/browser.ts';
import { extensionUrl, openTab, settledStatus } from './support/extension.ts';
import { welcomed } from './support/reader.ts';

const ARTIFACTS = 'test/e2e/artifacts';

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  [ext, server] = await Promise.all([launchExtension(), serveFixtures('test/fixtures/pages')]);
  await welcomed(ext);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function reader(file: string): Promise<Page> {
  const { tabId } = await openTab(ext, `http://www.beijing.gov.cn:${server.port}/${file}`);
  await settledStatus(ext, tabId);
  const page = await ext.ctx.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(extensionUrl(ext, `src/reader/index.html?tab=${tabId}`));
  await page.waitForSelector('#article:not([hidden])');
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = `${ARTIFACTS}/reader-${name}.png`;
  await page.screenshot({ path });
  expect(fs.statSync(path).size).toBeGreaterThan(5000);
}

test('the seed article in light, sepia and dark, and printed', async () => {
  const page = await reader('seed-beijing.html');
  for (const theme of ['light', 'sepia', 'dark']) {
    await page.click(`[data-theme-choice="${theme}"]`);
    await shoot(page, `seed-${theme}`);
  }
  await page.click('[data-theme-choice="light"]');
  await page.emulateMedia({ media: 'print' });
  await shoot(page, 'seed-print');
});

test('a government page with its metadata and photo caption', async () => {
  await shoot(await reader('gne-shanxi-gov.html'), 'shanxi');
});
