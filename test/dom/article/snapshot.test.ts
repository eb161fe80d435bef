/**
 * The reader's path: a tab's snapshot parsed with the browser's DOMParser (happy-dom here), repaired and
 * extracted. With the page as it was before repair, a converted article is available in both scripts.
 */
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { articleFromSnapshot } from '../../../src/article/repaired.ts';
import { bodyText } from '../../../src/core/article/index.ts';

const original = fs.readFileSync('test/fixtures/pages/seed-beijing.html', 'utf8');
const url = 'http://www.beijing.gov.cn/ywdt/yaowen/202404/t20240430_seed.html';

test('the page before repair gives the simplified article, and the converted one on request', async () => {
  const simplified = await articleFromSnapshot({ html: '<html></html>', url, title: '', original }, 'simplified');
  expect(simplified.evidence.convertedScript).toBe(true);
  expect(simplified.article.meta.title).toBe('殷勇围绕推动首都高质量发展到海淀区调研时强调 聚焦发展战略性新兴产业 打造经济增长新引擎');

  const traditional = await articleFromSnapshot({ html: '<html></html>', url, title: '', original }, 'keep');
  expect(traditional.article.meta.title).toBe('殷勇圍繞推動首都高質量發展到海淀區調研時強調 聚焦發展戰略性新興產業 打造經濟增長新引擎');
  expect(bodyText(traditional.article.blocks)).not.toMatch(/\(\p{Script=Latin}+\)/u);
});

test('a snapshot of a page shown as original is repaired here', async () => {
  const { article } = await articleFromSnapshot({ html: original, url, title: '' }, 'simplified');
  expect(article.meta).toMatchObject({ source: '北京日报', published: '2024-04-30', author: '杨旗' });
});
