/**
 * The comma the same mirror sites inject before ， 、 and 。 (about two marks in three, research §3.2):
 * `,,` `,、` `,。`, full-width `，，` on live pages. Only the injected comma is found; whether it goes is the
 * evidence's decision, since a doubled comma alone is also an ordinary typo.
 */
const isComma = (c: number): boolean => c === 0x2c || c === 0xff0c; // , ，
/** NaN (outside the text) counts as ASCII: the start and end of a text are no Chinese context. */
const isAscii = (c: number): boolean => !(c >= 0x80);

/** A mark the sites inject a comma before: ， 、 。 or a comma. */
const isMark = (c: number): boolean => isComma(c) || c === 0x3001 || c === 0x3002;

const DOUBLED_MARK = /[,，][,，、。]/;

/**
 * Offsets of injected commas: a comma right before another mark, in Chinese text (not `1,,2`). Most texts
 * hold none: the regex finds the first, and from there the text is read a code unit at a time (a regex's
 * matches made an object each).
 */
export function noiseCommas(text: string): number[] {
  const found: number[] = [];
  const first = text.search(DOUBLED_MARK);
  if (first < 0) return found;
  for (let i = first; i < text.length - 1; i++) {
    if (!isComma(text.charCodeAt(i)) || !isMark(text.charCodeAt(i + 1))) continue;
    if (isComma(text.charCodeAt(i - 1))) continue;
    if (isAscii(text.charCodeAt(i - 1)) && isAscii(text.charCodeAt(i + 2)) && isAscii(text.charCodeAt(i + 1))) continue;
    found.push(i);
  }
  return found;
}
