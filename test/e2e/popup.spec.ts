/**
 * The toolbar button and its popup: the one-click repair on a site nobody allowed, the tab's status by
 * kind, "show original" / "repair again", and "always repair on this site".
 */
import { expect, test } from 'vitest';
import { useExtension, type ExtensionBrowser, type FixtureServer } from './support/browser.ts';
import {
  FIXTURES,
  badgeText,
  extensionUrl,
  grantPermissionRequests,
  openPopup,
  openTab,
  pressToolbarButton,
  seedVariant,
  settledStatus,
  storedOptions,
  tabStatus,
} from './support/extension.ts';

let ext: ExtensionBrowser;
let server: FixtureServer;
useExtension(FIXTURES, (e, s) => {
  ext = e;
  server = s;
});

const at = (host: string, file: string) => `http://${host}:${server.port}/${file}`;
const article = (page: import('playwright-core').Page) =>
  page.$$eval('#article p', (ps) => ps.map((p) => p.textContent ?? '').join('\n'));
const html = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.outerHTML);

test('installing opens the welcome page, with the all-sites switch', async () => {
  // Runs first: later tests open the welcome page themselves to reach the extension's APIs.
  const welcome = extensionUrl(ext, 'src/welcome/index.html');
  await expect.poll(() => ext.ctx.pages().find((page) => page.url() === welcome)).toBeDefined();
  const page = ext.ctx.pages().find((p) => p.url() === welcome)!;
  expect(await page.textContent('#all-sites')).toBe('Repair on all sites');
  expect(await page.textContent('.before-after tbody tr:nth-child(2) td:last-child')).toBe('来源：北京日报');
});

test('the toolbar button repairs a page on a site nobody allowed (activeTab)', async () => {
  const { page, tabId } = await openTab(ext, at('mirror.example.com', 'seed.html'));
  await page.waitForTimeout(500);
  expect(await tabStatus(ext, tabId)).toBeUndefined();

  // Chromium opens the popup, which asks the background to inject the content script through activeTab.
  await pressToolbarButton(ext, page);
  const status = await settledStatus(ext, tabId);
  const body = await article(page);
  expect(body).toBe(seedVariant(body, (lines) => lines.join('\n')));
  expect(status.state).toBe('repaired');
  await expect.poll(() => badgeText(ext, tabId)).toBe(String(status.repairs));
  await page.close();
});

test('the popup shows the repairs by kind and switches between the original and the repair', async () => {
  const original = await (async () => {
    const { page } = await openTab(ext, `${server.origin}/seed.html`);
    const markup = await html(page);
    await page.close();
    return markup;
  })();
  const { page, tabId } = await openTab(ext, at('www.beijing.gov.cn', 'seed.html'));
  const status = await settledStatus(ext, tabId);
  const repaired = await html(page);
  await pressToolbarButton(ext, page);
  const popup = await openPopup(ext, tabId);

  await expect.poll(() => popup.textContent('#status')).toBe(`${status.repairs} repairs on this page`);
  const kinds = await popup.$$eval('#kinds li', (items) => items.map((li) => [li.dataset.kind, li.querySelector('.count')?.textContent]));
  expect(Object.fromEntries(kinds)).toEqual(Object.fromEntries(Object.entries(status.byKind).map(([kind, n]) => [kind, String(n)])));
  expect(await popup.isChecked('#site-toggle')).toBe(true);
  expect(await popup.isDisabled('#site-toggle')).toBe(true);
  expect(await popup.textContent('#site-note')).toBe('Government sites (*.gov.cn) are always repaired.');

  await popup.click('#toggle-original');
  await expect.poll(() => html(page)).toBe(original);
  await expect.poll(() => popup.textContent('#status')).toBe(`Showing the original text (${status.repairs} repairs undone).`);
  expect(await popup.textContent('#toggle-original')).toBe('Repair again');

  await popup.click('#toggle-original');
  await expect.poll(() => html(page)).toBe(repaired);
  await expect.poll(() => popup.textContent('#toggle-original')).toBe('Show original');
  await Promise.all([page.close(), popup.close()]);
});

test('"always repair on this site" asks for the site\'s permission and remembers the site', async () => {
  const { page, tabId } = await openTab(ext, at('www.example.com', 'seed.html'));
  await pressToolbarButton(ext, page);
  const popup = await openPopup(ext, tabId, grantPermissionRequests);
  await popup.waitForSelector('#site-row:not([hidden])');
  expect(await popup.textContent('#site-label')).toBe('Always repair on www.example.com');
  expect(await popup.isChecked('#site-toggle')).toBe(false);

  await popup.click('#site-toggle');
  await expect.poll(() => storedOptions(ext)).toMatchObject({ sites: ['www.example.com'] });
  expect(await popup.evaluate(() => (window as unknown as { requestedOrigins: string[][] }).requestedOrigins)).toEqual([['*://www.example.com/*']]);

  await popup.reload();
  await popup.waitForSelector('#site-row:not([hidden])');
  expect(await popup.isChecked('#site-toggle')).toBe(true);
  await popup.click('#site-toggle');
  await expect.poll(() => storedOptions(ext)).toMatchObject({ sites: [] });
  await Promise.all([page.close(), popup.close()]);
});
