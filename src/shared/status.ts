/**
 * A tab's status is the sum of its frames' (same-origin iframes run their own content script). Kept in
 * storage.session by the background, so it survives the service worker's restarts and reaches the popup
 * through storage.onChanged.
 */
import type { FrameStatus, RepairState } from './messages.ts';
import { emptySummary } from '../dom/summary.ts';

/** Frame statuses by frame id. */
export type TabFrames = Record<string, FrameStatus>;

export const tabStatusKey = (tabId: number): string => `tab:${tabId}`;

/** The precedence of states when frames disagree: any work in progress shows, then any repair. */
const STATE_ORDER: RepairState[] = ['working', 'repaired', 'original', 'clean'];

function add<K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>): void {
  for (const [key, n] of Object.entries(from) as [K, number][]) into[key] = (into[key] ?? 0) + n;
}

export function combineFrames(frames: TabFrames): FrameStatus | undefined {
  const list = Object.values(frames);
  if (!list.length) return undefined;
  const total: FrameStatus = { state: STATE_ORDER.find((state) => list.some((f) => f.state === state)) ?? 'clean', ...emptySummary() };
  for (const frame of list) {
    total.repairs += frame.repairs;
    add(total.byKind, frame.byKind);
    add(total.warnings, frame.warnings);
    total.examples = { ...frame.examples, ...total.examples };
    total.warningExamples = { ...frame.warningExamples, ...total.warningExamples };
  }
  return total;
}

/** The toolbar badge: the number of repairs, or "!" for damage that could not be undone. */
export function badgeFor(status: FrameStatus | undefined): { text: string; color: string } {
  const lossy = Object.values(status?.warnings ?? {}).some((n) => n > 0);
  const color = lossy ? '#b45309' : '#2e7d32';
  if (status?.state === 'repaired') return { text: status.repairs > 999 ? '999+' : String(status.repairs), color };
  return { text: lossy && status?.state !== 'original' ? '!' : '', color };
}
