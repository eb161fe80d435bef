/**
 * How surprising a character is in Chinese news text, in bits (lower = more expected). Repairs compare
 * the cost of a span before and after: mojibake is made of rare characters, symbols and private-use
 * code points, its repair of common ones. Han costs come from the generated frequency classes.
 */
import { CHAR_FREQUENCY } from '../data/char-frequency.ts';

let hanClass: Map<string, number> | undefined;

function frequencyClass(ch: string): number | undefined {
  if (!hanClass) {
    hanClass = new Map();
    for (const group of CHAR_FREQUENCY.split('|')) {
      const colon = group.indexOf(':');
      const k = Number(group.slice(0, colon));
      for (const c of group.slice(colon + 1)) hanClass.set(c, k);
    }
  }
  return hanClass.get(ch);
}

export const isHan = (cp: number): boolean =>
  (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0x20000 && cp <= 0x3134f);
export const isPrivateUse = (cp: number): boolean => (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000;
export const isKana = (cp: number): boolean => cp >= 0x3040 && cp <= 0x30ff;

/** Punctuation of ordinary Chinese text. */
const CJK_PUNCTUATION = new Set('，。、；：？！“”‘’（）《》〈〉「」『』【】—…·．％～－');

/** The cost of one character (a whole code point). */
export function charCost(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp <= 0xffff ? bmpCosts()[cp] : isHan(cp) ? (frequencyClass(ch) === undefined ? 23 : 21 - frequencyClass(ch)!) : 16;
}

let costs: Uint8Array | undefined;

/** Costs of every BMP code point, computed once: repairs look up millions of characters. */
function bmpCosts(): Uint8Array {
  if (!costs) {
    costs = new Uint8Array(0x10000);
    for (let cp = 0; cp <= 0xffff; cp++) costs[cp] = categoryCost(cp);
  }
  return costs;
}

function categoryCost(cp: number): number {
  if (cp < 0x80) return cp < 0x20 && cp !== 0x0a && cp !== 0x09 ? 20 : 5;
  const ch = String.fromCharCode(cp);
  if (isHan(cp)) {
    const k = frequencyClass(ch);
    return k === undefined ? 23 : 21 - k;
  }
  if (CJK_PUNCTUATION.has(ch)) return 4;
  if (cp === 0xfffd) return 20;
  if (isPrivateUse(cp)) return 30;
  if (cp >= 0x80 && cp < 0xa0) return 25; // C1 controls
  if (cp >= 0xa0 && cp < 0xc0) return 15; // Latin-1 symbols
  if (cp >= 0xc0 && cp < 0x250) return 12; // accented Latin letters
  if (isKana(cp) || (cp >= 0xac00 && cp <= 0xd7a3)) return 11;
  if (cp >= 0xff01 && cp <= 0xff5e) return 9; // full-width ASCII
  if (cp >= 0x3000 && cp <= 0x303f) return 9;
  return 16;
}

/** Total cost of a string. */
export function textCost(text: string): number {
  const table = bmpCosts();
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      total += charCost(text.slice(i, i + 2));
      i++;
    } else total += table[c];
  }
  return total;
}
