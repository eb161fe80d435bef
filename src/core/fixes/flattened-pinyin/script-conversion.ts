/**
 * Back from a mirror site's traditional characters to simplified: OpenCC's Taiwan→mainland character chain
 * (TWVariantsRevPhrases + TWVariantsRev, then TSPhrases + TSCharacters), which turns 發揮著 into 发挥着 where
 * plain t2s keeps 著, plus the sites' own mis-mappings. Never a phrase config (twp): those rewrite vocabulary
 * (核心→内核). Every table maps a character or phrase to one of the same length, so positions stay aligned.
 */
import { Trie, type DictGroup, type DictLike } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { simplifiedCode } from '../../hanzi/variants.ts';

/** Forms the sites' one-to-one converters write that OpenCC does not read: 陜 (U+965C) for 陕. */
const SITE_MISMAPPINGS: [string, string][] = [['陜', '陕']];

/** What a BMP code point starts in a table (Stage.starts). */
const NO_KEY = 0;
/** Only the key that is the character itself. */
const OWN_KEY = 1;
/** A key of two characters or more (a phrase), and maybe its own. */
const PHRASE = 2;

/**
 * One table of the chain (OpenCC's Trie, as its ConverterFactory builds it), with what its keys start with:
 * most characters start no key, and most others no phrase where they stand, so their key is at most the
 * character itself, whose value is read from an array without a look into the trie.
 */
interface Stage {
  trie: Trie;
  /** NO_KEY, OWN_KEY or PHRASE per BMP code point. */
  starts: Uint8Array;
  /** Bits of the first two code units of each phrase that starts in the BMP, hashed. */
  phrasePairs: Uint8Array;
  /** Per BMP code point, the value of the key that is that character alone. */
  singles: (string | undefined)[];
  /** Astral code points that start a key: looked up in the trie. */
  astralStarts: Set<number>;
}

function stage(group: DictGroup): Stage {
  const trie = new Trie();
  trie.loadDictGroup(group);
  const starts = new Uint8Array(0x10000);
  const phrasePairs = new Uint8Array(PAIR_BITS >> 3);
  const singles: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
  const astralStarts = new Set<number>();
  // As loadDictGroup: the first table's value wins, and within a table the last line's.
  for (const dict of [...group].reverse()) {
    for (const [key, value] of entries(dict)) {
      const cp = key.codePointAt(0);
      if (cp === undefined) continue; // an empty key never matches
      if (cp > 0xffff) {
        astralStarts.add(cp);
      } else if (key.length > 1) {
        starts[cp] = PHRASE;
        const bit = pairBit(cp, key.charCodeAt(1));
        phrasePairs[bit >> 3] |= 1 << (bit & 7);
      } else {
        singles[cp] = value;
        if (starts[cp] === NO_KEY) starts[cp] = OWN_KEY;
      }
    }
  }
  return { trie, starts, phrasePairs, singles, astralStarts };
}

/** Bits for the phrases' first two code units: a few thousand phrases, so few other pairs share one. */
const PAIR_BITS = 1 << 17;
const pairBit = (first: number, second: number): number => (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_BITS - 1);

/** Whether a phrase may start with the BMP code unit `first` followed by `second` (false: surely none does). */
const mayStartPhrase = ({ phrasePairs }: Stage, first: number, second: number): boolean => {
  const bit = pairBit(first, second);
  return ((phrasePairs[bit >> 3] >> (bit & 7)) & 1) === 1;
};

const entries = (dict: DictLike): readonly (readonly [string, string])[] =>
  typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : dict;

/** An ideographic description character: OpenCC passes over the sequence it starts whole. */
const IDS_OPERATOR = /[\u2ff0-\u2fff]/;

/** Trie.convert's result (longest key first, from left to right), asking the trie only where a phrase or an astral key can start. */
function convertWith(stage: Stage, text: string): string {
  const { trie, starts, singles, astralStarts } = stage;
  if (IDS_OPERATOR.test(text)) return trie.convert(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const start = width === 2 ? (astralStarts.has(cp) ? PHRASE : NO_KEY) : starts[cp];
    if (start === NO_KEY) {
      i += width;
      continue;
    }
    const inTrie = start === PHRASE && (width === 2 || mayStartPhrase(stage, cp, text.charCodeAt(i + 1)));
    const match = inTrie ? trie.matchPrefix(text, i) : null;
    // Where the trie finds nothing, the character has no key of its own either.
    const value = match ? match.value : singles[cp];
    if (value === undefined) {
      i += width;
      continue;
    }
    out += text.slice(from, i) + value;
    i = from = match ? match.end : i + 1;
  }
  return out + text.slice(from);
}

let stages: Stage[] | undefined;

/** The simplified text, the same length in code points. */
export function toSimplified(text: string): string {
  stages ??= [stage([TWVariantsRevPhrases, TWVariantsRev]), stage([TSPhrases, TSCharacters, SITE_MISMAPPINGS])];
  return stages.reduce((converted, s) => convertWith(s, converted), text);
}

const MISMAPPED = new Set(SITE_MISMAPPINGS.map(([traditional]) => traditional.codePointAt(0)));

/** A traditional form that simplified text does not use (發, 國; not 著, which both scripts write). */
export const isTraditionalOnlyCode = (cp: number): boolean => simplifiedCode(cp) !== cp || MISMAPPED.has(cp);
export const isTraditionalOnly = (ch: string): boolean => isTraditionalOnlyCode(ch.codePointAt(0) ?? 0);

/** isTraditionalOnlyCode of each BMP code point as a bit (made on first use): every character of a text is counted. */
let traditionalOnlyBits: Uint8Array | undefined;

/** How many traditional-only characters text.slice(from, to) holds. */
export function countTraditionalOnly(text: string, from = 0, to = text.length): number {
  if (!traditionalOnlyBits) {
    traditionalOnlyBits = new Uint8Array(0x10000 >> 3);
    for (let cp = 0; cp <= 0xffff; cp++) if (isTraditionalOnlyCode(cp)) traditionalOnlyBits[cp >> 3] |= 1 << (cp & 7);
  }
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const cp = i + 1 < to ? text.codePointAt(i)! : c;
      if (cp > 0xffff) i++;
      if (isTraditionalOnlyCode(cp)) n++;
    } else n += (traditionalOnlyBits[c >> 3] >> (c & 7)) & 1;
  }
  return n;
}
