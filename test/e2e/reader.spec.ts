/**
 * The reader view and the popup's copy buttons in Chromium, on the seed page served as a gov.cn page (so
 * the content script repairs it), and on a hostile page whose scripts, handlers and javascript: URLs must
 * not run in the extension's origin. Needs a build: npm run build (or npx vite build) first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { todayInChina } from '../../src/core/article/index.ts';
import { launchExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support/browser.ts';
import { extensionUrl, openPopup, openTab, pressToolbarButton, setStoredOptions, settledStatus } from './support/extension.ts';
import { welcomed } from './support/reader.ts';

const PAGES = 'test/fixtures/pages';
const TITLE = '殷勇围绕推动首都高质量发展到海淀区调研时强调 聚焦发展战略性新兴产业 打造经济增长新引擎';

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [ext, server] = await Promise.all([launchExtension(), serveFixtures(PAGES)]);
  await welcomed(ext);
  // Without an origin: extension origins are opaque to Playwright (research/toolchain.md §7).
  await ext.ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const gov = (file: string): string => `http://www.beijing.gov.cn:${server.port}/${file}`;

/** Opens the page in a tab, waits for its repair, then opens the reader view for the tab. */
async function openReader(file: string): Promise<{ reader: Page; tabId: number }> {
  const { tabId } = await openTab(ext, gov(file));
  await settledStatus(ext, tabId);
  const reader = await ext.ctx.newPage();
  await reader.goto(extensionUrl(ext, `src/reader/index.html?tab=${tabId}`));
  await reader.waitForSelector('#article:not([hidden])');
  return { reader, tabId };
}

/** Clicks a copy button (a format, or a selector) and reads the clipboard. */
async function copied(page: Page, format: string): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.click(format.startsWith('#') ? format : `[data-format="${format}"]`);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('the seed page', () => {
  let reader: Page;
  let tabId: number;
  const citation = (): string =>
    `杨旗. ${TITLE}[N/OL]. 北京日报, 2024-04-30[${todayInChina()}]. ${gov('seed-beijing.html')}.`;

  beforeAll(async () => {
    ({ reader, tabId } = await openReader('seed-beijing.html'));
  });

  test('header: title, source, date and reporter of the repaired article', async () => {
    expect(await reader.textContent('#title')).toBe(TITLE);
    expect(await reader.textContent('#source')).toContain('北京日报');
    expect(await reader.getAttribute('#published', 'datetime')).toBe('2024-04-30');
    expect(await reader.textContent('#author')).toContain('杨旗');
    expect(await reader.isHidden('#editor')).toBe(true);
    expect(await reader.title()).toBe(TITLE);
  });

  test('body: the six paragraphs, without the page tools, share bar and related list', async () => {
    const paragraphs = await reader.$$eval('#content p', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^4月29日[,，]市委副书记、市长殷勇围绕推动首都高质量发展到海淀区调研。/);
    expect(paragraphs[5]).toMatch(/^市政府党组成员曾劲参加。[(（]杨旗[)）]$/);
    const body = await reader.textContent('#content');
    for (const furniture of ['来源', '字号', '打印', '关闭', '分享到', '相关新闻', '版权所有']) expect(body).not.toContain(furniture);
  });

  test('a link searches for the original by its exact title and source', async () => {
    const href = await reader.getAttribute('#search a', 'href');
    expect(decodeURIComponent(href!.split('=')[1])).toBe(`"${TITLE}" 北京日报`);
  });

  test('copy: Markdown with front matter, JSON, GB/T 7714, APA, BibTeX, CSL-JSON and clean text', async () => {
    const markdown = await copied(reader, 'markdown');
    expect(markdown).toMatch(new RegExp(`^---\ntitle: "${TITLE}"\nsource: "北京日报"\npublished: "2024-04-30"\nauthor: "杨旗"\n`));
    expect(markdown).toContain(`\n---\n\n# ${TITLE}\n\n4月29日`);

    const json = JSON.parse(await copied(reader, 'json'));
    expect(Object.keys(json)).toEqual(['title', 'source', 'published', 'author', 'editor', 'siteName', 'url', 'language', 'keywords', 'description', 'text']);
    expect(json).toMatchObject({ title: TITLE, source: '北京日报', published: '2024-04-30', author: '杨旗', editor: null, url: gov('seed-beijing.html') });

    expect(await copied(reader, 'gbt7714')).toBe(citation());
    expect(await copied(reader, 'apa')).toBe(`杨旗. (2024, April 30). ${TITLE}. 北京日报. ${gov('seed-beijing.html')}`);
    expect(await copied(reader, 'bibtex')).toMatch(/^@article\{beijing20240430,\n {2}author = \{杨旗\},\n.*journal = \{北京日报\},/s);
    expect(JSON.parse(await copied(reader, 'csl-json'))[0]).toMatchObject({ type: 'article-newspaper', 'container-title': '北京日报', issued: { 'date-parts': [[2024, 4, 30]] } });
    expect(await copied(reader, 'text')).toMatch(new RegExp(`^${TITLE}\n\n4月29日`));
    expect(await reader.textContent('#status')).toContain('Clean text');
  });

  test('the popup copies the same citation without opening the reader', async () => {
    const page = ext.ctx.pages().find((p) => p.url() === gov('seed-beijing.html'))!;
    await pressToolbarButton(ext, page);
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('#copy:not([disabled])');
    await popup.selectOption('#copy-format', 'gbt7714');
    expect(await copied(popup, '#copy')).toBe(citation());
    await popup.close();
  });

  test('the converted article can be read in its traditional characters too', async () => {
    const traditional = '殷勇圍繞推動首都高質量發展到海淀區調研時強調 聚焦發展戰略性新興產業 打造經濟增長新引擎';
    await reader.click('#script-toggle');
    expect(await reader.textContent('#title')).toBe(traditional);
    expect(await reader.textContent('#content')).not.toMatch(/\(\p{Script=Latin}+\)/u);
    await reader.click('#script-toggle');
    expect(await reader.textContent('#title')).toBe(TITLE);
  });

  test('theme and font size apply at once and are kept', async () => {
    await reader.click('[data-theme-choice="sepia"]');
    await reader.click('#font-larger');
    const look = (): Promise<[string | undefined, string]> =>
      reader.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.querySelector('main')!).fontSize]);
    expect(await look()).toEqual(['sepia', '20px']);
    await reader.reload();
    await reader.waitForSelector('#article:not([hidden])');
    expect(await look()).toEqual(['sepia', '20px']);
    await reader.emulateMedia({ media: 'print' });
    expect(await reader.isHidden('.toolbar')).toBe(true);
    await reader.emulateMedia({ media: 'screen' });
  });
});

