/**
 * One-click repair: a tab where the content script is not running gets it injected through activeTab (the
 * toolbar button, the shortcut and the context menu all grant it); a tab showing the original is repaired.
 */
import browser from 'webextension-polyfill';
import contentScript from '../content/main.ts?script';
import { sendToContent } from '../shared/messages.ts';

/** The built content script (its loader), for scripting.executeScript and registerContentScripts. */
export const CONTENT_SCRIPT = contentScript;

const ping = (tabId: number) => sendToContent(tabId, { type: 'ping' }, 0).catch(() => undefined);

/**
 * Repairs the tab, resolving once its content script answers (so the reader can ask it for the page);
 * false when the page cannot be scripted (browser pages, the web store, a permission missing).
 */
export async function repairTab(tabId: number): Promise<boolean> {
  const status = await ping(tabId);
  if (status) {
    if (status.state === 'original') await sendToContent(tabId, { type: 'repair' });
    return true;
  }
  const injected = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] }).then(
    () => true,
    // Some frame may be out of reach (another origin); the page itself is what matters.
    () => browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] }).then(() => true, () => false),
  );
  // The injected loader imports the content script's module: it answers a moment later.
  for (let wait = 0; injected && wait < 40; wait++) {
    if (await ping(tabId)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
