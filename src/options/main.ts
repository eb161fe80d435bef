/**
 * The options page: a form whose input names are the option keys. Switches that widen what the extension
 * may touch ask for the permission first, inside the user's click, and are only saved when it is granted.
 */
import browser from 'webextension-polyfill';
import { localizePage, t } from '../shared/i18n.ts';
import { getOptions, setOptions, watchOptions } from '../shared/options-storage.ts';
import type { Options, ScriptPolicy } from '../shared/options.ts';
import { ALL_SITES_PATTERNS, parseHost, sitePattern } from '../shared/sites.ts';

const form = document.getElementById('options') as HTMLFormElement;
const field = <T extends Element | RadioNodeList>(name: string): T => form.elements.namedItem(name) as T;
const siteError = document.getElementById('site-error')!;
let current: Options;

function render(options: Options): void {
  current = options;
  field<HTMLInputElement>('everywhere').checked = options.everywhere;
  field<HTMLInputElement>('highlight').checked = options.highlight;
  field<RadioNodeList>('script').value = options.script;
  const list = document.getElementById('sites')!;
  list.replaceChildren(
    ...options.sites.map((host) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = host;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = t('optionsSiteRemove');
      remove.addEventListener('click', () => void removeSite(host));
      item.append(name, remove);
      return item;
    }),
  );
  document.getElementById('no-sites')!.hidden = options.sites.length > 0;
}

function showSiteError(message: string): void {
  siteError.textContent = message;
  siteError.hidden = !message;
}

async function addSite(): Promise<void> {
  const input = document.getElementById('new-site') as HTMLInputElement;
  const host = parseHost(input.value);
  if (!host) return showSiteError(t('optionsSiteInvalid'));
  if (!(await browser.permissions.request({ origins: [sitePattern(host)] }))) return showSiteError(t('optionsPermissionDenied'));
  showSiteError('');
  input.value = '';
  if (!current.sites.includes(host)) await setOptions({ sites: [...current.sites, host] });
}

async function removeSite(host: string): Promise<void> {
  await setOptions({ sites: current.sites.filter((site) => site !== host) });
  await browser.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
}

async function setEverywhere(checkbox: HTMLInputElement): Promise<void> {
  if (!checkbox.checked) {
    await setOptions({ everywhere: false });
    await browser.permissions.remove({ origins: ALL_SITES_PATTERNS }).catch(() => false);
    return;
  }
  const granted = await browser.permissions.request({ origins: ALL_SITES_PATTERNS });
  if (granted) await setOptions({ everywhere: true });
  else checkbox.checked = false;
}

form.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.name === 'everywhere') void setEverywhere(input);
  else if (input.name === 'highlight') void setOptions({ highlight: input.checked });
  else if (input.name === 'script') void setOptions({ script: input.value as ScriptPolicy });
});
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('add-site')!.addEventListener('click', () => void addSite());
document.getElementById('new-site')!.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') void addSite();
});

localizePage();
render(await getOptions());
watchOptions(render);
