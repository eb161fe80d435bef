/**
 * Article titles. `<title>` and og:title carry site, channel and tag suffixes (`_网易新闻`, `-半月谈`,
 * `|中国芯|芯片_新浪新闻`), usually without spaces around the separator, so Readability's spaced-separator
 * rule kept the suffix on 9 of 14 research pages. A heading the page's title starts with is the best
 * evidence; stripping site-like trailing segments is the fallback.
 */

/** Collapses whitespace (including U+3000 and NBSP) and trims. */
export const squash = (text: string): string => text.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();

/** A comparison key: width-folded, without whitespace. */
const key = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '');

// `-` separates only between non-digits, so `1-2月期` stays whole.
const SEPARATOR = /\s*(?:[_|｜]|--+|—+|–|\s[-·•]\s|(?<=[^\d\s])-(?=[^\d\s]))\s*/u;
const SITE_WORD = /(?:网|網|站|新闻|新聞|频道|頻道|门户|門戶|政府|在线|在線|日报|日報|晚报|晚報|时报|時報|官网|首页|首頁|客户端|财经|財經|科技|体育|體育|娱乐|娛樂|APP|com|cn)$/iu;
// Tags and channels appended to titles are short; an article title rarely is.
const SHORT_SEGMENT = 6;

function isSiteLike(segment: string, siteNames: readonly string[]): boolean {
  const k = key(segment);
  if (!k) return true;
  if (siteNames.some((name) => key(name).includes(k) || k.includes(key(name)))) return true;
  return SITE_WORD.test(k) || k.length <= SHORT_SEGMENT;
}

/** `<title>` or og:title without the site, channel and tag segments after the article title. */
export function stripSiteSuffix(raw: string, siteNames: readonly string[] = []): string {
  // Segments alternate with the separators that split them (kept, so `中国-东盟` survives intact).
  const parts = squash(raw).split(new RegExp(`(${SEPARATOR.source})`, 'u'));
  while (parts.length > 1 && isSiteLike(parts[parts.length - 1], siteNames)) parts.splice(-2);
  return parts.join('').trim() || squash(raw);
}

/** The title-like strings' site part: what `stripSiteSuffix` removed from the first of them. */
export function siteSuffix(raw: string, title: string): string | null {
  const full = squash(raw);
  if (!full.startsWith(title) || full.length === title.length) return null;
  const rest = full.slice(title.length).replace(/^[\s_|｜\-—–·•]+/u, '');
  const segments = rest.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
  return segments.length > 0 ? segments[segments.length - 1] : null;
}

/**
 * The heading that a title-like string (`<title>`, og:title, headline) starts with (title + site) or ends
 * with (site + title): the page's own title without a suffix. Logos and section names are headings too,
 * so site-like headings are skipped and the longest match wins.
 */
export function headingMatchingTitle(headings: readonly string[], titleLikes: readonly string[], siteNames: readonly string[] = []): string | null {
  const keys = titleLikes.map(key).filter(Boolean);
  let best: string | null = null;
  for (const heading of headings) {
    const k = key(heading);
    if (isSiteLike(heading, siteNames) || !keys.some((t) => t.startsWith(k) || t.endsWith(k))) continue;
    if (!best || k.length > key(best).length) best = squash(heading);
  }
  return best;
}
