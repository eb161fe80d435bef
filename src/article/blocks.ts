/**
 * Converts the extracted article element into plain data blocks (paragraphs, headings, lists, quotes,
 * figures with captions, data tables). Everything downstream (reader, Markdown, text, HTML) is built from
 * these, never from the page's markup, so no page attribute, style or script survives.
 */
import { visibleText, inlineText, type ArticleBlock, type Inline } from '../core/article/index.ts';
import { safeUrl } from './urls.ts';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'input', 'select', 'textarea', 'button', 'video', 'audio']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'footer', 'header',
  'main', 'nav', 'p', 'pre', 'section', 'summary', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'caption', 'hr',
]);
const HEADINGS: Record<string, 2 | 3 | 4> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };

// Caption containers by class: BBC p.caption, LTN span.ph_d, common CMS names (pic_txt, img_desc, tuzhu).
const CAPTION_CLASS = /caption|desc|pic_?txt|img_?txt|imgtxt|ph_d|photo_?text|pictext|tuzhu|picintro|illustrat|img[-_]?title|pic[-_]?title/i;
// Captions by wording: 图为…, …摄, 资料照, 图片来源：…
const CAPTION_TEXT = /^(?:图[为：:]|圖[為：:]|上图|上圖|下图|下圖)|(?:摄|攝|供图|供圖|资料照|資料照|资料图|資料圖|图片来源\S*|圖片來源\S*)[）)]?$/u;
const CAPTION_MAX = 120;
// Icons and tracking pixels declare tiny sizes (163's 13×12 end-of-article mark).
const ICON_MAX = 30;

interface Style {
  href?: string;
  strong?: boolean;
  em?: boolean;
}

interface Draft {
  block: ArticleBlock;
  /** The paragraph came from a caption container. */
  caption?: boolean;
}

const sameStyle = (a: Inline, b: Inline): boolean => a.href === b.href && a.strong === b.strong && a.em === b.em;

function mergeRuns(runs: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && sameStyle(last, run)) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged.map(({ text, href, strong, em }) => ({
    text: text.replace(/ {2,}/g, ' '),
    ...(href && { href }),
    ...(strong && { strong }),
    ...(em && { em }),
  }));
}

const cellText = (cell: Element): string => visibleText(cell.textContent ?? '').trim();

/** Rows of a table that holds data (no nested layout), padded to the same width; null for layout tables. */
function dataRows(table: Element): string[][] | null {
  if (table.querySelector('table, p, div, img, ul, ol, h1, h2, h3, h4, h5, h6')) return null;
  const rows = Array.from(table.querySelectorAll('tr')).map((tr) => Array.from(tr.querySelectorAll('td, th')).map(cellText));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (rows.length < 2 || width < 2) return null;
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

function figureOf(img: Element, base: string | undefined): ArticleBlock | null {
  const size = Math.min(...['width', 'height'].map((a) => Number(img.getAttribute(a) || Infinity)));
  if (size <= ICON_MAX) return null;
  // Lazy-loading pages keep the real address in a data attribute and a placeholder in src.
  const raw = ['data-src', 'data-original', 'data-lazy-src', 'src'].map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
  const src = safeUrl(raw ?? null, base, 'image');
  if (!src) return null;
  return { kind: 'figure', src, alt: visibleText(img.getAttribute('alt') ?? '').trim(), caption: '' };
}

/** Attaches the caption paragraph that follows (or, for 图为…, precedes) each figure. */
function attachCaptions(drafts: Draft[]): ArticleBlock[] {
  const isCaption = (draft: Draft | undefined): draft is Draft & { block: { kind: 'paragraph' } } => {
    if (draft?.block.kind !== 'paragraph') return false;
    const text = inlineText(draft.block.content);
    return text.length <= CAPTION_MAX && (Boolean(draft.caption) || CAPTION_TEXT.test(text));
  };
  const out: ArticleBlock[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const { block } = drafts[i];
    if (block.kind === 'figure' && !block.caption) {
      const next = drafts[i + 1];
      const previous = drafts[i - 1];
      if (isCaption(next)) {
        out.push({ ...block, caption: inlineText(next.block.content) });
        i++;
        continue;
      }
      if (isCaption(previous) && /^(?:图|圖|下图|下圖)/u.test(inlineText(previous.block.content)) && out[out.length - 1] === previous.block) {
        out.pop();
        out.push({ ...block, caption: inlineText(previous.block.content) });
        continue;
      }
    }
    out.push(block);
  }
  return out;
}

export function toBlocks(root: Element, base: string | undefined): ArticleBlock[] {
  const drafts: Draft[] = [];
  let runs: Inline[] = [];

  const flush = (caption = false): void => {
    if (inlineText(runs)) drafts.push({ block: { kind: 'paragraph', content: mergeRuns(runs) }, caption });
    runs = [];
  };

  const inlinesOf = (element: Element, style: Style): Inline[] => {
    const outer = runs;
    runs = [];
    visit(element, style);
    const collected = mergeRuns(runs);
    runs = outer;
    return collected;
  };

  const visitElement = (element: Element, style: Style): void => {
    const tag = element.localName;
    if (SKIPPED.has(tag) || element.hasAttribute('hidden')) return;
    if (tag === 'br') return flush();
    if (tag === 'img') {
      flush();
      const figure = figureOf(element, base);
      if (figure) drafts.push({ block: figure });
      return;
    }
    if (tag in HEADINGS) {
      flush();
      const content = inlinesOf(element, style);
      if (inlineText(content)) drafts.push({ block: { kind: 'heading', level: HEADINGS[tag], content } });
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      flush();
      const items = Array.from(element.children)
        .filter((child) => child.localName === 'li')
        .map((li) => inlinesOf(li, style))
        .filter((item) => inlineText(item));
      if (items.length) drafts.push({ block: { kind: 'list', ordered: tag === 'ol', items } });
      return;
    }
    if (tag === 'blockquote') {
      flush();
      const content = inlinesOf(element, style);
      if (inlineText(content)) drafts.push({ block: { kind: 'quote', content } });
      return;
    }
    if (tag === 'table') {
      flush();
      const rows = dataRows(element);
      if (rows) drafts.push({ block: { kind: 'table', rows } });
      else visit(element, style);
      return flush();
    }
    if (tag === 'a') return visit(element, { ...style, href: safeUrl(element.getAttribute('href'), base) ?? undefined });
    if (tag === 'strong' || tag === 'b') return visit(element, { ...style, strong: true });
    if (tag === 'em' || tag === 'i') return visit(element, { ...style, em: true });
    const caption = CAPTION_CLASS.test(element.getAttribute('class') ?? '');
    if (BLOCKS.has(tag) || tag === 'figure' || caption) {
      flush();
      visit(element, style);
      flush(caption || tag === 'figcaption');
      return;
    }
    visit(element, style);
  };

  function visit(node: Node, style: Style): void {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) runs.push({ ...style, text: visibleText(child.nodeValue ?? '') });
      else if (child.nodeType === 1) visitElement(child as Element, style);
    }
  }

  visit(root, {});
  flush();
  return attachCaptions(drafts);
}
