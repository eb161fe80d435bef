/**
 * The first look at a page: whether any of its text runs or text attributes may need repair (the scan's
 * verdict on each), without walking the whole page, since most pages are clean. The page's text is read in
 * one go and searched for the scan's marks (src/core/scan.ts); only the blocks that hold one are walked.
 * Each run is a piece of that text, unless <rt>/<rp> readings were cut out of it, or the page changed
 * during the look: then every run is looked at.
 */
import { mayNeedRepair, scanMarks } from '../core/scan.ts';
import { blockOf, isInsideSkipped, runText, TEXT_ATTRIBUTE_SELECTOR, TEXT_ATTRIBUTES, textRuns, type TextRun } from '../dom/index.ts';
import { inSlices } from './idle.ts';

/** The scan's marked characters (put in by the build), made into an expression on the first look: that costs. */
let marked: RegExp | undefined;
const markedCharacters = (): RegExp => (marked ??= new RegExp(`[${__MARKED_CHARACTERS__}]`, 'g'));

/** Whether the engine may change one of the element's text attributes (it repairs each on its own). */
export const attributesMayNeedRepair = (owner: Element): boolean => TEXT_ATTRIBUTES.some((name) => mayNeedRepair(owner.getAttribute(name) ?? ''));

/** True also when the page removed the part being walked: the repair then walks it whole. */
export async function pageMayNeedRepair(doc: Document): Promise<boolean> {
  // The look steps through the page, one idle-time slice at a time, and returns its verdict. The first slice
  // runs at once: a typical page's whole look fits in it, and waiting for a task of its own cost more.
  return (await inSlices(look(doc), () => undefined, true)) ?? true;
}

/** Whether an element's alt or title may need repair; whether it is skipped is asked last (a walk up the tree). */
function someAttributeMayNeedRepair(doc: Document): boolean {
  const owners = [...doc.querySelectorAll(TEXT_ATTRIBUTE_SELECTOR)];
  // All the texts searched at once first: a text that the scan flags holds a mark.
  const texts = owners.flatMap((owner) => TEXT_ATTRIBUTES.map((name) => owner.getAttribute(name) ?? '')).join('\n');
  if (!scanMarks(texts, markedCharacters(), 0, texts.length).length) return false;
  return owners.some((owner) => attributesMayNeedRepair(owner) && !isInsideSkipped(owner));
}

/** Characters of the page's text searched in one step: a fraction of an idle-time slice. */
const SEARCHED_AT_ONCE = 1 << 15;
/** Text nodes walked past in one step (a step per node cost a clean page more than the walk itself). */
const WALKED_AT_ONCE = 256;

function* look(doc: Document): Generator<void, boolean> {
  if (someAttributeMayNeedRepair(doc)) return true;
  const root = doc.documentElement;
  if (!root || doc.querySelector('rt, rp')) return yield* lookAtEveryRun(doc);
  let changed = false;
  const observer = new MutationObserver(() => (changed = true));
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  try {
    const text = root.textContent ?? '';
    // textContent joins the text nodes in document order: walk them to the one that holds each mark.
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
    const looked = new Set<Element>();
    let node: Node | null = root;
    let end = 0;
    let walked = 0;
    for (let from = 0; from < text.length && !changed; from += SEARCHED_AT_ONCE) {
      for (const mark of scanMarks(text, markedCharacters(), from, from + SEARCHED_AT_ONCE)) {
        while (end <= mark && !changed && (node = walker.nextNode())) {
          end += (node as CharacterData).length;
          if (++walked % WALKED_AT_ONCE === 0) yield;
        }
        if (changed) break;
        const block = node && blockOf(node);
        if (!block || looked.has(block)) continue;
        looked.add(block);
        if (yield* anyFlagged(textRuns(block))) return true;
      }
      yield;
    }
    // The page changed during the look (a walk cut short is such a change): the text read is out of date.
    return changed ? yield* lookAtEveryRun(doc) : false;
  } finally {
    observer.disconnect();
  }
}

/** Every run of the page, one a step; true also when the walk was cut short (the repair walks it again). */
function* lookAtEveryRun(doc: Document): Generator<void, boolean> {
  return (yield* anyFlagged(textRuns(doc))) ?? true;
}

/** Whether one of the runs is flagged, one run a step; undefined when their walk was cut short. */
function* anyFlagged(runs: Generator<TextRun, boolean>): Generator<void, boolean | undefined> {
  for (let next = runs.next(); ; next = runs.next()) {
    if (next.done) return next.value ? false : undefined;
    if (mayNeedRepair(runText(next.value))) return true;
    yield;
  }
}
