import type { PageEvidence, RepairOptions, RepairResult } from './types.ts';

// Placeholder while the fix modules land: leaves every text unchanged.
export function repair(text: string, _options: RepairOptions = {}): RepairResult {
  return { text, changed: false, steps: [], warnings: [] };
}

export function collectEvidence(_texts: string | readonly string[]): PageEvidence {
  return { flattenedRuby: false, convertedScript: false };
}
