/** The welcome page, opened on install: what Mojifix does, and the all-sites switch with its permission. */
import browser from 'webextension-polyfill';
import { localizePage } from '../shared/i18n.ts';
import { getOptions, setOptions } from '../shared/options-storage.ts';
import { ALL_SITES_PATTERNS } from '../shared/sites.ts';

const button = document.getElementById('all-sites') as HTMLButtonElement;
const done = document.getElementById('all-sites-on')!;

function showEverywhere(on: boolean): void {
  button.hidden = on;
  done.hidden = !on;
}

button.addEventListener('click', async () => {
  if (!(await browser.permissions.request({ origins: ALL_SITES_PATTERNS }))) return;
  await setOptions({ everywhere: true });
  showEverywhere(true);
});
document.getElementById('open-options')!.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
});

localizePage();
showEverywhere((await getOptions()).everywhere);
