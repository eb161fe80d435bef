/**
 * UTF-8 read as GBK (古文码): 发展 → 鍙戝睍. Lossless except at the end of each run of Chinese before
 * ASCII (or the end): an odd byte left over is dropped as U+FFFD (or "?" once saved as GBK), which costs
 * the last character its last byte; 63 candidates remain for it.
 */
import { GBK_LOST_CONTINUATIONS, type Hypothesis } from './wrong-decoding/hypothesis.ts';

export const utf8AsGbk: Hypothesis = {
  id: 'utf8-as-gbk',
  misreadAs: 'gbk',
  encoding: 'utf-8',
  search: 'spans',
  lostBytes: GBK_LOST_CONTINUATIONS,
  minGain: 1,
  minMultiByte: 1,
  mostlyThreeByte: true,
  explain: 'UTF-8 text had been read as GBK, turning each character into one or two rare ones; its bytes were read again as UTF-8.',
};
