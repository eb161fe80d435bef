/**
 * Big5 read as GBK: 發展 → 祇甶. Every Big5 pair is a valid GBK pair, so the bytes survive, but decoding
 * alone proves nothing (clean simplified text decodes as Big5 too): only a clear drop in cost counts.
 */
import type { Hypothesis } from './wrong-decoding/hypothesis.ts';

export const big5AsGbk: Hypothesis = {
  id: 'big5-as-gbk',
  misreadAs: 'gbk',
  encoding: 'big5',
  search: 'aligned',
  lostBytes: [],
  minGain: 16,
  minMultiByte: 2,
  maxMeanCost: 12,
  maxCharCost: 15,
  minGarbage: 0.15,
  explain: 'Traditional Chinese text in Big5 had been read as GBK, giving unrelated characters; its bytes were read again as Big5.',
};
