/**
 * The article model shared by the extractor (src/article), the reader, the popup and the CLI: metadata
 * plus the body as plain data blocks, so that every output format is a pure function of it.
 */

/** Citable metadata. `null` means the page does not say; nothing is guessed. */
export interface ArticleMeta {
  title: string | null;
  /** 来源: the outlet the article comes from (not the site that republished it). */
  source: string | null;
  /** ISO 8601 in UTC+8: `2024-04-30`, or `2024-04-30T11:25:00+08:00` when the page gives the time. */
  published: string | null;
  /** Reporters or writers, several joined with `、`. */
  author: string | null;
  /** 责任编辑, without staff codes. */
  editor: string | null;
  siteName: string | null;
  url: string | null;
  language: string | null;
  keywords: string[] | null;
  description: string | null;
  /** 栏目 (government ColumnName, article:section). */
  column?: string;
  /** 发文字号 of a policy document, e.g. 国办发〔2017〕47号. */
  documentNumber?: string;
  /** 发文机关 of a policy document. */
  issuer?: string;
}

/** A run of inline text; links keep their (http, https or mailto) target. */
export interface Inline {
  text: string;
  href?: string;
  strong?: boolean;
  em?: boolean;
}

export type ArticleBlock =
  | { kind: 'heading'; level: 2 | 3 | 4; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'quote'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'figure'; src: string; alt: string; caption: string }
  | { kind: 'table'; rows: string[][] };

export interface Article {
  meta: ArticleMeta;
  blocks: ArticleBlock[];
}
