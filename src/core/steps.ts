import type { RepairStep } from './types.ts';
import { sortedBy } from './sorted.ts';

/**
 * Replays steps on a text: each step's `before` must stand at its offsets, else the text is not the one
 * the steps were made for and nothing is changed (an error says where).
 */
export function applySteps(text: string, steps: readonly RepairStep[]): string {
  let out = '';
  let at = 0;
  for (const step of sortedBy(steps, (a, b) => a.start - b.start)) {
    // A slice compared whole: V8 makes a long one as a view of the text and compares memory, while startsWith
    // compared character by character cost several times more.
    if (step.start < at || text.slice(step.start, step.end) !== step.before) {
      throw new Error(`step at ${step.start}–${step.end} does not match the text (${JSON.stringify(step.before)})`);
    }
    out += text.slice(at, step.start) + step.after;
    at = step.end;
  }
  return out + text.slice(at);
}
