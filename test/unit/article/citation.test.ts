/**
 * Citations against hand-checked examples: the standard's own GB/T 7714-2015 examples ([EB/OL] 萧钰,
 * [A/OL] 京政办发[2005]37号) and research Table F's worked example for the seed article.
 */
import { describe, expect, test } from 'vitest';
import { apa, bibtex, citationKey, cslJson, gbt7714, type ArticleMeta } from '../../../src/core/article/index.ts';

const accessed = '2025-01-15';

const meta = (fields: Partial<ArticleMeta>): ArticleMeta => ({
  title: null, source: null, published: null, author: null, editor: null, siteName: null, url: null,
  language: null, keywords: null, description: null, ...fields,
});

const seed = meta({
  title: '殷勇围绕推动首都高质量发展到海淀区调研时强调',
  source: '北京日报',
  published: '2024-04-30T11:25:00+08:00',
  url: 'https://example.invalid/article',
  language: 'zh-CN',
});

describe('GB/T 7714-2015', () => {
  test('newspaper article [N], research worked example (no URL)', () => {
    expect(gbt7714({ ...seed, url: null }, { accessed })).toBe('殷勇围绕推动首都高质量发展到海淀区调研时强调[N]. 北京日报, 2024-04-30.');
  });

  test('online newspaper article [N/OL], research worked example', () => {
    expect(gbt7714(seed, { accessed })).toBe(
      '殷勇围绕推动首都高质量发展到海淀区调研时强调[N/OL]. 北京日报, 2024-04-30[2025-01-15]. https://example.invalid/article.',
    );
  });

  test('with a reporter, the reporter is the responsible party', () => {
    expect(gbt7714({ ...seed, author: '杨旗' }, { accessed })).toMatch(/^杨旗\. 殷勇.*\[N\/OL\]\. 北京日报, 2024-04-30\[2025-01-15\]/);
  });

  test('electronic resource [EB/OL], the standard’s example', () => {
    const web = meta({
      title: '出版业信息化迈入快车道',
      author: '萧钰',
      published: '2001-12-19',
      url: 'http://www.creader.com/news/20011219/200112190019.html',
    });
    expect(gbt7714(web, { accessed: '2002-04-15' })).toBe(
      '萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
    );
  });

  test('government document [A/OL], the standard’s example [41]', () => {
    const document = meta({
      title: '关于转发北京市企业投资项目核准暂行实施办法的通知',
      published: '2005-07-12',
      url: 'http://china.findlaw.cn/fagui/p_1/39934.html',
      documentNumber: '京政办发[2005]37号',
      issuer: '北京市人民政府办公厅',
    });
    expect(gbt7714(document, { accessed: '2011-07-12' })).toBe(
      '北京市人民政府办公厅. 关于转发北京市企业投资项目核准暂行实施办法的通知: 京政办发[2005]37号[A/OL]. (2005-07-12)[2011-07-12]. http://china.findlaw.cn/fagui/p_1/39934.html.',
    );
  });

  test('more than three authors: the first three, then 等; no date: only the access date', () => {
    const web = meta({ title: '标题', author: '甲一、乙二、丙三、丁四', url: 'https://example.invalid/a' });
    expect(gbt7714(web, { accessed })).toBe('甲一, 乙二, 丙三, 等. 标题[EB/OL]. [2025-01-15]. https://example.invalid/a.');
  });
});

describe('APA 7', () => {
  test('newspaper article with and without an author', () => {
    expect(apa({ ...seed, author: '杨旗' })).toBe(
      '杨旗. (2024, April 30). 殷勇围绕推动首都高质量发展到海淀区调研时强调. 北京日报. https://example.invalid/article',
    );
    expect(apa(seed)).toBe('殷勇围绕推动首都高质量发展到海淀区调研时强调. (2024, April 30). 北京日报. https://example.invalid/article');
  });

  test('no date, several authors, a title that ends in a question mark', () => {
    const web = meta({ title: '是你嗎？', author: '甲一、乙二、丙三', siteName: '自由時報' });
    expect(apa(web)).toBe('甲一, 乙二, & 丙三. (n.d.). 是你嗎？ 自由時報.');
  });
});

describe('BibTeX and CSL-JSON', () => {
  test('a newspaper article is a biblatex @article with journal and urldate', () => {
    expect(bibtex({ ...seed, author: '杨旗' }, { accessed })).toBe(
      [
        '@article{example20240430,',
        '  author = {杨旗},',
        '  title = {殷勇围绕推动首都高质量发展到海淀区调研时强调},',
        '  journal = {北京日报},',
        '  date = {2024-04-30},',
        '  url = {https://example.invalid/article},',
        '  urldate = {2025-01-15},',
        '  langid = {chinese},',
        '}',
      ].join('\n'),
    );
  });

  test('a web page is @online; LaTeX specials are escaped, an issuing body is braced', () => {
    const document = meta({ title: '50%_通知 & 附件', issuer: '国务院办公厅', documentNumber: '国办发〔2017〕47号', siteName: '中国政府网' });
    expect(bibtex(document, { accessed })).toBe(
      [
        '@online{article,',
        '  author = {{国务院办公厅}},',
        '  title = {50\\%\\_通知 \\& 附件},',
        '  organization = {中国政府网},',
        '  number = {国办发〔2017〕47号},',
        '}',
      ].join('\n'),
    );
  });

  test('CSL-JSON: one item, names as literals, dates as date-parts', () => {
    expect(JSON.parse(cslJson({ ...seed, author: '杨旗、张三' }, { accessed }))).toEqual([
      {
        id: 'example20240430',
        type: 'article-newspaper',
        title: '殷勇围绕推动首都高质量发展到海淀区调研时强调',
        author: [{ literal: '杨旗' }, { literal: '张三' }],
        'container-title': '北京日报',
        issued: { 'date-parts': [[2024, 4, 30]] },
        accessed: { 'date-parts': [[2025, 1, 15]] },
        URL: 'https://example.invalid/article',
        language: 'zh-CN',
      },
    ]);
  });

  test('citation keys come from the site label and the day', () => {
    expect(citationKey(meta({ url: 'https://news.sina.com.cn/c/x.shtml', published: '2019-09-07T06:52:51+08:00' }))).toBe('sina20190907');
    expect(citationKey(meta({ url: 'http://www.shanxi.gov.cn/a.shtml' }))).toBe('shanxi');
    expect(citationKey(meta({ url: 'http://127.0.0.1:8080/a.html' }))).toBe('article');
  });
});
