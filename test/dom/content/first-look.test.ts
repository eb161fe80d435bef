import fc from 'fast-check';
import { expect, test, vi } from 'vitest';
import { flaggedTexts, scanPage } from '../../../src/background/page-scan.ts';
import { attributeTexts, firstLook } from '../../../src/content/first-look.ts';
import { MutationWatcher } from '../../../src/content/mutations.ts';
import { mayNeedRepair } from '../../../src/core/scan.ts';
import { runText, textAttributeOwners, textRuns } from '../../../src/dom/index.ts';
import type { ToBackground } from '../../../src/shared/messages.ts';

/** What the page does while the background reads its text (see the last test). */
const duringScan = vi.hoisted(() => ({ change: (): void => undefined }));

// The background's answers, as its handlers give them (the messages are JSON: nothing is shared).
vi.mock('../../../src/shared/messages.ts', () => ({
  sendToBackground: (request: ToBackground['scan-page']['request'] | ToBackground['scan-texts']['request']) => {
    const answer = JSON.stringify(request.type === 'scan-page' ? scanPage(request.text, request.attributes) : flaggedTexts(request.texts));
    duringScan.change();
    return Promise.resolve(JSON.parse(answer));
  },
}));

/** The content script's watcher: the first look asks it whether the page changed. */
const watcher = new MutationWatcher(() => undefined);
watcher.start();
const changes = (): number => watcher.changes;

/** The verdict the first look stands for: the scan's, on every run and text attribute of the page. */
const everyRunAndAttribute = (): boolean =>
  [...textRuns(document)].some((run) => mayNeedRepair(runText(run))) || textAttributeOwners(document).some((owner) => attributeTexts(owner).some((text) => mayNeedRepair(text)));

// Clean blocks, some with rare characters no rule takes in, and, among them, blocks that may or may not be
// flagged: short rare names, garbling split across inline elements, in skipped elements, in attributes.
const clean = [
  '<p>国家统计局<b>发布</b>数据显示，经济运行总体平稳。</p>',
  '<p>今天，忻州市和<a href="#">朔州市</a>的代表来到这里参加会议。</p>',
  '<div>市场<span>监管</span>总局</div>',
  '<script>f(e) && g(a)</script>',
];
const doubtful = [
  '<li>岢岚县</li>', '<li>新<b>绛</b>县</li>', '<li>绛　县</li>', '<p>發<b>(fā)</b>展</p>', '<td>棣栭<i>〉</i></td>',
  '<p>前文，<code>鍙戝睍</code>后文</p>', '<p>正文<img alt="鍙戝睍">正文</p>', '<p title="岢岚">正文</p>',
  '<p>主办&nbsp;©&nbsp;版权所有</p>', '<p translate="no">發(fā)展</p>', '<ruby>漢<rt>hàn</rt></ruby>',
];
const page = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...clean) }, { weight: 1, arbitrary: fc.constantFrom(...doubtful) }), {
  maxLength: 12,
});

test('the first look says what a look at every run and attribute would', async () => {
  await fc.assert(
    fc.asyncProperty(page, async (blocks) => {
      document.body.innerHTML = blocks.join('');
      expect((await firstLook(document, changes)) === 'flagged').toBe(everyRunAndAttribute());
    }),
    { numRuns: 400 },
  );
});

test('a clean page with rare characters is clean', async () => {
  document.body.innerHTML = clean.join('');
  expect(await firstLook(document, changes)).not.toBe('flagged');
});

test('text the page adds while its text is scanned is looked at too', async () => {
  document.body.innerHTML = clean.join('');
  duringScan.change = () => document.body.insertAdjacentHTML('beforeend', '<p>推動(dòng)首都發(fā)展</p>');
  try {
    expect(await firstLook(document, changes)).toBe('flagged');
  } finally {
    duringScan.change = () => undefined;
  }
});
