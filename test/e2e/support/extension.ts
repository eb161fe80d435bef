/**
 * Driving the loaded extension from tests: its APIs are called from one of its own pages (the service
 * worker may be asleep), and the toolbar button is pressed through CDP.
 */
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import * as engine from '../../../src/core/index.ts';
import { repairDocument } from '../../../src/dom/index.ts';
import type { FrameStatus } from '../../../src/shared/messages.ts';
import { combineFrames, tabStatusKey, type TabFrames } from '../../../src/shared/status.ts';
import type { ExtensionBrowser } from './browser.ts';

export const FIXTURES = 'test/e2e/fixtures';

/** The seed's expected repair, line by line: stored (ASCII) punctuation, or full width; both are right. */
export const SEED_EXPECTED = ['expected.txt', 'expected-fullwidth.txt'].map((name) =>
  fs.readFileSync(`test/fixtures/seed/${name}`, 'utf8').split('\n'),
);

/** `actual` equals one of the seed's expected texts (the assertion reports the diff with the first). */
export function seedVariant(actual: string, pick: (lines: string[]) => string): string {
  return SEED_EXPECTED.map(pick).find((expected) => expected === actual) ?? pick(SEED_EXPECTED[0]);
}

export const extensionUrl = (ext: ExtensionBrowser, path: string): string => `chrome-extension://${ext.extensionId}/${path}`;

const apiPages = new WeakMap<ExtensionBrowser, Promise<Page>>();

/** An extension page to call extension APIs from, where `chrome` is the extension API (the welcome page:
 * it does nothing by itself). */
export function apiPage(ext: ExtensionBrowser): Promise<Page> {
  let page = apiPages.get(ext);
  if (!page) {
    page = ext.ctx.newPage().then(async (p) => {
      await p.goto(extensionUrl(ext, 'src/welcome/index.html'));
      return p;
    });
    apiPages.set(ext, page);
  }
  return page;
}

/**
 * Opens `url` in a new tab through the extension, which learns the tab's id that way (without the "tabs"
 * permission, the extension cannot see which URL a tab shows). The tab opens blank and Playwright then
 * navigates it: a page that calls alert() while it loads (the hostile fixture) is only dismissed once
 * Playwright knows the page's frame, and a dialog it never saw would block the tab.
 */
export async function openTab(ext: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const api = await apiPage(ext);
  const before = new Set(ext.ctx.pages());
  // A blank page of its own name: other new tabs (the welcome page) are blank for a moment too.
  const blank = `about:blank#mojifix-${Math.random().toString(36).slice(2)}`;
  const tabId = await api.evaluate(async (u) => (await chrome.tabs.create({ url: u, active: true })).id!, blank);
  const page = await newPageShowing(ext, before, blank);
  await page.goto(url);
  return { page, tabId };
}

/**
 * The new page that shows `href`: not simply the next page to open, since the welcome tab that installing
 * opens may appear meanwhile.
 */
async function newPageShowing(ext: ExtensionBrowser, before: Set<Page>, href: string, timeout = 30_000): Promise<Page> {
  for (const until = Date.now() + timeout; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const page = ext.ctx.pages().find((p) => !before.has(p) && p.url() === href);
    if (page) return page;
  }
  throw new Error(`no tab opened ${href}`);
}

async function storedFrames(ext: ExtensionBrowser, tabId: number): Promise<TabFrames> {
  const api = await apiPage(ext);
  return ((await api.evaluate(async (key) => (await chrome.storage.session.get(key))[key], tabStatusKey(tabId))) ?? {}) as TabFrames;
}

/** The tab's status as the popup sees it (all frames), or undefined when no content script reported. */
export async function tabStatus(ext: ExtensionBrowser, tabId: number): Promise<FrameStatus | undefined> {
  return combineFrames(await storedFrames(ext, tabId));
}

/** Waits until the tab's repair is done (every frame clean or repaired, `frames` of them). */
export async function settledStatus(ext: ExtensionBrowser, tabId: number, frames = 1, timeout = 20_000): Promise<FrameStatus> {
  const until = Date.now() + timeout;
  for (;;) {
    const stored = await storedFrames(ext, tabId);
    const status = combineFrames(stored);
    if (status && Object.keys(stored).length >= frames && status.state !== 'working') return status;
    if (Date.now() > until) throw new Error(`tab ${tabId} not settled: ${JSON.stringify(status?.state)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return (await apiPage(ext)).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Sends a message to the tab's content scripts, as the popup does. */
export async function sendToTab(ext: ExtensionBrowser, tabId: number, message: { type: string }): Promise<unknown> {
  return (await apiPage(ext)).evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
}

/**
 * Presses the toolbar button for the page's tab, as a person would: Chromium opens the popup and grants
 * activeTab. (Playwright cannot click browser UI; CDP's Extensions.triggerAction does the same thing.)
 */
export async function pressToolbarButton(ext: ExtensionBrowser, page: Page): Promise<void> {
  await page.bringToFront();
  const cdp = await ext.ctx.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((target) => target.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: tab.targetId });
  await cdp.detach();
}

/**
 * The popup, opened as a page about `tabId` (what the toolbar button shows). Press the toolbar button for
 * the tab first, as a person would: the activeTab grant is what lets the popup see the tab's address.
 */
export async function openPopup(ext: ExtensionBrowser, tabId: number, prepare?: (popup: Page) => Promise<void>): Promise<Page> {
  const popup = await ext.ctx.newPage();
  await popup.setViewportSize({ width: 340, height: 560 });
  await prepare?.(popup);
  await popup.goto(extensionUrl(ext, `src/popup/index.html?tab=${tabId}`));
  return popup;
}

/** The options in storage.sync, as stored. */
export async function storedOptions(ext: ExtensionBrowser): Promise<Record<string, unknown>> {
  return (await apiPage(ext)).evaluate(() => chrome.storage.sync.get(null));
}

export async function setStoredOptions(ext: ExtensionBrowser, options: Record<string, unknown> | null): Promise<void> {
  await (await apiPage(ext)).evaluate((o) => (o ? chrome.storage.sync.set(o) : chrome.storage.sync.clear()), options);
}

/** The number of repairs the engine makes on a fixture page, by the same DOM rules (under linkedom). */
export function expectedRepairs(file: string): number {
  const { document } = parseHTML(fs.readFileSync(`${FIXTURES}/${file}`, 'utf8'));
  return repairDocument(document, engine).repairs;
}

/**
 * Makes permission requests succeed in an extension page: headless Chromium cannot answer the browser's
 * permission prompt. The page records what it asked for in window.requestedOrigins.
 */
export async function grantPermissionRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { requestedOrigins: string[][]; browser?: typeof chrome };
    w.requestedOrigins = [];
    for (const api of [chrome, w.browser]) {
      if (!api?.permissions) continue;
      api.permissions.request = (async (permissions: chrome.permissions.Permissions) => {
        w.requestedOrigins.push(permissions.origins ?? []);
        return true;
      }) as typeof chrome.permissions.request;
      api.permissions.remove = (async () => true) as typeof chrome.permissions.remove;
    }
  });
}
