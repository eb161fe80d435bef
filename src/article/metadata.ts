/**
 * Citable metadata of a (repaired) Chinese article page, field by field in the priority orders of
 * research/reader-and-metadata.md Table A: government <meta> tags, then Open Graph / article:* / JSON-LD,
 * then what the page shows around the title and the body (labels, bylines, the index table), then the URL.
 * One exception: a 来源 label in the header beats the meta tags, since templates abbreviate ContentSource.
 * Every candidate is validated; a field nobody states stays null.
 */
import {
  authorFromText,
  dateFromUrl,
  editorFromText,
  findDate,
  headingMatchingTitle,
  inlineText,
  labelledDate,
  outletBesideDate,
  personNames,
  readIndexFields,
  siteSuffix,
  sourceFromText,
  squash,
  stripSiteSuffix,
  trailingByline,
  type ArticleBlock,
  type ArticleMeta,
  type IndexFields,
} from '../core/article/index.ts';
import { withoutHeader } from './body.ts';
import {
  govBlockValue,
  isGovernmentPage,
  metaValue,
  metaValues,
  readJsonLd,
  readMetaEntries,
  type JsonLdArticle,
  type MetaEntry,
  type RepairText,
} from './meta-tags.ts';
import { indexIgnoringSpace, pageText } from './page-text.ts';
import { citableUrl } from './urls.ts';
import { zonesOf, type Zones } from './zones.ts';

export interface MetadataOptions {
  /** The page's address, for relative URLs and as the fallback `url`. */
  url?: string;
  /** Clock for date validation (tests). */
  now?: number;
  /** Applied to text from attributes and JSON-LD (meta content), which the DOM repair does not reach. */
  repair?: RepairText;
}

// htmldate's and GNE's publication-date names, in research Table A's order.
const DATE_NAMES = [
  'article:published_time', 'og:release_date', 'publishdate', 'publish_date', 'publish-date', 'publishtime',
  'pubtime', 'apub:time', 'rnews:datepublished', 'datepublished', 'og:published_time', 'article:published',
  'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.created', 'dc.date.created', 'sailthru.date',
  'parsely-pub-date', 'weibo:article:create_at',
];
const AUTHOR_NAMES = ['author', 'article:author', 'dc.creator', 'byline', 'parsely-author', 'sailthru.author'];
// A gov page's document number stands alone under the title: 国办发〔2017〕47号.
const DOCUMENT_NUMBER = /^\p{Script=Han}{1,12}[〔[［(（]\d{4}[〕\]］)）]\d{1,5}号$/u;
// Elements whose class or id names the source: sina a.source, qq span.where, pinyin laiyuan / ly.
const SOURCE_HINT = /(?:^|[-_\s])(?:source|where|laiyuan|ly|media[-_]?name)(?:$|[-_\s])/i;

/** Everything the field rules read, gathered once. */
interface Page {
  doc: Document;
  options: MetadataOptions;
  entries: MetaEntry[];
  ld: JsonLdArticle | null;
  index: IndexFields;
  zones: Zones;
  headerLines: string[];
  /** The body's first three and last two paragraphs. */
  leadLines: string[];
  tailLines: string[];
  footerLines: string[];
}

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** The first candidate that yields a value. */
const first = <T>(...candidates: (() => T | null | undefined)[]): T | null => {
  for (const candidate of candidates) {
    const value = candidate();
    if (value !== null && value !== undefined && value !== '') return value;
  }
  return null;
};

const documentTitle = (doc: Document): string => doc.querySelector('title')?.textContent ?? '';

const hostOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).hostname || null : null;
  } catch {
    return null;
  }
};

