/**
 * How surprising a character is in Chinese news text, in bits (lower = more expected). Repairs compare
 * the cost of a span before and after: mojibake is made of rare characters, symbols and private-use
 * code points, its repair of common ones. Han costs come from the generated frequency classes.
 */
import { CHAR_FREQUENCY } from '../data/char-frequency.ts';

export const isHan = (cp: number): boolean =>
  (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0x20000 && cp <= 0x3134f);
export const isPrivateUse = (cp: number): boolean => (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000;

/** Punctuation of ordinary Chinese text. */
const CJK_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉「」『』【】—…·．％～－';
/** Han characters missing from the frequency data are rare. */
const UNKNOWN_HAN = 23;
const TOP_CLASS = 21;

let costs: Uint8Array | undefined;
let astralHan: Map<number, number> | undefined;

/** Costs of every BMP code point, filled by ranges once (repairs look up millions of characters). */
const bmpCosts = (): Uint8Array => (costs ??= buildCosts()); // small enough to be inlined, unlike its builder

function buildCosts(): Uint8Array {
  const c = new Uint8Array(0x10000).fill(16);
  c.fill(5, 0x20, 0x80);
  c.fill(20, 0, 0x20);
  c[0x09] = c[0x0a] = 5;
  c.fill(25, 0x80, 0xa0); // C1 controls
  c.fill(15, 0xa0, 0xc0); // Latin-1 symbols
  c.fill(12, 0xc0, 0x250); // accented Latin letters
  c.fill(11, 0x3040, 0x3100); // kana
  c.fill(11, 0xac00, 0xd7a4); // Hangul
  c.fill(9, 0x3000, 0x3040);
  c.fill(9, 0xff01, 0xff5f); // full-width ASCII
  c.fill(30, 0xe000, 0xf900); // private use
  c.fill(UNKNOWN_HAN, 0x3400, 0x4dc0);
  c.fill(UNKNOWN_HAN, 0x4e00, 0xa000);
  c.fill(UNKNOWN_HAN, 0xf900, 0xfb00);
  for (const ch of CJK_PUNCTUATION) c[ch.charCodeAt(0)] = 4;
  c[0xfffd] = 20;
  astralHan = new Map();
  for (const group of CHAR_FREQUENCY.split('|')) {
    const colon = group.indexOf(':');
    const cost = TOP_CLASS - Number(group.slice(0, colon));
    for (const ch of group.slice(colon + 1)) {
      const cp = ch.codePointAt(0)!;
      if (cp <= 0xffff) c[cp] = cost;
      else astralHan.set(cp, cost);
    }
  }
  return c;
}

/** The cost of one character (a whole code point). */
export const charCost = (ch: string): number => codePointCost(ch.codePointAt(0) ?? 0);

export function codePointCost(cp: number): number {
  const table = bmpCosts();
  if (cp <= 0xffff) return table[cp];
  return astralHan!.get(cp) ?? (isHan(cp) ? UNKNOWN_HAN : isPrivateUse(cp) ? 30 : 16);
}

/** Total cost of text.slice(from, to). */
export function textCost(text: string, from = 0, to = text.length): number {
  const table = bmpCosts();
  let total = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      // A lone high surrogate costs its own entry and leaves the character after it to be counted.
      const cp = i + 1 < to ? text.codePointAt(i)! : c;
      total += codePointCost(cp);
      if (cp > 0xffff) i++;
    } else total += table[c];
  }
  return total;
}
