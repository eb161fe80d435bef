/**
 * windows-1252 as browsers decode it (WHATWG: every byte maps, the five undefined ones to U+0081 …) and
 * latin-1 (C1 controls). Both are inverted by one table, since they agree outside 0x80–0x9F. Node's
 * TextDecoder('windows-1252') decodes as latin-1, so the 32 special bytes are spelled out here.
 */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * The byte of each code unit up to ™ (U+2122, the highest of windows-1252), -1 where none: every character
 * of every text is looked up, Chinese ones (all above) at once.
 */
const HIGHEST = 0x2122;
const ENCODE = new Int16Array(HIGHEST + 1).fill(-1);
for (let i = 0; i < 0x100; i++) ENCODE[i] = i;
for (let i = 0; i < 32; i++) ENCODE[CP1252_80_9F.charCodeAt(i)] = 0x80 + i;

/** The byte a single-byte (windows-1252 or latin-1) decoder turned into this code unit, or -1. */
export function singleByteCode(codeUnit: number): number {
  return codeUnit <= HIGHEST ? ENCODE[codeUnit] : -1;
}

/** windows-1252 decoding, byte by byte. */
export function decodeWindows1252(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    out += byte >= 0x80 && byte < 0xa0 ? CP1252_80_9F[byte - 0x80] : String.fromCharCode(byte);
  }
  return out;
}
