/** Makes mojibake the way real software does, with the engine's own WHATWG codecs (test helper). */
import { big5Code, decodeBig5 } from '../../../src/core/codecs/big5.ts';
import { decodeGbk, gbkCode } from '../../../src/core/codecs/gbk.ts';
import { decodeWindows1252 } from '../../../src/core/codecs/single-byte.ts';

export const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

function pairs(codes: number[]): number[] {
  return codes.flatMap((c) => (c > 0xff ? [c >> 8, c & 0xff] : [c]));
}

export const gbk = (text: string): number[] => pairs([...text].map((c) => gbkCode(c.charCodeAt(0))));
export const big5 = (text: string): number[] => pairs([...text].map((c) => big5Code(c.codePointAt(0)!)));
export const latin1 = (bytes: number[]): string => String.fromCharCode(...bytes);

export const garble = {
  utf8AsWindows1252: (t: string) => decodeWindows1252(utf8(t)),
  utf8AsLatin1: (t: string) => latin1(utf8(t)),
  utf8AsGbk: (t: string) => decodeGbk(utf8(t)),
  /** Read as GBK, then saved as GBK: the decoder's U+FFFD became "?". */
  utf8AsGbkSaved: (t: string) => decodeGbk(utf8(t)).replace(/\ufffd/g, '?'),
  /** Read as windows-1252, then copied: the no-break spaces that byte A0 reads as became spaces. */
  utf8AsWindows1252Copied: (t: string) => decodeWindows1252(utf8(t)).replaceAll('\u00a0', ' '),
  /** Read by a strict windows-1252 decoder that replaces its five undefined bytes (81 8D 8F 90 9D) with U+FFFD. */
  utf8AsWindows1252Lossy: (t: string) => decodeWindows1252(utf8(t)).replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '\ufffd'),
  utf8AsBig5: (t: string) => decodeBig5(utf8(t)),
  gbkAsWindows1252: (t: string) => decodeWindows1252(gbk(t)),
  big5AsWindows1252: (t: string) => decodeWindows1252(big5(t)),
  big5AsGbk: (t: string) => decodeGbk(big5(t)),
  gbkAsBig5: (t: string) => decodeBig5(gbk(t)),
};
