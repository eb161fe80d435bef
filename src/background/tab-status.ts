import browser from 'webextension-polyfill';
import type { FrameStatus } from '../shared/messages.ts';
import { badgeFor, combineFrames, tabStatusKey, type TabFrames } from '../shared/status.ts';

/** Updates of one tab run one after another: frames report at the same time, and each update reads first. */
const pending = new Map<number, Promise<void>>();

function serialized(tabId: number, update: () => Promise<void>): Promise<void> {
  const next = (pending.get(tabId) ?? Promise.resolve()).then(update).catch((error: unknown) => console.error('Mojifix:', error));
  pending.set(tabId, next);
  return next;
}

export function recordFrameStatus(tabId: number, frameId: number, status: FrameStatus): Promise<void> {
  return serialized(tabId, async () => {
    const key = tabStatusKey(tabId);
    const frames = ((await browser.storage.session.get(key))[key] ?? {}) as TabFrames;
    frames[frameId] = status;
    await browser.storage.session.set({ [key]: frames });
    const badge = badgeFor(combineFrames(frames));
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  });
}

/** A new page in the tab (or the tab closed): its frames' statuses are gone. */
export function forgetTab(tabId: number): Promise<void> {
  return serialized(tabId, async () => {
    await browser.storage.session.remove(tabStatusKey(tabId));
    await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined); // the tab may be gone
  });
}
