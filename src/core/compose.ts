/**
 * Stages run one after another (wrong decodings first, then what is found in the repaired text), but a
 * result's steps must refer to the caller's text. This rewrites a later stage's steps onto the original
 * offsets, merging a later step into an earlier one where they touch the same characters.
 */
import type { RepairStep } from './types.ts';
import { mergeSorted } from './sorted.ts';

interface Interval {
  start: number;
  end: number;
  first?: RepairStep;
  second?: RepairStep;
}

const touches = (a: Interval, b: Interval): boolean =>
  a.start < b.end && b.start < a.end ? true : a.start === a.end || b.start === b.end
    ? a.start <= b.end && b.start <= a.end
    : false;

/** `first` applies to `text0`; `second` applies to the result of `first`. Returns steps on `text0`. */
export function composeSteps(text0: string, first: readonly RepairStep[], second: readonly RepairStep[]): RepairStep[] {
  if (!second.length) return [...first];
  if (!first.length) return [...second];
  // Where the first steps' outputs stand in the intermediate text, and how to map unchanged offsets back.
  const outputs: Interval[] = [];
  const shifts: { at1: number; delta: number }[] = [];
  let delta = 0;
  let text1 = '';
  let at0 = 0;
  for (const step of first) {
    text1 += text0.slice(at0, step.start);
    const start1 = text1.length;
    text1 += step.after;
    outputs.push({ start: start1, end: text1.length, first: step });
    delta += step.after.length - (step.end - step.start);
    shifts.push({ at1: text1.length, delta });
    at0 = step.end;
  }
  text1 += text0.slice(at0);
  const to0 = (p1: number): number => {
    // The last shift at or before p1 (shifts are in increasing at1 order).
    let lo = 0;
    let hi = shifts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (shifts[mid].at1 <= p1) lo = mid + 1;
      else hi = mid;
    }
    return p1 - (lo ? shifts[lo - 1].delta : 0);
  };

  const intervals = mergeSorted<Interval>(outputs, second.map((s) => ({ start: s.start, end: s.end, second: s })), (a, b) => a.start - b.start || a.end - b.end);
  const clusters: Interval[][] = [];
  let reach = -Infinity; // the furthest end in the current cluster
  for (const iv of intervals) {
    const last = clusters.at(-1);
    if (last && (iv.start < reach || (iv.start === reach && last.some((o) => touches(o, iv))))) {
      last.push(iv);
      reach = Math.max(reach, iv.end);
    } else {
      clusters.push([iv]);
      reach = iv.end;
    }
  }

  return clusters.map((cluster) => {
    // One pass over the cluster: this runs for every step of every layer of a garbled text.
    const firsts: RepairStep[] = [];
    const seconds: RepairStep[] = [];
    let start1 = Infinity;
    let end1 = -Infinity;
    let firstsStart = Infinity;
    let firstsEnd = -Infinity;
    for (const c of cluster) {
      start1 = Math.min(start1, c.start);
      end1 = Math.max(end1, c.end);
      if (c.first) {
        firsts.push(c.first);
        firstsStart = Math.min(firstsStart, c.first.start);
        firstsEnd = Math.max(firstsEnd, c.first.end);
      }
      if (c.second) seconds.push(c.second);
    }
    if (!seconds.length) return firsts[0];
    const start0 = Math.min(to0(start1), firstsStart);
    const end0 = Math.max(firstsEnd, to0(end1));
    let after = '';
    let at = start1;
    for (const s of seconds) {
      after += text1.slice(at, s.start) + s.after;
      at = s.end;
    }
    after += text1.slice(at, end1);
    const all = [...firsts, ...seconds];
    if (all.length === 1) return { ...seconds[0], start: start0, end: end0, before: text0.slice(start0, end0), after };
    // The least confidence, and each explanation once in order: by a loop, as a Set and spread arguments cost
    // more than the rest of composing (clusters hold a step or two of each stage).
    let confidence = Infinity;
    const explanations: string[] = [];
    for (const s of all) {
      confidence = Math.min(confidence, s.confidence);
      if (!explanations.includes(s.explanation)) explanations.push(s.explanation);
    }
    return { fix: all[0].fix, start: start0, end: end0, before: text0.slice(start0, end0), after, confidence, explanation: explanations.join(' Then: ') };
  });
}
