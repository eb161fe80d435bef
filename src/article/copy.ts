/** The copy formats as the reader and the popup offer them. Clipboard writes happen only in click handlers. */
import { formatArticle, todayInChina, type Article, type CopyFormat } from '../core/article/index.ts';
import { t } from '../shared/i18n.ts';

// Format names are names in every language; only clean text is described.
const NAMES: Record<Exclude<CopyFormat, 'text'>, string> = {
  markdown: 'Markdown',
  json: 'JSON',
  gbt7714: 'GB/T 7714',
  apa: 'APA 7',
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
};

export const copyLabel = (format: CopyFormat): string => (format === 'text' ? t('copyText') : NAMES[format]);

/** Puts one format of the article on the clipboard (the access date of citations is today, UTC+8). */
export async function copyArticle(article: Article, format: CopyFormat): Promise<void> {
  await navigator.clipboard.writeText(formatArticle(article, format, { accessed: todayInChina() }));
}
