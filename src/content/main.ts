/**
 * Content script: runs on *.gov.cn (manifest), on the sites the user allowed (registered by the
 * background), and in a tab the user asked to repair (injected through activeTab). Wherever it runs, it
 * repairs the page; the work itself is in page-repair.ts.
 */
import { handleMessages, sendToBackground, type FrameStatus, type ToContent } from '../shared/messages.ts';
import { PageRepair } from './page-repair.ts';

// One instance per frame, however many times the script is injected (manifest, registration, one click).
const RUNNING = Symbol.for('mojifix.content');
const scope = globalThis as { [RUNNING]?: true };

if (!scope[RUNNING]) {
  scope[RUNNING] = true;
  const report = (status: FrameStatus) => {
    // The background may be restarting; the next status will get through.
    sendToBackground({ type: 'frame-status', status }).catch(() => undefined);
  };
  const page = new PageRepair(report);
  // Back from the back/forward cache: the tab's status was forgotten when it navigated away. (Listening from
  // pagehide on keeps the script out of the page's load event.)
  addEventListener('pagehide', (event) => {
    if (event.persisted) addEventListener('pageshow', () => report(page.status()), { once: true });
  });
  handleMessages<ToContent>({
    ping: () => page.status(),
    repair: () => page.repair(),
    'show-original': () => page.showOriginal(),
    'get-page': async () => {
      await page.settled();
      return page.snapshot();
    },
  });
  void page.repair();
}

/* Test pages: test/e2e/fixtures/*.html, served as government pages by test/e2e/repair-page.spec.ts. */
