import type { RepairResult } from '../core/index.ts';

/** The steps and warnings of a repair, for a person (the --explain output). */
export function explainForPerson(result: RepairResult, label = ''): string {
  const lines: string[] = [];
  const where = label ? `${label}: ` : '';
  if (!result.steps.length && !result.warnings.length) return `${where}nothing to repair\n`;
  for (const s of result.steps) {
    lines.push(`${where}[${s.fix}] ${s.start}–${s.end} (confidence ${s.confidence.toFixed(2)})`);
    lines.push(`  ${JSON.stringify(s.before)} → ${JSON.stringify(s.after)}`);
    lines.push(`  ${s.explanation}`);
  }
  for (const w of result.warnings) lines.push(`${where}warning [${w.kind}] ${w.start}–${w.end}: ${w.message}`);
  return lines.join('\n') + '\n';
}
