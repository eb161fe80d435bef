/**
 * The comma the same mirror sites inject before ， 、 and 。 (about two marks in three, research §3.2):
 * `,,` `,、` `,。`, full-width `，，` on live pages. Only the injected comma is found; whether it goes is the
 * evidence's decision, since a doubled comma alone is also an ordinary typo.
 */
const isComma = (c: number): boolean => c === 0x2c || c === 0xff0c; // , ，
/** NaN (outside the text) counts as ASCII: the start and end of a text are no Chinese context. */
const isAscii = (c: number): boolean => !(c >= 0x80);

const DOUBLED_MARK = /[,，][,，、。]/;

/** Offsets of injected commas: a comma right before another mark, in Chinese text (not `1,,2`). */
export function noiseCommas(text: string): number[] {
  const found: number[] = [];
  if (!DOUBLED_MARK.test(text)) return found;
  for (const m of text.matchAll(/[,，](?=[,，、。])/g)) {
    const i = m.index;
    if (isComma(text.charCodeAt(i - 1))) continue;
    if (isAscii(text.charCodeAt(i - 1)) && isAscii(text.charCodeAt(i + 2)) && isAscii(text.charCodeAt(i + 1))) continue;
    found.push(i);
  }
  return found;
}
