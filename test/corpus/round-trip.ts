/**
 * A check of how the engine generalises beyond the labelled corpora: the texts of the real pages in
 * ../shared/pages (headlines, paragraphs, menu items, captions), garbled here by each kind of wrong decoding
 * the corpora hold (whole, or one clause of it; lossy ones too) with the engine's own WHATWG codecs, then
 * repaired. Short texts, which the corpora have few of, are most of them. Printed by `npm run corpus`; the
 * figures are evidence, not a floor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { big5Code } from '../../src/core/codecs/big5.ts';
import { collectEvidence } from '../../src/core/index.ts';
import { gbkCode } from '../../src/core/codecs/gbk.ts';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { isTraditionalOnly } from '../../src/core/fixes/flattened-pinyin/script-conversion.ts';
import { garble } from '../unit/core/garble.ts';
import { mirror, toTraditionalByChar } from '../unit/core/flattened-pinyin/mirror-site.ts';
import { SHARED, type Row } from './corpora.ts';

/** Elements whose text is one piece of a page: a headline, a paragraph, a menu item, a cell. */
const PIECES = 'title, h1, h2, h3, p, li, td, a, figcaption';
const MIN_LENGTH = 4;
const MAX_LENGTH = 160;

/** The pages' texts, once each: pages saved in GBK are read as such. */
function pageTexts(): string[] {
  const dir = path.join(SHARED, 'pages');
  const texts = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const bytes = fs.readFileSync(path.join(dir, file));
    let html = new TextDecoder().decode(bytes);
    if (html.includes('\ufffd')) html = new TextDecoder('gb18030').decode(bytes);
    const { document } = parseHTML(html);
    for (const element of document.querySelectorAll(PIECES)) {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length >= MIN_LENGTH && text.length <= MAX_LENGTH && /[\u4e00-\u9fff]/.test(text)) texts.add(text);
    }
  }
  return [...texts];
}

const inGbk = (text: string): boolean => [...text].every((c) => gbkCode(c.charCodeAt(0)) >= 0);
/** In Big5 proper (leads A1–F9), as traditional text is: not through the HKSCS codes that also hold simplified forms. */
const inBig5 = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 0x80 || big5Code(c.codePointAt(0)!) >> 8 >= 0xa1);

/** A text of two clauses or more, for the corpora's "one clause garbled" kinds. */
const hasClauses = (text: string): boolean => /^[^，]{2,}，.{6,}$/.test(text);

/** The text with its clauses after the first garbled (a final full stop stays clean), as mixed_* rows are. */
function clausesGarbled(text: string, garbleClause: (clause: string) => string): string {
  const start = text.indexOf('，') + 1;
  const end = /[。！？]$/.test(text) ? text.length - 1 : text.length;
  return text.slice(0, start) + garbleClause(text.slice(start, end)) + text.slice(end);
}

/**
 * Each kind of garbling: which texts it applies to, whether bytes are lost (then `�` may stand for a
 * character), and clean text before each (in the input and the expected output).
 */
const KINDS: { name: string; applies: (text: string) => boolean; garble: (text: string) => string; lossy: boolean; prefix?: string }[] = [
  { name: 'utf8-as-windows-1252', applies: () => true, garble: garble.utf8AsWindows1252, lossy: false },
  { name: 'utf8-as-windows-1252 twice', applies: () => true, garble: (t) => garble.utf8AsWindows1252(garble.utf8AsWindows1252(t)), lossy: false },
  { name: 'utf8-as-gbk', applies: () => true, garble: garble.utf8AsGbk, lossy: true },
  { name: 'utf8-as-gbk twice', applies: () => true, garble: (t) => garble.utf8AsGbk(garble.utf8AsGbk(t)), lossy: true },
  { name: 'utf8-as-gbk then windows-1252', applies: () => true, garble: (t) => garble.utf8AsWindows1252(garble.utf8AsGbk(t)), lossy: true },
  { name: 'gbk-as-windows-1252', applies: inGbk, garble: garble.gbkAsWindows1252, lossy: false },
  // A page's &nbsp; indent is no-break spaces whatever the page's bytes: it stays as it is.
  { name: 'gbk-as-windows-1252, &nbsp; indent', applies: inGbk, garble: garble.gbkAsWindows1252, lossy: false, prefix: '\u00a0'.repeat(4) },
  { name: 'gbk-as-big5', applies: inGbk, garble: garble.gbkAsBig5, lossy: true },
  { name: 'big5-as-gbk', applies: inBig5, garble: garble.big5AsGbk, lossy: false },
  { name: 'big5-as-windows-1252', applies: inBig5, garble: garble.big5AsWindows1252, lossy: false },
  { name: 'utf8-as-gbk, saved (? for �)', applies: () => true, garble: garble.utf8AsGbkSaved, lossy: true },
  { name: 'utf8-as-windows-1252, A0 as space', applies: (t) => garble.utf8AsWindows1252(t).includes('\u00a0'), garble: garble.utf8AsWindows1252Copied, lossy: false },
  { name: 'utf8-as-windows-1252, lossy', applies: () => true, garble: garble.utf8AsWindows1252Lossy, lossy: true },
  { name: 'one clause utf8-as-gbk', applies: hasClauses, garble: (t) => clausesGarbled(t, garble.utf8AsGbk), lossy: true },
  { name: 'one clause utf8-as-windows-1252', applies: hasClauses, garble: (t) => clausesGarbled(t, garble.utf8AsWindows1252), lossy: false },
];

