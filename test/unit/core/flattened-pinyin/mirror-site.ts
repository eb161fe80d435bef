/**
 * Test helper: the mirror sites' corruption as research §2 describes it, to make inputs whose repair is known.
 * Simplified text is converted to traditional one character at a time, encoded as GBK; each dictionary entry
 * runs `bytes.replace(key, key + "(" + reading + ")")` in code-point order (not multibyte-aware); ！ (A3 A1)
 * becomes "!!"; the server decodes with a lead byte plus a non-trail byte giving "?" (both consumed) and
 * unassigned (private-use) pairs giving nothing.
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import { pinyin } from 'pinyin-pro';
import { gbkCode, gbkPair } from '../../../../src/core/codecs/gbk.ts';

let st: Map<string, string> | undefined;

/** Char-level S→T with one fixed target per character, as the sites do (着→著, 于 kept…). */
export function toTraditionalByChar(text: string): string {
  st ??= new Map(STCharacters.split('|').map((e) => e.split(' ') as [string, string]).filter(([, t]) => t.length === 1));
  return [...text].map((ch) => (ch === '于' || ch === '着' ? (ch === '着' ? '著' : ch) : (st!.get(ch) ?? ch))).join('');
}

const gbk = (text: string): number[] =>
  [...text].flatMap((ch) => {
    const code = gbkCode(ch.charCodeAt(0));
    if (code < 0) throw new Error(`not in GBK: ${ch}`);
    return code > 0xff ? [code >> 8, code & 0xff] : [code];
  });

/** `bytes.replace(key, replacement)`: left to right, without overlaps; unchanged when the key is absent. */
function replaceAll(bytes: number[], key: readonly number[], replacement: () => number[]): number[] {
  const out: number[] = [];
  let found = false;
  for (let i = 0; i < bytes.length; ) {
    if (key.every((b, k) => bytes[i + k] === b)) {
      out.push(...replacement());
      i += key.length;
      found = true;
    } else out.push(bytes[i++]);
  }
  return found ? out : bytes;
}

const firstReading = new Map<string, string>();
const defaultReading = (key: string): string => {
  let r = firstReading.get(key);
  if (r === undefined) firstReading.set(key, (r = pinyin(key, { multiple: true, type: 'array' })[0]));
  return r;
};

export interface MirrorOptions {
  /** Reading written for a key (default: pinyin-pro's first toned reading). */
  reading?: (key: string) => string;
  /** How a reading is written (default `(reading)`). */
  format?: (reading: string) => string;
}

export interface Mirrored {
  text: string;
  /** Bytes the server's decoder destroyed ("?" that swallowed a text byte, dropped pairs), or a byte whose
   * decoding is not known (0x80, 0xFF at a lead position). */
  lossy: boolean;
}

/** Corrupts traditional text with a site dictionary (the characters to annotate). */
export function mirror(traditional: string, dictionary: Iterable<string>, options: MirrorOptions = {}): Mirrored {
  const reading = options.reading ?? defaultReading;
  const format = options.format ?? ((r: string) => `(${r})`);
  let bytes = gbk(traditional);
  const inserted = new Set<number>(); // positions of bytes the site inserted, to tell lossy decodes
  for (const key of [...new Set(dictionary)].sort()) {
    const keyBytes = gbk(key);
    bytes = replaceAll(bytes, keyBytes, () => [...keyBytes, ...gbk(format(reading(key))).map((b) => b | 0x1000)]);
  }
  bytes = replaceAll(bytes, [0xa3, 0xa1], () => [0x21 | 0x1000, 0x21 | 0x1000]);
  bytes.forEach((b, i) => b & 0x1000 && inserted.add(i));
  bytes = bytes.map((b) => b & 0xff);
  let text = '';
  let lossy = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      text += String.fromCharCode(b);
      i++;
    } else if (b === 0x80 || b === 0xff) {
      // Not a lead byte: what the sites' decoder does with it is not known, so count it as a loss.
      text += '?';
      lossy = true;
      i++;
    } else if (i + 1 < bytes.length && ((bytes[i + 1] >= 0x40 && bytes[i + 1] <= 0x7e) || (bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0xfe))) {
      const cp = gbkPair(b, bytes[i + 1]);
      if (cp >= 0xe000 && cp <= 0xf8ff) lossy = true;
      else text += String.fromCharCode(cp);
      i += 2;
    } else {
      text += '?';
      if (i + 1 < bytes.length && !inserted.has(i + 1)) lossy = true;
      i += 2;
    }
  }
  return { text, lossy };
}
