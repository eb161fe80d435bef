/**
 * The repair pipeline: undo wrong decodings (repeatedly: text can be garbled twice), then repair flattened
 * ruby in what that gives, then report damage nobody can undo. Every stage returns replayable steps,
 * composed onto the caller's offsets.
 */
import { composeSteps } from './compose.ts';
import { countOf } from './count-of.ts';
import { flattenedPinyinEvidence, repairFlattenedPinyin } from './fixes/flattened-pinyin/index.ts';
import { findLossyDamage } from './fixes/lossy-damage.ts';
import { misreadingEvidence, repairWrongDecodings } from './fixes/wrong-decoding/index.ts';
import { firstLook, mayBeMisdecoded, mayHoldFlattenedRuby, showsMisdecoding } from './scan.ts';
import { replaySteps } from './steps.ts';
import type { PageEvidence, RepairOptions, RepairResult, RepairStep, RepairWarning } from './types.ts';
import { mergeSorted } from './sorted.ts';

/** Each layer lowers the text's cost, so this cap is only a guard against pathological input. */
const MAX_LAYERS = 8;

export function repair(text: string, options: RepairOptions = {}): RepairResult {
  const look = firstLook(text, options.evidence);
  if (!look.needsRepair) return { text, changed: false, steps: [], warnings: [] };
  let steps: RepairStep[] = [];
  let current = text;
  // Text garbled twice shows its inner layer once the outer one is undone: repeat until nothing changes.
  const misreadings = options.evidence?.misreadings ?? [];
  let found = misreadings.length || look.misdecoded ? repairWrongDecodings(current, options.recoverLost ?? true, 0, misreadings) : [];
  for (let layer = 1; found.length; layer++) {
    steps = composeSteps(text, steps, found);
    current = replaySteps(current, found);
    // A character this layer marked lost (U+FFFD) is by itself no sign of a layer beneath: the scan's other
    // signs show one (the mark counts among them). With page evidence, a trusted misreading may still take the
    // text beside such a mark, so there the whole scan decides: repairing the output again changes nothing.
    if (layer === MAX_LAYERS || !(misreadings.length ? mayBeMisdecoded(current) : showsMisdecoding(current))) break;
    // The lost characters the layers so far marked are no sign of damage beyond repair in the next one.
    found = repairWrongDecodings(current, options.recoverLost ?? true, steps.reduce((n, s) => n + countOf('\ufffd', s.after), 0), misreadings);
  }
  // Whether a step may mark a lost character (U+FFFD): asked of the text before the flattened-ruby stage, and of
  // that stage's glitches, the one repair of it decoded from bytes. (Asked of the text it makes, the question
  // would make that a flat string: a cost that repairing a line otherwise does not have.)
  let marked = current.includes('\ufffd');
  if (mayHoldFlattenedRuby(current, options.evidence)) {
    const pinyin = repairFlattenedPinyin(current, { evidence: options.evidence, script: options.script ?? 'simplified' });
    marked ||= pinyin.some((s) => s.fix === 'pinyin-glitch' && s.after.includes('\ufffd'));
    steps = steps.length ? composeSteps(text, steps, pinyin) : pinyin;
    current = replaySteps(current, pinyin);
  }
  return { text: current, changed: current !== text, steps, warnings: warningsFor(text, steps, marked) };
}

/** `marked`: whether a step may hold the mark of a lost character. */
function warningsFor(text: string, steps: readonly RepairStep[], marked: boolean): RepairWarning[] {
  const warnings: RepairWarning[] = [];
  if (marked) for (const step of steps) {
    const lost = countOf('\ufffd', step.after);
    if (lost > 0) {
      warnings.push({
        kind: 'lost-characters',
        start: step.start,
        end: step.end,
        message: `${lost} character(s) lost bytes before this text was saved; they are shown as \ufffd.`,
      });
    }
  }
  const inStep = (start: number, end: number) => steps.some((s) => start < s.end && s.start < end);
  return mergeSorted(warnings, findLossyDamage(text, inStep), (a, b) => a.start - b.start);
}

/** Evidence from all of a page's text blocks, to pass to every `repair` call on that page. */
export function collectEvidence(texts: string | readonly string[]): PageEvidence {
  const list = typeof texts === 'string' ? [texts] : texts;
  const misreadings = misreadingEvidence(list);
  return { ...flattenedPinyinEvidence(list), ...(misreadings.length && { misreadings }) };
}
