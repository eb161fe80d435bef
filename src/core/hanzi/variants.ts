/**
 * Traditional ↔ simplified character pairs (OpenCC TSCharacters, first candidate), for telling which
 * script a text is in. Used to break ties between a character and its own other form (長 / 长), which
 * share a frequency.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import { big5Code } from '../codecs/big5.ts';

/** Simplified code point per traditional one; 0 where a character has no other form. */
let bmpSimplified: Int32Array | undefined;
let astralSimplified: Map<number, number> | undefined;

function table(): Int32Array {
  if (!bmpSimplified) {
    bmpSimplified = new Int32Array(0x10000);
    astralSimplified = new Map();
    for (const pair of TS_CHARACTERS.split('|')) {
      const [traditional, simplified] = pair.split(' ');
      if (traditional === simplified) continue;
      const from = traditional.codePointAt(0)!;
      const to = simplified.codePointAt(0)!;
      if (from <= 0xffff) bmpSimplified[from] = to;
      else astralSimplified.set(from, to);
    }
  }
  return bmpSimplified;
}

/** The simplified form of a traditional character's code point, or the code point itself. */
export function simplifiedCode(cp: number): number {
  const bmp = table();
  return (cp <= 0xffff ? bmp[cp] : astralSimplified!.get(cp)) || cp;
}

/** A Han character traditional text is not written with: outside Big5 proper (战; 台 and 面 are both scripts' own). */
export const isSimplifiedOnly = (cp: number): boolean => cp >= 0x4e00 && cp <= 0x9fff && big5Code(cp) >> 8 < 0xa1;

/** True when the text holds more traditional-only characters (a simplified form differs: 戰) than simplified-only ones. */
export function leansTraditional(text: string): boolean {
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 0x4e00 || cp > 0x9fff) continue;
    if (simplifiedCode(cp) !== cp) traditional++;
    else if (isSimplifiedOnly(cp)) simplified++;
  }
  return traditional > simplified;
}
