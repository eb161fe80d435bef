import browser from 'webextension-polyfill';

/** The reader view for a tab (the page is built by src/reader/, issue 4). */
export const readerUrl = (tabId: number): string => browser.runtime.getURL(`src/reader/index.html?tab=${tabId}`);
