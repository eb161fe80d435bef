/**
 * The reader view: an extension page opened for a tab (?tab=<id>) from the popup, the toolbar shortcut or
 * the context menu. It asks the tab's content script for the page, repairs and extracts the article, and
 * offers theme, font size, simplified/traditional, print and the copy formats.
 */
import { articleFromSnapshot } from '../article/repaired.ts';
import { fetchSnapshot } from '../article/snapshot.ts';
import { copyArticle, copyLabel } from '../article/copy.ts';
import { COPY_FORMATS, articleText, type Article } from '../core/article/index.ts';
import { localizePage, t } from '../shared/i18n.ts';
import type { PageSnapshot } from '../shared/messages.ts';
import type { ScriptPolicy } from '../shared/options.ts';
import { getOptions } from '../shared/options-storage.ts';
import { FONT_SIZES, applyPreferences, loadPreferences, savePreferences, type Theme } from './preferences.ts';
import { renderArticle, type ArticleView } from './render.ts';

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const view: ArticleView = {
  article: byId('article'),
  title: byId('title'),
  source: byId('source'),
  published: byId('published'),
  author: byId('author'),
  editor: byId('editor'),
  pageLink: byId('page-link'),
  search: byId('search'),
  content: byId('content'),
};
const status = byId('status');

let article: Article | undefined;

function bindLook(): void {
  const preferences = loadPreferences();
  applyPreferences(preferences);
  const update = (): void => {
    applyPreferences(preferences);
    savePreferences(preferences);
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-choice]')) {
    button.addEventListener('click', () => {
      preferences.theme = button.dataset.themeChoice as Theme;
      update();
    });
  }
  byId('font-smaller').setAttribute('aria-label', t('readerFontSmaller'));
  byId('font-larger').setAttribute('aria-label', t('readerFontLarger'));
  byId('font-smaller').addEventListener('click', () => {
    preferences.fontStep = Math.max(0, preferences.fontStep - 1);
    update();
  });
  byId('font-larger').addEventListener('click', () => {
    preferences.fontStep = Math.min(FONT_SIZES.length - 1, preferences.fontStep + 1);
    update();
  });
  byId('print').addEventListener('click', () => print());
}

function bindCopy(): void {
  const group = byId('copy-buttons');
  for (const format of COPY_FORMATS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.format = format;
    button.textContent = copyLabel(format);
    button.disabled = true;
    button.addEventListener('click', async () => {
      if (!article) return;
      try {
        await copyArticle(article, format);
        status.textContent = t('copied', copyLabel(format));
      } catch {
        status.textContent = t('copyFailed');
      }
    });
    group.append(button);
  }
}

function showArticle(shown: Article): void {
  article = shown;
  renderArticle(view, shown);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-format]')) button.disabled = false;
}

const otherScript = (script: ScriptPolicy): ScriptPolicy => (script === 'keep' ? 'simplified' : 'keep');

/**
 * Offers the converted article in the other script, when there is one to show: a page the content script
 * already repaired to simplified characters has no traditional text left (unless the snapshot carries the
 * original page), so both versions are made and compared first.
 */
async function offerOtherScript(snapshot: PageSnapshot, script: ScriptPolicy, shown: Article): Promise<void> {
  const alternative = (await articleFromSnapshot(snapshot, otherScript(script))).article;
  if (articleText(alternative) === articleText(shown)) return;
  const versions: Record<ScriptPolicy, Article> = script === 'keep' ? { keep: shown, simplified: alternative } : { keep: alternative, simplified: shown };
  const toggle = byId<HTMLButtonElement>('script-toggle');
  let current = script;
  const label = (): void => {
    toggle.textContent = current === 'keep' ? t('readerShowSimplified') : t('readerShowTraditional');
  };
  label();
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    current = otherScript(current);
    showArticle(versions[current]);
    label();
  });
}

async function main(): Promise<void> {
  localizePage();
  bindLook();
  bindCopy();
  const message = byId('message');
  const tabId = Number(new URLSearchParams(location.search).get('tab'));
  try {
    // No tab, or no content script in it (the tab was closed or reloaded without the extension).
    if (!tabId) throw new Error('no tab to read');
    const snapshot = await fetchSnapshot(tabId);
    const { script } = await getOptions();
    const shown = await articleFromSnapshot(snapshot, script);
    showArticle(shown.article);
    message.hidden = true;
    if (shown.evidence.convertedScript) await offerOtherScript(snapshot, script, shown.article);
  } catch {
    message.textContent = t('readerUnavailable');
  }
}

void main();
