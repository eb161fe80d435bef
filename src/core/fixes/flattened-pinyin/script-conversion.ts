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

/**
 * One table of the chain (OpenCC's Trie, as its ConverterFactory builds it), with the first characters of its
 * keys: most characters start none, and are passed over without a look into the trie.
 */
interface Stage {
  trie: Trie;
  /** A bit per BMP code point that starts a key. */
  starts: Uint8Array;
  astralStarts: Set<number>;
}

function stage(group: DictGroup): Stage {
  const trie = new Trie();
  trie.loadDictGroup(group);
  const starts = new Uint8Array(0x10000 >> 3);
  const astralStarts = new Set<number>();
  for (const dict of group) {
    for (const [key] of entries(dict)) {
      const cp = key.codePointAt(0);
      if (cp === undefined) continue; // an empty key never matches
      if (cp > 0xffff) astralStarts.add(cp);
      else starts[cp >> 3] |= 1 << (cp & 7);
    }
  }
  return { trie, starts, astralStarts };
}

const entries = (dict: DictLike): readonly (readonly [string, string])[] =>
  typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : dict;

/** An ideographic description character: OpenCC passes over the sequence it starts whole. */
const IDS_OPERATOR = /[\u2ff0-\u2fff]/;

/** Trie.convert's result (longest key first, from left to right), asking the trie only where a key can start. */
function convertWith({ trie, starts, astralStarts }: Stage, text: string): string {
  if (IDS_OPERATOR.test(text)) return trie.convert(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const startsKey = cp > 0xffff ? astralStarts.has(cp) : ((starts[cp >> 3] >> (cp & 7)) & 1) === 1;
    const match = startsKey ? trie.matchPrefix(text, i) : null;
    if (!match) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    out += text.slice(from, i) + match.value;
    i = from = match.end;
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
