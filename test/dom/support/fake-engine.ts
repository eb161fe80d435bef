/**
 * A tiny stand-in for the engine, so the DOM layer's own behaviour (spanning nodes, write-back, restore,
 * skip rules) is tested apart from the engine's judgement: it strips a reading after a Han character and
 * converts a handful of traditional characters once the page evidence says the text was converted.
 */
import type { Engine } from '../../../src/dom/index.ts';
import { applySteps } from '../../../src/core/steps.ts';
import type { RepairStep, RepairWarning } from '../../../src/core/types.ts';

const SIMPLIFIED: Record<string, string> = { 發: '发', 動: '动', 報: '报', 質: '质', 來: '来', 區: '区', 調: '调', 時: '时' };
const ANNOTATED = /([\u3400-\u9fff])\(([a-z\u00e0-\u01dc]+)\)/;
const PATTERN = new RegExp(`${ANNOTATED.source}|([${Object.keys(SIMPLIFIED).join('')}])|锟斤拷`, 'g');

export const fakeEngine: Engine = {
  collectEvidence(texts) {
    const converted = [texts].flat().some((text) => ANNOTATED.test(text));
    return { flattenedRuby: converted, convertedScript: converted };
  },
  repair(text, options = {}) {
    const steps: RepairStep[] = [];
    const warnings: RepairWarning[] = [];
    const convert = options.evidence?.convertedScript && options.script !== 'keep';
    for (const match of text.matchAll(PATTERN)) {
      const [before, annotated, , lone] = match;
      const start = match.index;
      const end = start + before.length;
      if (before === '锟斤拷') {
        warnings.push({ kind: 'kunjinkao', start, end, message: 'Lost for good.' });
      } else if (annotated) {
        const after = convert ? (SIMPLIFIED[annotated] ?? annotated) : annotated;
        steps.push({ fix: 'pinyin-annotation', start, end, before, after, confidence: 1, explanation: 'Reading dropped.' });
      } else if (lone && convert) {
        steps.push({ fix: 'converted-script', start, end, before, after: SIMPLIFIED[lone], confidence: 1, explanation: 'Converted back.' });
      }
    }
    const out = applySteps(text, steps);
    return { text: out, changed: out !== text, steps, warnings };
  },
};
