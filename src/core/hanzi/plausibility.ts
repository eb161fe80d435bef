/**
 * How ordinary a short piece of repaired text reads, in bits (lower is likelier): its characters' costs, less
 * a bonus for each pair of neighbours that is a common word, plus as much for two pause marks together (。、).
 * Bytes a glitch destroyed are chosen with it: 數據顯示 and 數據這示 are made of equally common characters,
 * but only 显示 is a word.
 */
import { COMMON_WORDS } from '../data/common-words.ts';
import { charCost } from './char-cost.ts';
import { toSimplifiedChar } from './variants.ts';

/** Roughly what knowing the neighbour saves when the two form a common word (bits). */
export const WORD_BONUS = 6;
/** Among equally common punctuation, the marks these glitches cut most often come first (a quote ends 。”). */
const LIKELY_PUNCTUATION = '。，、”“';
/** Pause marks: two never stand together (。、 or ，，), though one may stand before a quote (。”). */
const PAUSE_MARKS = '，。、；：？！';

let words: Set<string> | undefined;

function isWord(pair: string): boolean {
  if (!words) {
    words = new Set();
    for (let i = 0; i + 1 < COMMON_WORDS.length; i += 2) words.add(COMMON_WORDS.slice(i, i + 2));
  }
  return words.has(pair);
}

/** One character's cost, with ties among punctuation broken by how often glitches cut each mark. */
export function glyphCost(ch: string): number {
  const rank = LIKELY_PUNCTUATION.indexOf(ch);
  return charCost(ch) + (rank < 0 ? 0.5 : rank / 10);
}

/** Whether two neighbouring characters anywhere in the text form a common word (by their simplified forms). */
export function hasCommonWord(text: string): boolean {
  const chars = [...text].map(toSimplifiedChar);
  return chars.some((c, i) => i > 0 && isWord(chars[i - 1] + c));
}

export function plausibility(text: string): number {
  const chars = [...text];
  const simple = chars.map(toSimplifiedChar);
  let bits = 0;
  for (let i = 0; i < chars.length; i++) {
    bits += glyphCost(chars[i]);
    if (i && isWord(simple[i - 1] + simple[i])) bits -= WORD_BONUS;
    if (i && PAUSE_MARKS.includes(chars[i]) && PAUSE_MARKS.includes(chars[i - 1])) bits += WORD_BONUS;
  }
  return bits;
}
