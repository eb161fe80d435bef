/** Big5 read as windows-1252 or latin-1: 發展 → µo®i. Lossless; judged like GBK read the same way. */
import type { Hypothesis } from './wrong-decoding/hypothesis.ts';

export const big5AsSingleByte: Hypothesis = {
  id: 'big5-as-single-byte',
  misreadAs: 'single-byte',
  encoding: 'big5',
  search: 'spans',
  lostBytes: [],
  minGain: 12,
  minMultiByte: 2,
  maxMeanCost: 13,
  maxCharCost: 15,
  needsWord: true,
  explain: 'Traditional Chinese text in Big5 had been read as Western (windows-1252/latin-1) characters; its bytes were read again as Big5.',
};
