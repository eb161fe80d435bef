/**
 * Person names in bylines and editor credits. Chinese pages put site names, numeric ids and labels where a
 * name belongs (163's article:author is 网易, one portal's meta author is a six-digit id, sina's byline node
 * reads 责任编辑：张申), so every candidate is cleaned and validated before it is reported.
 */

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
// Transliterated names are joined with a middle dot (马克·吐温), which pages type in several ways.
const TRANSLITERATED = /^\p{Script=Han}{1,10}(?:[·•‧・．]\p{Script=Han}{1,10})+$/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z'.-]+(?: [A-Za-z][A-Za-z'.-]*){0,3}$/;

/** Roles and labels that stand beside names in credits (记者 张三 通讯员 李四): skipped. */
const ROLES = new Set([
  '记者', '記者', '编辑', '編輯', '责编', '責編', '责任编辑', '責任編輯', '作者', '通讯员', '通訊員', '实习生',
  '實習生', '见习记者', '見習記者', '特约记者', '特約記者', '评论员', '評論員', '摄影', '攝影', '本报', '本報',
  '本台', '本网', '本網', '综合', '綜合', '整理', '报道', '報導', '报导', '编译', '編譯', '小编', '小編',
]);

/** Words that make a "credit" a sentence or a placeholder: the whole candidate is rejected. */
const NOT_NAMES = new Set([
  '获悉', '獲悉', '来源', '來源', '供图', '供圖', '资料', '資料', '图片', '圖片', '视频', '視頻', '发布', '發布',
  '网友', '網友', '匿名', '佚名', '未知', '管理员', '管理員', '近日', '日前', '今天', '昨天', '今日', '昨日', '表示',
  '了解', '发现', '發現', '采访', '採訪', '纠错', '糾錯', '我要纠错', 'admin', 'null', 'undefined', 'none',
  'anonymous', 'unknown', 'editor', 'author',
]);

// Organisations credited like people: （X县发改局）, 新华社, 北京日报.
const ORGANISATION = /(?:社|报|報|网|網|台|局|部|委|厅|廳|办|辦|院|会|會|处|處|站|中心|集团|集團|公司|组|組|室|所|馆|館|校|大学|大學|政府|新闻|新聞|频道|頻道|杂志|雜誌)$/u;

const SEPARATORS = /[、，,;；/／|｜\s\u3000]+/u;

// A role with the outlet before it (本报记者, 新华社记者, 半月谈记者 …) stands between names, not in them.
const ROLE = /[^\s\u3000、，,;；/／|｜]{0,8}?(?:记者|記者|通讯员|通訊員|评论员|評論員|实习生|實習生|摄影|攝影)/gu;

/** Strips a staff code (李曦_NN2587), surrounding brackets and a leading label from a credit. */
function stripCredit(raw: string): string {
  return raw
    .replace(/[\s\u00a0\u3000]+/gu, ' ')
    .trim()
    .replace(/^[[【(（〔]+|[\]】)）〕]+$/gu, '')
    .replace(/^(?:责任编辑|責任編輯|责编|責編|编辑|編輯|作者|记者|記者|撰文|文)\s*[:：/／|｜]?\s*/u, '')
    .replace(/[_＿][A-Za-z0-9]+$/u, '')
    .trim();
}

/** Whether one token reads as a person's name (not a role word, number or organisation). */
function isPersonName(token: string): boolean {
  if (ROLES.has(token) || NOT_NAMES.has(token) || NOT_NAMES.has(token.toLowerCase())) return false;
  if (LATIN_NAME.test(token)) return true;
  if (TRANSLITERATED.test(token)) return true;
  if (!HAN_NAME.test(token)) return false;
  return token.length < 3 || !ORGANISATION.test(token);
}

/**
 * The names in a credit such as `记者 张三 李四`, `A、B` or `张　三` (two-character names padded to three
 * with a full-width space), joined with `、`; role words are skipped. Null when any other token is not a
 * name, since then the text is a sentence or an organisation, not a credit.
 */
export function personNames(raw: string): string | null {
  const tokens = stripCredit(raw).replace(ROLE, ' ').split(SEPARATORS).filter(Boolean);
  const names: string[] = [];
  let single = '';
  for (const token of tokens) {
    if (/^\p{Script=Han}$/u.test(token)) {
      single += token;
      continue;
    }
    if (single) names.push(single);
    single = '';
    if (ROLES.has(token)) continue;
    names.push(token);
  }
  if (single) names.push(single);
  if (names.length === 0 || !names.every(isPersonName)) return null;
  return names.join('、');
}
