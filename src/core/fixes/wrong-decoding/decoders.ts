/**
 * The second half of undoing a wrong decoding: reading the recovered bytes with the right decoder.
 * Decoding starts at a unit and runs while the bytes stay valid; the result ends on a unit boundary, so
 * a repair never splits a garbled character.
 */
import { big5Pair, big5PairCode, TWO_CODE_POINT_PAIR } from '../../codecs/big5.ts';
import { gbkPair } from '../../codecs/gbk.ts';
import { countOf } from '../../count-of.ts';
import { codePointCost, textCost } from '../../hanzi/char-cost.ts';
import type { Hypothesis } from './hypothesis.ts';
import { LOST, QUESTION, type Run, type Units } from './units.ts';

export type TrueEncoding = 'utf-8' | 'gbk' | 'big5';

/** A character whose bytes were partly destroyed: what survives allows these candidates. */
export interface LostChar {
  /** Offset in the decoded text (it holds U+FFFD there). */
  index: number;
  /** Code points (shared between characters with the same surviving bytes: never changed). */
  candidates: readonly number[];
}

/**
 * The candidates of a character lost whole: one list for all of them, since guesses rank each list once and
 * keep the ranking by the list.
 */
export const NO_CANDIDATES: readonly number[] = [];

export interface Decoded {
  /** Index of the first unit after the decoded span. */
  end: number;
  /**
   * Code units of the decoded text, in decodedUnits (valid until the next decoding): a string is made only for
   * a decoding that passes the checks it is not needed for.
   */
  length: number;
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
  /** textCost of the decoded text, summed as it was decoded (a repair is costed; a second pass over it cost more). */
  cost: number;
  /** How many U+FFFD the decoded text holds (the lost characters' among them), counted likewise. */
  marks: number;
}

const isContinuation = (b: number): boolean => b >= 0x80 && b <= 0xbf;
/** A no-break space's byte in windows-1252 and latin-1. */
const NBSP = 0xa0;
const isWildcard = (b: number): boolean => b === LOST || b === QUESTION;

/** Bytes the wrong decoder can have destroyed, by the codec that misread them. */
export type LostByteSet = readonly number[];

/** Length of the UTF-8 character this byte leads, or 0. */
const utf8Length = (lead: number): number => (lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0);

/**
 * The code point of the complete, valid UTF-8 character at `p` (before `stop`), or -1: the common case, without
 * allocating. With `spacesForA0`, a space inside a character of three or four bytes stands for A0.
 */
