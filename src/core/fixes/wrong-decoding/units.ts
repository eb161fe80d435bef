/**
 * The first half of undoing a wrong decoding: turning the garbled characters back into the bytes the
 * wrong decoder read. Each character becomes a "unit" with its bytes; bytes the wrong decoder destroyed
 * (it wrote U+FFFD, or "?" once the text was saved in a legacy encoding) become placeholders. Units live
 * in flat typed arrays, reused from text to text: every character of every text passes through here once
 * per codec, and allocating them each time cost more than filling them.
 */
import { big5Code } from '../../codecs/big5.ts';
import { gbkCode } from '../../codecs/gbk.ts';
import { singleByteCode } from '../../codecs/single-byte.ts';

/** A byte that was destroyed. */
export const LOST = -1;
/** A "?" that is either itself or a destroyed byte: only the decoder's position can tell. */
export const QUESTION = -2;

export type MisreadCodec = 'single-byte' | 'gbk' | 'big5';

/** The text's characters as one codec would have produced them from bytes. */
export interface Units {
  /** Number of units. */
  count: number;
  /** Every unit's bytes, one after another (byteOf[count] of them). */
  bytes: Int16Array;
  /** byteOf[u] = offset of unit u's first byte; byteOf[count] = bytes in all. */
  byteOf: Int32Array;
  /** unitAtByte[p] = the unit whose first byte is p, or -1 inside a unit; the end maps to count. */
  unitAtByte: Int32Array;
  /** at[u] = offset of unit u in the text. */
  at: Int32Array;
  /** endAt[u] = offset just after unit u in the text. */
  endAt: Int32Array;
}

/** Units first to last (exclusive) that the codec produced side by side, with at least one non-ASCII. */
export interface Run {
  first: number;
  last: number;
}

/** Writes the bytes of the unit starting at text offset `i`; returns its length, or 0 when the codec cannot have produced it. */
function unitAt(codec: MisreadCodec, text: string, i: number, out: Int16Array, o: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x3f && codec !== 'big5') return put1(out, o, QUESTION);
  if (c === 0xfffd) {
    if (codec !== 'big5') return put1(out, o, LOST);
    // Big5's decoder swallows an invalid non-ASCII trail with its lead, but gives an ASCII one back:
    // U+FFFD before a lone ASCII symbol or letter between non-ASCII text is most likely lead + that trail.
    const next = text.charCodeAt(i + 1);
    const after = text.charCodeAt(i + 2);
    out[o] = LOST;
    if (next >= 0x40 && next <= 0x7e && !(after < 0x80)) {
      out[o + 1] = next;
      return 2 | TWO_CHARS;
    }
    out[o + 1] = LOST;
    return 2;
  }
  if (c < 0x80) return put1(out, o, c);
  let code: number;
  let chars = 0;
  if (codec === 'single-byte') return (code = singleByteCode(c)) < 0 ? 0 : put1(out, o, code);
  if (codec === 'gbk') code = c === 0x20ac ? euroCode(text, i, out, o) : gbkCode(c);
  else {
    const cp = text.codePointAt(i) ?? c;
    code = big5Code(cp);
    if (cp > 0xffff) chars = TWO_CHARS;
  }
  const length = putCode(out, o, code);
  return length && length | chars;
}

/**
 * A non-ASCII code unit that unitAt reads by its codec's table alone: not U+FFFD, not € (whose GBK code depends on
 * its neighbours), not half of a surrogate pair. Most characters of garbled text: unitsOf writes them without
 * that call.
 */
const isPlain = (c: number): boolean => c >= 0x80 && c !== 0xfffd && c !== 0x20ac && (c < 0xd800 || c > 0xdfff);

/** Writes a codec's code (a byte, or lead << 8 | trail); returns its length in bytes, 0 for none (-1). */
function putCode(out: Int16Array, o: number, code: number): number {
  if (code < 0) return 0;
  if (code <= 0xff) return put1(out, o, code);
  out[o] = code >> 8;
  out[o + 1] = code & 0xff;
  return 2;
}

/** GBK's other code for €, beside the lone byte 0x80 its encoder writes. */
const EURO_PAIR = 0xa2e3;

/**
 * Which of its two GBK codes a € came from, by the bytes around it: a decoder reads both 0x80 and A2 E3 as €.
 * A2 E3 is a UTF-8 continuation byte, then the lead of a character in U+3000–U+3FFF; 0x80 is a continuation
 * byte alone. So the pair when what follows makes E3 the lead of punctuation or kana (、。「」《》: E3 80–8F)
 * and no lead precedes (after a lead, 0x80 goes on its character, where E3 could not). Clean text after the
 * € (。 is A1 A3) keeps 0x80: E3 A1 A3 would be a rare character.
 */
function euroCode(text: string, i: number, out: Int16Array, o: number): number {
  const next = gbkCode(text.charCodeAt(i + 1));
  const nextByte = next > 0xff ? next >> 8 : next;
  const previous = o > 0 ? out[o - 1] : -1;
  return nextByte >= 0x80 && nextByte <= 0x8f && !(previous >= 0xc2 && previous <= 0xf4) ? EURO_PAIR : 0x80;
}

