/**
 * DOM-level repair, shared by the content script (in the page) and `mojifix html` (under linkedom): it uses
 * only standard DOM that both provide. The engine is passed in, so the content script can load it lazily.
 */
import { DocumentRepairer, pageEvidence, type DomRepairOptions, type Engine } from './repairer.ts';
import type { RepairSummary } from './summary.ts';
import { textAttributeOwners, textRuns } from './text-runs.ts';
import type { PageEvidence } from '../core/types.ts';

export { DocumentRepairer, pageEvidence } from './repairer.ts';
export type { DomRepairOptions, Engine } from './repairer.ts';
export { emptySummary, type RepairExample, type RepairSummary } from './summary.ts';
export { blockOf, runText, TEXT_ATTRIBUTE_SELECTOR, TEXT_ATTRIBUTES, textAttributeOwners, textRuns, type TextRun } from './text-runs.ts';
export { isInsideSkipped, UI_ATTRIBUTE } from './skip.ts';

export interface DocumentRepair extends RepairSummary {
  evidence: PageEvidence;
  /** Puts back the page's text exactly as it was. */
  restore(): void;
}

/** Repairs a whole document in one go (the content script does the same in idle-time chunks). */
export function repairDocument(doc: Document, engine: Engine, options: DomRepairOptions = {}): DocumentRepair {
  const runs = [...textRuns(doc)];
  const owners = textAttributeOwners(doc);
  const repairer = new DocumentRepairer(engine, pageEvidence(engine, runs, owners), options);
  for (const run of runs) repairer.repairRun(run);
  for (const owner of owners) repairer.repairAttributes(owner);
  return { ...repairer.summary(), evidence: repairer.evidence, restore: () => repairer.restore() };
}
