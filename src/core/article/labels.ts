/**
 * Visible metadata in a page's text: the labels of Chinese article headers and footers (来源：,
 * 发布时间：, 作者：, 责任编辑：, 【责编：A、B】), reporter bylines (（记者 X）, 半月谈记者 X,
 * 〔記者X／台北報導〕, a trailing （X）) and the index table of policy documents (索引号, 发文字号 …).
 * The DOM layer decides which text to look at (the lines around the title and the body); these functions
 * only read it. Labels are matched in simplified and traditional script.
 */
import { findDateMatch } from './dates.ts';
import { personNames } from './names.ts';

/** Spaces within a line: a label's value never continues on the next line. */
const SP = String.raw`[ \t\u00a0\u3000]*`;
const COLON = String.raw`${SP}[:：]${SP}`;
/** A value: up to whitespace, a bracket or a separator bar. */
const VALUE = String.raw`([^\s\u3000|｜丨【】\[\]<>「」]+)`;

// The next label, when a page runs two together (来源：新华社作者：X).
const NEXT_LABEL = /(?:作者|记者|記者|责任编辑|責任編輯|责编|責編|编辑|編輯|发布|發布|發佈|时间|時間|日期|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號|字体|字體|分享|打印|列印|来源|來源)/u;

function cutAtNextLabel(value: string): string {
  const next = NEXT_LABEL.exec(value);
  return (next && next.index > 0 ? value.slice(0, next.index) : value).replace(/[，,。;；:：]+$/u, '');
}

const SOURCE_LABEL = new RegExp(`(?:稿件|信息|本文|文章|消息|新闻|新聞)?[来來]${SP}源${COLON}${VALUE}`, 'gu');

/** The outlet named by a 来源： label (稿件来源, 信息来源, 本文来源 …). */
export function sourceFromText(text: string): string | null {
  for (const m of text.matchAll(SOURCE_LABEL)) {
    const value = cutAtNextLabel(m[1]);
    if (value.length >= 2 && value.length <= 30 && !/^\d/u.test(value)) return value;
  }
  return null;
}

// Outlets by their endings: 北京日报, 新华社, 人民网, 央视新闻客户端, TNW中文站.
const OUTLET = /^[^\s\d]{2,18}(?:报|報|网|網|社|台|站|新闻|新聞|杂志|雜誌|周刊|週刊|客户端|客戶端|频道|頻道|在线|在線|广播|廣播)$/u;

/**
 * An outlet named without a label next to the header's date (sina: 2019年09月07日 04:04 北京日报). Only
 * names that end like an outlet count, since anything else beside a date may be a place or a button.
 */
export function outletBesideDate(header: string, now?: number): string | null {
  const date = findDateMatch(header, now);
  if (!date) return null;
  const before = header.slice(0, date.index).trim().split(/\s+/u).pop() ?? '';
  const after = header.slice(date.index + date.length).trim().split(/\s+/u)[0] ?? '';
  return [after, before].find((token) => OUTLET.test(token)) ?? null;
}

// 总编辑 or 主编 is not the desk editor: the label may not follow another Han character.
const editorLabel = (labels: string): RegExp => new RegExp(`(?<!\\p{Script=Han})(?:${labels})${COLON}${VALUE}`, 'gu');
const DESK_LABELS = '责任编辑|責任編輯|责编|責編';
const EDITOR_LABELS = { any: editorLabel(`${DESK_LABELS}|编辑|編輯`), desk: editorLabel(DESK_LABELS) };

/**
 * The desk editor named by 责任编辑：, 责编： or (with `any`) 编辑：, without staff codes; several joined
 * with 、. Far from the article only the specific labels are trusted (`desk`).
 */
export function editorFromText(text: string, labels: keyof typeof EDITOR_LABELS = 'any'): string | null {
  for (const m of text.matchAll(EDITOR_LABELS[labels])) {
    const names = personNames(cutAtNextLabel(m[1].replace(/[)）\]】]+$/u, '')));
    if (names) return names;
  }
  return null;
}

const AUTHOR_LABEL = new RegExp(
  `(?:(?<!\\p{Script=Han})作者|撰文|(?<!\\p{Script=Han})文${SP}[/／|｜])(?:${COLON})?(?:记者|記者)?${SP}([^\\n|｜【\\[]+)`,
  'gu',
);
const REPORTER_ROLE = '(?:记者|記者|评论员|評論員|通讯员|通訊員|特约记者|特約記者)';
// （记者 杨旗）, 〔記者巫其倫／台北報導〕, 【记者 A B】: the place after a slash is not a name.
const BRACKETED_REPORTER = new RegExp(
  `[（(〔【\\[][^（(〔【\\[）)〕】\\]]{0,10}?${REPORTER_ROLE}${SP}([^）)〕】\\]／/]+)(?:[／/][^）)〕】\\]]*)?[）)〕】\\]]`,
  'gu',
);
// A line that is only a credit: 半月谈记者 史卫燕, 本报记者 张三 李四, 新华社记者 王五.
const STANDALONE_REPORTER = new RegExp(`^[^\\s，。,]{0,10}?${REPORTER_ROLE}${SP}(.+)$`, 'u');
const STANDALONE_MAX = 30;

