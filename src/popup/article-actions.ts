/**
 * The popup's article section: open the reader view, or copy the article (clean text, Markdown, JSON,
 * citations) without opening it. The article is read when the popup opens, so that a click writes the
 * clipboard at once; nothing is written without a click.
 */
import browser from 'webextension-polyfill';
import { copyArticle, copyLabel } from '../article/copy.ts';
import { articleFromSnapshot } from '../article/repaired.ts';
import { fetchSnapshot } from '../article/snapshot.ts';
import { COPY_FORMATS, type Article, type CopyFormat } from '../core/article/index.ts';
import { t } from '../shared/i18n.ts';
import { getOptions } from '../shared/options-storage.ts';
import { readerUrl } from '../shared/reader-url.ts';

function button(text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

async function readArticle(tabId: number): Promise<Article> {
  const [snapshot, options] = await Promise.all([fetchSnapshot(tabId), getOptions()]);
  return (await articleFromSnapshot(snapshot, options.script)).article;
}

export function mountArticleActions(section: HTMLElement, tabId: number): void {
  const reader = button(t('popupReader'), async () => {
    await browser.tabs.create({ url: readerUrl(tabId) });
    window.close();
  });
  // A format menu and one button keep the popup narrow; the reader has a button per format.
  const choice = document.createElement('label');
  choice.className = 'choice';
  const formats = document.createElement('select');
  formats.id = 'copy-format';
  formats.append(...COPY_FORMATS.map((format) => new Option(copyLabel(format), format)));
  choice.append(t('readerCopy'), formats);
  const status = document.createElement('p');
  status.className = 'note';
  status.setAttribute('role', 'status');

  let article: Article | undefined;
  const copy = button(t('popupCopy'), async () => {
    if (!article) return;
    const format = formats.value as CopyFormat;
    try {
      await copyArticle(article, format);
      status.textContent = t('copied', copyLabel(format));
    } catch {
      status.textContent = t('copyFailed');
    }
  });
  copy.id = 'copy';
  copy.disabled = true;
  section.append(reader, choice, copy, status);

  readArticle(tabId).then(
    (read) => {
      article = read;
      copy.disabled = false;
    },
    // No content script to ask (a page the extension cannot run on): only the reader button stays.
    () => {
      choice.remove();
      copy.remove();
    },
  );
}
