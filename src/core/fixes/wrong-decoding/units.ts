/**
 * The first half of undoing a wrong decoding: turning the garbled characters back into the bytes the
 * wrong decoder read. Each character becomes a "unit" with its bytes; bytes the wrong decoder destroyed
 * (it wrote U+FFFD, or "?" once the text was saved in a legacy encoding) become placeholders.
 */
import { big5Code } from '../../codecs/big5.ts';
import { gbkCode } from '../../codecs/gbk.ts';
import { singleByteCode } from '../../codecs/single-byte.ts';

/** A byte that was destroyed. */
export const LOST = -1;
/** A "?" that is either itself or a destroyed byte: only the decoder's position can tell. */
export const QUESTION = -2;

export interface Unit {
  /** Offset of the unit's first code unit in the text. */
  at: number;
  /** Length in UTF-16 code units. */
  length: number;
  bytes: number[];
}

export type MisreadCodec = 'single-byte' | 'gbk' | 'big5';

function twoBytes(code: number): number[] {
  return code > 0xff ? [code >> 8, code & 0xff] : [code];
}

/** The unit starting at `i`, or undefined when the misreading decoder cannot have produced that text. */
function unitAt(codec: MisreadCodec, text: string, i: number): Unit | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x3f && codec !== 'big5') return { at: i, length: 1, bytes: [QUESTION] };
  if (c === 0xfffd) {
    if (codec !== 'big5') return { at: i, length: 1, bytes: [LOST] };
    // Big5's decoder swallows an invalid non-ASCII trail with its lead, but gives an ASCII one back:
    // U+FFFD before a lone ASCII symbol or letter between non-ASCII text is most likely lead + that trail.
    const next = text.charCodeAt(i + 1);
    const after = text.charCodeAt(i + 2);
    if (next >= 0x40 && next <= 0x7e && !(after < 0x80)) return { at: i, length: 2, bytes: [LOST, next] };
    return { at: i, length: 1, bytes: [LOST, LOST] };
  }
  if (c < 0x80) return { at: i, length: 1, bytes: [c] };
  if (codec === 'single-byte') {
    const b = singleByteCode(c);
    return b < 0 ? undefined : { at: i, length: 1, bytes: [b] };
  }
  if (codec === 'gbk') {
    const code = gbkCode(c);
    return code < 0 ? undefined : { at: i, length: 1, bytes: twoBytes(code) };
  }
  const cp = text.codePointAt(i) ?? c;
  const code = big5Code(cp);
  return code < 0 ? undefined : { at: i, length: cp > 0xffff ? 2 : 1, bytes: twoBytes(code) };
}

/** Maximal runs of units the codec can have produced, each holding at least one non-ASCII unit. */
export function unitRuns(codec: MisreadCodec, text: string): Unit[][] {
  const runs: Unit[][] = [];
  let run: Unit[] = [];
  let nonAscii = false;
  const flush = () => {
    if (nonAscii) runs.push(run);
    run = [];
    nonAscii = false;
  };
  for (let i = 0; i < text.length; ) {
    const unit = unitAt(codec, text, i);
    if (!unit) {
      flush();
      i += 1;
      continue;
    }
    run.push(unit);
    if (text.charCodeAt(i) >= 0x80) nonAscii = true;
    i += unit.length;
  }
  flush();
  return runs;
}
