import browser from 'webextension-polyfill';
import { DEFAULT_OPTIONS, normalizeOptions, type Options } from './options.ts';

export async function getOptions(): Promise<Options> {
  return normalizeOptions(await browser.storage.sync.get({ ...DEFAULT_OPTIONS }));
}

export async function setOptions(patch: Partial<Options>): Promise<void> {
  await browser.storage.sync.set(patch);
}

/** Calls `listener` with the new options whenever they change; returns the unsubscribe function. */
export function watchOptions(listener: (options: Options) => void): () => void {
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'sync') void getOptions().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
