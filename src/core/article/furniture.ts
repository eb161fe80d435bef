/**
 * Page furniture that extractors leave in Chinese article bodies: editor credits, share bars (分享到),
 * font-size switches (字号 大 中 小), print/close links (打印 关闭), view counters, app promos and
 * the header line of date and source. Tested on whole lines or blocks, never inside sentences: every rule
 * is limited to short text.
 */
import { findDateMatch } from './dates.ts';

const FURNITURE_MAX = 80;
const SHORT_REST = 12;

const EDITOR_CREDIT = /^[[【(（]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|校对|校對|监制|監製|值班编辑|实习编辑|编审|編審)\s*[:：]/u;

// 【…未经授权，不得转载…】 closes many portal articles; it is the site's notice, not the author's text.
const RIGHTS_NOTICE = /^[【[].*(?:转载|轉載|版权|版權|授权|授權).*[】\]]$/u;
// Tencent's relevance poll under every article: 您认为这篇文章与"…"相关度高吗？
const POLL = /^您认为这篇文章与.*相关度高吗/u;

// App promotions, with or without punctuation: 下载示例新闻客户端，看更多本地新闻.
const APP_PROMO = /(?:下载|下載)\s*APP|APP\s*(?:下载|下載)|用\s*APP\s*看|(?:下载|下載).{0,10}客[户戶]端|关注.{0,12}公众号|關注.{0,12}公眾號/iu;
// 首页 > 政务公开, 您当前的位置：首页 > …
const BREADCRUMB = /^(?:您?当前的?位置|您的位置|當前位置)\s*[:：]|^首[页頁]\s*[>›»＞/]/u;

const FURNITURE = [
  /分享到|分享至|转播到|轉播到|扫一扫|掃一掃|扫码|掃碼|二维码|二維碼/u,
  /浏览次数|瀏覽次數|阅读量|閱讀量|点击数|點擊數|阅读数|閱讀數|浏览量|瀏覽量/u,
  /^(?:图集|圖集|\+\d+|\d+\s*\/\s*\d+)$/u,
  /^(?:上一篇|下一篇|上一页|下一页|上一頁|下一頁)/u,
  /^(?:稿件|信息|本文|文章)?[来來]\s*源\s*[:：]\S{0,30}$/u,
];

// Buttons and their brackets; a line made of nothing else is a toolbar (【打印】【关闭】, 字号：大 中 小).
const CONTROLS =
  /【|】|\[|\]|打印|列印|关闭窗口|關閉窗口|关闭|關閉|我要纠错|纠错|糾錯|收藏本页|收藏|分享|字号|字號|字体|字體|放大|缩小|縮小|正常|默认|大|中|小|返回顶部|回到顶部|返回首页|[:：|｜·\s]/gu;

// A short line holding a date and a label is the header line (2019-09-18 06:23 来源：山西日报).
const HEADER_LABEL = /[来來]\s*源|作者|编辑|編輯|浏览|瀏覽|点击|點擊|发布|發布|时间|時間/u;

/** Whether a block's whole text is furniture rather than article content. */
export function isFurniture(text: string): boolean {
  const line = text.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
  if (!line || line.length > FURNITURE_MAX) return false;
  if ([EDITOR_CREDIT, RIGHTS_NOTICE, POLL, APP_PROMO, BREADCRUMB].some((re) => re.test(line))) return true;
  // Sentences (with Chinese clause punctuation) mention 分享到, dates and 发布 too; furniture has none.
  if (/[，。！？；]/u.test(line)) return false;
  if (FURNITURE.some((re) => re.test(line))) return true;
  if (line.replace(CONTROLS, '') === '') return true;
  const date = findDateMatch(line);
  if (!date) return false;
  const rest = (line.slice(0, date.index) + line.slice(date.index + date.length)).replace(/[\s()（）|｜]/gu, '');
  // A date beside a label, or beside a short name only (qq's TNW中文站2016年10月14日07:17).
  return rest.length <= SHORT_REST || HEADER_LABEL.test(line);
}

const RELATED =
  /^(?:相关|相關|延伸|推荐|推薦|热门|熱門|热点|熱點|精彩|更多|猜你|往期|编辑推荐|編輯推薦)(?:新闻|新聞|阅读|閱讀|文章|报道|報導|链接|鏈接|推荐|推薦|稿件|专题|專題|视频|視頻|喜欢|喜歡|回顾|回顧|精彩|视频推荐|視頻推薦|推荐阅读)?\s*[:：>》]*$/u;

/** Whether a heading opens a list of other articles (相关新闻, 延伸阅读, 热门推荐 …). */
export function isRelatedHeading(text: string): boolean {
  const line = text.replace(/[\s\u00a0\u3000]+/gu, '');
  return line.length <= 10 && RELATED.test(line);
}
