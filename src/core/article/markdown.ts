/**
 * Markdown with a YAML front-matter block of the metadata, for note-taking tools. Front-matter values are
 * written as JSON scalars and arrays, which YAML reads as the same strings (a bare 2024-04-30 would become a
 * YAML date).
 */
import { orderedMeta } from './json.ts';
import { inlineText } from './text.ts';
import type { Article, ArticleBlock, ArticleMeta, Inline } from './types.ts';

/** The metadata as a `---` block; unknown (null) fields are left out. */
export function frontMatter(meta: ArticleMeta): string {
  const lines = Object.entries(orderedMeta(meta))
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${name}: ${JSON.stringify(value)}`);
  return ['---', ...lines, '---'].join('\n');
}

const escapeText = (text: string): string => text.replace(/[\\`*_[\]<>|]/g, '\\$&');

// Block-level markers at the start of a paragraph would turn it into a heading, list or quote.
const escapeLineStart = (text: string): string => text.replace(/^(#|>|[-+](?=\s)|\d+(?=[.)]\s))/, '\\$1');

// Parentheses would end the link destination early (encodeURIComponent leaves them as they are).
const escapeUrl = (url: string): string => url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function inlines(content: readonly Inline[]): string {
  const trimmed = inlineText(content);
  if (!trimmed) return '';
  const runs = content.map((run) => {
    if (!run.text.trim()) return run.text;
    let text = escapeText(run.text.replace(/\s+/gu, ' '));
    if (run.strong) text = `**${text}**`;
    if (run.em) text = `*${text}*`;
    return run.href ? `[${text}](${escapeUrl(run.href)})` : text;
  });
  return escapeLineStart(runs.join('').replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, ''));
}

function block(b: ArticleBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inlines(b.content)}`;
    case 'paragraph':
      return inlines(b.content);
    case 'quote':
      return `> ${inlines(b.content)}`;
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inlines(item)}`).join('\n');
    case 'figure': {
      const image = `![${escapeText(b.alt || b.caption)}](${escapeUrl(b.src)})`;
      return b.caption ? `${image}\n\n*${escapeText(b.caption)}*` : image;
    }
    case 'table': {
      const [head, ...rows] = b.rows.map((row) => `| ${row.map(escapeText).join(' | ')} |`);
      const rule = `|${' --- |'.repeat(b.rows[0].length)}`;
      return [head, rule, ...rows].join('\n');
    }
  }
}

/** Front matter, the title as `#`, then the body. */
export function articleMarkdown(article: Article): string {
  const body = article.blocks.map(block).filter(Boolean);
  const title = article.meta.title ? [`# ${escapeText(article.meta.title)}`] : [];
  return [frontMatter(article.meta), ...title, ...body].join('\n\n') + '\n';
}
