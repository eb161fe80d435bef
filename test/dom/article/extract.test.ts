/** Extraction rules on small pages, under linkedom (the CLI's DOM) and happy-dom (this project's DOM env). */
import fs from 'node:fs';
import { DOMParser as LinkedomParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/article/index.ts';
import { bodyText } from '../../../src/core/article/index.ts';

const NOW = Date.parse('2025-01-15T12:00:00+08:00');
const BODY = '<p>这是一篇文章的正文，足够长，可以被识别为正文内容。它讲述了一件事情的经过，并且有很多标点符号，方便识别。</p>'.repeat(4);

const parse = (html: string): Document => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document;
const page = (head: string, body: string): Document => parse(`<html><head>${head}</head><body>${body}</body></html>`);

describe('government pages', () => {
  const gov = page(
    `<title>关于做好春耕工作的通知 - 示例省人民政府门户网站</title>
     <meta name="keywords" content="示例;政府;门户"><meta name="description" content="示例省人民政府网是全省政府信息发布平台。">
     <meta name="SiteName" content="示例省人民政府门户网站"><meta name="columnname" content="政策文件">
     <meta name="articletitle" content="关于做好春耕工作的通知"><meta name="PUBDATE" content="2026年03月09日 15:30">
     <meta name="contentSource" content="省农业农村厅"><meta name="Keywords" content=""><meta name="author" content="">
     <meta name="Description" content=""><meta name="Url" content="./t20260309_1.shtml">`,
    `<table class="index"><tr><td>索 引 号：</td><td>11140000/2026-00012</td><td>主题分类：</td><td>农业</td></tr>
     <tr><td>发文机关：</td><td>示例省人民政府办公厅</td><td>成文日期：</td><td>2026年03月05日</td></tr>
     <tr><td>发文字号：</td><td>示政办发〔2026〕8号</td><td>发布日期：</td><td>2026年03月09日</td></tr></table>
     <h2>关于做好春耕工作的通知</h2><div id="zoom">${BODY}</div>`,
  );

  test('gov tags in any case; the article block hides the site-wide keywords and description', () => {
    const { meta } = extractArticle(gov, { url: 'http://www.example.gov.cn/zwgk/202603/t20260309_1.shtml', now: Date.parse('2026-06-01') });
    expect(meta).toEqual({
      title: '关于做好春耕工作的通知',
      source: '省农业农村厅',
      published: '2026-03-09T15:30:00+08:00',
      author: null,
      editor: null,
      siteName: '示例省人民政府门户网站',
      url: 'http://www.example.gov.cn/zwgk/202603/t20260309_1.shtml',
      language: null,
      keywords: null,
      description: null,
      column: '政策文件',
      documentNumber: '示政办发〔2026〕8号',
      issuer: '示例省人民政府办公厅',
    });
  });

  test('the index table stays out of the body', () => {
    expect(bodyText(extractArticle(gov, { now: Date.parse('2026-06-01') }).blocks)).not.toContain('索');
  });
});

describe('page layouts', () => {
  test('a provincial gov page: the visible 信息来源 line, PubDate, furniture out of a short body', () => {
    const doc = page(
      `<title>省人民政府关于加强安全生产工作的通知 - 示例省人民政府门户网站</title>
       <meta name="SiteDomain" content="www.example.gov.cn,example.gov.cn"><meta name="SiteIDCode" content="">
       <meta name="ArticleTitle" content="省人民政府关于加强安全生产工作的通知"><meta name="PubDate" content="2022-04-17 14:46">
       <meta name="contentSource" content="省政府办公厅"><meta name="author" content=""><meta name="ContentStart">`,
      `<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
       <h2>省人民政府关于加强安全生产工作的通知</h2>
       <div class="info">发布日期：2022-04-17 | 浏览次数： | 信息来源：省人民政府办公厅 【我要纠错】 打印 关闭</div>
       <div class="TRS_Editor"><p>各市、州、县人民政府，省政府各部门：为切实加强安全生产工作，有效防范和遏制重特大事故发生，经省人民政府同意，现就有关事项通知如下。各地各部门要压实责任，强化监管，确保安全生产形势持续稳定。</p></div>
       <div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>`,
    );
    const { meta, blocks } = extractArticle(doc, { now: NOW });
    expect(meta).toMatchObject({ title: '省人民政府关于加强安全生产工作的通知', source: '省人民政府办公厅', published: '2022-04-17T14:46:00+08:00', author: null });
    expect(bodyText(blocks)).toMatch(/^各市、州、县人民政府.*持续稳定。$/);
  });

  test('a portal page: numeric meta author, promo link first, reporter in the lead, editors at the end', () => {
    const doc = page(
      `<title>示例市今年新建公园二十座_社会_示例新闻网</title><meta name="author" content="493201">
       <meta name="publishdate" content="2019-05-01">`,
      `<h1>示例市今年新建公园二十座</h1><div class="time">2019-05-01 08:30:12 来源：示例日报</div>
       <div class="article">
         <p><a href="https://app.example.com/">下载示例新闻客户端，看更多本地新闻</a></p>
         <p>本报讯（记者 张三）记者从市园林局获悉，今年全市将新建公园二十座，其中综合公园五座、社区公园十五座，预计年底前全部建成开放。</p>
         <p>市园林局有关负责人表示，新建公园将优先布局在人口密集、绿地不足的老城区，方便市民就近休闲健身。</p>
         <p>(责编：王三、李四)</p>
       </div>
       <div class="related"><h3>相关新闻</h3><ul><li><a href="/a.html">示例市举办花展</a></li><li><a href="/b.html">示例市植树节活动</a></li></ul></div>`,
    );
    const { meta, blocks } = extractArticle(doc, { now: NOW });
    expect(meta).toMatchObject({ title: '示例市今年新建公园二十座', source: '示例日报', published: '2019-05-01', author: '张三', editor: '王三、李四' });
    expect(bodyText(blocks)).toMatch(/^本报讯（记者 张三）.*就近休闲健身。$/s);
  });
});

describe('authors', () => {
  test('a numeric id, the site name and the editor are not authors', () => {
    for (const author of ['493201', '网易', '孔德明']) {
      const doc = page(
        `<title>标题很长的一篇新闻_网易新闻</title><meta name="author" content="${author}">`,
        `<h1>标题很长的一篇新闻</h1>${BODY}<p>责任编辑：孔德明</p>`,
      );
      expect(extractArticle(doc, { now: NOW }).meta.author).toBeNull();
    }
  });

  test('a Person in JSON-LD is, an Organization is not; a raw line break in JSON-LD is tolerated', () => {
    const ld = (author: string) =>
      page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"新闻标题在这里",\n"description":"第一行\n第二行","author":${author},"datePublished":"2020-04-01T02:29:51Z"}</script>`, BODY);
    expect(extractArticle(ld('{"@type":"Person","name":"王小明"}'), { now: NOW }).meta).toMatchObject({
      author: '王小明',
      title: '新闻标题在这里',
      published: '2020-04-01T10:29:51+08:00',
      description: '第一行 第二行',
    });
    expect(extractArticle(ld('{"@type":"Organization","name":"自由時報"}'), { now: NOW }).meta.author).toBeNull();
  });

  test('a reporter credit in the lead beats the meta author', () => {
    const doc = page('<meta name="author" content="李四">', `<h1>一个足够长的新闻标题</h1><p>本报讯（记者 张三）${BODY.slice(3)}`);
    expect(extractArticle(doc, { now: NOW }).meta.author).toBe('张三');
  });
});

test('attribute text goes through the repair hook; page text is left as the DOM repair left it', () => {
  const doc = page('<meta name="description" content="發(fā)展">', `<h1>新闻标题在这里</h1>${BODY}`);
  const { meta } = extractArticle(doc, { now: NOW, repair: (text) => text.replace('發(fā)展', '发展') });
  expect(meta.description).toBe('发展');
});

test('the canonical URL wins, without tracking parameters or fragment', () => {
  const doc = page('<link rel="canonical" href="/a/1.html?spm=a1&id=7&utm_source=x#top">', BODY);
  expect(extractArticle(doc, { url: 'https://news.example.com/m/1.html', now: NOW }).meta.url).toBe('https://news.example.com/a/1.html?id=7');
});

describe('body blocks', () => {
  const doc = page(
    '<title>新闻标题在这里</title>',
    `<h1>新闻标题在这里</h1><div class="content">
       <p><img src="data:image/gif;base64,R0lGOD" data-src="/img/1.jpg" width="600"></p><p>图为会议现场。张三 摄</p>
       ${BODY}
       <p>请看<a href="javascript:alert(1)">这里</a>和<a href="/more.html" onclick="alert(1)">那里</a>。<img src="x" onerror="alert(1)" width="1" height="1"></p>
       <p hidden>隐藏的段落不应出现，也不应该被当成正文的一部分。</p>
       <div class="share">分享到：<a href="#">微信</a></div>
     </div>`,
  );
  const { blocks } = extractArticle(doc, { url: 'https://news.example.com/a/1.html', now: NOW });

  test('lazy images resolve against the page, with the caption that follows', () => {
    expect(blocks[0]).toEqual({ kind: 'figure', src: 'https://news.example.com/img/1.jpg', alt: '', caption: '图为会议现场。张三 摄' });
  });

  test('javascript: links lose their target, handlers and tracking pixels are gone, hidden text is skipped', () => {
    const last = blocks[blocks.length - 1];
    expect(last).toEqual({
      kind: 'paragraph',
      content: [{ text: '请看这里和' }, { text: '那里', href: 'https://news.example.com/more.html' }, { text: '。' }],
    });
    expect(JSON.stringify(blocks)).not.toMatch(/onerror|onclick|javascript|隐藏|分享/);
  });
});

test('the document given is not changed', () => {
  const doc = parse(fs.readFileSync('test/fixtures/pages/gne-sina.html', 'utf8'));
  const before = doc.documentElement.outerHTML;
  extractArticle(doc, { now: NOW });
  expect(doc.documentElement.outerHTML).toBe(before);
});

test('happy-dom (a browser-like DOM) gives the same article as linkedom', () => {
  const html = fs.readFileSync('test/fixtures/pages/gne-shanxi-gov.html', 'utf8');
  const browserDoc = new DOMParser().parseFromString(html, 'text/html');
  expect(extractArticle(browserDoc, { now: NOW })).toEqual(extractArticle(parse(html), { now: NOW }));
});
