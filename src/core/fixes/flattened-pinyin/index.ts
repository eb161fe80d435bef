/**
 * Stage: flattened ruby (字(pīnyīn)), its GBK glitches, comma noise, and the simplified→traditional
 * conversion of the same mirror sites. Placeholder until the stage lands: finds nothing.
 */
import type { PageEvidence, RepairStep } from '../../types.ts';

export interface FlattenedPinyinContext {
  evidence?: PageEvidence;
  script: 'simplified' | 'keep';
}

export function repairFlattenedPinyin(_text: string, _ctx: FlattenedPinyinContext): RepairStep[] {
  return [];
}

export function flattenedPinyinEvidence(_texts: readonly string[]): PageEvidence {
  return { flattenedRuby: false, convertedScript: false };
}
