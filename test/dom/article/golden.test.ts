/**
 * Golden pages: the CLI's pipeline (decode → linkedom → DOM repair → extraction) on the shared pages and
 * the seed, scored against their gold labels the way the held-out pages are scored, and their bodies
 * checked for required sentences and absent furniture. Prints the field-accuracy table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { articleFromPage } from '../../../src/cli/commands/meta.ts';
import { bodyText, dayOf, type Article } from '../../../src/core/article/index.ts';

const DIR = path.resolve('test/fixtures/pages');
const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as T;

interface Gold {
  title: string;
  published: string;
  source: string | null;
  author: string | null;
  editor: string | null;
}
interface Entry {
  file: string;
  url: string;
  gold: Gold;
}
interface BodyCheck {
  with: string[];
  without: string[];
}

const ENTRIES = [...readJson<Entry[]>('manifest.json'), ...readJson<Entry[]>('seed.json')];
const CHECKS = readJson<Record<string, BodyCheck>>('body-checks.json');
// Dates are validated against a fixed clock so the test does not age.
const NOW = Date.parse('2025-01-15T00:00:00+08:00');
const TARGET = 0.9;

const FIELDS = {
  title: (a: Article, g: Gold) => a.meta.title === g.title,
  published: (a: Article, g: Gold) => (a.meta.published ? dayOf(a.meta.published) : null) === g.published,
  source: (a: Article, g: Gold) => a.meta.source === g.source,
  'author/editor': (a: Article, g: Gold) => a.meta.author === g.author && a.meta.editor === g.editor,
};
type Field = keyof typeof FIELDS;

// The page URL is only passed when it is a real http(s) address (some manifest URLs are notes).
const urlOf = (entry: Entry): string | undefined => (/^https?:\/\/\S+$/.test(entry.url) ? entry.url : undefined);

const articles = new Map<string, Article>();
const articleOf = (entry: Entry): Article => {
  let article = articles.get(entry.file);
  if (!article) {
    article = articleFromPage(fs.readFileSync(path.join(DIR, entry.file)), { url: urlOf(entry), now: NOW });
    articles.set(entry.file, article);
  }
  return article;
};

describe.each(ENTRIES)('$file', (entry) => {
  test.each(Object.keys(FIELDS) as Field[])('%s matches the gold label', (field) => {
    const { meta } = articleOf(entry);
    const got = field === 'author/editor' ? { author: meta.author, editor: meta.editor } : meta[field];
    const want = field === 'author/editor' ? { author: entry.gold.author, editor: entry.gold.editor } : entry.gold[field];
    expect(FIELDS[field](articleOf(entry), entry.gold), JSON.stringify({ got, want })).toBe(true);
  });

  // Pages without hand-written body checks (added to the manifest later) are scored on their fields only.
  test.skipIf(!CHECKS[entry.file])('body keeps the article and drops the furniture', () => {
    const text = bodyText(articleOf(entry).blocks);
    const check = CHECKS[entry.file];
    for (const sentence of check.with) expect(text).toContain(sentence);
    for (const furniture of check.without) expect(text).not.toContain(furniture);
  });
});

test('the BBC body holds every paragraph of newspaper’s expected text', () => {
  // newspaper's parser left the page's &#0147;…&#0148; quotes as C1 controls; compare without quotes.
  const plain = (text: string): string => text.replace(/[“”\u0093\u0094]/g, '').trim();
  const expected = fs.readFileSync(path.join(DIR, 'np-bbczhongwen-2012-expected.txt'), 'utf8').split('\n').filter(Boolean);
  const entry = ENTRIES.find((e) => e.file === 'np-bbczhongwen-2012.html')!;
  const text = plain(bodyText(articleOf(entry).blocks));
  const found = expected.filter((paragraph) => text.includes(plain(paragraph)));
  expect(found).toEqual(expected);
});

/** Which of the four fields each page gets right. */
const scores = (): { file: string; right: boolean[] }[] =>
  ENTRIES.map((entry) => ({ file: entry.file, right: FIELD_NAMES.map((field) => FIELDS[field](articleOf(entry), entry.gold)) }));
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

afterAll(() => {
  const table = scores();
  const cell = (text: string): string => text.padEnd(13);
  const lines = [
    `| ${'page'.padEnd(28)} | ${FIELD_NAMES.map(cell).join(' | ')} |`,
    ...table.map(({ file, right }) => `| ${file.padEnd(28)} | ${right.map((ok) => cell(ok ? '✓' : '✗')).join(' | ')} |`),
    `| ${'right'.padEnd(28)} | ${FIELD_NAMES.map((_, i) => cell(`${table.filter((row) => row.right[i]).length}/${table.length}`)).join(' | ')} |`,
  ];
  const right = table.flatMap((row) => row.right).filter(Boolean).length;
  const all = table.length * FIELD_NAMES.length;
  console.log(`${lines.join('\n')}\nfield accuracy: ${right}/${all} = ${((100 * right) / all).toFixed(1)}% (target ${TARGET * 100}%)`);
});

test(`at least ${TARGET * 100}% of title/published/source/author-or-editor fields are right`, () => {
  const right = scores().flatMap((row) => row.right);
  expect(right.filter(Boolean).length / right.length).toBeGreaterThanOrEqual(TARGET);
});
