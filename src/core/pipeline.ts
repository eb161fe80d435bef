/**
 * The repair pipeline: undo wrong decodings (repeatedly: text can be garbled twice), then repair flattened
 * ruby in what that gives, then report damage nobody can undo. Every stage returns replayable steps,
 * composed onto the caller's offsets.
 */
import { composeSteps } from './compose.ts';
import { flattenedPinyinEvidence, repairFlattenedPinyin } from './fixes/flattened-pinyin/index.ts';
import { findLossyDamage } from './fixes/lossy-damage.ts';
import { repairWrongDecodings } from './fixes/wrong-decoding/index.ts';
import { textCost } from './hanzi/char-cost.ts';
import { mayNeedRepair } from './scan.ts';
import { applySteps } from './steps.ts';
import type { PageEvidence, RepairOptions, RepairResult, RepairStep, RepairWarning } from './types.ts';

/** Garbling applied more than this many times is not worth searching for. */
const MAX_LAYERS = 3;

export function repair(text: string, options: RepairOptions = {}): RepairResult {
  if (!mayNeedRepair(text, options.evidence)) return { text, changed: false, steps: [], warnings: [] };
  let steps: RepairStep[] = [];
  let current = text;
  // Only what a layer repaired can hide another layer: later layers look at those spans alone.
  let found = repairWrongDecodings(current, options.recoverLost ?? true);
  for (let layer = 1; found.length; layer++) {
    steps = composeSteps(text, steps, found);
    current = applySteps(current, found);
    if (layer === MAX_LAYERS) break;
    found = innerLayers(found, options.recoverLost ?? true);
  }
  const pinyin = repairFlattenedPinyin(current, { evidence: options.evidence, script: options.script ?? 'simplified' });
  steps = composeSteps(text, steps, pinyin);
  current = applySteps(current, pinyin);
  return { text: current, changed: current !== text, steps, warnings: warningsFor(text, steps) };
}

/** Text repaired once still reads as mojibake (rare characters, private use …): worth another layer. */
const GARBLED_MEAN_COST = 9;

function stillGarbled(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n > 0 && mayNeedRepair(text) && textCost(text.replace(/[\x00-\x7f\ufffd]/g, '')) > GARBLED_MEAN_COST * n;
}

/** Repairs inside the outputs of `outer` (steps on the text it produced). */
function innerLayers(outer: readonly RepairStep[], recoverLost: boolean): RepairStep[] {
  let shift = 0;
  const inner: RepairStep[] = [];
  for (const step of outer) {
    const at = step.start + shift;
    shift += step.after.length - (step.end - step.start);
    if (!stillGarbled(step.after)) continue;
    for (const s of repairWrongDecodings(step.after, recoverLost)) inner.push({ ...s, start: s.start + at, end: s.end + at });
  }
  return inner;
}

function warningsFor(text: string, steps: readonly RepairStep[]): RepairWarning[] {
  const warnings: RepairWarning[] = [];
  for (const step of steps) {
    const lost = [...step.after].filter((c) => c === '\ufffd').length;
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
  return [...warnings, ...findLossyDamage(text, inStep)].sort((a, b) => a.start - b.start);
}

/** Evidence from all of a page's text blocks, to pass to every `repair` call on that page. */
export function collectEvidence(texts: string | readonly string[]): PageEvidence {
  return flattenedPinyinEvidence(typeof texts === 'string' ? [texts] : texts);
}
