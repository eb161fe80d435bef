import { bodyText } from './text.ts';
import type { Article, ArticleMeta } from './types.ts';

/** The metadata with its keys in the documented order; the policy-document keys only where present. */
export function orderedMeta(meta: ArticleMeta): Record<string, string | string[] | null> {
  const { title, source, published, author, editor, siteName, url, language, keywords, description } = meta;
  const ordered: Record<string, string | string[] | null> = {
    title, source, published, author, editor, siteName, url, language, keywords, description,
  };
  if (meta.column) ordered.column = meta.column;
  if (meta.documentNumber) ordered.documentNumber = meta.documentNumber;
  if (meta.issuer) ordered.issuer = meta.issuer;
  return ordered;
}

export const metaJson = (meta: ArticleMeta): string => JSON.stringify(orderedMeta(meta), null, 2);

/** The metadata plus the clean body text under `text`. */
export const articleJson = (article: Article): string =>
  JSON.stringify({ ...orderedMeta(article.meta), text: bodyText(article.blocks) }, null, 2);
