/**
 * Keeps the registered content script in line with the options: the sites the user allowed (or all sites),
 * restricted to what the user actually granted, since permissions can be revoked from the browser's UI.
 */
import browser from 'webextension-polyfill';
import { getOptions } from '../shared/options-storage.ts';
import { GOV_PATTERN, registeredPatterns } from '../shared/sites.ts';
import { CONTENT_SCRIPT } from './inject.ts';

const SCRIPT_ID = 'mojifix-sites';

let syncing: Promise<void> = Promise.resolve();

/** Re-registers the content script; calls run one after another (register/unregister cannot overlap). */
export function syncSiteScripts(): Promise<void> {
  syncing = syncing.then(register).catch((error: unknown) => console.error('Mojifix:', error));
  return syncing;
}

async function register(): Promise<void> {
  const wanted = registeredPatterns(await getOptions());
  const granted = await Promise.all(wanted.map((pattern) => browser.permissions.contains({ origins: [pattern] })));
  const matches = wanted.filter((_, i) => granted[i]);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!matches.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches,
      // The manifest's content script already covers government sites.
      excludeMatches: [GOV_PATTERN],
      js: [CONTENT_SCRIPT],
      allFrames: true,
      runAt: 'document_end',
    },
  ]);
}
