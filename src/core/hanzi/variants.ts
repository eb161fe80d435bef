/**
 * Traditional ↔ simplified character pairs (OpenCC TSCharacters, first candidate), for telling which
 * script a text is in. Used to break ties between a character and its own other form (長 / 长), which
 * share a frequency.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import { big5Code } from '../codecs/big5.ts';
import { memoisedClasses } from '../char-classes.ts';

/** Simplified code point per traditional one; 0 where a character has no other form. */
let bmpSimplified: Int32Array | undefined;
let astralSimplified: Map<number, number> | undefined;

/** The BMP table; a function this small is inlined where every character is looked up, its builder is not. */
const table = (): Int32Array => bmpSimplified ?? buildTables();

function buildTables(): Int32Array {
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

/** The script a character of U+4E00–U+9FFF leans to: every character of a repair is looked up. */
const TRADITIONAL = 1;
const SIMPLIFIED_ONLY = 2;
const BOTH_SCRIPTS = 3;

const leaningOf = memoisedClasses(
  (cp) => (simplifiedCode(cp) !== cp ? TRADITIONAL : isSimplifiedOnly(cp) ? SIMPLIFIED_ONLY : BOTH_SCRIPTS),
  HAN_FIRST,
  HAN_LAST - HAN_FIRST + 1,
);

/**
 * True when the texts hold more traditional-only characters (a simplified form differs: 戰) than simplified-only
 * ones (taken together, without joining them).
 */
export function leansTraditional(...texts: string[]): boolean {
  let lean = 0;
  for (const text of texts) {
    // Code units will do: no surrogate lies in the range.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < HAN_FIRST || c > HAN_LAST) continue;
      const leaning = leaningOf(c);
      if (leaning === TRADITIONAL) lean++;
      else if (leaning === SIMPLIFIED_ONLY) lean--;
    }
  }
  return lean > 0;
}
