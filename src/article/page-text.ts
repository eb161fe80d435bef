/**
 * A page's visible text with its layout kept as separators: a line break at block boundaries, a tab between
 * table cells and a space between inline elements (so that `编辑：<span>张三</span><span>审核：李四</span>`
 * does not run the two credits together). Works on any DOM (browser, linkedom, happy-dom).
 */

import { visibleText } from '../core/article/index.ts';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'textarea', 'iframe', 'svg', 'object', 'button', 'head']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface PageText {
  text: string;
  /** Offset in `text` just after `marker`'s text, or -1 without a marker. */
  markerEnd: number;
}

function tidy(raw: string): string {
  return raw
    .replace(/[ \u00a0\u3000\r\f\v]+/gu, ' ')
    .replace(/ *\t[\t ]*/g, '\t')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/** The text of `root`, and where `marker` (an element inside it) ends. */
export function pageText(root: Node, marker?: Element | null): PageText {
  const parts: string[] = [];
  let markerAt = -1;
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        parts.push(visibleText(child.nodeValue ?? ''));
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.localName;
        if (SKIPPED.has(tag) || element.hasAttribute('hidden')) continue;
        const separator = BLOCKS.has(tag) ? '\n' : CELLS.has(tag) ? '\t' : ' ';
        parts.push(separator);
        walk(element);
        parts.push(separator);
        if (element === marker) markerAt = parts.length;
      }
    }
  };
  walk(root);
  if (markerAt < 0) return { text: tidy(parts.join('')), markerEnd: -1 };
  const before = tidy(parts.slice(0, markerAt).join(''));
  return { text: tidy(parts.join('')), markerEnd: before.length };
}

/** Where `needle` starts in `haystack` at or after `from`, ignoring all whitespace; -1 if absent. */
export function indexIgnoringSpace(haystack: string, needle: string, from = 0): number {
  const target = needle.replace(/\s+/gu, '');
  if (!target) return -1;
  const positions: number[] = [];
  let compact = '';
  for (let i = Math.max(0, from); i < haystack.length; i++) {
    if (/\s/u.test(haystack[i])) continue;
    compact += haystack[i];
    positions.push(i);
  }
  const at = compact.indexOf(target);
  return at < 0 ? -1 : positions[at];
}

/** A comparison key for titles: width-folded, without whitespace, punctuation and symbols (a stray `|`). */
export const textKey = (text: string): string => text.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '');
