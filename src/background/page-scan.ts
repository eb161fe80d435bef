/**
 * The scan (src/core/scan.ts) for the content scripts' first look, here rather than in the page: run cold
 * in every page, its code, data and expressions cost each page more than the rest of a clean page's look.
 * Here they are compiled once and stay warm.
 */
import { mayNeedRepair, scanMarks } from '../core/scan.ts';
import type { PageScan } from '../shared/messages.ts';

/** The scan's marked characters (put in by the build), made into an expression once. */
let marked: RegExp | undefined;

/** Marks sent at most: the first blocks of a garbled page show it, and a clean page has few. */
const MARKS_SENT = 4096;

export function scanPage(text: string, attributes: readonly string[]): PageScan {
  marked ??= new RegExp(`[${__MARKED_CHARACTERS__}]`, 'g');
  const marks = scanMarks(text, marked, 0, text.length);
  return { marks: marks.slice(0, MARKS_SENT), attributes: flaggedTexts(attributes), complete: marks.length <= MARKS_SENT };
}

export function flaggedTexts(texts: readonly string[]): number[] {
  const flagged: number[] = [];
  texts.forEach((text, i) => {
    if (mayNeedRepair(text)) flagged.push(i);
  });
  return flagged;
}