function completeUtf8(bytes: Int16Array, p: number, stop: number, spacesForA0 = false): number {
  const b0 = bytes[p];
  const length = utf8Length(b0);
  if (!length || p + length > stop) return -1;
  const a0 = spacesForA0 && length >= 3;
  let b1 = bytes[p + 1];
  if (a0 && b1 === 0x20) b1 = 0xa0;
  if (!isContinuation(b1) || (b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f) || (b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return -1;
  let cp = b0 & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let k = 1; k < length; k++) {
    let b = bytes[p + k];
    if (a0 && b === 0x20) b = 0xa0;
    if (!isContinuation(b)) return -1;
    cp = (cp << 6) | (b & 0x3f);
  }
  return cp;
}

/** Leads of the two-byte UTF-8 characters of Western text, U+0080–U+02FF (é = C3 A9, ı = C4 B1, Œ = C5 92, ˆ = CB 86). */
const isWesternLead = (b: number): boolean => b >= 0xc2 && b <= 0xcb;

/**
 * Whether most non-ASCII bytes from `p` to `stop` (read greedily, skipping a byte that starts nothing) form
 * UTF-8 characters that mojibake is made of: two-byte ones of Western text (Ã¨Â· is è·, which is
 * 跟 garbled once more), or three-byte ones (å‘ is 发). Chinese in GBK or Big5 rarely does, though its
 * bytes often pair up into other two-byte characters by chance.
 */
export function isMostlyUtf8(bytes: Int16Array, p: number, stop: number): boolean {
  let valid = 0;
  let nonAscii = 0;
  while (p < stop) {
    const b = bytes[p];
    if (b >= 0 && b < 0x80) {
      p++;
      continue;
    }
    const length = completeUtf8(bytes, p, stop) >= 0 ? utf8Length(b) : 1;
    if (length > 2 || (length === 2 && isWesternLead(b))) valid += length;
    nonAscii += length;
    p += length;
  }
  return valid * 2 > nonAscii;
}

/**
 * One UTF-8 character at `p` that is not complete and valid. A destroyed byte inside it stands for one
 * byte when the bytes after it complete the character (a copy dropped an undefined windows-1252 byte),
 * else for the rest of the character (a GBK decoder dropped the last byte; after two layers, the last
 * two). With `silentDrops`, a character one byte short is taken to have lost that byte without a trace:
 * copies strip the invisible C1 controls that windows-1252's undefined bytes become (发展 → å\u008f‘å±•
 * → å‘å±•).
 */
function damagedUtf8(bytes: Int16Array, p: number, stop: number, lostBytes: LostByteSet, silentDrops: boolean): { length: number; candidates: readonly number[] } | undefined {
  const lead = bytes[p];
  const length = utf8Length(lead);
  if (!length) return undefined;
  // The byte after the lead settles most starts (E5 E5 is no character): before any list is made for them.
  const second = p + 1 < stop ? bytes[p + 1] : undefined;
  if (second === undefined || !(isContinuation(second) || isWildcard(second))) return undefined;
  const seq = [lead];
  let wildcard = -1;
  for (let k = 1; k < length; k++) {
    const b = p + k < stop ? bytes[p + k] : undefined;
    if (b !== undefined && isContinuation(b)) seq.push(b);
    else if (b !== undefined && isWildcard(b) && wildcard < 0) {
      wildcard = k;
      seq.push(b);
      for (let r = k + 1; r < length; r++) {
        // the rest of the character is gone
        if (p + r >= stop || !isContinuation(bytes[p + r])) return { length: k + 1, candidates: NO_CANDIDATES };
      }
    } else if (silentDrops && wildcard < 0 && k === length - 1 && k >= 2) {
      // One byte short: it may have been dropped anywhere after the lead.
      return { length: k, candidates: knownCandidates(seq, SILENT_DROP, lostBytes, droppedByteCandidates) };
    } else return undefined;
  }
  if (wildcard < 0) return undefined;
  // One destroyed byte leaves at most 64 candidates.
  return { length, candidates: knownCandidates(seq, wildcard, lostBytes, destroyedByteCandidates) };
}

/** The candidates when the byte at `wildcard` of `seq` was destroyed. */
function destroyedByteCandidates(seq: number[], wildcard: number, lostBytes: LostByteSet): number[] {
  const candidates: number[] = [];
  for (const b of lostBytes) {
    seq[wildcard] = b;
    const cp = decodeUtf8Bytes(seq);
    if (cp >= 0) candidates.push(cp);
  }
  return candidates;
}

/** The candidates when one byte of `seq`'s character vanished after its lead. */
function droppedByteCandidates(seq: number[], _: number, lostBytes: LostByteSet): number[] {
  const candidates: number[] = [];
  for (let at = 1; at <= seq.length; at++) {
    for (const x of lostBytes) {
      const cp = decodeUtf8Bytes(seq, at, x);
      if (cp >= 0 && !candidates.includes(cp)) candidates.push(cp);
    }
  }
  return candidates;
}

/** Marks a byte dropped without a trace in candidate lists' keys (a destroyed byte's place is 1–3). */
const SILENT_DROP = 7;
/**
 * Candidate lists by the surviving bytes: every character that lost a byte needs one, and texts repeat the
 * same few (a run of Chinese before ASCII always loses the same kind of byte).
 */
const candidateLists = new WeakMap<LostByteSet, Map<number, readonly number[]>>();

function knownCandidates(seq: number[], wildcard: number, lostBytes: LostByteSet, find: (seq: number[], wildcard: number, lostBytes: LostByteSet) => number[]): readonly number[] {
  let key = seq.length * 8 + wildcard;
  for (let k = 0; k < seq.length; k++) key = key * 256 + (k === wildcard ? 0 : seq[k]);
  let lists = candidateLists.get(lostBytes);
  if (!lists) candidateLists.set(lostBytes, (lists = new Map()));
  let candidates = lists.get(key);
  if (!candidates) lists.set(key, (candidates = find(seq, wildcard, lostBytes)));
  return candidates;
}

/**
 * Strict decoding of one complete UTF-8 character (no overlong forms, no surrogates): its code point, or -1.
 * With `insertAt`, of `seq` with the byte `inserted` put in at that place (without building that sequence).
 */
function decodeUtf8Bytes(seq: readonly number[], insertAt = -1, inserted = 0): number {
  const length = seq.length + (insertAt >= 0 ? 1 : 0);
  const byte = (k: number): number => (insertAt < 0 || k < insertAt ? seq[k] : k === insertAt ? inserted : seq[k - 1]);
  const b0 = seq[0];
  const b1 = byte(1);
  if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f) || (b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return -1;
  let cp = b0 & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let k = 1; k < length; k++) cp = (cp << 6) | (byte(k) & 0x3f);
  return cp;
}

