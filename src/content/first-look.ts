/**
 * The first look at a page: whether any of its text runs or text attributes may need repair (the scan's
 * verdict on each), without walking the whole page, since most pages are clean. The page's text is read in
 * one go and searched for the scan's marks (src/core/scan.ts); only the blocks that hold one are walked.
 * Each run is a piece of that text, unless <rt>/<rp> readings were cut out of it: such pages are walked whole.
 */
import { mayNeedRepair, scanMarks } from '../core/scan.ts';
import { blockOf, runText, textAttributeOwners, textRuns, type TextRun } from '../dom/index.ts';
import { inSlices } from './idle.ts';

const UNUSUAL = new RegExp(`[${__UNUSUAL_CHARACTERS__}]`, 'g');

export const attributeText = (owner: Element): string => `${owner.getAttribute('alt') ?? ''} ${owner.getAttribute('title') ?? ''}`;

/** True also when the page removed part of itself under the walk: the repair then walks it whole. */
export async function pageMayNeedRepair(doc: Document): Promise<boolean> {
  if (textAttributeOwners(doc, (owner) => mayNeedRepair(attributeText(owner))).length) return true;
  let flagged = false;
  const complete = await inSlices(doc.querySelector('rt, rp') ? textRuns(doc) : markedRuns(doc), (run) => {
    flagged ||= mayNeedRepair(runText(run));
  });
  return flagged || complete === false;
}

/** The runs of the blocks that hold a mark in the page's text; false when a walk was cut short. */
function* markedRuns(doc: Document): Generator<TextRun, boolean> {
  const root = doc.documentElement;
  if (!root) return true;
  const marks = scanMarks(root.textContent ?? '', UNUSUAL);
  // textContent joins the text nodes in document order: walk them to the one that holds each mark.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  const blocks = new Set<Element>();
  let end = 0;
  let node: Node | null = root;
  for (const mark of marks) {
    while (end <= mark && (node = walker.nextNode())) end += (node as CharacterData).length;
    const block = node && blockOf(node);
    if (block) blocks.add(block);
  }
  let complete = true;
  for (const block of blocks) complete = (yield* textRuns(block)) && complete;
  return complete;
}
