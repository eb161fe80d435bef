/**
 * Citations of the article in GB/T 7714-2015, APA 7, BibTeX (biblatex fields) and CSL-JSON. The kind
 * follows the metadata: a policy document with a 发文字号 is cited as a document ([A/OL]), an article from
 * a newspaper (来源 ends in 报) as a newspaper article ([N/OL]), anything else as a web page ([EB/OL]).
 * Templates: research/reader-and-metadata.md Table F. Nothing absent from the metadata is invented.
 */
import { dayOf } from './dates.ts';
import type { ArticleMeta } from './types.ts';

type CitationKind = 'document' | 'newspaper' | 'web';

export interface CitationOptions {
  /** Access date (引用日期), YYYY-MM-DD. */
  accessed: string;
}

function citationKind(meta: ArticleMeta): CitationKind {
  if (meta.documentNumber) return 'document';
  return meta.source && /[报報]$/u.test(meta.source) ? 'newspaper' : 'web';
}

const authorsOf = (meta: ArticleMeta): string[] => (meta.author ? meta.author.split('、') : []);

/** The responsible party: the reporters, or the issuing body of a document. */
const creatorsOf = (meta: ArticleMeta): string[] =>
  citationKind(meta) === 'document' && meta.issuer ? [meta.issuer] : authorsOf(meta);

/** The periodical or site the item appears in. */
function containerOf(meta: ArticleMeta): string | null {
  return citationKind(meta) === 'newspaper' ? meta.source : (meta.siteName ?? meta.source);
}

const dayParts = (iso: string): number[] => dayOf(iso).split('-').map(Number);

/** GB/T 7714-2015: `主要责任者. 题名[N/OL]. 报纸名, 出版日期[引用日期]. URL.` and its [A/OL], [EB/OL] kin. */
export function gbt7714(meta: ArticleMeta, { accessed }: CitationOptions): string {
  const creators = creatorsOf(meta);
  // More than three responsible parties: the first three, then 等 (GB/T 7714-2015 §8.1.2).
  const head = creators.length > 3 ? `${creators.slice(0, 3).join(', ')}, 等. ` : creators.length ? `${creators.join(', ')}. ` : '';
  const online = meta.url !== null;
  const day = meta.published ? dayOf(meta.published) : null;
  const cited = online ? `[${accessed}]` : '';
  const tail = online ? `. ${meta.url}.` : '.';
  const title = meta.title ?? '';
  switch (citationKind(meta)) {
    case 'document':
      return `${head}${title}: ${meta.documentNumber}[A${online ? '/OL' : ''}]. ${day ? `(${day})` : ''}${cited}${tail}`;
    case 'newspaper':
      return `${head}${title}[N${online ? '/OL' : ''}]. ${meta.source}${day ? `, ${day}` : ''}${cited}${tail}`;
    case 'web':
      return `${head}${title}[EB/OL]. ${day ? `(${day})` : ''}${cited}${tail}`;
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function apaNames(names: string[]): string {
  if (names.length <= 2) return names.join(', & ');
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

/** A title ends its own element unless it already ends in a question or exclamation mark. */
const closed = (text: string): string => (/[?!？！。.]$/u.test(text) ? text : `${text}.`);

/** APA 7: `Author. (Year, Month Day). Title. Source. URL`; with no author the title moves first. */
export function apa(meta: ArticleMeta): string {
  const [year, month, day] = meta.published ? dayParts(meta.published) : [];
  const date = year ? `(${year}, ${MONTHS[month - 1]} ${day}).` : '(n.d.).';
  const title = closed(meta.documentNumber ? `${meta.title ?? ''} (${meta.documentNumber})` : (meta.title ?? ''));
  const creators = creatorsOf(meta);
  const container = containerOf(meta);
  const parts = creators.length ? [closed(apaNames(creators)), date, title] : [title, date];
  if (container && !creators.includes(container)) parts.push(closed(container));
  if (meta.url) parts.push(meta.url);
  return parts.join(' ');
}

const TLD_LABELS = new Set(['www', 'com', 'cn', 'net', 'org', 'gov', 'edu', 'tw', 'hk', 'mo', 'co', 'uk', 'info']);

/** A stable citation key: the site's name label and the publication day, e.g. sina20190907. */
export function citationKey(meta: ArticleMeta): string {
  const host = /^[a-z][\w+.-]*:\/\/([^/:?#]+)/i.exec(meta.url ?? '')?.[1] ?? '';
  // The top-level label goes, then second-level ones (com.cn, gov.cn) and www.
  const labels = host.toLowerCase().split('.').slice(0, -1).filter((l) => /^[a-z][a-z0-9-]*$/.test(l) && !TLD_LABELS.has(l));
  const name = labels[labels.length - 1] ?? 'article';
  return `${name}${meta.published ? dayOf(meta.published).replaceAll('-', '') : ''}`;
}

const bibEscape = (text: string): string =>
  text.replace(/[{}\\]/g, '').replace(/[#$%&_]/g, '\\$&').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

/** A biblatex entry: @article for newspaper articles, @online otherwise (organisations in double braces). */
export function bibtex(meta: ArticleMeta, { accessed }: CitationOptions): string {
  const kind = citationKind(meta);
  const creators = creatorsOf(meta).map((name) => (kind === 'document' ? `{${bibEscape(name)}}` : bibEscape(name)));
  const container = containerOf(meta);
  const fields: [string, string | null][] = [
    ['author', creators.length ? creators.join(' and ') : null],
    ['title', meta.title && bibEscape(meta.title)],
    [kind === 'newspaper' ? 'journal' : 'organization', container && bibEscape(container)],
    ['number', meta.documentNumber ? bibEscape(meta.documentNumber) : null],
    ['date', meta.published && dayOf(meta.published)],
    ['url', meta.url],
    ['urldate', meta.url && accessed],
    ['langid', meta.language?.startsWith('zh') ? 'chinese' : null],
  ];
  const body = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${value}},`);
  return [`@${kind === 'newspaper' ? 'article' : 'online'}{${citationKey(meta)},`, ...body, '}'].join('\n');
}

const CSL_TYPES: Record<CitationKind, string> = { document: 'legislation', newspaper: 'article-newspaper', web: 'webpage' };

/** One CSL-JSON item (in an array, as citeproc and Zotero import it); names as literals, never split. */
export function cslJson(meta: ArticleMeta, { accessed }: CitationOptions): string {
  const kind = citationKind(meta);
  const creators = creatorsOf(meta);
  const item = {
    id: citationKey(meta),
    type: CSL_TYPES[kind],
    title: meta.title ?? undefined,
    author: creators.length ? creators.map((literal) => ({ literal })) : undefined,
    'container-title': containerOf(meta) ?? undefined,
    number: meta.documentNumber,
    issued: meta.published ? { 'date-parts': [dayParts(meta.published)] } : undefined,
    accessed: meta.url ? { 'date-parts': [dayParts(accessed)] } : undefined,
    URL: meta.url ?? undefined,
    language: meta.language ?? undefined,
  };
  return JSON.stringify([item], null, 2);
}
