/**
 * The first look at a page: whether any of its text runs or text attributes may need repair (the scan's
 * verdict on each), without walking the whole page, since most pages are clean. The page's text is read in
 * one go and the background searches it for the scan's marks (src/background/page-scan.ts: the scan never
 * runs in the page); only the blocks that hold one are walked, and their runs' texts sent for the scan's
 * verdict. Each run is a piece of that text, unless <rt>/<rp> readings were cut out of it, or the page
 * changed during the look: then every run is looked at.
 */
import { isInsideSkipped } from '../dom/skip.ts';
import { blockOf, isReading, runText, TEXT_ATTRIBUTE_SELECTOR, TEXT_ATTRIBUTES, textAttributeOwners, textRuns } from '../dom/text-runs.ts';
import { sendToBackground, type PageScan } from '../shared/messages.ts';
import { inSlices } from './idle.ts';

/** The texts of an element's text attributes (the engine repairs each on its own). */
export const attributeTexts = (owner: Element): string[] => TEXT_ATTRIBUTES.map((name) => owner.getAttribute(name) ?? '');

/**
 * The first look's verdict: 'flagged' also when the page removed the part being walked, or the background
 * cannot answer (the repair then walks it whole); 'reported' is clean, and the background recorded the frame
 * as clean already (see ToBackground).
 */
export type FirstLook = 'flagged' | 'clean' | 'reported';

/** Whether the scan flags one of the texts; true also when the background cannot answer (the repair decides then). */
export async function someMayNeedRepair(texts: string[]): Promise<boolean> {
  return (await textsLook(texts, false)) === 'flagged';
}

async function textsLook(texts: string[], report: boolean): Promise<FirstLook> {
  if (!texts.length) return 'clean';
  try {
    return (await sendToBackground({ type: 'scan-texts', texts, report })).length ? 'flagged' : report ? 'reported' : 'clean';
  } catch {
    return 'flagged';
  }
}

/**
 * `changes`: how many changes to the page's text (or text attributes) a MutationObserver has seen so far (the
 * content script's watcher: a second observer would cost every page as much).
 */
export async function firstLook(doc: Document, changes: () => number): Promise<FirstLook> {
  const root = doc.documentElement;
  const seen = changes();
  const changed = (): boolean => changes() !== seen;
  // One pass over the elements finds both the text attributes and any readings.
  const owners = root ? [...doc.querySelectorAll(`rt, rp, ${TEXT_ATTRIBUTE_SELECTOR}`)] : [];
  if (!root || owners.some(isReading)) return lookAtEveryRun(doc);
  let scan: PageScan;
  try {
    scan = await sendToBackground({ type: 'scan-page', text: root.textContent ?? '', attributes: owners.flatMap(attributeTexts), report: true });
  } catch {
    return 'flagged';
  }
  // Whether a flagged attribute is skipped is asked last (a walk up the tree).
  if (scan.attributes.some((i) => !isInsideSkipped(owners[Math.floor(i / TEXT_ATTRIBUTES.length)]))) return 'flagged';
  if (!scan.marks.length && !scan.attributes.length) return changed() ? lookAtEveryRun(doc) : 'reported';
  // The blocks that hold marks, a few at a time: a garbled page shows it in its first ones.
  const walk = blocksAt(doc, scan.marks, changed);
  for (;;) {
    const blocks = changed() ? undefined : await inSlices(walk.next(), () => undefined, true);
    // The page changed during the look (a walk cut short is such a change): the text read is out of date.
    if (changed() || !blocks) return lookAtEveryRun(doc);
    const last = walk.done() && scan.complete;
    const look = await textsLook(blocks.flatMap((block) => [...textRuns(block)].map(runText)), last);
    if (look === 'flagged') return look;
    // Marks the background left unsent stand for blocks not seen: every run is looked at then.
    if (changed() || (walk.done() && !scan.complete)) return lookAtEveryRun(doc);
    if (last) return look;
  }
}

/** Blocks whose runs are sent for the scan's verdict at once. */
const BLOCKS_AT_ONCE = 64;

/** Text nodes walked past in one step (a step per node cost a clean page more than the walk itself). */
const WALKED_AT_ONCE = 256;

/**
 * The blocks that hold the marks (offsets in the text of the document's text nodes, in order: textContent
 * joins them so), BLOCKS_AT_ONCE new ones per `next()` (undefined when the page changed during the walk).
 */
function blocksAt(doc: Document, marks: readonly number[], changed: () => boolean) {
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  const looked = new Set<Element>();
  let node: Node | null = null;
  let end = 0;
  let walked = 0;
  let m = 0;
  return {
    done: (): boolean => m >= marks.length,
    *next(): Generator<void, Element[] | undefined> {
      const blocks: Element[] = [];
      for (; m < marks.length && blocks.length < BLOCKS_AT_ONCE; m++) {
        while (end <= marks[m] && (node = walker.nextNode())) {
          end += (node as CharacterData).length;
          if (++walked % WALKED_AT_ONCE === 0) {
            yield;
            if (changed()) return undefined;
          }
        }
        const block = node && blockOf(node);
        if (block && !looked.has(block)) {
          looked.add(block);
          blocks.push(block);
        }
      }
      return blocks;
    },
  };
}

/** Every run and text attribute of the page; flagged also when the walk was cut short (the repair walks it again). */
async function lookAtEveryRun(doc: Document): Promise<FirstLook> {
  const texts = textAttributeOwners(doc).flatMap(attributeTexts);
  const complete = await inSlices(textRuns(doc), (run) => texts.push(runText(run)), true);
  return complete === false ? 'flagged' : textsLook(texts, true);
}
