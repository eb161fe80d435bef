/**
 * The seed page as the reader sees it once the engine has repaired it: the repaired text (test/fixtures/seed
 * expected-fullwidth.txt) in the seed page's layout. Checks the extraction alone, whatever the engine does.
 */
import fs from 'node:fs';
import { DOMParser } from 'linkedom';
import { expect, test } from 'vitest';
import { extractArticle } from '../../../src/article/index.ts';
import { bodyText, gbt7714 } from '../../../src/core/article/index.ts';

function repairedSeedPage(): Document {
  const html = fs.readFileSync('test/fixtures/pages/seed-beijing.html', 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const [title, , info, body] = fs.readFileSync('test/fixtures/seed/expected-fullwidth.txt', 'utf8').split('\n');
  const paragraphs = body.replace(/ \|$/, '').split(' ');
  doc.querySelector('title')!.textContent = title.replace(/ \|$/, '');
  doc.querySelector('h1')!.textContent = title.replace(/ \|$/, '');
  doc.querySelector('td.info')!.textContent = info.replace(/ \| \|\|\|$/, '');
  doc.querySelectorAll('#zoom p').forEach((p, i) => (p.textContent = paragraphs[i]));
  return doc;
}

test('metadata of the repaired seed: title, source and date from the visible header, the trailing （杨旗）', () => {
  const { meta } = extractArticle(repairedSeedPage(), { url: 'http://www.beijing.gov.cn/ywdt/yaowen/202404/t20240430_seed.html' });
  expect(meta).toMatchObject({
    title: '殷勇围绕推动首都高质量发展到海淀区调研时强调 聚焦发展战略性新兴产业 打造经济增长新引擎',
    source: '北京日报',
    published: '2024-04-30',
    author: '杨旗',
    editor: null,
  });
  expect(gbt7714(meta, { accessed: '2025-01-15' })).toBe(
    '杨旗. 殷勇围绕推动首都高质量发展到海淀区调研时强调 聚焦发展战略性新兴产业 打造经济增长新引擎[N/OL]. 北京日报, 2024-04-30[2025-01-15]. http://www.beijing.gov.cn/ywdt/yaowen/202404/t20240430_seed.html.',
  );
});

test('body of the repaired seed: six paragraphs, no header line or page tools', () => {
  const { blocks } = extractArticle(repairedSeedPage());
  expect(blocks.map((b) => b.kind)).toEqual(Array(6).fill('paragraph'));
  const text = bodyText(blocks);
  expect(text.startsWith('4月29日，市委副书记、市长殷勇')).toBe(true);
  expect(text.endsWith('市政府党组成员曾劲参加。（杨旗）')).toBe(true);
  for (const furniture of ['来源', '字號', '打印', '關閉', '分享到', '相關新聞', '版權所有']) expect(text).not.toContain(furniture);
});
