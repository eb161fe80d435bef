import type { FixId } from '../../types.ts';
import type { LostByteSet, TrueEncoding } from './decoders.ts';
import type { MisreadCodec } from './units.ts';

/** One way text gets garbled: bytes in `encoding` read by a `misreadAs` decoder. */
export interface Hypothesis {
  id: FixId;
  misreadAs: MisreadCodec;
  encoding: TrueEncoding;
  /**
   * How repairs are searched: 'spans' tries each position where a character of `encoding` can start;
   * 'aligned' is for two double-byte encodings whose characters line up one to one (any span could be
   * garbled, so a segmentation by cost decides).
   */
  search: 'spans' | 'aligned';
  /** Bytes the misreading decoder destroys (U+FFFD or "?" in its output), for guessing lost characters. */
  lostBytes: LostByteSet;
  /** Bytes from `lostBytes` may vanish without a trace (see damagedUtf8 in decoders.ts). */
  silentDrops?: boolean;
  /**
   * A space may stand for byte A0 inside a character of three or four bytes: A0 reads as a no-break space,
   * which copies and whitespace clean-ups turn into a space (你 = E4 BD A0 → "ä½ "). Not in two-byte ones:
   * "Ã " is as often Portuguese capitals (IRMÃ) as a lost à.
   */
  spacesForA0?: boolean;
  /** Least cost gain, in bits, for a span to count as repaired. */
  minGain: number;
  /** Least number of multi-byte characters a repaired span must hold. */
  minMultiByte: number;
  /**
   * For UTF-8: two-byte characters count only among three-byte ones (at most as many). GBK pairs of
   * common characters often form two-byte UTF-8 by chance (路 = C2 B7 = "·"), while Chinese is three-byte.
   */
  mostlyThreeByte?: boolean;
  /**
   * Least share of the garbled span's non-ASCII characters that must look like mojibake (private use or
   * rare Han), for encodings where any text decodes: it keeps katakana, ° ± or clean Chinese intact.
   */
  minGarbage?: number;
  /**
   * Most bits a repaired character may cost: a repair into rare characters is a coincidence (a long repair may
   * hold a few, see find-repairs.ts).
   */
  maxCharCost?: number;
  /**
   * Most bits a repaired non-ASCII character may cost on average: for encodings where decoding proves
   * nothing, the result must read like Chinese, not like another layer of garbage.
   */
  maxMeanCost?: number;
  /**
   * The repair must contain a common two-character word: Chinese does (国内新闻, 发展), while accented
   * Latin letters that happen to pair up as GBK or Big5 (ÌÑ, ÇÕ) give unrelated characters.
   */
  needsWord?: boolean;
  /** The explanation shown to readers. */
  explain: string;
}

/** Bytes 0x81–0xBF: a UTF-8 continuation byte that a GBK decoder took for a lead byte and dropped. */
export const GBK_LOST_CONTINUATIONS: LostByteSet = Array.from({ length: 0x3f }, (_, i) => 0x81 + i);
