/**
 * GBK read as Big5: 国内新闻 → 弊囀陔恓. GBK trail bytes 0x80–0xA0 are invalid in Big5 and the pair is
 * dropped (U+FFFD), so some characters are lost; the others line up one to one.
 */
import type { Hypothesis } from './wrong-decoding/hypothesis.ts';

export const gbkAsBig5: Hypothesis = {
  id: 'gbk-as-big5',
  misreadAs: 'big5',
  encoding: 'gbk',
  search: 'aligned',
  lostBytes: [],
  minGain: 16,
  minMultiByte: 2,
  maxMeanCost: 12,
  maxCharCost: 15,
  // Lower than Big5 read as GBK's: what GBK becomes in Big5 is mostly ordinary traditional characters, its
  // punctuation (ㄛ ㄩ) the surest sign (河北：快乐备考 → 碩控ㄩ辦氈掘蕉: one in seven).
  minGarbage: 0.1,
  explain: 'Chinese text in GBK had been read as Big5, giving unrelated traditional characters; its bytes were read again as GBK.',
};
