/**
 * Back from a mirror site's traditional characters to simplified: OpenCC's Taiwan→mainland character chain
 * (TWVariantsRevPhrases + TWVariantsRev, then TSPhrases + TSCharacters), which turns 發揮著 into 发挥着 where
 * plain t2s keeps 著, plus the sites' own mis-mappings. Never a phrase config (twp): those rewrite vocabulary
 * (核心→内核). Every table maps a character or phrase to one of the same length, so positions stay aligned.
 */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { simplifiedCode } from '../../hanzi/variants.ts';

/** Forms the sites' one-to-one converters write that OpenCC does not read: 陜 (U+965C) for 陕. */
const SITE_MISMAPPINGS: [string, string][] = [['陜', '陕']];

let convert: ((text: string) => string) | undefined;

/** The simplified text, the same length in code points. */
export function toSimplified(text: string): string {
  convert ??= ConverterFactory([TWVariantsRevPhrases, TWVariantsRev], [TSPhrases, TSCharacters, SITE_MISMAPPINGS]);
  return convert(text);
}

const MISMAPPED = new Set(SITE_MISMAPPINGS.map(([traditional]) => traditional.codePointAt(0)));

/** A traditional form that simplified text does not use (發, 國; not 著, which both scripts write). */
export const isTraditionalOnlyCode = (cp: number): boolean => simplifiedCode(cp) !== cp || MISMAPPED.has(cp);
export const isTraditionalOnly = (ch: string): boolean => isTraditionalOnlyCode(ch.codePointAt(0) ?? 0);
