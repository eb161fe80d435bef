/**
 * The cost (see char-cost.ts) of any slice of one text, from running totals: every span a search tries is
 * costed as it stands, and the spans of the different hypotheses cover the same garbled characters again and
 * again (UTF-8 read as windows-1252 is three characters per Chinese one). Totals are kept only as far as a
 * span has reached, so a text whose first characters settle the search never pays for the rest.
 */
import { codePointCost } from '../../hanzi/char-cost.ts';

/** Totals of one text at a time, in a buffer reused by every text (one per findRepairs call, never nested). */
export const prefixCosts = {
  text: '',
  /** totals[i]: the cost of text.slice(0, i); valid up to `filled`. */
  totals: new Int32Array(1024),
  filled: 0,

  /** Starts over with a new text. */
  reset(text: string): void {
    this.text = text;
    this.filled = 0;
  },

  /** The cost of text.slice(start, end), both on code point boundaries: textCost of that slice. */
  between(start: number, end: number): number {
    if (end > this.filled) this.fillTo(end);
    return this.totals[end] - this.totals[start];
  },

  fillTo(end: number): void {
    const { text } = this;
    if (this.totals.length <= text.length) {
      const grown = new Int32Array(2 * text.length + 2);
      grown.set(this.totals.subarray(0, this.filled + 1));
      this.totals = grown;
    }
    const totals = this.totals;
    let i = this.filled;
    while (i < end) {
      // By code unit: a code point is read only at a high surrogate (codePointAt for every character cost more).
      const c = text.charCodeAt(i);
      const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
      const total = totals[i] + codePointCost(cp);
      if (cp > 0xffff) {
        totals[i + 1] = totals[i]; // inside a surrogate pair: no span ends there
        i++;
      }
      totals[++i] = total;
    }
    this.filled = i;
  },
};
