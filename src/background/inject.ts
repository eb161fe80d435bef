/**
 * One-click repair: a tab where the content script is not running gets it injected through activeTab (the
 * toolbar button, the shortcut and the context menu all grant it); a tab showing the original is repaired.
 */
import browser from 'webextension-polyfill';
import { sendToContent } from '../shared/messages.ts';

/** The built content script (`vite build --mode content`), for scripting.executeScript and registerContentScripts. */
export const CONTENT_SCRIPT = 'content.js';

const ping = (tabId: number) => sendToContent(tabId, { type: 'ping' }, 0).catch(() => undefined);

/**
 * Repairs the tab, resolving once its content script listens (so the reader can ask it for the page);
 * false when the page cannot be scripted (browser pages, the web store, a permission missing).
 */
export async function repairTab(tabId: number): Promise<boolean> {
  const status = await ping(tabId);
  if (status) {
    if (status.state === 'original') await sendToContent(tabId, { type: 'repair' });
    return true;
  }
  // A classic script: it listens for messages as soon as executeScript resolves.
  return browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] }).then(
    () => true,
    // Some frame may be out of reach (another origin); the page itself is what matters.
    () => browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] }).then(() => true, () => false),
  );
}
