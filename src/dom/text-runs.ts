/**
 * Splits a DOM tree into text runs: the text of one block in document order, across inline markup, so that
 * one repair can span several text nodes (<b>發</b>(fā), a link inside a sentence). Block elements, line
 * breaks and skipped elements end a run. The readings of real <ruby> markup (<rt>, <rp>) are kept apart.
 */
import { ELEMENT_NODE, TEXT_NODE, isInsideSkipped, isSkippedElement } from './skip.ts';

export interface TextRun {
  /** The run's text nodes; the engine sees their data concatenated. */
  nodes: Text[];
  /** Text inside <rt>/<rp> within the run: dropped when the page's text was converted. */
  readings: Text[];
}

/** Attributes whose text people read (as a tooltip, or instead of an image). */
export const TEXT_ATTRIBUTES = ['alt', 'title'] as const;

/** Phrasing elements: text continues through them. Custom elements (with a hyphen) default to inline too. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'label',
  'mark', 'nobr', 'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr',
]);

const isInline = (element: Element): boolean => INLINE_TAGS.has(element.localName) || element.localName.includes('-');
const isReading = (element: Element): boolean => element.localName === 'rt' || element.localName === 'rp';

export const runText = (run: TextRun): string => run.nodes.map((node) => node.data).join('');

/** The element whose runs contain `node`: its nearest block ancestor (or itself, if it is a block). */
export function blockOf(node: Node): Element | null {
  let at: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (at && at.nodeType === ELEMENT_NODE && isInline(at as Element)) at = at.parentNode;
  return at && at.nodeType === ELEMENT_NODE ? (at as Element) : null;
}

/**
 * The runs of `root`'s subtree (none when `root` itself is inside a skipped element). Returns false when
 * the walk was cut short because the page removed the node it had reached between two runs.
 */
export function* textRuns(root: Document | Element): Generator<TextRun, boolean> {
  const top = root.nodeType === ELEMENT_NODE ? (root as Element) : (root as Document).documentElement;
  if (!top || isInsideSkipped(top)) return true;
  let nodes: Text[] = [];
  let readings: Text[] = [];
  let reading: Element | null = null;

  function* flush(): Generator<TextRun> {
    if (nodes.length || readings.length) yield { nodes, readings };
    nodes = [];
    readings = [];
  }
  function* leave(element: Element): Generator<TextRun> {
    if (element === reading) reading = null;
    if (!isInline(element)) yield* flush();
  }

  let node: Node | null = top.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      (reading ? readings : nodes).push(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (isSkippedElement(element)) {
        yield* flush();
      } else {
        if (!isInline(element)) yield* flush();
        if (isReading(element)) reading ??= element;
        descend = element.firstChild !== null;
        if (!descend) yield* leave(element);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node !== top && !node.nextSibling) {
      node = node.parentNode;
      if (!node) return false;
      if (node !== top) yield* leave(node as Element);
    }
    node = node === top ? null : node.nextSibling;
  }
  yield* flush();
  return true;
}

/** Elements under `root` (and `root` itself) whose alt or title attribute is page text to repair. */
export function textAttributeOwners(root: Document | Element): Element[] {
  const found = [...root.querySelectorAll('[alt], [title]')];
  if (root.nodeType === ELEMENT_NODE && ((root as Element).hasAttribute('alt') || (root as Element).hasAttribute('title'))) {
    found.unshift(root as Element);
  }
  return found.filter((element) => !isInsideSkipped(element));
}
