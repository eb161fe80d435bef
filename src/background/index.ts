/**
 * Service worker (event page in Firefox): wires browser events to the modules beside it. Everything it
 * knows about tabs lives in storage.session, so it can be stopped and restarted at any time.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { cleanFrame, handleMessages, type FrameStatus, type ToBackground } from '../shared/messages.ts';
import { watchOptions } from '../shared/options-storage.ts';
import { readerUrl } from '../shared/reader-url.ts';
import { repairTab } from './inject.ts';
import { createMenus, isPageAction, type PageAction } from './menus.ts';
import { flaggedTexts, scanPage } from './page-scan.ts';
import { syncSiteScripts } from './site-scripts.ts';
import { forgetTab, recordFrameStatus } from './tab-status.ts';

handleMessages<ToBackground>({
  'frame-status': ({ status }, sender) => record(sender, status),
  'repair-tab': ({ tabId }) => repairTab(tabId),
  'scan-page': ({ text, attributes, report }, sender) => {
    const scan = scanPage(text, attributes);
    if (report && !scan.marks.length && !scan.attributes.length) record(sender, cleanFrame());
    return scan;
  },
  'scan-texts': ({ texts, report }, sender) => {
    const flagged = flaggedTexts(texts);
    if (report && !flagged.length) record(sender, cleanFrame());
    return flagged;
  },
});

/** The status of the sender's frame (a clean first look's, too: the content script sends none of its own then). */
function record(sender: Runtime.MessageSender, status: FrameStatus): void {
  if (sender.tab?.id !== undefined) void recordFrameStatus(sender.tab.id, sender.frameId ?? 0, status);
}

async function runPageAction(action: PageAction, tab: { id?: number; index?: number } | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const repaired = await repairTab(tab.id);
  if (action === 'open-reader' && repaired) {
    await browser.tabs.create({ url: readerUrl(tab.id), index: (tab.index ?? 0) + 1, openerTabId: tab.id });
  }
}

browser.runtime.onInstalled.addListener(({ reason }) => {
  createMenus();
  void syncSiteScripts();
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
});
browser.runtime.onStartup.addListener(() => void syncSiteScripts());
watchOptions(() => void syncSiteScripts());
browser.permissions.onAdded.addListener(() => void syncSiteScripts());
browser.permissions.onRemoved.addListener(() => void syncSiteScripts());

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (isPageAction(info.menuItemId)) void runPageAction(info.menuItemId, tab);
});
browser.commands.onCommand.addListener((command, tab) => {
  if (isPageAction(command)) void runPageAction(command, tab);
});

// A new document in the tab (navigation or reload): its content scripts will report afresh.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
