import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';

export type PageAction = 'repair-page' | 'open-reader';

/** Context-menu entries; their ids are the same as the keyboard commands'. */
export function createMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: 'repair-page', title: t('menuRepair'), contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: 'open-reader', title: t('menuReader'), contexts: ['page', 'selection'] });
  });
}

export const isPageAction = (id: string | number): id is PageAction => id === 'repair-page' || id === 'open-reader';