/**
 * The decoded text, one code unit at a time, in a buffer reused by every decoding: a string grown one
 * character at a time leaves a piece of garbage per character, and most decodings are thrown away. A plain
 * array, not a typed one: String.fromCharCode takes a slice of it a few times faster than a typed subarray.
 * The decoders write it through local offsets (this runs for every byte); only they and the aligned search
 * (putCodePoint) write it.
 */
export const decodedUnits: number[] = [];

/** Writes a code point at offset `n` of decodedUnits; returns the offset after it. */
export function putCodePoint(n: number, cp: number): number {
  if (cp <= 0xffff) {
    decodedUnits[n] = cp;
    return n + 1;
  }
  decodedUnits[n] = 0xd800 + ((cp - 0x10000) >> 10);
  decodedUnits[n + 1] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
  return n + 2;
}

/** The first `length` code units of decodedUnits as a string. */
export function decodedText(length: number): string {
  const CHUNK = 4096;
  let out = '';
  for (let i = 0; i < length; i += CHUNK) out += String.fromCharCode.apply(null, decodedUnits.slice(i, Math.min(length, i + CHUNK)));
  return out;
}

/** Where a decoding starts and stops, and where it notes the byte offsets at which its characters began. */
export interface DecodeSpan {
  units: Units;
  run: Run;
  start: number;
  /** Marks byte offsets where a character began: a later start there decodes a tail of the same text. */
  visited: Uint8Array;
}

