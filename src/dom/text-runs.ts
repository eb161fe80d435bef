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
/** The elements that carry one of them. */
export const TEXT_ATTRIBUTE_SELECTOR = TEXT_ATTRIBUTES.map((name) => `[${name}]`).join();

/** Phrasing elements: text continues through them. Custom elements (with a hyphen) default to inline too. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'label',
  'mark', 'nobr', 'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr',
]);

const isInline = (element: Element): boolean => INLINE_TAGS.has(element.localName) || element.localName.includes('-');
export const isReading = (element: Element): boolean => element.localName === 'rt' || element.localName === 'rp';

export const runText = (run: TextRun): string => run.nodes.map((node) => node.data).join('');

/** The element whose runs contain `node`: its nearest block ancestor (or itself, if it is a block). */
export function blockOf(node: Node): Element | null {
  let at: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (at && at.nodeType === ELEMENT_NODE && isInline(at as Element)) at = at.parentNode;
  return at && at.nodeType === ELEMENT_NODE ? (at as Element) : null;
}

/**
 * The runs of `root`'s subtree (none when `root` itself is inside a skipped element). Returns false when
 * the walk was cut short because the page removed the node it had reached between two runs. (Every page
 * is walked: one generator with one place that yields, since nested generators cost more than the walk.)
 */
export function* textRuns(root: Document | Element): Generator<TextRun, boolean> {
  const top = root.nodeType === ELEMENT_NODE ? (root as Element) : (root as Document).documentElement;
  if (!top || isInsideSkipped(top)) return true;
  let nodes: Text[] = [];
  let readings: Text[] = [];
  let reading: Element | null = null;
  let node: Node | null = top.firstChild;
  while (node) {
    // Whether this step crosses the start or end of a block (or a skipped element): the run ends there.
    let boundary = false;
    let next: Node | null = null;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      (reading ? readings : nodes).push(node as Text);
    } else if (type === ELEMENT_NODE) {
      const element = node as Element;
      if (isSkippedElement(element)) {
        boundary = true;
      } else {
        boundary = !isInline(element);
        if (isReading(element)) reading ??= element;
        next = element.firstChild;
        if (!next && element === reading) reading = null;
      }
    }
    // Then into its children, or on to the next sibling of the node or of an ancestor, leaving elements.
    for (let at: Node = node; !next && at !== top; ) {
      next = at.nextSibling;
      if (next) break;
      const parent = at.parentNode;
      if (!parent) return false;
      at = parent;
      if (at !== top) {
        if (at === reading) reading = null;
        boundary ||= !isInline(at as Element);
      }
    }
    if (boundary && (nodes.length || readings.length)) {
      yield { nodes, readings };
      nodes = [];
      readings = [];
    }
    node = next;
  }
  if (nodes.length || readings.length) yield { nodes, readings };
  return true;
}

/** Elements under `root` (and `root` itself) whose alt or title attribute is page text to repair. */
export function textAttributeOwners(root: Document | Element): Element[] {
  const found = [...root.querySelectorAll(TEXT_ATTRIBUTE_SELECTOR)];
  if (root.nodeType === ELEMENT_NODE && (root as Element).matches(TEXT_ATTRIBUTE_SELECTOR)) {
    found.unshift(root as Element);
  }
  return found.filter((element) => !isInsideSkipped(element));
}
