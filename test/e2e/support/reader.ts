import type { ExtensionBrowser } from './browser.ts';
import { extensionUrl } from './extension.ts';

/**
 * Waits for the welcome tab that installing opens: openTab takes the next new page as its tab, so a
 * welcome page appearing meanwhile would be taken instead.
 */
export async function welcomed(ext: ExtensionBrowser, timeout = 15_000): Promise<void> {
  const welcome = extensionUrl(ext, 'src/welcome/index.html');
  const until = Date.now() + timeout;
  while (!ext.ctx.pages().some((page) => page.url() === welcome)) {
    if (Date.now() > until) throw new Error('the welcome page did not open');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
