import type { RepairStep } from './types.ts';
import { sortedBy } from './sorted.ts';

/** Whether text.slice(start, end) is `s`, asked without making the slice where the offsets lie in the text. */
const standsAt = (text: string, start: number, end: number, s: string): boolean =>
  start >= 0 && start <= end && end <= text.length ? end - start === s.length && text.startsWith(s, start) : text.slice(start, end) === s;

/**
 * Replays steps on a text: each step's `before` must stand at its offsets, else the text is not the one
 * the steps were made for and nothing is changed (an error says where).
 */
export function applySteps(text: string, steps: readonly RepairStep[]): string {
  let out = '';
  let at = 0;
  for (const step of sortedBy(steps, (a, b) => a.start - b.start)) {
    if (step.start < at || !standsAt(text, step.start, step.end, step.before)) {
      throw new Error(`step at ${step.start}–${step.end} does not match the text (${JSON.stringify(step.before)})`);
    }
    out += text.slice(at, step.start) + step.after;
    at = step.end;
  }
  return out + text.slice(at);
}