/** Decodes a run of units as UTF-8 from unit `start`; undefined when nothing valid starts there. */
function decodeUtf8({ units, run, start, visited }: DecodeSpan, h: Hypothesis): Decoded | undefined {
  const { lostBytes } = h;
  const silentDrops = h.silentDrops ?? false;
  const spacesForA0 = h.spacesForA0 ?? false;
  const { bytes, unitAtByte } = units;
  const stop = units.byteOf[run.last];
  let p = units.byteOf[start];
  // Most starts fail at once: check the first character before doing anything else (null: it is complete; a
  // damaged one is kept for the loop).
  const first = p;
  const firstDamage = completeUtf8(bytes, p, stop, spacesForA0) < 0 ? damagedUtf8(bytes, p, stop, lostBytes, silentDrops) : null;
  if (firstDamage === undefined) return undefined;
  let n = 0; // code units decoded
  let cost = 0;
  let marks = 0;
  const lost: LostChar[] = [];
  let multiByte = 0;
  let twoByte = 0;
  let asciiTail = 0;
  // The last unit boundary reached, as plain numbers (this loop runs for every byte).
  let end = -1, endText = 0, endCost = 0, endMarks = 0, endLost = 0, endMulti = 0, endTwo = 0, endTail = 0;
  while (p < stop) {
    visited[p] = 1;
    let b = bytes[p];
    if (b === QUESTION) b = 0x3f; // at a character boundary "?" is a question mark
    if (b >= 0 && b < 0x80) {
      decodedUnits[n++] = b;
      cost += codePointCost(b);
      asciiTail = unitAtByte[p] >= 0 && unitAtByte[p + 1] >= 0 ? asciiTail + 1 : 0;
      p += 1;
    } else if (b === LOST) {
      // A character lost whole (an earlier layer's U+FFFD): skip the continuation bytes it left.
      asciiTail = 0;
      lost.push({ index: n, candidates: NO_CANDIDATES });
      decodedUnits[n++] = 0xfffd;
      cost += codePointCost(0xfffd);
      marks++;
      for (p += 1; p < stop && isContinuation(bytes[p]); p++);
    } else {
      // Chinese is three bytes a character, whose lead (E1–EC, EE, EF) puts no bound on the next byte beyond
      // being a continuation: decoded here, everything else by completeUtf8 (bytes that are not continuations,
      // LOST and QUESTION among them, have other top bits).
      let cp = -1;
      if (b >= 0xe1 && b <= 0xef && b !== 0xed && p + 3 <= stop) {
        const b1 = bytes[p + 1];
        const b2 = bytes[p + 2];
        if ((b1 & 0xc0) === 0x80 && (b2 & 0xc0) === 0x80) cp = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      }
      if (cp < 0) cp = completeUtf8(bytes, p, stop, spacesForA0);
      let length: number;
      if (cp >= 0) {
        n = putCodePoint(n, cp);
        cost += codePointCost(cp);
        if (cp === 0xfffd) marks++;
        length = utf8Length(b);
      } else {
        const damaged = p === first ? firstDamage : damagedUtf8(bytes, p, stop, lostBytes, silentDrops);
        if (!damaged) break;
        lost.push({ index: n, candidates: damaged.candidates });
        decodedUnits[n++] = 0xfffd;
        cost += codePointCost(0xfffd);
        marks++;
        length = damaged.length;
      }
      multiByte++;
      if (length === 2) twoByte++;
      p += length;
      asciiTail = 0;
    }
    if (unitAtByte[p] >= 0) {
      end = unitAtByte[p];
      endText = n;
      endCost = cost;
      endMarks = marks;
      endLost = lost.length;
      endMulti = multiByte;
      endTwo = twoByte;
      endTail = asciiTail;
    }
  }
  if (end < 0) return undefined;
  return { end, length: endText, lost: endLost === lost.length ? lost : lost.slice(0, endLost), multiByte: endMulti, twoByte: endTwo, latinWords: 0, asciiTail: endTail, cost: endCost, marks: endMarks };
}

