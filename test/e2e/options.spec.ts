/** The options page: every setting persists in storage.sync, and the page follows the settings. */
import { beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension, type ExtensionBrowser, type FixtureServer } from './support/browser.ts';
import { FIXTURES, extensionUrl, grantPermissionRequests, openTab, setStoredOptions, settledStatus, storedOptions } from './support/extension.ts';

let ext: ExtensionBrowser;
let server: FixtureServer;
useExtension(FIXTURES, (e, s) => {
  ext = e;
  server = s;
});
beforeEach(() => setStoredOptions(ext, null));

async function openOptions(prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await ext.ctx.newPage();
  await prepare?.(page);
  await page.goto(extensionUrl(ext, 'src/options/index.html'));
  await page.waitForSelector('#no-sites');
  return page;
}

const requested = (page: Page) => page.evaluate(() => (window as unknown as { requestedOrigins: string[][] }).requestedOrigins);
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('mojifix-repaired');
    return highlight ? highlight.size : 0;
  });

test('the defaults, then every change persists across a reload', async () => {
  const page = await openOptions();
  expect(await page.isChecked('input[name=everywhere]')).toBe(false);
  expect(await page.isChecked('input[name=highlight]')).toBe(false);
  expect(await page.isChecked('input[name=script][value=simplified]')).toBe(true);
  expect(await page.isVisible('#no-sites')).toBe(true);

  await page.check('input[name=highlight]');
  await page.check('input[name=script][value=keep]');
  await expect.poll(() => storedOptions(ext)).toEqual({ highlight: true, script: 'keep' });
  await page.reload();
  await page.waitForSelector('#no-sites');
  expect(await page.isChecked('input[name=highlight]')).toBe(true);
  expect(await page.isChecked('input[name=script][value=keep]')).toBe(true);
  await page.close();
});

test('sites are added with their permission, and removed', async () => {
  const page = await openOptions(grantPermissionRequests);
  await page.fill('#new-site', 'not a host');
  await page.click('#add-site');
  expect(await page.textContent('#site-error')).toBe('Enter a host name such as www.example.com.');

  await page.fill('#new-site', 'https://news.example.com/2024/article.html');
  await page.click('#add-site');
  await expect.poll(() => page.$$eval('#sites li span', (spans) => spans.map((s) => s.textContent))).toEqual(['news.example.com']);
  expect(await requested(page)).toEqual([['*://news.example.com/*']]);
  expect(await storedOptions(ext)).toEqual({ sites: ['news.example.com'] });

  await page.reload();
  await page.click('#sites li button');
  await expect.poll(() => storedOptions(ext)).toEqual({ sites: [] });
  expect(await page.isVisible('#no-sites')).toBe(true);
  await page.close();
});

test('"repair on all sites" asks for every site\'s permission first', async () => {
  const page = await openOptions(grantPermissionRequests);
  await page.check('input[name=everywhere]');
  await expect.poll(() => storedOptions(ext)).toEqual({ everywhere: true });
  expect(await requested(page)).toEqual([['http://*/*', 'https://*/*']]);
  await page.close();
});

test('highlighting marks the repaired text and goes away when switched off', async () => {
  await setStoredOptions(ext, { highlight: true });
  const { page, tabId } = await openTab(ext, `http://www.beijing.gov.cn:${server.port}/seed.html`);
  const status = await settledStatus(ext, tabId);
  expect(status.repairs).toBeGreaterThan(0);
  expect(await highlighted(page)).toBeGreaterThan(0);
  expect(await page.locator('style[data-mojifix-ui]').count()).toBe(1);
  await setStoredOptions(ext, { highlight: false });
  await expect.poll(() => highlighted(page)).toBe(0);
  expect(await page.locator('style[data-mojifix-ui]').count()).toBe(0);
  await page.close();
});

test('"keep traditional characters" drops the readings and the noise but not the script', async () => {
  await setStoredOptions(ext, { script: 'keep' });
  const { page, tabId } = await openTab(ext, `http://www.beijing.gov.cn:${server.port}/seed.html`);
  await settledStatus(ext, tabId);
  const [headline] = await page.$$eval('#article p', (ps) => ps.map((p) => p.textContent ?? ''));
  expect(headline).toBe('殷勇圍繞推動首都高質量發展到海淀區調研時強調 聚焦發展戰略性新興產業 打造經濟增長新引擎 |');
  await page.close();
});
