/**
 * The article body: @mozilla/readability on a clone of the (repaired) document, with the adjustments
 * Chinese pages need. Readability's own cleanup counts only ASCII commas and scores nothing under 25
 * characters, so furniture in short blocks (分享到, 字号 大中小, 打印 关闭, 责任编辑 lines, related lists,
 * the 政务公开 index table) is removed before it runs, and again from the blocks it returns.
 */
import { Readability } from '@mozilla/readability';
import { blockText, isFurniture, isRelatedHeading, readIndexFields, type ArticleBlock } from '../core/article/index.ts';
import { toBlocks } from './blocks.ts';
import { pageText, textKey } from './page-text.ts';

// Readability retries with weaker cleaning until 500 characters remain, a Latin-text measure: 200 Han
// characters say as much, and a short government notice (248 characters in research) should not end up
// with the page's navigation around it.
const CJK_CHAR_THRESHOLD = 200;
// Furniture is short; anything longer holds content and is left to Readability.
const SHORT = 200;
const CANDIDATES = 'div, p, span, li, td, dd, dt, section, ul, ol, font, h2, h3, h4, h5, h6, strong, b, a, table';

function linkDensity(element: Element): number {
  const text = (element.textContent ?? '').replace(/\s+/gu, '').length;
  if (!text) return 1;
  const linked = Array.from(element.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/gu, '').length, 0);
  return linked / text;
}

/** A related-articles heading, and the link lists after it (up to the first block of real text). */
function removeRelated(heading: Element, body: Element): void {
  let start = heading;
  while (start.parentElement && start.parentElement !== body && start.parentElement.children.length === 1) start = start.parentElement;
  let next = start.nextElementSibling;
  while (next && linkDensity(next) >= 0.5) {
    const after = next.nextElementSibling;
    next.remove();
    next = after;
  }
  start.remove();
}

const isIndexTable = (table: Element): boolean => Object.keys(readIndexFields(pageText(table).text)).length >= 2;

function removeFurniture(doc: Document): void {
  for (const element of Array.from(doc.body.querySelectorAll(CANDIDATES))) {
    if (!doc.body.contains(element)) continue;
    if (element.localName === 'table') {
      if (isIndexTable(element)) element.remove();
      continue;
    }
    const text = element.textContent ?? '';
    if (text.length > SHORT || element.querySelector('img')) continue;
    if (isFurniture(text)) element.remove();
    else if (isRelatedHeading(text)) removeRelated(element, doc.body);
  }
}

const onlyLinks = (block: ArticleBlock): boolean => {
  const runs = block.kind === 'list' ? block.items.flat() : 'content' in block ? block.content : [];
  const text = runs.filter((r) => r.text.trim());
  return text.length > 0 && text.every((r) => r.href);
};

// A lone link opening or closing the body is a promotion or navigation (research Table C: a portal body
// that starts with a promo link).
const LONE_LINK_MAX = 40;
const isLoneLink = (block: ArticleBlock | undefined): boolean =>
  block !== undefined && block.kind === 'paragraph' && onlyLinks(block) && blockText(block).length <= LONE_LINK_MAX;

/** Furniture that Readability kept, a related-articles tail, lone links at either end. */
function cleanBlocks(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  const out: ArticleBlock[] = [];
  let inRelated = false;
  for (const block of blocks) {
    const text = blockText(block);
    if (block.kind !== 'figure' && block.kind !== 'table' && isRelatedHeading(text)) {
      inRelated = true;
      continue;
    }
    if (inRelated && onlyLinks(block)) continue;
    inRelated = false;
    if (block.kind !== 'figure' && isFurniture(text)) continue;
    out.push(block);
  }
  while (isLoneLink(out[0])) out.shift();
  while (isLoneLink(out[out.length - 1])) out.pop();
  return out;
}

/**
 * The blocks without leading lines that repeat the header: the title (sina's second title line) or the
 * source name standing alone (qq's TNW中文站, left when its date was removed as furniture).
 */
export function withoutHeader(blocks: readonly ArticleBlock[], ...header: (string | null)[]): ArticleBlock[] {
  const keys = new Set(header.filter((h): h is string => Boolean(h)).map(textKey));
  let start = 0;
  while (start < blocks.length && keys.has(textKey(blockText(blocks[start])))) start++;
  return blocks.slice(start);
}

const URL_ATTRIBUTES = ['href', 'src', 'data-src', 'data-original', 'data-lazy-src'];

/**
 * Makes links and image addresses absolute against the page. Readability resolves them against the
 * document's own base, which for a DOMParser document in the reader is the extension page, not the article.
 */
function resolveUrls(doc: Document, url: string): void {
  for (const attribute of URL_ATTRIBUTES) {
    for (const element of Array.from(doc.querySelectorAll(`[${attribute}]`))) {
      const value = element.getAttribute(attribute) ?? '';
      try {
        if (!value.startsWith('#')) element.setAttribute(attribute, new URL(value, url).href);
      } catch {
        // Not a URL: left for safeUrl to drop.
      }
    }
  }
}

/** The body blocks of a document; the document itself is not changed. */
export function extractBody(doc: Document, url?: string): ArticleBlock[] {
  const clone = doc.cloneNode(true) as Document;
  if (url) resolveUrls(clone, url);
  removeFurniture(clone);
  const parsed = new Readability<Node>(clone, { serializer: (node) => node, keepClasses: true, charThreshold: CJK_CHAR_THRESHOLD }).parse();
  const root = (parsed?.content as Element | null | undefined) ?? clone.body;
  return cleanBlocks(toBlocks(root, url));
}
