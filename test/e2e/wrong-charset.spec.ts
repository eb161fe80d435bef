/**
 * A real page served with the wrong charset, as a government page: the browser garbles all of its text, and
 * the content script must give back the page's own text. The page is a shared real one (test/fixtures/pages),
 * GBK with &nbsp; indents; the expected text is its bytes decoded as GBK (the engine's WHATWG codec).
 */
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { decodeGbk } from '../../src/core/codecs/gbk.ts';
import { launchExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support/browser.ts';
import { openTab, settledStatus } from './support/extension.ts';

const PAGES = 'test/fixtures/pages';
const PAGE = 'traf-he-xinhuanet-2012.html';

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [ext, server] = await Promise.all([launchExtension(), serveFixtures(PAGES, { [`/${PAGE}`]: 'windows-1252' })]);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The text a reader sees, node by node (scripts and styles left out), with runs of white space as one. */
function visibleText(doc: Document): string {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('script, style, noscript')) parts.push(node.nodeValue ?? '');
  }
  return parts.join('').replace(/[ \t\n\r]+/g, ' ').trim();
}

test('a GBK page read as windows-1252 reads as the page itself, &nbsp; indents and all', async () => {
  const { document: own } = parseHTML(decodeGbk(fs.readFileSync(`${PAGES}/${PAGE}`)));
  const expected = visibleText(own as unknown as Document);
  const { page, tabId } = await openTab(ext, `http://www.hebei.gov.cn:${server.port}/${PAGE}`);
  const status = await settledStatus(ext, tabId);
  expect(await page.evaluate(() => document.characterSet)).toBe('windows-1252');
  expect(status.state).toBe('repaired');
  expect(expected).toContain('\u00a0\u00a0\u00a0\u00a0一个约定，信守15年');
  expect(await page.evaluate(`(${visibleText.toString()})(document)`)).toBe(expected);
  expect(await page.title()).toBe(own.title);
  await page.close();
});
