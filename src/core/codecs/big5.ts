/**
 * Big5 as browsers decode it (WHATWG big5 decoder) and its inverse. Node's TextDecoder('big5') differs
 * from browsers on ~6,000 codes (HKSCS and private-use handling), so the engine carries the index.
 */
import { BIG5_ALTERNATES, BIG5_INDEX } from './data/big5-index.ts';

const TRAILS = 157;
/** The four pointers the WHATWG decoder expands to a base letter plus a combining mark. */
const TWO_CODE_POINTS = new Map([
  [1133, '\u00ca\u0304'],
  [1135, '\u00ca\u030c'],
  [1164, '\u00ea\u0304'],
  [1166, '\u00ea\u030c'],
]);
/** Code points the WHATWG encoder maps to their last pointer instead of the first. */
const LAST_POINTER = new Set([0x2550, 0x255e, 0x2561, 0x256a, 0x5341, 0x5345]);

/**
 * Built on first use. Codes of BMP code points (0: none) are in an array, the few astral ones (HKSCS) in
 * a map: every character of a text is looked up.
 */
let built: { decode: Uint32Array; encodeAstral: Map<number, number>; encodeBmp: Uint16Array } | undefined;

/** The tables; a function this small is inlined where every character is looked up, its builder is not. */
const tables = (): { decode: Uint32Array; encodeAstral: Map<number, number>; encodeBmp: Uint16Array } => (built ??= build());

function build(): { decode: Uint32Array; encodeAstral: Map<number, number>; encodeBmp: Uint16Array } {
  const decode = new Uint32Array(TRAILS * 126);
  const encodeBmp = new Uint16Array(0x10000);
  const encodeAstral = new Map<number, number>();
  const codeOf = (cp: number): number | undefined => (cp > 0xffff ? encodeAstral.get(cp) : encodeBmp[cp] || undefined);
  const setCode = (cp: number, code: number) => (cp > 0xffff ? encodeAstral.set(cp, code) : (encodeBmp[cp] = code));
  // The index is one character a pointer (astral ones as surrogate pairs), read by code units: it is
  // built in the page, where every millisecond counts.
  for (let i = 0, pointer = 0; i < BIG5_INDEX.length; pointer++) {
    let cp = BIG5_INDEX.charCodeAt(i++);
    if (cp >= 0xd800 && cp < 0xdc00) cp = ((cp - 0xd800) << 10) + BIG5_INDEX.charCodeAt(i++) - 0xdc00 + 0x10000;
    decode[pointer] = cp;
    if (!cp) continue;
    const lead = 0x81 + Math.floor(pointer / TRAILS);
    const t = pointer % TRAILS;
    const code = (lead << 8) | (t + (t < 0x3f ? 0x40 : 0x62));
    // Prefer what the WHATWG encoder would write: no HKSCS pointer when a Big5 one exists.
    const known = codeOf(cp);
    if (known === undefined || LAST_POINTER.has(cp) || (known >> 8 < 0xa1 && lead >= 0xa1)) setCode(cp, code);
  }
  // Other decoders read some codes differently: take those characters back too.
  for (const [cp, code] of BIG5_ALTERNATES) if (codeOf(cp) === undefined) setCode(cp, code);
  return { decode, encodeAstral, encodeBmp };
}

/** big5PairCode's answer for the four pairs that decode to two code points (see big5Pair). */
export const TWO_CODE_POINT_PAIR = -2;

function pointerOf(lead: number, trail: number): number {
  if (lead < 0x81 || lead > 0xfe) return -1;
  if (!((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) return -1;
  return (lead - 0x81) * TRAILS + trail - (trail < 0x7f ? 0x40 : 0x62);
}

/**
 * The code point a Big5 byte pair decodes to: 0 for an unassigned pair, -1 for an invalid one, or
 * TWO_CODE_POINT_PAIR.
 */
export function big5PairCode(lead: number, trail: number): number {
  const pointer = pointerOf(lead, trail);
  if (pointer < 0) return -1;
  // The four special pointers lie between 1133 and 1166: a range check spares a map lookup per pair.
  return pointer >= 1133 && pointer <= 1166 && TWO_CODE_POINTS.has(pointer) ? TWO_CODE_POINT_PAIR : tables().decode[pointer];
}

/** What a Big5 byte pair decodes to: a string, '' for an unassigned pair, undefined for an invalid one. */
export function big5Pair(lead: number, trail: number): string | undefined {
  const cp = big5PairCode(lead, trail);
  if (cp === TWO_CODE_POINT_PAIR) return TWO_CODE_POINTS.get(pointerOf(lead, trail));
  return cp < 0 ? undefined : cp ? String.fromCodePoint(cp) : '';
}

/** Big5 bytes of a code point: ASCII as itself, a two-byte code (lead << 8 | trail), or -1. */
export function big5Code(codePoint: number): number {
  if (codePoint < 0x80) return codePoint;
  const t = tables();
  return (codePoint <= 0xffff ? t.encodeBmp[codePoint] : t.encodeAstral.get(codePoint)) || -1;
}

/** The WHATWG big5 decoder, errors as U+FFFD (an invalid non-ASCII trail is consumed with its lead). */
export function decodeBig5(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte < 0x80) {
      out += String.fromCharCode(byte);
      continue;
    }
    if (byte === 0x80 || byte === 0xff || i + 1 >= bytes.length) {
      out += '\ufffd';
      continue;
    }
    const next = bytes[i + 1];
    const decoded = big5Pair(byte, next);
    out += decoded || '\ufffd';
    if (decoded || next >= 0x80) i++;
  }
  return out;
}
