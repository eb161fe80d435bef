import { READ_FORMATS, formatArticle } from '../../core/article/index.ts';
import type { Command } from '../command.ts';
import { readArticle } from './meta.ts';

const USAGE = `Usage: mojifix read [options] FILE

Prints the article of a saved page (any encoding), repaired the way the browser extension repairs it,
without the page's navigation, share bars, editor lines and related-article lists.

Options:
  --format FORMAT      text (default; the title and paragraphs), markdown (with YAML front matter of the
                       metadata), json (the metadata and the text) or html (a clean standalone page)
  --url URL            the page's address: resolves relative links and images
  --keep-script        keep traditional characters in converted text
  -h, --help           show this help

Exit status: 0 on success, 1 on unreadable input, 2 on bad usage.`;

export const read: Command = {
  name: 'read',
  summary: 'print the clean article of a saved page (text, Markdown, JSON or HTML)',
  usage: USAGE,
  async run(args) {
    const { format, article, accessed } = await readArticle(args, 'read', READ_FORMATS);
    process.stdout.write(formatArticle(article, format, { accessed }).replace(/\n?$/, '\n'));
    return 0;
  },
};
