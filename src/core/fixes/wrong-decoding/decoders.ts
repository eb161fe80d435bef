/**
 * The second half of undoing a wrong decoding: reading the recovered bytes with the right decoder.
 * Decoding starts at a unit and runs while the bytes stay valid; the result ends on a unit boundary, so
 * a repair never splits a garbled character.
 */
import { big5Pair } from '../../codecs/big5.ts';
import { gbkPair } from '../../codecs/gbk.ts';
import type { Hypothesis } from './hypothesis.ts';
import { LOST, QUESTION, type Unit } from './units.ts';

export type TrueEncoding = 'utf-8' | 'gbk' | 'big5';

/** A character whose bytes were partly destroyed: what survives allows these candidates. */
export interface LostChar {
  /** Offset in the decoded text (it holds U+FFFD there). */
  index: number;
  candidates: string[];
}

export interface Decoded {
  /** Index of the first unit after the decoded span. */
  end: number;
  text: string;
  lost: LostChar[];
  /** Multi-byte characters decoded (ASCII passes through and does not count). */
  multiByte: number;
  /** Of those, two-byte UTF-8 characters. */
  twoByte: number;
  /**
   * Pairs whose ASCII trail byte is followed by another ASCII letter: the shape of an accented Latin
   * word (í + n + a …), which garbled Chinese almost never has.
   */
  latinWords: number;
  /** How many trailing units decoded to themselves (ASCII standing alone): they can be left out. */
  asciiTail: number;
  /** Byte offsets (in the run) where decoded characters began: a later start there decodes the same way. */
  grid: number[];
}

interface Flat {
  bytes: number[];
  /** unitAtByte[p] = index of the unit whose first byte is p, or -1 inside a unit. */
  unitAtByte: number[];
  /** byteOfUnit[u] = offset of unit u's first byte. */
  byteOfUnit: number[];
}

function flatten(run: readonly Unit[]): Flat {
  const bytes: number[] = [];
  const unitAtByte: number[] = [];
  const byteOfUnit: number[] = [];
  run.forEach((unit, u) => {
    byteOfUnit.push(bytes.length);
    unit.bytes.forEach((b, k) => {
      bytes.push(b);
      unitAtByte.push(k === 0 ? u : -1);
    });
  });
  unitAtByte.push(run.length);
  byteOfUnit.push(bytes.length);
  return { bytes, unitAtByte, byteOfUnit };
}

const flatCache = new WeakMap<readonly Unit[], Flat>();
export function flat(run: readonly Unit[]): Flat {
  let f = flatCache.get(run);
  if (!f) flatCache.set(run, (f = flatten(run)));
  return f;
}

const isContinuation = (b: number): boolean => b >= 0x80 && b <= 0xbf;
const isWildcard = (b: number): boolean => b === LOST || b === QUESTION;

/** Bytes the wrong decoder can have destroyed, by the codec that misread them. */
export type LostByteSet = readonly number[];

/**
 * One UTF-8 character at `p`. A destroyed byte inside it stands for one byte when the bytes after it
 * complete the character (a copy dropped an undefined windows-1252 byte), else for the rest of the
 * character (a GBK decoder dropped the last byte; after two layers, the last two).
 */
/**
 * One UTF-8 character at `p`. A destroyed byte inside it stands for one byte when the bytes after it
 * complete the character (a copy dropped an undefined windows-1252 byte), else for the rest of the
 * character (a GBK decoder dropped the last byte; after two layers, the last two). With `silentDrops`,
 * a character one byte short is taken to have lost that byte without a trace: copies strip the invisible
 * C1 controls that windows-1252's undefined bytes become (发展 → å\u008f‘å±• → å‘å±•).
 */
function utf8Sequence(bytes: number[], p: number, lostBytes: LostByteSet, silentDrops: boolean): { length: number; text: string; candidates?: string[] } | undefined {
  const lead = bytes[p];
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (!length) return undefined;
  const seq = [lead];
  let wildcard = -1;
  for (let k = 1; k < length; k++) {
    const b = bytes[p + k];
    if (b !== undefined && isContinuation(b)) seq.push(b);
    else if (b !== undefined && isWildcard(b) && wildcard < 0) {
      wildcard = k;
      seq.push(b);
      const rest = bytes.slice(p + k + 1, p + length);
      if (rest.length < length - k - 1 || !rest.every(isContinuation)) {
        return { length: k + 1, text: '\ufffd', candidates: [] }; // the rest of the character is gone
      }
    } else if (silentDrops && wildcard < 0 && k === length - 1 && k >= 2) {
      // One byte short: it may have been dropped anywhere after the lead.
      const candidates = new Set<string>();
      for (let at = 1; at <= k; at++) {
        for (const x of lostBytes) {
          const text = decodeUtf8Bytes([...seq.slice(0, at), x, ...seq.slice(at)]);
          if (text !== undefined) candidates.add(text);
        }
      }
      return { length: k, text: '\ufffd', candidates: [...candidates] };
    } else return undefined;
  }
  if (wildcard < 0) {
    const text = decodeUtf8Bytes(seq);
    return text === undefined ? undefined : { length, text };
  }
  // One destroyed byte leaves at most 64 candidates.
  const candidates: string[] = [];
  for (const b of lostBytes) {
    seq[wildcard] = b;
    const text = decodeUtf8Bytes(seq);
    if (text !== undefined) candidates.push(text);
  }
  return { length, text: '\ufffd', candidates };
}

