/**
 * Many damaged pages are mirrors of an article published elsewhere. A search for the exact title (quoted)
 * and the source finds the original, which is the one to cite.
 */
import type { ArticleMeta } from './types.ts';

export interface SearchLink {
  engine: string;
  url: string;
}

const ENGINES: readonly { engine: string; prefix: string }[] = [
  { engine: 'Baidu', prefix: 'https://www.baidu.com/s?wd=' },
  { engine: 'Bing', prefix: 'https://www.bing.com/search?q=' },
];

/** `"title" source`, or null without a title. */
function originalSearchQuery(meta: ArticleMeta): string | null {
  if (!meta.title) return null;
  return meta.source ? `"${meta.title}" ${meta.source}` : `"${meta.title}"`;
}

export function originalSearchLinks(meta: ArticleMeta): SearchLink[] {
  const query = originalSearchQuery(meta);
  if (!query) return [];
  return ENGINES.map(({ engine, prefix }) => ({ engine, url: prefix + encodeURIComponent(query) }));
}
