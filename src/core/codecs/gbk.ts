/**
 * GBK as browsers decode it (the WHATWG gb18030 decoder, two-byte part), and its inverse. Node's own
 * TextDecoder('gbk') differs from browsers on ~100 codes, so the engine carries the index itself.
 */
import { GBK_ALTERNATES, GBK_INDEX } from './data/gbk-index.ts';

const TRAILS = 190;
/** Built on first use; every character of a text is looked up, so the lookup allocates nothing. */
let built: { decode: Uint16Array; encode: Uint16Array } | undefined;

/** The tables; a function this small is inlined where every character is looked up, its builder is not. */
const tables = (): { decode: Uint16Array; encode: Uint16Array } => (built ??= build());

function build(): { decode: Uint16Array; encode: Uint16Array } {
  const decodeTable = new Uint16Array(GBK_INDEX.length);
  const encodeTable = new Uint16Array(0x10000);
  for (let pointer = 0; pointer < GBK_INDEX.length; pointer++) {
    const cp = GBK_INDEX.charCodeAt(pointer);
    decodeTable[pointer] = cp;
    const lead = 0x81 + Math.floor(pointer / TRAILS);
    const t = pointer % TRAILS;
    const trail = t + (t < 0x3f ? 0x40 : 0x41);
    if (!encodeTable[cp]) encodeTable[cp] = (lead << 8) | trail;
  }
  // WHATWG: a lone 0x80 decodes to €; mojibake of UTF-8 continuation bytes produces it that way.
  encodeTable[0x20ac] = 0x80;
  // Other decoders read some codes differently (older private-use mappings …): take those back too.
  for (const [cp, code] of GBK_ALTERNATES) if (cp <= 0xffff && !encodeTable[cp]) encodeTable[cp] = code;
  return { decode: decodeTable, encode: encodeTable };
}

/** The code point a GBK byte pair decodes to, or -1 when the pair is not a valid lead/trail pair. */
export function gbkPair(lead: number, trail: number): number {
  if (lead < 0x81 || lead > 0xfe || trail < 0x40 || trail > 0xfe || trail === 0x7f) return -1;
  const pointer = (lead - 0x81) * TRAILS + trail - (trail < 0x7f ? 0x40 : 0x41);
  return tables().decode[pointer];
}

/**
 * GBK bytes of one UTF-16 code unit: ASCII as itself, otherwise a two-byte code (lead << 8 | trail),
 * 0x80 for €, or -1 when GBK cannot encode it.
 */
export function gbkCode(codeUnit: number): number {
  if (codeUnit < 0x80) return codeUnit;
  return tables().encode[codeUnit] || -1;
}

/** Whether GBK encodes each BMP code unit, as a bit (made on first use): 8 KB, where GBK's own table is 128 KB. */
let gbkEncodableBits: Uint8Array | undefined;

function buildGbkEncodableBits(): Uint8Array {
  const bits = new Uint8Array(0x10000 >> 3);
  for (let c = 0; c <= 0xffff; c++) if (gbkCode(c) >= 0) bits[c >> 3] |= 1 << (c & 7);
  return bits;
}

/**
 * Whether GBK encodes the code unit: every character of a text is asked. ASCII and the CJK block up to
 * U+9FA5 (most of any Chinese text) are all encodable, and told without a look into a table.
 */
export function isGbkEncodable(c: number): boolean {
  if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fa5)) return true;
  const bits = (gbkEncodableBits ??= buildGbkEncodableBits());
  return ((bits[c >> 3] >> (c & 7)) & 1) === 1;
}

/**
 * The WHATWG gbk decoder over bytes, reporting errors as U+FFFD. Four-byte gb18030 sequences never arise
 * from the byte streams the engine rebuilds (UTF-8 never puts a digit after a lead byte) and are
 * reported as errors like any other invalid pair.
 */
export function decodeGbk(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte < 0x80) out += String.fromCharCode(byte);
    else if (byte === 0x80) out += '€';
    else if (byte === 0xff || i + 1 >= bytes.length) out += '\ufffd';
    else {
      const cp = gbkPair(byte, bytes[i + 1]);
      if (cp > 0) {
        out += String.fromCharCode(cp);
        i++;
      } else {
        out += '\ufffd';
        if (bytes[i + 1] >= 0x80) i++; // a non-ASCII byte is consumed with the lead; ASCII is read again
      }
    }
  }
  return out;
}