/** Flag in unitAt's result: the unit spans two UTF-16 code units. */
const TWO_CHARS = 4;

function put1(out: Int16Array, o: number, byte: number): number {
  out[o] = byte;
  return 1;
}

const reusable = new Map<MisreadCodec, Units>();

/** The codec's arrays, large enough for a text of `length` code units (valid until its next text). */
function arraysFor(codec: MisreadCodec, length: number): Units {
  let units = reusable.get(codec);
  if (!units || units.at.length <= length) {
    const size = Math.max(length + 1, 2 * (units?.at.length ?? 0));
    units = {
      count: 0,
      bytes: new Int16Array(2 * size),
      byteOf: new Int32Array(size),
      unitAtByte: new Int32Array(2 * size),
      at: new Int32Array(size),
      endAt: new Int32Array(size),
    };
    // One-byte units: a unit's byte offset is its index, for good.
    if (codec === 'single-byte') {
      for (let k = 0; k < size; k++) units.byteOf[k] = k;
      for (let k = 0; k < 2 * size; k++) units.unitAtByte[k] = k;
    }
    reusable.set(codec, units);
  }
  return units;
}

/**
 * unitsOf for a single-byte codec: every unit is one character and one byte, so only the bytes and the text
 * offsets are written (the byte offsets are the indices, see arraysFor). Western mojibake is long, and read so
 * for three hypotheses.
 */
function singleByteUnits(text: string): { units: Units; runs: Run[] } {
  const n = text.length;
  const units = arraysFor('single-byte', n);
  const { bytes, at, endAt } = units;
  const runs: Run[] = [];
  let count = 0;
  let runFirst = 0;
  let nonAscii = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let byte: number;
    if (c < 0x80) byte = c === 0x3f ? QUESTION : c;
    else if (c === 0xfffd) byte = LOST;
    else if ((byte = singleByteCode(c)) < 0) {
      if (nonAscii && count > runFirst) runs.push({ first: runFirst, last: count });
      runFirst = count;
      nonAscii = false;
      continue;
    }
    bytes[count] = byte;
    at[count] = i;
    endAt[count] = i + 1;
    count++;
    if (c >= 0x80) nonAscii = true;
  }
  if (nonAscii && count > runFirst) runs.push({ first: runFirst, last: count });
  units.count = count;
  return { units, runs };
}

/**
 * The text as the codec read it, and its runs of units that codec can have produced. The units are
 * overwritten by the next call for the same codec.
 */
export function unitsOf(codec: MisreadCodec, text: string): { units: Units; runs: Run[] } {
  if (codec === 'single-byte') return singleByteUnits(text);
  const n = text.length;
  const units = arraysFor(codec, n);
  const { bytes, byteOf, at, endAt, unitAtByte } = units;
  const runs: Run[] = [];
  let count = 0;
  let p = 0;
  let runFirst = 0;
  let nonAscii = false;
  const gbk = codec === 'gbk';
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // ASCII other than "?" stands for itself in every codec: most of a text's characters, outside Chinese.
    const result = c < 0x80 && c !== 0x3f ? put1(bytes, p, c) : isPlain(c) ? putCode(bytes, p, gbk ? gbkCode(c) : big5Code(c)) : unitAt(codec, text, i, bytes, p);
    if (!result) {
      if (nonAscii && count > runFirst) runs.push({ first: runFirst, last: count });
      runFirst = count;
      nonAscii = false;
      i += 1;
      continue;
    }
    const length = result & TWO_CHARS ? 2 : 1;
    byteOf[count] = p;
    at[count] = i;
    endAt[count] = i + length;
    unitAtByte[p] = count;
    if ((result & 3) === 2) unitAtByte[p + 1] = -1;
    count++;
    p += result & 3;
    if (c >= 0x80) nonAscii = true;
    i += length;
  }
  if (nonAscii && count > runFirst) runs.push({ first: runFirst, last: count });
  byteOf[count] = p;
  unitAtByte[p] = count;
  units.count = count;
  return { units, runs };
}

/** The runs cut at every unit `isBreak` marks (the mark itself left out). */
export function splitRuns(runs: readonly Run[], isBreak: (u: number) => boolean): Run[] {
  const out: Run[] = [];
  for (const { first, last } of runs) {
    let start = first;
    for (let u = first; u <= last; u++) {
      if (u < last && !isBreak(u)) continue;
      if (u > start) out.push({ first: start, last: u });
      start = u + 1;
    }
  }
  return out;
}

/** Whether unit u is one ASCII byte (standing for itself). */
export const isAsciiUnit = (units: Units, u: number): boolean => {
  const b = units.bytes[units.byteOf[u]];
  return units.byteOf[u + 1] - units.byteOf[u] === 1 && b >= 0 && b < 0x80;
};
