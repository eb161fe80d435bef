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

const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;

/**
 * Per character of U+4E00–U+9FFF, the script it leans to: 1 traditional (a simplified form differs: 戰), -1
 * simplified only, 0 both. Built on first use: every character of a repair is looked up.
 */
let leanings: Int8Array | undefined;

function leaningOf(): Int8Array {
  if (!leanings) {
    leanings = new Int8Array(HAN_LAST - HAN_FIRST + 1);
    for (let cp = HAN_FIRST; cp <= HAN_LAST; cp++) leanings[cp - HAN_FIRST] = simplifiedCode(cp) !== cp ? 1 : isSimplifiedOnly(cp) ? -1 : 0;
  }
  return leanings;
}

/** True when the text holds more traditional-only characters (a simplified form differs: 戰) than simplified-only ones. */
export function leansTraditional(text: string): boolean {
  const table = leaningOf();
  let lean = 0;
  // Code units will do: no surrogate lies in the range.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= HAN_FIRST && c <= HAN_LAST) lean += table[c - HAN_FIRST];
  }
  return lean > 0;
}
