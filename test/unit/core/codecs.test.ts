import { describe, expect, it } from 'vitest';
import { big5Code, big5Pair, decodeBig5 } from '../../../src/core/codecs/big5.ts';
import { decodeGbk, gbkCode, gbkPair } from '../../../src/core/codecs/gbk.ts';
import { decodeHtmlBytes } from '../../../src/core/codecs/html-charset.ts';
import { decodeWindows1252, singleByteCode } from '../../../src/core/codecs/single-byte.ts';

describe('GBK as browsers decode it (WHATWG gb18030, two-byte part)', () => {
  it('maps pairs, € and the GB18030-2022 vertical forms like Chromium', () => {
    expect(decodeGbk([0xd6, 0xd0, 0xce, 0xc4])).toBe('中文');
    expect(decodeGbk([0x80])).toBe('€');
    expect(String.fromCharCode(gbkPair(0xa6, 0xd9))).toBe('\ufe10');
    expect(gbkCode('€'.charCodeAt(0))).toBe(0x80);
  });
  it('reports a lead byte before ASCII as one U+FFFD and keeps the ASCII', () => {
    expect(decodeGbk([0xe9, 0x95, 0xbf, 0x34])).toBe('闀\ufffd4');
  });
  it('takes back what older decoders made of a code (iconv-lite: A6EC → U+E794)', () => {
    expect(gbkCode(0xe794)).toBe(0xa6ec);
  });
});

describe('Big5 as browsers decode it', () => {
  it('decodes, expands the four two-code-point pointers, and encodes back', () => {
    expect(decodeBig5([0xa4, 0xa4, 0xa4, 0xe5])).toBe('中文');
    expect(big5Pair(0x88, 0x62)).toBe('\u00ca\u0304');
    expect(big5Code('發'.codePointAt(0)!)).toBe(0xb56f);
  });
  it('swallows an invalid non-ASCII trail with its lead, gives an ASCII one back', () => {
    expect(decodeBig5([0xa4, 0x80, 0x41])).toBe('\ufffdA');
    expect(decodeBig5([0x81, 0x41])).toBe('\ufffdA');
  });
});

describe('windows-1252', () => {
  it('maps 0x80–0x9F like browsers, not like Node (latin-1)', () => {
    expect(decodeWindows1252([0x80, 0x93, 0x81])).toBe('€“\u0081');
    expect(singleByteCode('€'.charCodeAt(0))).toBe(0x80);
    expect(singleByteCode('中'.charCodeAt(0))).toBe(-1);
  });
});

describe('decodeHtmlBytes', () => {
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
  it('follows the BOM first', () => {
    expect(decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad]))).toEqual({ text: '中', encoding: 'utf-8' });
  });
  it('uses <meta charset> for legacy bytes', () => {
    const page = new Uint8Array([...ascii('<meta charset="gb2312"><p>'), 0xd6, 0xd0]);
    expect(decodeHtmlBytes(page)).toEqual({ text: '<meta charset="gb2312"><p>中', encoding: 'gbk' });
  });
  it('trusts valid UTF-8 over a gb2312 declaration', () => {
    const page = new Uint8Array([...ascii('<meta charset="gb2312"><p>'), 0xe4, 0xb8, 0xad]);
    expect(decodeHtmlBytes(page).encoding).toBe('utf-8');
  });
  it('decodes Big5 pages with the browser table', () => {
    const page = new Uint8Array([...ascii('<meta http-equiv="Content-Type" content="text/html; charset=big5">'), 0xa4, 0xa4]);
    expect(decodeHtmlBytes(page).text.endsWith('中')).toBe(true);
  });
});
