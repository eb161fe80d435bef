/**
 * The one message protocol of the extension, by receiver: what content scripts answer (sent with
 * tabs.sendMessage by the background, the popup and the reader) and what the background answers (sent with
 * runtime.sendMessage by content scripts and extension pages). Status changes reach extension pages through
 * storage.session (see src/background/tab-status.ts), not messages.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { emptySummary, type RepairSummary } from '../dom/summary.ts';

/** Where a frame's repair stands. */
export type RepairState = 'working' | 'clean' | 'repaired' | 'original';

export interface FrameStatus extends RepairSummary {
  state: RepairState;
}

/** A frame with nothing repaired: its status once its first look finds nothing. */
export const cleanFrame = (): FrameStatus => ({ ...emptySummary(), state: 'clean' });

/** The page after repair, for the reader view. */
export interface PageSnapshot {
  /** document.documentElement.outerHTML, without the extension's own elements. */
  html: string;
  url: string;
  title: string;
  /** The same page before the repair, when something was repaired (the reader's "traditional" view). */
  original?: string;
}

/** Requests a content script answers. */
export interface ToContent {
  ping: { request: { type: 'ping' }; response: FrameStatus };
  repair: { request: { type: 'repair' }; response: FrameStatus };
  'show-original': { request: { type: 'show-original' }; response: FrameStatus };
  'get-page': { request: { type: 'get-page' }; response: PageSnapshot };
}

/**
 * The scan's verdict on a page (src/background/page-scan.ts): where in its text it could find something
 * (see scanMarks in src/core/scan.ts), and which of its text attributes it flags (indices).
 */
export interface PageScan {
  marks: number[];
  attributes: number[];
  /** False when only the first marks were sent (a garbled page has one in every line). */
  complete: boolean;
}

/** Requests the background answers. */
export interface ToBackground {
  /**
   * The scan of a page's text (textContent) and text attributes: the scan's code and data stay out of the
   * page, where they cost every page milliseconds of its main thread, cold. With `report`, a verdict of
   * nothing found is the frame's status too (cleanFrame): a clean page sends one message, not two.
   */
  'scan-page': { request: { type: 'scan-page'; text: string; attributes: string[]; report: boolean }; response: PageScan };
  /** Which of the texts the scan flags (indices); `report` as for scan-page. */
  'scan-texts': { request: { type: 'scan-texts'; texts: string[]; report: boolean }; response: number[] };
  /** A content script's status changed (the sender's tab and frame say where). */
  'frame-status': { request: { type: 'frame-status'; status: FrameStatus }; response: void };
  /** Repair a tab now, injecting the content script through activeTab if needed; false when impossible. */
  'repair-tab': { request: { type: 'repair-tab'; tabId: number }; response: boolean };
}

type Protocol<P> = { [K in keyof P]: { request: { type: K }; response: unknown } };
type Handlers<P extends Protocol<P>> = {
  [K in keyof P]?: (request: P[K]['request'], sender: Runtime.MessageSender) => P[K]['response'] | Promise<P[K]['response']>;
};

export function sendToContent<K extends keyof ToContent>(
  tabId: number,
  request: { type: K } & ToContent[K]['request'],
  frameId?: number,
): Promise<ToContent[K]['response']> {
  return browser.tabs.sendMessage(tabId, request, frameId === undefined ? {} : { frameId });
}

export function sendToBackground<K extends keyof ToBackground>(
  request: { type: K } & ToBackground[K]['request'],
): Promise<ToBackground[K]['response']> {
  return browser.runtime.sendMessage(request);
}

/**
 * Answers the requests of one protocol; other messages are left to other listeners. Answers go through
 * sendResponse, not a returned promise: the content script runs without the polyfill, and Chrome's own API
 * takes no promise. A request whose handler fails is answered with nothing (the error is logged here).
 */
export function handleMessages<P extends Protocol<P>>(handlers: Handlers<P>): void {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (response?: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    const handler = typeof type === 'string' && Object.hasOwn(handlers, type) ? handlers[type as keyof P] : undefined;
    if (!handler) return undefined;
    new Promise((resolve) => resolve(handler(message as P[keyof P]['request'], sender))).then(sendResponse, (error: unknown) => {
      console.error('Mojifix:', error);
      sendResponse();
    });
    return true;
  };
  // Returning nothing leaves a message to other listeners, which the callback's type does not spell out.
  browser.runtime.onMessage.addListener(listener as Runtime.OnMessageListenerCallback);
}
