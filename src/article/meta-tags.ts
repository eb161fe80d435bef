/**
 * What a page declares about itself in `<meta>` and JSON-LD. Government pages follow 政府网站发展指引
 * (ArticleTitle, PubDate, ContentSource …) but in any case (`contentSource`, `author`), so names are
 * compared case-insensitively; the literal "null" that some CMS templates print counts as empty.
 */

export interface MetaEntry {
  /** name, property, itemprop or http-equiv, lower-cased, without spaces (`weibo: article:create_at`). */
  name: string;
  value: string;
}

/** Attribute text is not page text, so the DOM repair leaves it; the caller may pass the engine here. */
export type RepairText = (text: string) => string;

const asIs: RepairText = (text) => text;

export function readMetaEntries(doc: Document, repair: RepairText = asIs): MetaEntry[] {
  return Array.from(doc.querySelectorAll('meta')).flatMap((meta) => {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv');
    const value = meta.getAttribute('content');
    if (name === null || value === null) return [];
    return [{ name: name.toLowerCase().replace(/\s+/g, ''), value: repair(cleanValue(value)) }];
  });
}

const cleanValue = (value: string): string => {
  const trimmed = value.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
  return /^(?:null|undefined|none)$/i.test(trimmed) ? '' : trimmed;
};

/** Every non-empty value of the given names, in the order of `names` (the priority), then document order. */
export function metaValues(entries: readonly MetaEntry[], names: readonly string[]): string[] {
  return names.flatMap((name) => entries.filter((e) => e.name === name && e.value).map((e) => e.value));
}

export const metaValue = (entries: readonly MetaEntry[], ...names: string[]): string | null =>
  metaValues(entries, names)[0] ?? null;

/**
 * A tag of the government content-page block, which starts at ArticleTitle. Templates repeat Keywords and
 * Description there after the site-wide ones (the Shanxi page's generic description is the site blurb), so
 * inside the block an empty value means "none" and hides the site-wide one. Undefined: no such block tag.
 */
export function govBlockValue(entries: readonly MetaEntry[], name: string): string | null | undefined {
  const start = entries.findIndex((e) => e.name === 'articletitle');
  if (start < 0) return undefined;
  const entry = entries.slice(start).find((e) => e.name === name);
  return entry ? entry.value || null : undefined;
}

/** Government pages carry the 指引's content-page tags. */
export const isGovernmentPage = (entries: readonly MetaEntry[]): boolean =>
  entries.some((e) => ['articletitle', 'contentsource', 'siteidcode', 'columnname'].includes(e.name));

/** The fields of a JSON-LD NewsArticle (or Article, ReportageNews, BlogPosting) block. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  /** Names of Person authors; an Organization as author is the publisher, not a writer. */
  people: string[];
  publisher?: string;
  section?: string;
  keywords: string[];
  description?: string;
  url?: string;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|Report)$/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asString = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const types = (node: Json): string[] => asList(node['@type']).filter((t): t is string => typeof t === 'string');

function flatten(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (!isObject(value)) return [];
  return [value, ...flatten(value['@graph'])];
}

function parseBlock(text: string): unknown {
  try {
    // Raw line breaks inside strings are invalid JSON but common (the LTN page has one in description);
    // outside strings they are insignificant, so replacing every control character is safe.
    return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
  } catch {
    return undefined;
  }
}

export function readJsonLd(doc: Document, repair: RepairText = asIs): JsonLdArticle | null {
  // Repaired before parsing: the engine leaves JSON syntax (ASCII) alone.
  const nodes = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).flatMap((script) =>
    flatten(parseBlock(repair(script.textContent ?? ''))),
  );
  const article = nodes.find((node) => types(node).some((t) => ARTICLE_TYPES.test(t)));
  if (!article) return null;
  const people = asList(article.author).flatMap((author) => {
    if (typeof author === 'string') return [author];
    return isObject(author) && !types(author).includes('Organization') && asString(author.name) ? [asString(author.name) as string] : [];
  });
  const keywords = asList(article.keywords).flatMap((k) => (typeof k === 'string' ? k.split(/[,，;；]/u) : []));
  const publisher = isObject(article.publisher) ? asString(article.publisher.name) : asString(article.publisher);
  const page = isObject(article.mainEntityOfPage) ? asString(article.mainEntityOfPage['@id']) : asString(article.mainEntityOfPage);
  return {
    headline: asString(article.headline),
    datePublished: asString(article.datePublished),
    people,
    publisher,
    section: asString(asList(article.articleSection)[0]),
    keywords: keywords.map((k) => k.trim()).filter(Boolean),
    description: asString(article.description),
    url: asString(article.url) ?? page,
  };
}
