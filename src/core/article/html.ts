/**
 * The article as HTML built from escaped text: the CLI's `read --format html` and the reader's body (which
 * sanitises it once more before inserting it). Only http(s)/mailto links and http(s) images reach the
 * blocks, and every attribute value is escaped here.
 */
import { inlineText } from './text.ts';
import type { Article, ArticleBlock, Inline } from './types.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

function inlines(content: readonly Inline[]): string {
  const text = inlineText(content);
  if (!text) return '';
  return content
    .map((run, i) => {
      // Indentation belongs to the first and last runs only; inlineText already dropped it.
      let t = run.text;
      if (i === 0) t = t.replace(/^[\s\u00a0\u3000]+/u, '');
      if (i === content.length - 1) t = t.replace(/[\s\u00a0\u3000]+$/u, '');
      let html = escapeHtml(t);
      if (run.strong) html = `<strong>${html}</strong>`;
      if (run.em) html = `<em>${html}</em>`;
      return run.href ? `<a href="${escapeHtml(run.href)}" rel="noopener noreferrer">${html}</a>` : html;
    })
    .join('');
}

function block(b: ArticleBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${inlines(b.content)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inlines(b.content)}</p>`;
    case 'quote':
      return `<blockquote><p>${inlines(b.content)}</p></blockquote>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${inlines(item)}</li>`).join('')}</${tag}>`;
    }
    case 'figure': {
      const caption = b.caption ? `<figcaption>${escapeHtml(b.caption)}</figcaption>` : '';
      const img = `<img src="${escapeHtml(b.src)}" alt="${escapeHtml(b.alt || b.caption)}" loading="lazy" referrerpolicy="no-referrer">`;
      return `<figure>${img}${caption}</figure>`;
    }
    case 'table': {
      const rows = b.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
      return `<table><tbody>${rows.join('')}</tbody></table>`;
    }
  }
}

/** The body blocks as an HTML fragment. */
export const blocksHtml = (blocks: readonly ArticleBlock[]): string => blocks.map(block).join('\n');

/** A standalone HTML document: the title, a byline of the metadata, then the body. */
export function articleHtml(article: Article): string {
  const { title, source, published, author, url, language } = article.meta;
  const credits = [source, published?.slice(0, 10), author].filter((v): v is string => Boolean(v));
  const link = url ? ` <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : '';
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language ?? 'zh')}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(title ?? '')}</title></head>`,
    '<body><article>',
    title ? `<h1>${escapeHtml(title)}</h1>` : '',
    credits.length || link ? `<p class="byline">${escapeHtml(credits.join(' · '))}${link}</p>` : '',
    blocksHtml(article.blocks),
    '</article></body>',
    '</html>',
  ].filter(Boolean).join('\n') + '\n';
}
