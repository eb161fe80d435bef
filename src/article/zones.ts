/**
 * Where a page shows its visible metadata: between the title and the body (来源, 发布时间, 作者 …) and
 * right after the body (责任编辑). The zones are cut from the page's text with the title element and the
 * body's first and last paragraphs as landmarks.
 */
import { inlineText, type ArticleBlock } from '../core/article/index.ts';
import { indexIgnoringSpace, pageText, textKey } from './page-text.ts';

const HEADER_MAX = 600;
const FOOTER_MAX = 500;
const SNIPPET = 12;

export interface Zones {
  /** From the title to the body. */
  header: string;
  /** Just after the body. */
  footer: string;
  /** Everything after the title (the whole page without one). */
  afterTitle: string;
}

/** The element showing the title: a heading, else any element with exactly that text, else a heading it starts. */
function findTitleElement(doc: Document, title: string | null): Element | null {
  if (!title) return null;
  const target = textKey(title);
  const matches = (selector: string, exact: boolean): Element | undefined =>
    Array.from(doc.body.querySelectorAll(selector)).find((el) => {
      const k = textKey(el.textContent ?? '');
      return exact ? k === target : k.length > 4 && (k.startsWith(target) || target.startsWith(k));
    });
  return matches('h1, h2, h3, h4', true) ?? matches('td, th, p, div, span, font, b, strong', true) ?? matches('h1, h2, h3', false) ?? null;
}

// Short lines at the top of the body (qq's TNW中文站, a byline) still belong to the header.
const isSentence = (paragraph: string): boolean => paragraph.length >= 20 || /[，。！？]/u.test(paragraph);

export function zonesOf(doc: Document, title: string | null, blocks: readonly ArticleBlock[]): Zones {
  const { text, markerEnd } = pageText(doc.body, findTitleElement(doc, title));
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => inlineText(b.content));
  const from = Math.max(markerEnd, 0);
  const opening = paragraphs.find(isSentence)?.slice(0, SNIPPET) ?? '';
  const closing = paragraphs[paragraphs.length - 1]?.slice(-SNIPPET) ?? '';
  const bodyStart = indexIgnoringSpace(text, opening, from);
  const closingAt = indexIgnoringSpace(text, closing, Math.max(bodyStart, from));
  const headerEnd = bodyStart > from ? Math.min(bodyStart, from + HEADER_MAX) : from + HEADER_MAX / 2;
  const bodyEnd = closingAt >= 0 ? closingAt + closing.length : -1;
  // Without a title element (a title only in <title>), the lines just before the body stand in.
  const before = bodyStart > 0 ? text.slice(Math.max(0, bodyStart - HEADER_MAX / 2), bodyStart) : '';
  return {
    header: markerEnd >= 0 ? text.slice(markerEnd, headerEnd) : before,
    footer: bodyEnd >= 0 ? text.slice(bodyEnd, bodyEnd + FOOTER_MAX) : '',
    afterTitle: text.slice(from),
  };
}
