import type { FixId, WarningKind } from '../core/types.ts';

export interface RepairExample {
  before: string;
  after: string;
  explanation: string;
}

/** What the repair of a page did, for the badge and the popup. */
export interface RepairSummary {
  repairs: number;
  byKind: Partial<Record<FixId, number>>;
  /** The first repair of each kind, to show what it means. */
  examples: Partial<Record<FixId, RepairExample>>;
  /** Damage the engine found but could not undo, by kind. */
  warnings: Partial<Record<WarningKind, number>>;
  /** The engine's message and the damaged text, for the first warning of each kind. */
  warningExamples: Partial<Record<WarningKind, { text: string; message: string }>>;
}

export const emptySummary = (): RepairSummary => ({ repairs: 0, byKind: {}, examples: {}, warnings: {}, warningExamples: {} });
