/**
 * Finds the spans of a text that some hypothesis (bytes of one encoding read as another) repairs, and
 * keeps the best non-overlapping ones. A span counts only when its repair is much less surprising than
 * the garbled text (see char-cost.ts): clean text also re-decodes by chance, but into rare characters.
 */
import { charCost, isHan, isPrivateUse, textCost } from '../../hanzi/char-cost.ts';
import { decodeFrom, decodeUnit, type LostChar } from './decoders.ts';
import type { Hypothesis } from './hypothesis.ts';
import { unitRuns, type Unit } from './units.ts';

export interface SpanRepair {
  hypothesis: Hypothesis;
  start: number;
  end: number;
  before: string;
  /** The repaired text; lost characters are U+FFFD, listed in `lost`. */
  after: string;
  lost: LostChar[];
  /** Cost of `before` minus cost of `after`, in bits. */
  gain: number;
}

/** Han characters this surprising (bits) are rare enough to count as garbage. */
const RARE_HAN_COST = 15;

/** Switching between garbled and clean text inside a run costs this much (aligned search). */
const SWITCH_COST = 10;

const isAsciiUnit = (unit: Unit): boolean => unit.bytes.length === 1 && unit.bytes[0] < 0x80;

function spanRepair(h: Hypothesis, text: string, run: readonly Unit[], s: number, end: number, after: string, lost: LostChar[], multiByte: number): SpanRepair | undefined {
  // Trailing ASCII decodes to itself: leave it out of the span.
  while (end > s + 1 && isAsciiUnit(run[end - 1]) && run[end - 1].bytes[0] >= 0) {
    end--;
    after = after.slice(0, -1);
  }
  if (multiByte < h.minMultiByte) return undefined;
  const start = run[s].at;
  const stop = run[end - 1].at + run[end - 1].length;
  const before = text.slice(start, stop);
  if (before === after || before.includes('锟')) return undefined; // 锟 is 锟斤拷 damage, not bytes to reuse
  if (h.minGarbage !== undefined && garbageShare(before) < h.minGarbage) return undefined;
  if (h.maxCharCost !== undefined && [...after].some((c) => c !== '\ufffd' && charCost(c) > h.maxCharCost!)) return undefined;
  if (h.maxMeanCost !== undefined && meanCost(after) > h.maxMeanCost) return undefined;
  const gain = textCost(before) - textCost(after);
  return gain >= h.minGain ? { hypothesis: h, start, end: stop, before, after, lost, gain } : undefined;
}

/** Share of the non-ASCII characters that only garbling produces in Chinese text. */
function garbageShare(text: string): number {
  let nonAscii = 0;
  let garbage = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    if (isPrivateUse(cp) || (isHan(cp) && charCost(ch) >= RARE_HAN_COST)) garbage++;
  }
  return nonAscii ? garbage / nonAscii : 0;
}

/** Mean cost of the non-ASCII characters, leaving out lost ones. */
function meanCost(text: string): number {
  let n = 0;
  let total = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || ch === '\ufffd') continue;
    n++;
    total += charCost(ch);
  }
  return n ? total / n : 0;
}

function searchSpans(h: Hypothesis, text: string): SpanRepair[] {
  const found: SpanRepair[] = [];
  for (const run of unitRuns(h.misreadAs, text)) {
    for (let s = 0; s < run.length; ) {
      const first = run[s].bytes[0];
      const decoded = first >= 0x80 ? decodeFrom(h, run, s) : undefined;
      const repair = decoded && decoded.end > s
        ? spanRepair(h, text, run, s, decoded.end, decoded.text, decoded.lost, decoded.multiByte)
        : undefined;
      if (repair) {
        found.push(repair);
        s = decoded!.end;
      } else s++;
    }
  }
  return found;
}

/** Cost-minimising segmentation of a run into kept and re-decoded stretches (units line up 1:1). */
function searchAligned(h: Hypothesis, text: string): SpanRepair[] {
  const found: SpanRepair[] = [];
  for (const run of unitRuns(h.misreadAs, text)) {
    const n = run.length;
    const decoded = run.map((unit) => (h.encoding === 'utf-8' ? undefined : decodeUnit(h.encoding, unit)));
    const keepCost = run.map((unit) => charCost(text.slice(unit.at, unit.at + unit.length)));
    const decodeCost = decoded.map((d) => (d === undefined ? Infinity : textCost(d)));
    // best[i][state]: least cost of units 0..i with unit i kept (0) or re-decoded (1); from[i][state]: previous state.
    const best = [new Float64Array(n), new Float64Array(n)];
    const from = [new Uint8Array(n), new Uint8Array(n)];
    for (let i = 0; i < n; i++) {
      for (const state of [0, 1]) {
        const own = state ? decodeCost[i] : keepCost[i];
        if (i === 0) {
          best[state][0] = own + (state ? SWITCH_COST : 0);
          continue;
        }
        const stay = best[state][i - 1];
        const change = best[1 - state][i - 1] + SWITCH_COST;
        from[state][i] = stay <= change ? state : 1 - state;
        best[state][i] = Math.min(stay, change) + own;
      }
    }
    const states = new Uint8Array(n);
    let state = best[1][n - 1] < best[0][n - 1] ? 1 : 0;
    for (let i = n - 1; i >= 0; i--) {
      states[i] = state;
      state = from[state][i];
    }
    for (let i = 0; i < n; ) {
      if (!states[i] || isAsciiUnit(run[i])) {
        i++;
        continue;
      }
      let j = i;
      let after = '';
      let multiByte = 0;
      const lost: LostChar[] = [];
      while (j < n && states[j]) {
        if (decoded[j] === '\ufffd') lost.push({ index: after.length, candidates: [] });
        if (!isAsciiUnit(run[j])) multiByte++;
        after += decoded[j];
        j++;
      }
      const repair = spanRepair(h, text, run, i, j, after, lost, multiByte);
      if (repair) found.push(repair);
      i = j;
    }
  }
  return found;
}

/** The best non-overlapping repairs over all hypotheses, in text order. */
export function findRepairs(text: string, hypotheses: readonly Hypothesis[]): SpanRepair[] {
  const all = hypotheses.flatMap((h) => (h.search === 'spans' ? searchSpans(h, text) : searchAligned(h, text)));
  all.sort((a, b) => b.gain - a.gain);
  const chosen: SpanRepair[] = [];
  for (const r of all) {
    if (chosen.every((c) => r.end <= c.start || r.start >= c.end)) chosen.push(r);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
