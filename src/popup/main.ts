/**
 * The toolbar popup. Opening it is the one-click repair: a tab without the content script gets it (through
 * activeTab). It shows the tab's status, switches between the original and the repair, and offers "always
 * repair on this site". Tests open it as a page with ?tab=<id>, since they cannot click the toolbar.
 */
import browser from 'webextension-polyfill';
import { localizePage, t } from '../shared/i18n.ts';
import { sendToBackground, sendToContent, type FrameStatus } from '../shared/messages.ts';
import { getOptions, setOptions } from '../shared/options-storage.ts';
import type { Options } from '../shared/options.ts';
import { siteMode, sitePattern, siteOf } from '../shared/sites.ts';
import { combineFrames, tabStatusKey, type TabFrames } from '../shared/status.ts';
import { mountArticleActions } from './article-actions.ts';
import { renderStatus, type StatusElements } from './status-view.ts';

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const view: StatusElements = {
  status: byId('status'),
  kinds: byId('kinds'),
  lossy: byId('lossy'),
  warningKinds: byId('warning-kinds'),
  toggleOriginal: byId('toggle-original'),
};

async function currentTab(): Promise<browser.Tabs.Tab> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (requested) return browser.tabs.get(requested);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function readStatus(tabId: number): Promise<FrameStatus | undefined> {
  const key = tabStatusKey(tabId);
  return combineFrames(((await browser.storage.session.get(key))[key] ?? {}) as TabFrames);
}

function renderSite(host: string, options: Options): void {
  const mode = siteMode(host, options);
  const toggle = byId<HTMLInputElement>('site-toggle');
  toggle.checked = mode !== 'off';
  toggle.disabled = mode === 'gov' || mode === 'everywhere';
  byId('site-label').textContent = t('popupSiteToggle', host);
  byId('site-row').hidden = false;
  const note = byId('site-note');
  note.textContent = mode === 'gov' ? t('popupSiteGov') : mode === 'everywhere' ? t('popupSiteEverywhere') : '';
  note.hidden = !note.textContent;
}

/** "Always repair on this site": asks for the site's permission, then remembers the site. */
function bindSiteToggle(host: string, options: Options): void {
  const toggle = byId<HTMLInputElement>('site-toggle');
  toggle.addEventListener('change', async () => {
    const origins = [sitePattern(host)];
    const sites = options.sites.filter((site) => site !== host);
    if (toggle.checked) {
      // Requested first, within the click: browsers refuse permission requests made after an await.
      const granted = await browser.permissions.request({ origins });
      if (!granted) {
        toggle.checked = false;
        byId('site-note').textContent = t('popupPermissionDenied');
        byId('site-note').hidden = false;
        return;
      }
      sites.push(host);
    } else {
      await browser.permissions.remove({ origins }).catch(() => false);
    }
    options.sites = sites;
    await setOptions({ sites });
  });
}

async function main(): Promise<void> {
  localizePage();
  byId('open-options').addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage().then(() => window.close());
  });
  const tab = await currentTab();
  const tabId = tab.id!;
  const host = siteOf(tab.url);
  let available = host !== undefined;
  let status = await readStatus(tabId);
  renderStatus(view, status, available);
  if (!host) return;

  const options = await getOptions();
  renderSite(host, options);
  bindSiteToggle(host, options);
  mountArticleActions(byId('article-actions'), tabId);

  view.toggleOriginal.addEventListener('click', () => {
    const type = view.toggleOriginal.dataset.action === 'repair' ? 'repair' : 'show-original';
    void sendToContent(tabId, { type });
  });
  browser.storage.onChanged.addListener(async (changes, area) => {
    if (area !== 'session' || !(tabStatusKey(tabId) in changes)) return;
    status = await readStatus(tabId);
    renderStatus(view, status, available);
  });
  if (!status) {
    available = await sendToBackground({ type: 'repair-tab', tabId });
    renderStatus(view, status, available);
  }
}

void main();