/** Decodes a run of units as a double-byte encoding (GBK or Big5) from unit `start`. */
function decodeDoubleByte({ units, run, start, visited }: DecodeSpan, encoding: 'gbk' | 'big5'): Decoded | undefined {
  const pairCode = encoding === 'gbk' ? gbkPair : big5PairCode;
  const { bytes, unitAtByte } = units;
  const stop = units.byteOf[run.last];
  let p = units.byteOf[start];
  let n = 0; // code units decoded
  let cost = 0;
  let marks = 0;
  let multiByte = 0;
  let latinWords = 0;
  let asciiTail = 0;
  // The last unit boundary reached, as plain numbers (this loop runs for every byte).
  let end = -1, endText = 0, endCost = 0, endMarks = 0, endMulti = 0, endLatin = 0, endTail = 0;
  while (p < stop) {
    visited[p] = 1;
    let b = bytes[p];
    if (b === QUESTION) b = 0x3f;
    if (b >= 0 && b < 0x80) {
      decodedUnits[n++] = b;
      cost += codePointCost(b);
      asciiTail = unitAtByte[p] >= 0 && unitAtByte[p + 1] >= 0 ? asciiTail + 1 : 0;
      p += 1;
    } else {
      if (p + 1 >= stop) break;
      let trail = bytes[p + 1];
      if (trail === QUESTION) trail = 0x3f;
      // No-break spaces side by side are a page's &nbsp; indent, not the lead of a rare character (A0 A0 is 牋
      // in GBK, A0 BF 牽): taking one into a span paired the text after it out of step.
      if (b === NBSP && (trail === NBSP || bytes[p - 1] === NBSP)) break;
      const cp = b > 0 && trail >= 0 ? pairCode(b, trail) : -1;
      if (cp > 0) {
        n = putCodePoint(n, cp);
        cost += codePointCost(cp);
        if (cp === 0xfffd) marks++;
      } else if (cp === TWO_CODE_POINT_PAIR) {
        const pair = big5Pair(b, trail)!;
        for (let i = 0; i < pair.length; i++) decodedUnits[n++] = pair.charCodeAt(i);
        cost += textCost(pair);
        marks += countOf('\ufffd', pair);
      } else break;
      multiByte++;
      const next = p + 2 < stop ? bytes[p + 2] : -1;
      if (trail < 0x80 && (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) latinWords++;
      asciiTail = 0;
      p += 2;
    }
    if (unitAtByte[p] >= 0) {
      end = unitAtByte[p];
      endText = n;
      endCost = cost;
      endMarks = marks;
      endMulti = multiByte;
      endLatin = latinWords;
      endTail = asciiTail;
    }
  }
  if (end < 0) return undefined;
  return { end, length: endText, lost: [], multiByte: endMulti, twoByte: 0, latinWords: endLatin, asciiTail: endTail, cost: endCost, marks: endMarks };
}

export function decodeFrom(h: Hypothesis, span: DecodeSpan): Decoded | undefined {
  if (h.encoding === 'utf-8') return mayStartUtf8(span) ? decodeUtf8(span, h) : undefined;
  return decodeDoubleByte(span, h.encoding);
}

/**
 * Whether a UTF-8 character, complete or damaged, can start at the span's start: a lead byte, then a byte that
 * can go on it (a continuation, a destroyed byte, or a space standing for A0). Most starts a search tries fail
 * so: told here, without the call of the decoder.
 */
function mayStartUtf8({ units, run, start }: DecodeSpan): boolean {
  const p = units.byteOf[start];
  if (!utf8Length(units.bytes[p]) || p + 1 >= units.byteOf[run.last]) return false;
  const next = units.bytes[p + 1];
  return isContinuation(next) || isWildcard(next) || next === 0x20;
}

/**
 * Decodes one unit on its own (for encodings whose characters line up one to one): its code point, -1 when it
 * is no character, or TWO_CODE_POINT_PAIR for a Big5 pair of two (see twoCodePointUnit). A number, not a
 * string: the aligned search decodes every unit of every run it looks at, and keeps few.
 */
export function decodeUnit(encoding: 'gbk' | 'big5', units: Units, u: number): number {
  const p = units.byteOf[u];
  const lead = units.bytes[p];
  if (units.byteOf[u + 1] - p === 1) return lead >= 0 && lead < 0x80 ? lead : -1;
  if (lead === LOST) return 0xfffd;
  const trail = units.bytes[p + 1];
  const cp = encoding === 'big5' ? big5PairCode(lead, trail) : gbkPair(lead, trail);
  return cp > 0 || cp === TWO_CODE_POINT_PAIR ? cp : -1;
}

/** The text of a unit decodeUnit read as TWO_CODE_POINT_PAIR. */
export const twoCodePointUnit = (units: Units, u: number): string => big5Pair(units.bytes[units.byteOf[u]], units.bytes[units.byteOf[u] + 1])!;
