/** The page of a browser tab, as its content script answers `get-page` (for the reader and the popup). */
import { sendToContent, type PageSnapshot } from '../shared/messages.ts';

export const fetchSnapshot = (tabId: number): Promise<PageSnapshot> => sendToContent(tabId, { type: 'get-page' });
