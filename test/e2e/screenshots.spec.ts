/**
 * Screenshots for the closing note and for people reviewing the UI: the repaired seed page (with the
 * highlight on), the popup in light and dark mode, the options and welcome pages. Regenerate with
 *   npm run build && npx vitest run --project e2e test/e2e/screenshots.spec.ts
 * The PNGs go to test/e2e/artifacts/ (not committed).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support/browser.ts';
import { FIXTURES, extensionUrl, openPopup, openTab, pressToolbarButton, setStoredOptions, settledStatus } from './support/extension.ts';

const ARTIFACTS = 'test/e2e/artifacts';

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  [ext, server] = await Promise.all([launchExtension(), serveFixtures(FIXTURES)]);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

function saved(name: string): number {
  return fs.statSync(`${ARTIFACTS}/${name}`).size;
}

test('the repaired seed page and its popup, light and dark', async () => {
  await setStoredOptions(ext, { highlight: true });
  const { page, tabId } = await openTab(ext, `http://www.beijing.gov.cn:${server.port}/seed.html`);
  await page.setViewportSize({ width: 1000, height: 760 });
  await settledStatus(ext, tabId);
  await page.screenshot({ path: `${ARTIFACTS}/page-repaired.png` });

  await pressToolbarButton(ext, page);
  const popup = await openPopup(ext, tabId);
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.waitForSelector('#site-row:not([hidden])');
    await popup.screenshot({ path: `${ARTIFACTS}/popup-${scheme}.png`, fullPage: true });
  }
  for (const name of ['page-repaired.png', 'popup-light.png', 'popup-dark.png']) expect(saved(name)).toBeGreaterThan(2000);
});

test('the options and welcome pages', async () => {
  for (const name of ['options', 'welcome']) {
    const page = await ext.ctx.newPage();
    await page.setViewportSize({ width: 900, height: 800 });
    await page.goto(extensionUrl(ext, `src/${name}/index.html`));
    await page.waitForLoadState('load');
    await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
    expect(saved(`${name}.png`)).toBeGreaterThan(2000);
    await page.close();
  }
});
