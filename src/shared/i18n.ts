/**
 * UI strings through browser.i18n (_locales/{en,zh_CN,zh_TW}), so pages follow the browser's language.
 * Elements carry data-i18n="key" (text) or data-i18n-placeholder="key".
 */
import browser from 'webextension-polyfill';
import type { FixId, WarningKind } from '../core/types.ts';

export type MessageKey = keyof typeof import('../../_locales/en/messages.json');

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;
type Kind = FixId | WarningKind;

// Typed so that a kind the engine adds without its two messages fails to compile where they are used.
/** The name of a repair or warning kind: 'pinyin-annotation' → 'kind_pinyin_annotation'. */
export const kindLabelKey = <K extends Kind>(kind: K) => `kind_${kind.replaceAll('-', '_')}` as `kind_${Snake<K>}`;
/** A sentence on what the kind of damage is. */
export const kindHelpKey = <K extends Kind>(kind: K) => `${kindLabelKey(kind)}_help` as `kind_${Snake<K>}_help`;

export function localizePage(root: ParentNode = document): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset.i18n as MessageKey);
  for (const element of root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) {
    element.placeholder = t(element.dataset.i18nPlaceholder as MessageKey);
  }
}
