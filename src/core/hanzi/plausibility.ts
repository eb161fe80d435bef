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

/**
 * The common words, each as its two code units (first << 16 | second), in an open-addressing hash table:
 * every pair of neighbours of every guess is looked up, and a Set of such large numbers is slow.
 */
let wordTable: Uint32Array | undefined;
const WORD_SLOTS = 1 << 15;
/**
 * A bit per BMP character that starts a common word, then one per character that ends one: most pairs looked
 * up are no word, and this table (16 KB) says so without a probe into the large one.
 */
let wordEdges: Uint8Array | undefined;
const ENDS = 0x10000 >> 3;

const slotOf = (key: number): number => (Math.imul(key, 0x9e3779b1) >>> 17) & (WORD_SLOTS - 1);
const hasBit = (bits: Uint8Array, at: number, i: number): boolean => ((bits[at + (i >> 3)] >> (i & 7)) & 1) === 1;

function words(): Uint32Array {
  if (!wordTable) {
    wordTable = new Uint32Array(WORD_SLOTS);
    wordEdges = new Uint8Array(2 * ENDS);
    for (let i = 0; i + 1 < COMMON_WORDS.length; i += 2) {
      const first = COMMON_WORDS.charCodeAt(i);
      const second = COMMON_WORDS.charCodeAt(i + 1);
      wordEdges[first >> 3] |= 1 << (first & 7);
      wordEdges[ENDS + (second >> 3)] |= 1 << (second & 7);
      const key = ((first << 16) | second) >>> 0;
      let slot = slotOf(key);
      while (wordTable[slot] && wordTable[slot] !== key) slot = (slot + 1) & (WORD_SLOTS - 1);
      wordTable[slot] = key;
    }
  }
  return wordTable;
}

function isWord(first: number, second: number): boolean {
  // Words are pairs of BMP characters (and no pair of them is 0).
  if (first > 0xffff || second > 0xffff) return false;
  const table = words();
  if (!hasBit(wordEdges!, 0, first) || !hasBit(wordEdges!, ENDS, second)) return false;
  const key = ((first << 16) | second) >>> 0;
  for (let slot = slotOf(key); table[slot]; slot = (slot + 1) & (WORD_SLOTS - 1)) if (table[slot] === key) return true;
  return false;
}

/** Position of a punctuation mark in a list of them (none lies in U+3400–U+FDFF, where Han characters, most lookups, are answered at once). */
function indexOfMark(list: string, cp: number): number {
  if (cp >= 0x3400 && cp < 0xfe00) return -1;
  for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === cp) return i;
  return -1;
}

/** One character's cost, with ties among punctuation broken by how often glitches cut each mark. */
export function codePointGlyphCost(cp: number): number {
  const rank = indexOfMark(LIKELY_PUNCTUATION, cp);
  return codePointCost(cp) + (rank < 0 ? 0.5 : rank / 10);
}

const isPause = (cp: number): boolean => indexOfMark(PAUSE_MARKS, cp) >= 0;

/** What follows a number in a date or a time (2012年12月6日, 10时30分): as telling as a word. */
const DATE_UNITS = '年月日时分秒';

function isDateUnit(cp: number): boolean {
  for (let i = 0; i < DATE_UNITS.length; i++) if (DATE_UNITS.charCodeAt(i) === cp) return true;
  return false;
}

/**
 * Whether two neighbouring characters anywhere in the text form a common word (by their simplified forms),
 * or a number is followed by a unit of a date or time.
 */
export function hasCommonWord(text: string): boolean {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const simple = simplifiedCode(cp);
    if (previous >= 0 && isWord(previous, simple)) return true;
    if (previous >= 0x30 && previous <= 0x39 && isDateUnit(simple)) return true;
    previous = simple;
  }
  return false;
}

/**
 * What two neighbours add to a text's cost: less a word's bonus, more for two pause marks together.
 * -1 stands for no neighbour.
 */
export const neighbourBits = (left: number, right: number): number => pairBits(left, simplifiedCode(left), right, simplifiedCode(right));

/** neighbourBits with the characters' simplified forms given: a guess tries many characters beside the same neighbours. */
export function pairBits(left: number, leftSimplified: number, right: number, rightSimplified: number): number {
  if (left < 0 || right < 0) return 0;
  if (isWord(leftSimplified, rightSimplified)) return -WORD_BONUS;
  return isPause(left) && isPause(right) ? WORD_BONUS : 0;
}

/** A word's bonus when one of its characters is in a word with its other neighbour too (知道 then 道人): half. */
export const OVERLAPPING_WORD_SHARE = 0.5;

/**
 * The bits of a piece of text with the character `cp` (simplified: `simple`) added after its last one,
 * `previous` (`previousSimple`; -1 for none): a text's bits are its characters' added in turn from 0.
 */
export const withCharBits = (bits: number, previous: number, previousSimple: number, cp: number, simple: number): number =>
  bits + codePointGlyphCost(cp) + pairBits(previous, previousSimple, cp, simple);
