/**
 * GBK read as windows-1252 or latin-1 (拼音码): 发展 → ·¢Õ¹. Every byte survives as a Latin-1 character.
 * Western text can decode as GBK by chance (é + letter is a valid pair), so repairs must make common
 * Chinese out of at least two characters.
 */
import type { Hypothesis } from './wrong-decoding/hypothesis.ts';

export const gbkAsSingleByte: Hypothesis = {
  id: 'gbk-as-single-byte',
  misreadAs: 'single-byte',
  encoding: 'gbk',
  search: 'spans',
  lostBytes: [],
  minGain: 12,
  minMultiByte: 2,
  maxMeanCost: 13,
  maxCharCost: 15,
  needsWord: true,
  explain: 'Chinese text in GBK had been read as Western (windows-1252/latin-1) characters; its bytes were read again as GBK.',
};