/** Kinds that garble a whole page (a wrong charset): their rows carry the evidence of all their texts. */
const WHOLE_PAGE_KINDS = ['utf8-as-gbk', 'gbk-as-windows-1252', 'gbk-as-big5', 'big5-as-gbk', 'big5-as-windows-1252'];

/**
 * The same texts as the texts of one page read with a wrong charset: each repaired with the evidence all of
 * them give (PageEvidence.misreadings), as the extension and `mojifix html` repair a page.
 */
export function wholePageRows(): Row[] {
  const all = roundTripRows();
  return WHOLE_PAGE_KINDS.flatMap((name) => {
    const rows = all.filter((row) => row.group === `round trip: ${name}`);
    const evidence = collectEvidence(rows.map((row) => row.input));
    return rows.map((row) => ({ ...row, id: row.id.replace('#', ' page#'), group: `one page: ${name}`, evidence }));
  });
}

export function roundTripRows(): Row[] {
  const texts = pageTexts();
  // The texts themselves first: clean, they must come out unchanged.
  const clean: Row[] = texts.map((text, i) => ({ corpus: 'round-trip', id: `clean#${i}`, group: 'clean page text (unchanged)', input: text, accept: [text], compare: 'exact' }));
  return clean.concat(KINDS.flatMap((kind) =>
    texts.filter(kind.applies).flatMap((text, i) => {
      const garbled = kind.garble(text);
      if (garbled === text) return [];
      const prefix = kind.prefix ?? '';
      const row: Row = {
        corpus: 'round-trip', id: `${kind.name}#${i}`, group: `round trip: ${kind.name}`, input: prefix + garbled, accept: [prefix + text], compare: kind.lossy ? 'marked' : 'exact',
      };
      return [row];
    }),
  ));
}

/** Traditional-only characters in GBK that a mirror site's dictionary can hold. */
const DICTIONARY_POOL = TSCharacters.split('|')
  .map((e) => e.split(' ')[0])
  .filter((c) => c.length === 1 && gbkCode(c.charCodeAt(0)) > 0xff && isTraditionalOnly(c));
/** Shortest text a site's corruption is tried on: titles and sentences, not menu items. */
const MIN_RUBY_LENGTH = 12;

/**
 * The simplified texts of the pages (12 characters or more) as a mirror site serves them (research §2, the
 * byte model of test/unit/core/flattened-pinyin/mirror-site.ts): converted to traditional one character at
 * a time, with readings inserted after the characters of a dictionary that keeps a random 20–80 % of the
 * pool (a fixed seed), "!!" for ！, glitches where a key straddles two characters. Expected: the text itself.
 * Texts whose bytes the sites' decoder destroyed are a group of their own.
 */
export function rubyRoundTripRows(): Row[] {
  let state = 12345;
  const random = (): number => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  return pageTexts().flatMap((text, i) => {
    if (text.length < MIN_RUBY_LENGTH || !inGbk(text) || [...text].some(isTraditionalOnly)) return [];
    const share = 0.2 + 0.6 * random();
    const site = mirror(toTraditionalByChar(text), DICTIONARY_POOL.filter(() => random() < share));
    if (!site.text.includes('(')) return [];
    const group = `ruby round trip: ${site.lossy ? 'bytes lost' : 'bytes kept'}`;
    const row: Row = { corpus: 'ruby-round-trip', id: `ruby#${i}`, group, input: site.text, accept: [text], compare: 'exact' };
    return [row];
  });
}
