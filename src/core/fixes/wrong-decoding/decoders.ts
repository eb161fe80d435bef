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
}

interface Flat {
  bytes: number[];
  /** unitAtByte[p] = index of the unit whose first byte is p, or -1 inside a unit. */
  unitAtByte: number[];
}

function flatten(run: readonly Unit[]): Flat {
  const bytes: number[] = [];
  const unitAtByte: number[] = [];
  run.forEach((unit, u) => {
    unit.bytes.forEach((b, k) => {
      bytes.push(b);
      unitAtByte.push(k === 0 ? u : -1);
    });
  });
  unitAtByte.push(run.length);
  return { bytes, unitAtByte };
}

const flatCache = new WeakMap<readonly Unit[], Flat>();
function flat(run: readonly Unit[]): Flat {
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
function utf8Sequence(bytes: number[], p: number, lostBytes: LostByteSet, minLength: number): { length: number; text: string; candidates?: string[] } | undefined {
  const lead = bytes[p];
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length < minLength) return undefined;
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
    } else return undefined;
  }
  const decode = (s: number[]): string | undefined => {
    const [b0, b1] = s;
    // Reject overlong forms and surrogates, as a strict decoder does.
    if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f) || (b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return undefined;
    let cp = b0 & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
    for (let k = 1; k < length; k++) cp = (cp << 6) | (s[k] & 0x3f);
    return String.fromCodePoint(cp);
  };
  if (wildcard < 0) {
    const text = decode(seq);
    return text === undefined ? undefined : { length, text };
  }
  // One destroyed byte leaves at most 64 candidates.
  const candidates: string[] = [];
  for (const b of lostBytes) {
    seq[wildcard] = b;
    const text = decode(seq);
    if (text !== undefined) candidates.push(text);
  }
  return { length, text: '\ufffd', candidates };
}

/** Decodes a run of units as UTF-8 from unit `start`; undefined when nothing valid starts there. */
function decodeUtf8(run: readonly Unit[], start: number, lostBytes: LostByteSet, minLength: number): Decoded | undefined {
  const { bytes, unitAtByte } = flat(run);
  let p = unitAtByte.indexOf(start);
  let text = '';
  const lost: LostChar[] = [];
  let multiByte = 0;
  let best: Decoded | undefined;
  while (p < bytes.length) {
    let b = bytes[p];
    if (b === QUESTION) b = 0x3f; // at a character boundary "?" is a question mark
    if (b >= 0 && b < 0x80) {
      text += String.fromCharCode(b);
      p += 1;
    } else if (b === LOST) {
      // A character lost whole (an earlier layer's U+FFFD): skip the continuation bytes it left.
      text += '\ufffd';
      lost.push({ index: text.length - 1, candidates: [] });
      for (p += 1; p < bytes.length && isContinuation(bytes[p]); p++);
    } else {
      const seq = utf8Sequence(bytes, p, lostBytes, minLength);
      if (!seq) break;
      if (seq.candidates) lost.push({ index: text.length, candidates: seq.candidates });
      text += seq.text;
      multiByte++;
      p += seq.length;
    }
    if (unitAtByte[p] >= 0) best = { end: unitAtByte[p], text, lost: [...lost], multiByte };
  }
  return best;
}

/** Decodes a run of units as a double-byte encoding (GBK or Big5) from unit `start`. */
function decodeDoubleByte(run: readonly Unit[], start: number, pair: (lead: number, trail: number) => string | undefined): Decoded | undefined {
  const { bytes, unitAtByte } = flat(run);
  let p = unitAtByte.indexOf(start);
  let text = '';
  let multiByte = 0;
  let best: Decoded | undefined;
  while (p < bytes.length) {
    let b = bytes[p];
    if (b === QUESTION) b = 0x3f;
    if (b >= 0 && b < 0x80) {
      text += String.fromCharCode(b);
      p += 1;
    } else {
      const trail = bytes[p + 1];
      const decoded = b > 0 && trail !== undefined && trail >= 0 ? pair(b, trail) : undefined;
      if (!decoded) break;
      text += decoded;
      multiByte++;
      p += 2;
    }
    if (unitAtByte[p] >= 0) best = { end: unitAtByte[p], text, lost: [], multiByte };
  }
  return best;
}

const gbkText = (lead: number, trail: number): string | undefined => {
  const cp = gbkPair(lead, trail);
  return cp > 0 ? String.fromCharCode(cp) : undefined;
};

export function decodeFrom(h: Hypothesis, run: readonly Unit[], start: number): Decoded | undefined {
  if (h.encoding === 'utf-8') return decodeUtf8(run, start, h.lostBytes, h.minUtf8Length ?? 2);
  return decodeDoubleByte(run, start, h.encoding === 'gbk' ? gbkText : big5Pair);
}

/** Decodes one unit on its own (for encodings whose characters line up one to one). */
export function decodeUnit(encoding: 'gbk' | 'big5', unit: Unit): string | undefined {
  const [lead, trail] = unit.bytes;
  if (unit.bytes.length === 1) return lead >= 0 && lead < 0x80 ? String.fromCharCode(lead) : undefined;
  if (lead === LOST) return '\ufffd';
  return (encoding === 'gbk' ? gbkText : big5Pair)(lead, trail) || undefined;
}
