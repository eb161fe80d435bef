/**
 * UTF-8 read as Big5: 首页 → 擐㚚△. Big5 rejects most UTF-8 continuation bytes as trail bytes and drops
 * the pair, so usually too little survives (left alone, with a warning); short runs sometimes survive
 * whole and are repaired.
 */
import { GBK_LOST_CONTINUATIONS, type Hypothesis } from './wrong-decoding/hypothesis.ts';

export const utf8AsBig5: Hypothesis = {
  id: 'utf8-as-big5',
  misreadAs: 'big5',
  encoding: 'utf-8',
  search: 'spans',
  lostBytes: GBK_LOST_CONTINUATIONS,
  minGain: 1,
  minMultiByte: 1,
  mostlyThreeByte: true,
  explain: 'UTF-8 text had been read as Big5, turning each character into one or two unrelated ones; its bytes were read again as UTF-8.',
};