/** A reporter or writer named in a line of the header or the body's first lines. */
export function authorFromText(line: string): string | null {
  for (const m of line.matchAll(AUTHOR_LABEL)) {
    const names = personNames(cutAtNextLabel(m[1].trim().split(/\s{2,}|\t/u)[0]));
    if (names) return names;
  }
  for (const m of line.matchAll(BRACKETED_REPORTER)) {
    const names = personNames(m[1]);
    if (names) return names;
  }
  const trimmed = line.trim();
  if (trimmed.length > STANDALONE_MAX) return null;
  const standalone = STANDALONE_REPORTER.exec(trimmed);
  return standalone ? personNames(standalone[1]) : null;
}

// Photo credits, （完）, sources and translators are not bylines: （刘通摄）, （编译/林靖东）.
const NOT_BYLINE = /摄|攝|图|圖|完|编译|編譯|来源|來源|资料|資料|供稿|综合|綜合|据|據|转载|轉載|原标题|原標題/u;
const TRAILING = /[（(]\s*([^（()）]{2,16}?)\s*[）)]\s*$/u;

/** The credit closing the last paragraph, as in 市政府党组成员曾劲参加。（杨旗）. */
export function trailingByline(paragraph: string): string | null {
  const m = TRAILING.exec(paragraph.trim());
  if (!m || NOT_BYLINE.test(m[1])) return null;
  return personNames(m[1]);
}

const DATE_LABEL = new RegExp(
  `(?:发布|發布|發佈|发表|發表|更新|出版|上线|首发)?${SP}(?:时间|時間|日期)(?:${COLON}|${SP})`,
  'gu',
);

/** A date that directly follows 发布时间：, 发布日期：, 时间：, 更新时间 …, as ISO 8601 in UTC+8. */
export function labelledDate(text: string, now?: number): string | null {
  for (const m of text.matchAll(DATE_LABEL)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const found = findDateMatch(rest, now);
    if (found && found.index === 0) return found.iso;
  }
  return null;
}

/** The fields of a policy document's information index (政务公开 信息索引). */
export interface IndexFields {
  indexNumber?: string;
  issuer?: string;
  written?: string;
  title?: string;
  documentNumber?: string;
  published?: string;
}

const INDEX_LABELS: Record<string, keyof IndexFields | null> = {
  索引号: 'indexNumber',
  发文机关: 'issuer',
  发布机构: 'issuer',
  成文日期: 'written',
  标题: 'title',
  名称: 'title',
  发文字号: 'documentNumber',
  文号: 'documentNumber',
  发布日期: 'published',
  主题分类: null,
  主题词: null,
  有效性: null,
  体裁分类: null,
  组配分类: null,
  公文种类: null,
  生效日期: null,
  废止日期: null,
};

// Index tables space labels out to align them (索 引 号：), and some put each label in its own cell.
const INDEX_LABEL = new RegExp(
  `(${Object.keys(INDEX_LABELS).map((label) => [...label].join(SP)).join('|')})${SP}(?:[:：]|\\t)`,
  'gu',
);

/**
 * Label/value pairs of an index table given as text (cells separated by tabs or spaces, rows by line
 * breaks). A value runs to the next label or the end of its line. Only text with two or more distinct
 * index labels counts, since 标题： or 发布日期： alone is common outside such tables.
 */
export function readIndexFields(text: string, now?: number): IndexFields {
  const found = [...text.matchAll(INDEX_LABEL)];
  const fields: IndexFields = {};
  if (new Set(found.map((m) => m[1].replace(/\s/gu, ''))).size < 2) return fields;
  found.forEach((m, i) => {
    const field = INDEX_LABELS[m[1].replace(/\s/gu, '')];
    const end = found[i + 1]?.index ?? text.length;
    const value = text.slice(m.index + m[0].length, end).split('\n')[0].replace(/[\s\u3000]+/gu, ' ').trim();
    if (!field || !value || fields[field]) return;
    if (field === 'written' || field === 'published') {
      const date = findDateMatch(value, now);
      if (date) fields[field] = date.iso;
    } else {
      fields[field] = value;
    }
  });
  return fields;
}