test('a hostile page: nothing of it runs or survives in the reader', async () => {
  const { tabId } = await openTab(ext, gov('xss.html'));
  await settledStatus(ext, tabId);
  const reader = await ext.ctx.newPage();
  const dialogs: string[] = [];
  reader.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await reader.goto(extensionUrl(ext, `src/reader/index.html?tab=${tabId}`));
  await reader.waitForSelector('#article:not([hidden])');
  await reader.hover('#content p');
  await reader.click('#title');
  await reader.waitForTimeout(300);

  expect(dialogs).toEqual([]);
  expect(await reader.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await reader.title()).toBe('关于进一步做好网络安全工作的通知');
  const found = await reader.evaluate(() => {
    const all = Array.from(document.querySelectorAll('#article *'));
    return {
      tags: [...new Set(all.map((e) => e.localName))].sort(),
      handlers: all.flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on') || n === 'style')),
      urls: all.flatMap((e) => ['href', 'src'].map((n) => e.getAttribute(n) ?? '')).filter((u) => u && !/^https?:/.test(u)),
      text: document.getElementById('content')!.textContent,
    };
  });
  expect(found.tags.filter((tag) => !['a', 'figure', 'h1', 'header', 'img', 'p', 'span', 'time', 'div'].includes(tag))).toEqual([]);
  expect(found.handlers).toEqual([]);
  expect(found.urls).toEqual([]);
  expect(found.text).toContain('文中出现的 <script>alert(1)</script> 只是文字');
  expect(found.text).toContain('请点击这里、这里和这里查看责任清单');
  // Markup in metadata stays text.
  expect(await reader.textContent('#source')).toContain('示例市网信办<img');
  for (const field of ['#title', '#source', '#author']) expect(await reader.$eval(field, (e) => e.childElementCount)).toBe(0);
});

test('a converted article kept in traditional characters switches to simplified and back', async () => {
  await setStoredOptions(ext, { script: 'keep' });
  try {
    const { reader } = await openReader('seed-beijing.html');
    expect(await reader.textContent('#title')).toBe('殷勇圍繞推動首都高質量發展到海淀區調研時強調 聚焦發展戰略性新興產業 打造經濟增長新引擎');
    expect(await reader.textContent('#content')).not.toMatch(/\(\p{Script=Latin}+\)/u);
    await reader.click('#script-toggle');
    await expect.poll(() => reader.textContent('#title')).toBe(TITLE);
    expect(await reader.textContent('#source')).toContain('北京日报');
    await reader.click('#script-toggle');
    await expect.poll(() => reader.textContent('#title')).toMatch(/^殷勇圍繞/);
  } finally {
    await setStoredOptions(ext, null);
  }
});
