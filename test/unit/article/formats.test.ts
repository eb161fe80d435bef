import { describe, expect, test } from 'vitest';
import {
  articleHtml,
  articleJson,
  articleMarkdown,
  articleText,
  formatArticle,
  frontMatter,
  metaJson,
  originalSearchLinks,
  type Article,
  type ArticleMeta,
} from '../../../src/core/article/index.ts';

const meta: ArticleMeta = {
  title: '山西品牌丝路行（南美站）正式启动',
  source: '山西日报',
  published: '2019-09-18T06:23:00+08:00',
  author: '张巨峰',
  editor: null,
  siteName: '山西省人民政府门户网站',
  url: 'http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml',
  language: null,
  keywords: ['山西', '巴西'],
  description: null,
  column: '山西要闻',
};

const article: Article = {
  meta,
  blocks: [
    { kind: 'figure', src: 'http://www.shanxi.gov.cn/W0.jpg', alt: '', caption: '图为启动仪式。（刘通摄）' },
    { kind: 'paragraph', content: [{ text: '\u3000\u3000跨越千山万水，' }, { text: '山西品牌丝路行', href: 'http://example.invalid/a(1)' }, { text: '首次登陆巴西。 ' }] },
    { kind: 'heading', level: 3, content: [{ text: '双向推介', strong: true }] },
    { kind: 'paragraph', content: [{ text: '# 不是标题 <script>alert(1)</script> *星号*' }] },
    { kind: 'list', ordered: true, items: [[{ text: '巴西' }], [{ text: '乌拉圭' }]] },
    { kind: 'table', rows: [['城市', '日期'], ['圣保罗', '9月16日']] },
  ],
};

test('JSON keys in the documented order; policy-document keys only where present', () => {
  expect(Object.keys(JSON.parse(metaJson(meta)))).toEqual([
    'title', 'source', 'published', 'author', 'editor', 'siteName', 'url', 'language', 'keywords', 'description', 'column',
  ]);
  const withDocument = JSON.parse(metaJson({ ...meta, documentNumber: '晋政发〔2019〕1号', issuer: '山西省人民政府' }));
  expect(Object.keys(withDocument).slice(-3)).toEqual(['column', 'documentNumber', 'issuer']);
  expect(JSON.parse(articleJson(article)).text).toMatch(/^图为启动仪式。（刘通摄）\n\n跨越千山万水，/);
});

test('front matter: JSON scalars (a date stays a string), nulls left out', () => {
  expect(frontMatter(meta)).toBe(
    [
      '---',
      'title: "山西品牌丝路行（南美站）正式启动"',
      'source: "山西日报"',
      'published: "2019-09-18T06:23:00+08:00"',
      'author: "张巨峰"',
      'siteName: "山西省人民政府门户网站"',
      'url: "http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml"',
      'keywords: ["山西","巴西"]',
      'column: "山西要闻"',
      '---',
    ].join('\n'),
  );
});

test('Markdown: front matter, title, escaped text, links, figure with caption, list, table', () => {
  const markdown = articleMarkdown(article);
  expect(markdown.split('\n\n').slice(1)).toEqual([
    '# 山西品牌丝路行（南美站）正式启动',
    '![图为启动仪式。（刘通摄）](http://www.shanxi.gov.cn/W0.jpg)',
    '*图为启动仪式。（刘通摄）*',
    '跨越千山万水，[山西品牌丝路行](http://example.invalid/a%281%29)首次登陆巴西。',
    '### **双向推介**',
    '\\# 不是标题 \\<script\\>alert(1)\\</script\\> \\*星号\\*',
    '1. 巴西\n2. 乌拉圭',
    '| 城市 | 日期 |\n| --- | --- |\n| 圣保罗 | 9月16日 |\n',
  ]);
});

test('clean text: title first, no indentation, blank lines between blocks', () => {
  expect(articleText(article)).toBe(
    [
      '山西品牌丝路行（南美站）正式启动',
      '图为启动仪式。（刘通摄）',
      '跨越千山万水，山西品牌丝路行首次登陆巴西。',
      '双向推介',
      '# 不是标题 <script>alert(1)</script> *星号*',
      '1. 巴西\n2. 乌拉圭',
      '城市\t日期\n圣保罗\t9月16日',
    ].join('\n\n'),
  );
});

test('HTML escapes page text and attributes; images load without a referrer', () => {
  const html = articleHtml(article);
  expect(html).toContain('<p># 不是标题 &lt;script&gt;alert(1)&lt;/script&gt; *星号*</p>');
  expect(html).toContain('<a href="http://example.invalid/a(1)" rel="noopener noreferrer">山西品牌丝路行</a>');
  expect(html).toContain('<figure><img src="http://www.shanxi.gov.cn/W0.jpg" alt="图为启动仪式。（刘通摄）" loading="lazy" referrerpolicy="no-referrer"><figcaption>图为启动仪式。（刘通摄）</figcaption></figure>');
  expect(html).not.toContain('<script>');
  expect(articleHtml({ meta: { ...meta, title: '"><img src=x onerror=alert(1)>' }, blocks: [] })).not.toMatch(/<img src=x/);
});

describe('formatArticle', () => {
  test('dispatches every copy format', () => {
    expect(formatArticle(article, 'gbt7714', { accessed: '2025-01-15' })).toBe(
      '张巨峰. 山西品牌丝路行（南美站）正式启动[N/OL]. 山西日报, 2019-09-18[2025-01-15]. http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml.',
    );
    expect(formatArticle(article, 'text', { accessed: '2025-01-15' })).toBe(articleText(article));
  });
});

test('the original-article search quotes the exact title and adds the source', () => {
  const [baidu, bing] = originalSearchLinks(meta);
  expect(baidu.url).toBe(`https://www.baidu.com/s?wd=${encodeURIComponent('"山西品牌丝路行（南美站）正式启动" 山西日报')}`);
  expect(bing.engine).toBe('Bing');
  expect(originalSearchLinks({ ...meta, title: null })).toEqual([]);
});