function titleOf(doc: Document, entries: readonly MetaEntry[], ld: JsonLdArticle | null, index: IndexFields, siteNames: string[]): string | null {
  const og = metaValue(entries, 'og:title', 'twitter:title');
  const headings = ['h1', 'h2', 'h3'].flatMap((tag) => Array.from(doc.body.querySelectorAll(tag)).map((h) => h.textContent ?? ''));
  return first(
    () => metaValue(entries, 'articletitle'),
    () => index.title,
    () => headingMatchingTitle(headings, [documentTitle(doc), og ?? '', ld?.headline ?? ''], siteNames),
    () => ld?.headline && squash(ld.headline),
    () => og && stripSiteSuffix(og, siteNames),
    () => documentTitle(doc) && stripSiteSuffix(documentTitle(doc), siteNames),
    () => squash(doc.body.querySelector('h1')?.textContent ?? ''),
  );
}

function sourceFromHints({ doc, zones }: Page): string | null {
  for (const element of Array.from(doc.body.querySelectorAll('[class], [id]'))) {
    if (!SOURCE_HINT.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) continue;
    const text = squash(element.textContent ?? '');
    // Only in the header: related-article lists carry source spans of their own.
    if (!text || text.length > 40 || indexIgnoringSpace(zones.header, text) < 0) continue;
    const labelled = sourceFromText(text);
    if (labelled) return labelled;
    const bare = text.replace(/\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/gu, '').trim().split(/\s+/u)[0];
    if (bare && bare.length >= 2 && bare.length <= 30) return bare;
  }
  return null;
}

/** meta source sometimes carries its label: 来源：<channel> 原创稿. */
const metaSource = (value: string | null): string | null => (value ? (sourceFromText(value) ?? value.split(/\s+/u)[0]) : null);

function sourceOf(page: Page): string | null {
  const { entries, zones, tailLines, options } = page;
  return first(
    () => sourceFromText(zones.header),
    () => metaSource(metaValue(entries, 'contentsource', 'source')),
    () => sourceFromHints(page),
    () => sourceFromText(zones.footer),
    () => tailLines.map(sourceFromText).find(Boolean),
    () => outletBesideDate(zones.header, options.now),
  );
}

function publishedOf({ doc, entries, ld, index, zones, options: { now, url } }: Page): string | null {
  return first(
    () => metaValues(entries, ['pubdate']).map((v) => findDate(v, now)).find(Boolean),
    () => index.published,
    () => [...metaValues(entries, DATE_NAMES), ld?.datePublished ?? ''].map((v) => findDate(v, now)).find(Boolean),
    () => labelledDate(zones.header, now),
    () => findDate(zones.header, now),
    () => {
      const element = doc.body.querySelector('[itemprop="datePublished"], time[datetime]');
      return element && findDate(element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent ?? '', now);
    },
    () => (url ? dateFromUrl(url, now) : null),
  );
}

function editorOf({ entries, zones, tailLines }: Page): string | null {
  return first(
    () => editorFromText(zones.header),
    () => tailLines.map((line) => editorFromText(line)).find(Boolean),
    () => editorFromText(zones.footer),
    () => personNames(metaValue(entries, 'editor') ?? ''),
    // Widgets between the body and the credit (qq's poll) push it out of the footer zone.
    () => editorFromText(zones.afterTitle, 'desk'),
  );
}

/** Not an author: the site or outlet itself, or the editor (banyuetan's meta author is its 责任编辑). */
const isNamedElsewhere = (name: string, others: readonly (string | null | undefined)[]): boolean =>
  others.some((other) => other && (other.includes(name) || name.includes(other)));

function authorOf(page: Page, others: readonly (string | null | undefined)[]): string | null {
  const { entries, ld, headerLines, leadLines, footerLines, tailLines } = page;
  const declared = (): string | null =>
    [...metaValues(entries, AUTHOR_NAMES), ...(ld?.people ?? [])]
      .map((value) => personNames(value))
      .find((name): name is string => name !== null && !isNamedElsewhere(name, others)) ?? null;
  return first(
    () => personNames(govBlockValue(entries, 'author') ?? ''),
    () => headerLines.map(authorFromText).find(Boolean),
    () => leadLines.map(authorFromText).find(Boolean),
    () => footerLines.map(authorFromText).find(Boolean),
    declared,
    () => tailLines.map(trailingByline).find(Boolean),
  );
}

