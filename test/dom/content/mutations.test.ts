import { beforeEach, expect, test } from 'vitest';
import { MutationWatcher, type MutationBatch } from '../../../src/content/mutations.ts';
import { UI_ATTRIBUTE } from '../../../src/dom/index.ts';

let batches: MutationBatch[];
let watcher: MutationWatcher;
const nextBatch = () => new Promise((resolve) => setTimeout(resolve, 250));

beforeEach(() => {
  document.body.innerHTML = '<article><p id="p">發</p></article>';
  // Each test's watcher reports into its own list (the watchers of earlier tests keep observing).
  const own: MutationBatch[] = (batches = []);
  watcher = new MutationWatcher((batch) => own.push(batch));
  watcher.start();
});

test('the repair\'s own writes cause no batch', async () => {
  watcher.quietly(() => {
    (document.getElementById('p')!.firstChild as Text).data = '发';
    document.querySelector('article')!.setAttribute('title', '发展');
  });
  await nextBatch();
  expect(batches).toEqual([]);
});

test('changes made before a quiet write are kept', async () => {
  document.getElementById('p')!.append('(fā)');
  watcher.quietly(() => ((document.getElementById('p')!.firstChild as Text).data = '发'));
  await nextBatch();
  expect(batches.map((b) => b.blocks.map((e) => e.id))).toEqual([['p']]);
});

test('added text is handed over as its block, in one batch, without blocks inside other blocks', async () => {
  const p = document.getElementById('p')!;
  const bold = document.createElement('b');
  bold.textContent = '(fā)';
  p.append(bold); // inline: its block is the paragraph
  const section = document.createElement('section');
  section.innerHTML = '<p>新</p>';
  document.body.append(section);
  section.firstElementChild!.append('(xīn)'); // inside a block that is already queued
  (p.firstChild as Text).data = '發展';
  await nextBatch();
  expect(batches).toHaveLength(1);
  expect(batches[0].blocks.map((e) => e.localName)).toEqual(['p', 'section']);
});

test('alt and title changes are handed over as their elements; the extension\'s UI is ignored', async () => {
  const img = document.createElement('img');
  document.body.append(img);
  await nextBatch();
  batches.length = 0;
  img.setAttribute('alt', '發(fā)');
  const ui = document.createElement('div');
  ui.setAttribute(UI_ATTRIBUTE, '');
  document.body.append(ui);
  ui.textContent = '發(fā)';
  await nextBatch();
  expect(batches).toHaveLength(1);
  expect(batches[0].attributeOwners).toEqual([img]);
  expect(batches[0].blocks.filter((b) => b !== document.body)).toEqual([]);
});
