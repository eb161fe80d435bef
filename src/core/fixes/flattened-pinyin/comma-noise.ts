/**
 * The comma the same mirror sites inject before ， 、 and 。 (about two marks in three, research §3.2):
 * `,,` `,、` `,。`, full-width `，，` on live pages. Only the injected comma is found; whether it goes is the
 * evidence's decision, since a doubled comma alone is also an ordinary typo.
 */
const isComma = (ch: string | undefined): boolean => ch === ',' || ch === '，';
const isMark = (ch: string | undefined): boolean => isComma(ch) || ch === '、' || ch === '。';
const isAscii = (ch: string | undefined): boolean => ch === undefined || ch.charCodeAt(0) < 0x80;

/** Offsets of injected commas: a comma right before another mark, in Chinese text (not `1,,2`). */
export function noiseCommas(text: string): number[] {
  const found: number[] = [];
  for (let i = text.search(/[,，][,，、。]/); i >= 0 && i + 1 < text.length; i++) {
    if (!isComma(text[i]) || !isMark(text[i + 1]) || isComma(text[i - 1])) continue;
    if (isAscii(text[i - 1]) && isAscii(text[i + 2]) && isAscii(text[i + 1])) continue;
    found.push(i);
  }
  return found;
}
