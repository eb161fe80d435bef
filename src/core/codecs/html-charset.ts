/**
 * Decodes a saved web page the way a browser would: BOM first, then the declared charset (<meta charset>,
 * http-equiv), but trusting the bytes when they disagree — mirror sites often declare gb2312 for pages that
 * are really UTF-8. gbk/gb2312/gb18030, big5 and windows-1252 go through the engine's WHATWG tables.
 */
import { decodeBig5 } from './big5.ts';
import { decodeGbk } from './gbk.ts';
import { decodeWindows1252 } from './single-byte.ts';

const LABELS: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  gbk: 'gbk', gb2312: 'gbk', gb_2312: 'gbk', 'gb_2312-80': 'gbk', chinese: 'gbk', 'x-gbk': 'gbk',
  'iso-ir-58': 'gbk', csgb2312: 'gbk', gb18030: 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'cn-big5': 'big5', csbig5: 'big5', 'x-x-big5': 'big5',
  'windows-1252': 'windows-1252', 'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252',
  'ascii': 'windows-1252', 'cp1252': 'windows-1252', 'l1': 'windows-1252',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', 'utf-16be': 'utf-16be',
};

/** The WHATWG name for an encoding label, or undefined when the engine does not know it. */
function encodingForLabel(label: string): string | undefined {
  return LABELS[label.trim().toLowerCase()];
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function declaredCharset(bytes: Uint8Array): string | undefined {
  // Browsers prescan the first 1024 bytes, then still honour a later <meta> in the head (saved pages often
  // have scripts first); ASCII-compatible bytes suffice to read it.
  const head = latin1(bytes.subarray(0, 1024));
  const meta = META_CHARSET.exec(head) ?? META_CHARSET.exec(latin1(bytes.subarray(0, 65536)).split(/<\/head>/i)[0]);
  return meta ? encodingForLabel(meta[1]) : undefined;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

// The core type-checks without DOM or Node typings; TextDecoder exists in every runtime it targets.
type Decoder = { decode(bytes: Uint8Array): string };
const TextDecoder = (globalThis as unknown as {
  TextDecoder: new (label: string, options?: { fatal?: boolean }) => Decoder;
}).TextDecoder;

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

/** Decodes page bytes; `encoding` names what was used (WHATWG name). */
export function decodeHtmlBytes(bytes: Uint8Array, declared?: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };

  const label = (declared && encodingForLabel(declared)) ?? declaredCharset(bytes);
  // Non-ASCII bytes that form valid UTF-8 are UTF-8 whatever the page says: legacy text almost never is.
  if (!hasNonAscii(bytes) || isValidUtf8(bytes)) return { text: decodeWith('utf-8', bytes), encoding: 'utf-8' };
  // Undeclared legacy bytes: these are Chinese pages, so GB18030 unless Big5 fits clearly better.
  const encoding = label && label !== 'utf-8' ? label : fewerErrors(bytes);
  return { text: decodeWith(encoding, bytes), encoding };
}

function fewerErrors(bytes: Uint8Array): string {
  const errors = (text: string) => text.split('\ufffd').length;
  return errors(decodeBig5(bytes)) * 2 < errors(decodeWith('gb18030', bytes)) ? 'big5' : 'gb18030';
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  switch (encoding) {
    case 'gbk':
      return decodeGbk(bytes);
    case 'gb18030':
      // Node's gb18030 decoder matches browsers (unlike its gbk one) and handles four-byte sequences.
      return new TextDecoder('gb18030').decode(bytes);
    case 'big5':
      return decodeBig5(bytes);
    case 'windows-1252':
      return decodeWindows1252(bytes);
    default:
      return new TextDecoder(encoding).decode(bytes);
  }
}
