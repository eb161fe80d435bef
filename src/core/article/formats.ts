/** Every text the CLI prints and the copy buttons put on the clipboard, by format name. */
import { apa, bibtex, cslJson, gbt7714, type CitationOptions } from './citation.ts';
import { articleHtml } from './html.ts';
import { articleJson, metaJson } from './json.ts';
import { articleMarkdown, frontMatter } from './markdown.ts';
import { articleText } from './text.ts';
import type { Article, ArticleMeta } from './types.ts';

export const CITATION_FORMATS = ['gbt7714', 'apa', 'bibtex', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** Formats of `mojifix meta`: the metadata alone. */
export const META_FORMATS = ['json', 'markdown', ...CITATION_FORMATS] as const;
export type MetaFormat = (typeof META_FORMATS)[number];

/** Formats of `mojifix read`: the whole article. */
export const READ_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type ReadFormat = (typeof READ_FORMATS)[number];

/** What the reader and the popup can copy, in button order. */
export const COPY_FORMATS = ['text', 'markdown', 'json', ...CITATION_FORMATS] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

function formatCitation(meta: ArticleMeta, format: CitationFormat, options: CitationOptions): string {
  switch (format) {
    case 'gbt7714':
      return gbt7714(meta, options);
    case 'apa':
      return apa(meta);
    case 'bibtex':
      return bibtex(meta, options);
    case 'csl-json':
      return cslJson(meta, options);
  }
}

export function formatMeta(meta: ArticleMeta, format: MetaFormat, options: CitationOptions): string {
  if (format === 'json') return metaJson(meta);
  if (format === 'markdown') return frontMatter(meta);
  return formatCitation(meta, format, options);
}

export function formatArticle(article: Article, format: CopyFormat | ReadFormat, options: CitationOptions): string {
  switch (format) {
    case 'text':
      return articleText(article);
    case 'markdown':
      return articleMarkdown(article);
    case 'json':
      return articleJson(article);
    case 'html':
      return articleHtml(article);
    default:
      return formatCitation(article.meta, format, options);
  }
}
