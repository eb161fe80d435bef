import { parseHTML } from 'linkedom';
import { extractRepairedArticle, type RepairedArticleOptions } from '../../article/repaired.ts';
import { decodeHtmlBytes } from '../../core/codecs/html-charset.ts';
import * as engine from '../../core/index.ts';
import { META_FORMATS, formatMeta, todayInChina, type Article } from '../../core/article/index.ts';
import { UsageError, type Command } from '../command.ts';
import { parseArgs, readInput } from '../io.ts';

const USAGE = `Usage: mojifix meta [options] FILE

Prints the citable metadata of a saved article page (any encoding), read after the page is repaired the
way the browser extension repairs it: title, source (来源), published (ISO 8601, UTC+8), author, editor
(责任编辑), siteName, url, language, keywords, description, and for policy documents column,
documentNumber (发文字号) and issuer (发文机关). Unknown fields are null.

Options:
  --url URL            the page's address: resolves relative links, and is the url when the page names none
  --format FORMAT      json (default), markdown (YAML front matter), gbt7714, apa, bibtex or csl-json
  --accessed DATE      access date for citations, YYYY-MM-DD (default: today in UTC+8)
  --keep-script        keep traditional characters in converted text
  -h, --help           show this help

Exit status: 0 on success, 1 on unreadable input, 2 on bad usage.`;

const FLAGS = ['--keep-script'] as const;
const VALUED = ['--url', '--format', '--accessed'] as const;

export interface ArticleInput<F extends string> {
  format: F;
  article: Article;
  accessed: string;
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--format must be one of ${allowed.join(', ')}`);
}

/**
 * Checks the options, reads FILE as a browser would (any encoding), repairs it like the extension, then
 * extracts the article. `meta` and `read` share it, with the same options and their own formats.
 */
export async function readArticle<F extends string>(args: string[], command: string, formats: readonly F[]): Promise<ArticleInput<F>> {
  const { flags, values, positional } = parseArgs(args, FLAGS, VALUED);
  if (positional.length !== 1) throw new UsageError(`${command} takes one FILE (see mojifix ${command} --help)`);
  const format = choice(values['--format'], formats, formats[0]);
  const url = values['--url'];
  if (url !== undefined && !/^https?:\/\/[^/]/i.test(url)) throw new UsageError('--url must be an http(s) URL');
  const accessed = values['--accessed'] ?? todayInChina();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(accessed)) throw new UsageError('--accessed must be a date such as 2025-01-15');

  const script = flags.has('--keep-script') ? 'keep' : 'simplified';
  const article = articleFromPage(await readInput(positional[0]), { url, script });
  return { format, article, accessed };
}

/** Browsers build <html> and <body> around whatever a file holds; linkedom does not, so wrap such input. */
function parsePage(text: string): Document {
  const { document } = parseHTML(text);
  if (document.documentElement?.localName === 'html') return document;
  return parseHTML(`<!doctype html><html><head></head><body>${text}</body></html>`).document;
}

/** A saved page's bytes → the article, through the same decoding and DOM repair as `mojifix html`. */
export function articleFromPage(bytes: Uint8Array, options: RepairedArticleOptions = {}): Article {
  return extractRepairedArticle(parsePage(decodeHtmlBytes(bytes).text), engine, options).article;
}

export const meta: Command = {
  name: 'meta',
  summary: 'print the metadata or a citation of a saved article page',
  usage: USAGE,
  async run(args) {
    const { format, article, accessed } = await readArticle(args, 'meta', META_FORMATS);
    process.stdout.write(formatMeta(article.meta, format, { accessed }).replace(/\n?$/, '\n'));
    return 0;
  },
};
