import type { RepairStep } from './types.ts';
import { sortedBy } from './sorted.ts';

const byStart = (a: RepairStep, b: RepairStep): number => a.start - b.start;

/**
 * Replays steps on a text: each step's `before` must stand at its offsets, else the text is not the one
 * the steps were made for and nothing is changed (an error says where).
 */
export function applySteps(text: string, steps: readonly RepairStep[]): string {
  const ordered = sortedBy(steps, byStart);
  for (const step of ordered) {
    // A slice compared whole: V8 makes a long one as a view of the text and compares memory, while startsWith
    // compared character by character cost several times more.
    if (text.slice(step.start, step.end) !== step.before) {
      throw new Error(`step at ${step.start}–${step.end} does not match the text (${JSON.stringify(step.before)})`);
    }
  }
  return replaySteps(text, ordered);
}

/**
 * The text with steps applied that were made for it, in text order: the engine replays its stages' steps
 * on the very text they were read from, where comparing each `before` again would only repeat it.
 */
export function replaySteps(text: string, steps: readonly RepairStep[]): string {
  let out = '';
  let at = 0;
  for (const step of steps) {
    if (step.start < at) throw new Error(`step at ${step.start}–${step.end} overlaps the one before it`);
    out += text.slice(at, step.start) + step.after;
    at = step.end;
  }
  return out + text.slice(at);
}