function urlOf({ doc, entries, ld, options: { url } }: Page): string | null {
  return first(
    () => citableUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, url),
    () => citableUrl(metaValue(entries, 'og:url'), url),
    () => citableUrl(metaValue(entries, 'url'), url),
    () => citableUrl(ld?.url ?? null, url),
    () => citableUrl(url ?? null, undefined),
  );
}

function languageOf({ doc, entries }: Page): string | null {
  const root = doc.documentElement;
  const declared = root.getAttribute('lang') ?? root.getAttribute('xml:lang') ?? metaValue(entries, 'content-language', 'dc.language', 'og:locale');
  const tag = declared?.trim().replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

function splitKeywords(value: string | null | undefined, title: string | null): string[] | null {
  if (!value || value === title) return null;
  const separator = /[,;，；、|]/u.test(value) ? /[,;，；、|]/u : /\s+/u;
  const keywords = value.split(separator).map((k) => k.trim()).filter(Boolean);
  return keywords.length ? keywords : null;
}

// On government pages the article block's (possibly empty) Keywords/Description win over the site's.
function keywordsOf({ entries, ld }: Page, title: string | null): string[] | null {
  const gov = govBlockValue(entries, 'keywords');
  return splitKeywords(gov !== undefined ? gov : (metaValue(entries, 'keywords', 'news_keywords') ?? ld?.keywords.join(',')), title);
}

function descriptionOf({ entries, ld }: Page): string | null {
  const gov = govBlockValue(entries, 'description');
  if (gov !== undefined) return gov;
  return first(
    () => metaValue(entries, 'og:description'),
    () => (isGovernmentPage(entries) ? null : metaValue(entries, 'description')),
    () => ld?.description,
  );
}

export function extractMetadata(doc: Document, blocks: readonly ArticleBlock[], options: MetadataOptions = {}): ArticleMeta {
  const entries = readMetaEntries(doc, options.repair);
  const ld = readJsonLd(doc, options.repair);
  const index = readIndexFields(pageText(doc.body).text, options.now);
  const declaredSite = metaValue(entries, 'sitename', 'og:site_name') ?? ld?.publisher ?? null;
  const title = titleOf(doc, entries, ld, index, declaredSite ? [declaredSite] : []);
  const body = withoutHeader(blocks, title);
  const zones = zonesOf(doc, title, body);
  const paragraphs = body.filter((b) => b.kind === 'paragraph').map((b) => inlineText(b.content));
  const page: Page = {
    doc, options, entries, ld, index, zones,
    headerLines: lines(zones.header),
    leadLines: paragraphs.slice(0, 3),
    tailLines: paragraphs.slice(-2),
    footerLines: lines(zones.footer),
  };

  const siteName = first(
    () => declaredSite,
    () => metaValue(entries, 'application-name'),
    () => (title ? siteSuffix(documentTitle(doc), title) : null),
    () => hostOf(options.url),
  );
  const source = sourceOf(page);
  const editor = editorOf(page);
  const meta: ArticleMeta = {
    title,
    source,
    published: publishedOf(page),
    author: authorOf(page, [siteName, source, ld?.publisher, hostOf(options.url), editor]),
    editor,
    siteName,
    url: urlOf(page),
    language: languageOf(page),
    keywords: keywordsOf(page, title),
    description: descriptionOf(page),
  };
  const column = first(() => metaValue(entries, 'columnname', 'article:section'), () => ld?.section);
  const documentNumber = first(
    () => index.documentNumber,
    () => [...page.headerLines, ...page.leadLines.slice(0, 2)].find((line) => DOCUMENT_NUMBER.test(line)),
  );
  if (column) meta.column = column;
  if (documentNumber) meta.documentNumber = documentNumber;
  if (index.issuer) meta.issuer = index.issuer;
  return meta;
}