/** Strict decoding of one complete UTF-8 character (no overlong forms, no surrogates). */
function decodeUtf8Bytes(seq: readonly number[]): string | undefined {
  const [b0, b1] = seq;
  const length = seq.length;
  if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f) || (b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return undefined;
  let cp = b0 & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let k = 1; k < length; k++) cp = (cp << 6) | (seq[k] & 0x3f);
  return String.fromCodePoint(cp);
}

/** Decodes a run of units as UTF-8 from unit `start`; undefined when nothing valid starts there. */
function decodeUtf8(run: readonly Unit[], start: number, lostBytes: LostByteSet, silentDrops: boolean): Decoded | undefined {
  const { bytes, unitAtByte, byteOfUnit } = flat(run);
  let p = byteOfUnit[start];
  // Most starts fail at once: check the first character before allocating anything.
  if (!utf8Sequence(bytes, p, lostBytes, silentDrops)) return undefined;
  const grid: number[] = [];
  let text = '';
  const lost: LostChar[] = [];
  let multiByte = 0;
  let twoByte = 0;
  let asciiTail = 0;
  // The last unit boundary reached, as plain numbers (this loop runs for every byte).
  let end = -1, endText = 0, endLost = 0, endMulti = 0, endTwo = 0, endTail = 0;
  while (p < bytes.length) {
    grid.push(p);
    let b = bytes[p];
    if (b === QUESTION) b = 0x3f; // at a character boundary "?" is a question mark
    if (b >= 0 && b < 0x80) {
      text += String.fromCharCode(b);
      asciiTail = unitAtByte[p] >= 0 && unitAtByte[p + 1] >= 0 ? asciiTail + 1 : 0;
      p += 1;
    } else if (b === LOST) {
      // A character lost whole (an earlier layer's U+FFFD): skip the continuation bytes it left.
      asciiTail = 0;
      text += '\ufffd';
      lost.push({ index: text.length - 1, candidates: [] });
      for (p += 1; p < bytes.length && isContinuation(bytes[p]); p++);
    } else {
      const seq = utf8Sequence(bytes, p, lostBytes, silentDrops);
      if (!seq) break;
      if (seq.candidates) lost.push({ index: text.length, candidates: seq.candidates });
      text += seq.text;
      multiByte++;
      if (seq.length === 2) twoByte++;
      p += seq.length;
      asciiTail = 0;
    }
    if (unitAtByte[p] >= 0) {
      end = unitAtByte[p];
      endText = text.length;
      endLost = lost.length;
      endMulti = multiByte;
      endTwo = twoByte;
      endTail = asciiTail;
    }
  }
  if (end < 0) return undefined;
  return { end, text: text.slice(0, endText), lost: lost.slice(0, endLost), multiByte: endMulti, twoByte: endTwo, latinWords: 0, asciiTail: endTail, grid };
}

/** Decodes a run of units as a double-byte encoding (GBK or Big5) from unit `start`. */
function decodeDoubleByte(run: readonly Unit[], start: number, pair: (lead: number, trail: number) => string | undefined): Decoded | undefined {
  const { bytes, unitAtByte, byteOfUnit } = flat(run);
  let p = byteOfUnit[start];
  const grid: number[] = [];
  let text = '';
  let multiByte = 0;
  let latinWords = 0;
  let asciiTail = 0;
  let best: Omit<Decoded, 'grid'> | undefined;
  while (p < bytes.length) {
    grid.push(p);
    let b = bytes[p];
    if (b === QUESTION) b = 0x3f;
    if (b >= 0 && b < 0x80) {
      text += String.fromCharCode(b);
      asciiTail = unitAtByte[p] >= 0 && unitAtByte[p + 1] >= 0 ? asciiTail + 1 : 0;
      p += 1;
    } else {
      let trail = bytes[p + 1];
      if (trail === QUESTION) trail = 0x3f;
      const decoded = b > 0 && trail !== undefined && trail >= 0 ? pair(b, trail) : undefined;
      if (!decoded) break;
      text += decoded;
      multiByte++;
      const next = bytes[p + 2];
      if (trail < 0x80 && next !== undefined && ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a)) latinWords++;
      asciiTail = 0;
      p += 2;
    }
    if (unitAtByte[p] >= 0) best = { end: unitAtByte[p], text, lost: [], multiByte, twoByte: 0, latinWords, asciiTail };
  }
  return best && { ...best, grid };
}

const gbkText = (lead: number, trail: number): string | undefined => {
  const cp = gbkPair(lead, trail);
  return cp > 0 ? String.fromCharCode(cp) : undefined;
};

export function decodeFrom(h: Hypothesis, run: readonly Unit[], start: number): Decoded | undefined {
  if (h.encoding === 'utf-8') return decodeUtf8(run, start, h.lostBytes, h.silentDrops ?? false);
  return decodeDoubleByte(run, start, h.encoding === 'gbk' ? gbkText : big5Pair);
}

/** Decodes one unit on its own (for encodings whose characters line up one to one). */
export function decodeUnit(encoding: 'gbk' | 'big5', unit: Unit): string | undefined {
  const [lead, trail] = unit.bytes;
  if (unit.bytes.length === 1) return lead >= 0 && lead < 0x80 ? String.fromCharCode(lead) : undefined;
  if (lead === LOST) return '\ufffd';
  return (encoding === 'gbk' ? gbkText : big5Pair)(lead, trail) || undefined;
}
