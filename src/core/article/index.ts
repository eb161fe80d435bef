/**
 * Public API of the article model: pure functions over metadata and body blocks (no DOM, browser or Node
 * APIs). Extraction from a Document lives in src/article; the reader, popup and CLI format with this.
 */
export type { Article, ArticleBlock, ArticleMeta, Inline } from './types.ts';
export { dateFromUrl, dayOf, findDate, findDateMatch, todayInChina } from './dates.ts';
export { personNames } from './names.ts';
export { headingMatchingTitle, siteSuffix, squash, stripSiteSuffix } from './title.ts';
export {
  authorFromText,
  editorFromText,
  labelledDate,
  outletBesideDate,
  readIndexFields,
  sourceFromText,
  trailingByline,
  type IndexFields,
} from './labels.ts';
export { isFurniture, isRelatedHeading } from './furniture.ts';
export { articleText, blockText, bodyText, inlineText, visibleText } from './text.ts';
export { articleJson, metaJson } from './json.ts';
export { articleMarkdown, frontMatter } from './markdown.ts';
export { articleHtml, blocksHtml } from './html.ts';
export { apa, bibtex, citationKey, cslJson, gbt7714 } from './citation.ts';
export { originalSearchLinks } from './search.ts';
export {
  COPY_FORMATS,
  META_FORMATS,
  READ_FORMATS,
  formatArticle,
  formatMeta,
  type CopyFormat,
} from './formats.ts';
