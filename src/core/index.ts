/**
 * Public API of the Mojifix repair engine. Pure: strings in, data out; no DOM, browser or Node APIs.
 * The CLI, the content script and the reader all go through this module.
 */
export type {
  FixId,
  PageEvidence,
  RepairOptions,
  RepairResult,
  RepairStep,
  RepairWarning,
  WarningKind,
} from './types.ts';
export { repair, collectEvidence } from './pipeline.ts';
export { applySteps } from './steps.ts';
export { mayNeedRepair } from './scan.ts';
