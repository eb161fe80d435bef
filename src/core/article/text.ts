/**
 * Clean text of an article: paragraphs without the U+3000/NBSP indentation that 7 of 14 research pages
 * use, separated by blank lines, so that it pastes cleanly into notes.
 */
import type { Article, ArticleBlock, Inline } from './types.ts';

// Wide characters: Han, CJK punctuation, full-width forms.
const WIDE = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef]`;
const SEGMENT_BREAK = new RegExp(`(?<=${WIDE})[ \\t]*[\\r\\n]+\\s*(?=${WIDE})`, 'gu');

// Windows-1252 characters for U+0080–U+009F: HTML maps numeric references such as &#0147; to them (the BBC
// page quotes with &#0147;…&#0148;), but linkedom's parser leaves C1 control characters.
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Text of an HTML text node as a browser shows it: a line break between two wide characters vanishes
 * (CSS Text segment-break rule for Chinese), other whitespace runs become one space, and C1 controls from
 * numeric references become the Windows-1252 characters they stand for.
 */
export function visibleText(text: string): string {
  return text
    .replace(/[\u0080-\u009f]/gu, (c) => C1[c.charCodeAt(0) - 0x80])
    .replace(SEGMENT_BREAK, '')
    .replace(/[\s\u00a0]+/gu, ' ');
}

/** A paragraph's visible text without indentation and surrounding space. */
export function inlineText(content: readonly Inline[]): string {
  return content
    .map((run) => run.text)
    .join('')
    .replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, '');
}

/** A block's text as clean text shows it (list bullets, figure caption, table cells by tab). */
export function blockText(block: ArticleBlock): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return inlineText(block.content);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '•'} ${inlineText(item)}`).join('\n');
    case 'figure':
      return block.caption;
    case 'table':
      return block.rows.map((row) => row.join('\t')).join('\n');
  }
}

/** The body as plain text, one blank line between blocks. */
export function bodyText(blocks: readonly ArticleBlock[]): string {
  return blocks.map(blockText).filter(Boolean).join('\n\n');
}

/** Title, then the body: what "copy clean text" puts on the clipboard. */
export function articleText(article: Article): string {
  return [article.meta.title ?? '', bodyText(article.blocks)].filter(Boolean).join('\n\n');
}
