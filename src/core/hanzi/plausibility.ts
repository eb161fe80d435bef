/**
 * How ordinary a short piece of repaired text reads, in bits (lower is likelier): its characters' costs, less
 * a bonus for each pair of neighbours that is a common word, plus as much for two pause marks together (。、).
 * Bytes a glitch destroyed are chosen with it: 數據顯示 and 數據這示 are made of equally common characters,
 * but only 显示 is a word.
 */
import { COMMON_WORDS } from '../data/common-words.ts';
import { codePointCost } from './char-cost.ts';
import { simplifiedCode } from './variants.ts';

/** Roughly what knowing the neighbour saves when the two form a common word (bits). */
export const WORD_BONUS = 6;
/** Among equally common punctuation, the marks these glitches cut most often come first (a quote ends 。”). */
const LIKELY_PUNCTUATION = '。，、”“';
/** Pause marks: two never stand together (。、 or ，，), though one may stand before a quote (。”). */
const PAUSE_MARKS = '，。、；：？！';

/** The common words as pairs of code units (first << 16 | second): looked up for every pair of neighbours. */
let words: Set<number> | undefined;

function isWord(first: number, second: number): boolean {
  if (!words) {
    words = new Set();
    for (let i = 0; i + 1 < COMMON_WORDS.length; i += 2) words.add(COMMON_WORDS.charCodeAt(i) * 0x10000 + COMMON_WORDS.charCodeAt(i + 1));
  }
  // Words are pairs of BMP characters.
  return first <= 0xffff && second <= 0xffff && words.has(first * 0x10000 + second);
}

function indexOfCode(list: string, cp: number): number {
  for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === cp) return i;
  return -1;
}

/** One character's cost, with ties among punctuation broken by how often glitches cut each mark. */
export function codePointGlyphCost(cp: number): number {
  const rank = indexOfCode(LIKELY_PUNCTUATION, cp);
  return codePointCost(cp) + (rank < 0 ? 0.5 : rank / 10);
}

export const glyphCost = (ch: string): number => codePointGlyphCost(ch.codePointAt(0) ?? 0);

const isPause = (cp: number): boolean => indexOfCode(PAUSE_MARKS, cp) >= 0;

/** Whether two neighbouring characters anywhere in the text form a common word (by their simplified forms). */
export function hasCommonWord(text: string): boolean {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const simple = simplifiedCode(cp);
    if (previous >= 0 && isWord(previous, simple)) return true;
    previous = simple;
  }
  return false;
}

/**
 * What two neighbours add to a text's cost: less a word's bonus, more for two pause marks together.
 * -1 stands for no neighbour.
 */
export function neighbourBits(left: number, right: number): number {
  if (left < 0 || right < 0) return 0;
  if (isWord(simplifiedCode(left), simplifiedCode(right))) return -WORD_BONUS;
  return isPause(left) && isPause(right) ? WORD_BONUS : 0;
}

export function plausibility(text: string): number {
  let bits = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    bits += codePointGlyphCost(cp);
    bits += neighbourBits(previous, cp);
    previous = cp;
  }
  return bits;
}
