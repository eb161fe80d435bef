/**
 * Puts an article into the reader page. The header is set as text; the body is HTML built from escaped
 * block text (src/core/article/html.ts) and passed through DOMPurify with an allow-list of tags and
 * attributes, so nothing of the page's markup, scripts, handlers, styles or javascript: URLs can arrive.
 */
import DOMPurify from 'dompurify';
import { blocksHtml, originalSearchLinks, type Article } from '../core/article/index.ts';
import { t } from '../shared/i18n.ts';

export interface ArticleView {
  article: HTMLElement;
  title: HTMLElement;
  source: HTMLElement;
  published: HTMLTimeElement;
  author: HTMLElement;
  editor: HTMLElement;
  pageLink: HTMLAnchorElement;
  search: HTMLElement;
  content: HTMLElement;
}

// What src/core/article/html.ts writes (link rel is set again below).
const SANITIZE = {
  ALLOWED_TAGS: ['p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'figure', 'img', 'figcaption', 'table', 'tbody', 'tr', 'td', 'a', 'strong', 'em'],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'loading', 'referrerpolicy'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  RETURN_DOM_FRAGMENT: true as const,
};

function setText(element: HTMLElement, text: string | null): void {
  element.textContent = text ?? '';
  element.hidden = !text;
}

/** 2024-04-30T11:25:00+08:00 → 2024-04-30 11:25 (the page's own time, UTC+8). */
const displayDate = (iso: string): string => iso.slice(0, 16).replace('T', ' ');

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

export function renderArticle(view: ArticleView, { meta, blocks }: Article): void {
  document.title = meta.title ?? t('readerTitle');
  view.article.lang = meta.language ?? 'zh';
  setText(view.title, meta.title);
  setText(view.source, meta.source && t('readerSource', meta.source));
  setText(view.published, meta.published && displayDate(meta.published));
  view.published.dateTime = meta.published ?? '';
  setText(view.author, meta.author && t('readerAuthor', meta.author));
  setText(view.editor, meta.editor && t('readerEditor', meta.editor));

  view.pageLink.hidden = !meta.url;
  if (meta.url) {
    view.pageLink.href = meta.url;
    view.pageLink.textContent = meta.siteName ?? new URL(meta.url).hostname;
    view.pageLink.target = '_blank';
    view.pageLink.rel = 'noopener noreferrer';
  }
  const searches = originalSearchLinks(meta);
  view.search.hidden = searches.length === 0;
  view.search.querySelectorAll('a').forEach((a) => a.remove());
  for (const { engine, url } of searches) view.search.append(' ', link(url, engine));

  const body = DOMPurify.sanitize(blocksHtml(blocks), SANITIZE);
  for (const a of body.querySelectorAll('a')) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
  view.content.replaceChildren(body);
  view.article.hidden = false;
}
