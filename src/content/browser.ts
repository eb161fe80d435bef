/**
 * The extension API in the content script, in place of webextension-polyfill (the content build aliases the
 * polyfill to this module, see vite.config.ts): evaluating the polyfill cost every page a few milliseconds,
 * and the content script needs none of it. Chrome's MV3 API returns promises and Firefox has `browser`;
 * message listeners answer through sendResponse, which both support (src/shared/messages.ts).
 */
import type browser from 'webextension-polyfill';

const native = globalThis as unknown as { browser?: typeof browser; chrome: unknown };

export default (native.browser ?? native.chrome) as typeof browser;
