/**
 * UTF-8 read as windows-1252 or latin-1 (符号码): 发展 → å‘å±•. Every byte maps to a character, so the
 * bytes survive unless a copy dropped the undefined ones (0x81 0x8D 0x8F 0x90 0x9D → U+FFFD or "?", or
 * nothing at all: they decode to invisible C1 controls that copy and paste strips), and a no-break space
 * (A0) may have become a space.
 */
import type { Hypothesis } from './wrong-decoding/hypothesis.ts';

export const utf8AsSingleByte: Hypothesis = {
  id: 'utf8-as-single-byte',
  misreadAs: 'single-byte',
  encoding: 'utf-8',
  search: 'spans',
  lostBytes: [0x81, 0x8d, 0x8f, 0x90, 0x9d],
  silentDrops: true,
  spacesForA0: true,
  minGain: 1,
  minMultiByte: 1,
  explain: 'UTF-8 text had been read as Western (windows-1252/latin-1) characters; its bytes were read again as UTF-8.',
};
