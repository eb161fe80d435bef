/**
 * The content script on *.gov.cn pages (automatic by default): exact repairs, markup and listeners kept,
 * protected elements and clean pages untouched, text added later repaired, and an exact "show original".
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageSnapshot } from '../../src/shared/messages.ts';
import { useExtension, type ExtensionBrowser, type FixtureServer } from './support/browser.ts';
import {
  FIXTURES,
  SEED_EXPECTED,
  badgeText,
  expectedRepairs,
  seedVariant,
  sendToTab,
  settledStatus,
  openTab,
  tabStatus,
} from './support/extension.ts';

let ext: ExtensionBrowser;
let server: FixtureServer;
useExtension(FIXTURES, (e, s) => {
  ext = e;
  server = s;
});

/** A fixture as a government page: the manifest's content script runs there. */
const gov = (file: string) => `http://www.beijing.gov.cn:${server.port}/${file}`;
/** The same fixture on 127.0.0.1, where the extension does not run: the page as its author made it. */
const untouched = (file: string) => `${server.origin}/${file}`;

const open = (url: string) => openTab(ext, url);

/** The page's markup as loaded without the extension. */
async function originalHtml(file: string): Promise<string> {
  const { page } = await open(untouched(file));
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  await page.close();
  return html;
}

const texts = (page: Page, selector: string) => page.$$eval(selector, (elements) => elements.map((e) => e.textContent ?? ''));

describe('on a government page', () => {
  test('the seed page reads as the expected text, and the badge counts the repairs', async () => {
    const { page, tabId } = await open(gov('seed.html'));
    const status = await settledStatus(ext, tabId);
    const body = (await texts(page, '#article p')).join('\n');
    expect(body).toBe(seedVariant(body, (lines) => lines.join('\n')));
    const title = await page.title();
    expect(title).toBe(seedVariant(title, (lines) => lines[0].replace(/\s*\|$/, '')));
    expect(status.state).toBe('repaired');
    expect(status.repairs).toBe(expectedRepairs('seed.html'));
    expect(await badgeText(ext, tabId)).toBe(String(status.repairs));
    await page.close();
  });

  test('a repair spans several text nodes and keeps the nodes, the markup and the listeners', async () => {
    const { page, tabId } = await open(gov('spanning.html'));
    await settledStatus(ext, tabId);
    const [spanning] = await texts(page, '#spanning');
    expect(spanning).toBe(seedVariant(spanning, (lines) => lines[0]));
    expect(await page.evaluate(() => document.querySelector('#spanning b')?.outerHTML)).toBe('<b id="bold">动</b>');
    const kept = await page.evaluate(() => {
      const w = window as unknown as { boldText: Text };
      return w.boldText === document.getElementById('bold')!.firstChild && w.boldText.data;
    });
    expect(kept).toBe('动');
    await page.click('#link');
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
    await page.close();
  });

  test('form fields, editable regions, code and translate="no" are left exactly as they were', async () => {
    const ids = ['textarea', 'input', 'editable', 'editable-plain', 'pre', 'code', 'no-translate', 'select'];
    const markup = (page: Page) => page.evaluate((list) => list.map((id) => document.getElementById(id)!.outerHTML), ids);
    const before = await open(untouched('protected.html'));
    const { page, tabId } = await open(gov('protected.html'));
    await settledStatus(ext, tabId);
    const [prose] = await texts(page, '#prose');
    expect(prose).toBe(seedVariant(prose, (lines) => lines[3]));
    expect(await markup(page)).toEqual(await markup(before.page));
    expect(await page.inputValue('#input')).toBe('推動(dòng)首都高質(zhì)量發(fā)展');
    expect(await page.inputValue('#textarea')).toBe('推動(dòng)首都高質(zhì)量發(fā)展');
    await Promise.all([page.close(), before.page.close()]);
  });

  for (const file of ['traditional.html', 'clean-gov.html']) {
    test(`${file}: a page without damage is left byte-identical, with no badge`, async () => {
      const original = await originalHtml(file);
      const { page, tabId } = await open(gov(file));
      const status = await settledStatus(ext, tabId);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
      expect(status).toMatchObject({ state: 'clean', repairs: 0 });
      expect(await badgeText(ext, tabId)).toBe('');
      await page.close();
    });
  }

  test('text added a second after load is repaired, also where it joins existing text', async () => {
    const { page, tabId } = await open(gov('dynamic.html'));
    await settledStatus(ext, tabId);
    await page.waitForSelector('#late');
    const expectedLate = SEED_EXPECTED.map((lines) => lines[0]);
    const expectedGrow = SEED_EXPECTED.map((lines) => lines[2]);
    await expect.poll(async () => (await texts(page, '#late'))[0], { timeout: 10_000 }).toBeOneOf(expectedLate);
    await expect.poll(async () => (await texts(page, '#grow'))[0], { timeout: 10_000 }).toBeOneOf(expectedGrow);
    await page.close();
  });

  test('a same-origin iframe is repaired too, and the badge counts both frames', async () => {
    const { page, tabId } = await open(gov('framed.html'));
    const status = await settledStatus(ext, tabId, 2);
    const frame = page.frame({ url: /seed\.html$/ })!;
    const body = (await frame.$$eval('#article p', (ps) => ps.map((p) => p.textContent ?? ''))).join('\n');
    expect(body).toBe(seedVariant(body, (lines) => lines.join('\n')));
    expect(status.repairs).toBe(expectedRepairs('framed.html') + expectedRepairs('seed.html'));
    expect(await badgeText(ext, tabId)).toBe(String(status.repairs));
    await page.close();
  });

  test('"show original" restores the page byte for byte, and "repair" applies the repair again', async () => {
    const original = await originalHtml('seed.html');
    const { page, tabId } = await open(gov('seed.html'));
    const repaired = await settledStatus(ext, tabId);
    const repairedHtml = await page.evaluate(() => document.documentElement.outerHTML);
    expect(repairedHtml).not.toBe(original);

    await sendToTab(ext, tabId, { type: 'show-original' });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
    await expect.poll(() => tabStatus(ext, tabId)).toMatchObject({ state: 'original', repairs: repaired.repairs });
    await expect.poll(() => badgeText(ext, tabId)).toBe('');

    await sendToTab(ext, tabId, { type: 'repair' });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(repairedHtml);
    await expect.poll(() => badgeText(ext, tabId)).toBe(String(repaired.repairs));
    await page.close();
  });

  test('answers the reader\'s get-page with the repaired page and the page as it was', async () => {
    const original = await originalHtml('seed.html');
    const { page, tabId } = await open(gov('seed.html'));
    await settledStatus(ext, tabId);
    const snapshot = (await sendToTab(ext, tabId, { type: 'get-page' })) as PageSnapshot;
    expect(snapshot).toEqual({
      html: await page.evaluate(() => document.documentElement.outerHTML),
      url: gov('seed.html'),
      title: await page.title(),
      original,
    });
    await page.close();
  });
});

describe('on a site the user did not allow', () => {
  test('nothing runs by itself', async () => {
    const original = await originalHtml('seed.html');
    const page = await ext.ctx.newPage();
    await page.goto(`http://news.example.com:${server.port}/seed.html`);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
    await page.close();
  });
});
