/**
 * Real pages served with the wrong charset, as government pages: the browser garbles all of their text, and
 * the content script must give back the pages' own text. The pages are shared real ones (test/fixtures/pages):
 * one saved in GBK with &nbsp; indents, one saved in UTF-8 and encoded in GBK here (a government portal, its
 * menus of two-character items); the expected text is their GBK bytes decoded as GBK (the engine's codec).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { decodeGbk } from '../../src/core/codecs/gbk.ts';
import { launchExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support/browser.ts';
import { openTab, settledStatus } from './support/extension.ts';

const PAGES = 'test/fixtures/pages';
const PAGE = 'traf-he-xinhuanet-2012.html';

/** The government portal, in GBK (its own declaration changed to match), in a folder of its own. */
const PORTAL = 'gne-shanxi-gov.html';
const portalDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mojifix-gbk-'));
const portalBytes = iconv.encode(fs.readFileSync(`${PAGES}/${PORTAL}`, 'utf8').replace(/charset=(["']?)utf-8/gi, 'charset=$1gbk'), 'gbk');
fs.writeFileSync(path.join(portalDir, PORTAL), portalBytes);

let ext: ExtensionBrowser;
let server: FixtureServer;
let portalServer: FixtureServer;

beforeAll(async () => {
  [ext, server, portalServer] = await Promise.all([
    launchExtension(),
    serveFixtures(PAGES, { [`/${PAGE}`]: 'windows-1252' }),
    serveFixtures(portalDir, { [`/${PORTAL}`]: 'windows-1252' }),
  ]);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  await portalServer?.close();
  fs.rmSync(portalDir, { recursive: true, force: true });
});

/** The texts a reader sees, node by node (scripts and styles left out), with runs of white space as one. */
function visibleTexts(doc: Document): string[] {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('script, style, noscript')) parts.push((node.nodeValue ?? '').replace(/[ \t\n\r]+/g, ' '));
  }
  return parts;
}
const visibleText = (doc: Document): string => visibleTexts(doc).join('').replace(/ +/g, ' ').trim();

test('a GBK page read as windows-1252 reads as the page itself, &nbsp; indents and all', async () => {
  const { document: own } = parseHTML(decodeGbk(fs.readFileSync(`${PAGES}/${PAGE}`)));
  const expected = visibleText(own as unknown as Document);
  const { page, tabId } = await openTab(ext, `http://www.hebei.gov.cn:${server.port}/${PAGE}`);
  const status = await settledStatus(ext, tabId);
  expect(await page.evaluate(() => document.characterSet)).toBe('windows-1252');
  expect(status.state).toBe('repaired');
  expect(expected).toContain('\u00a0\u00a0\u00a0\u00a0一个约定，信守15年');
  expect(await page.evaluate(`(${visibleTexts.toString()})(document).join('').replace(/ +/g, ' ').trim()`)).toBe(expected);
  expect(await page.title()).toBe(own.title);
  await page.close();
});

test('a government portal read as windows-1252 gets its short menu items back too, by the evidence of its page', async () => {
  const { document: own } = parseHTML(decodeGbk(portalBytes));
  const expected = visibleTexts(own as unknown as Document).map((t) => t.trim()).filter((t) => /[^\0-\x7f]/.test(t));
  const { page, tabId } = await openTab(ext, `http://www.shanxi.gov.cn:${portalServer.port}/${PORTAL}`);
  expect((await settledStatus(ext, tabId)).state).toBe('repaired');
  const shown = new Set((await page.evaluate(`(${visibleTexts.toString()})(document)`) as string[]).map((t) => t.trim()));
  // Two- to four-character items (要闻 as ÒªÎÅ) show too little on their own; the page's paragraphs show it.
  for (const item of ['要闻', '省情', '政策', '打印', '小店区']) expect(shown).toContain(item);
  const restored = expected.filter((t) => shown.has(t)).length;
  expect(restored / expected.length).toBeGreaterThan(0.97);
  await page.close();
});
