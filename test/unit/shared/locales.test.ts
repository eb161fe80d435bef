/** The UI's three languages stay in step, and every key the pages use exists. */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const LOCALES = ['en', 'zh_CN', 'zh_TW'];
const messages = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(fs.readFileSync(`_locales/${locale}/messages.json`, 'utf8')) as Messages]),
);
const placeholders = (text: string) => [...text.matchAll(/\$[A-Z_]+\$/g)].map((m) => m[0]).sort();

describe('locales', () => {
  test.each(LOCALES.slice(1))('%s has exactly the keys of en, with the same placeholders', (locale) => {
    expect(Object.keys(messages[locale]).sort()).toEqual(Object.keys(messages.en).sort());
    for (const [key, { message }] of Object.entries(messages.en)) {
      expect(placeholders(messages[locale][key].message), `${locale} ${key}`).toEqual(placeholders(message));
    }
  });

  test('every placeholder a message uses is declared', () => {
    for (const locale of LOCALES) {
      for (const [key, entry] of Object.entries(messages[locale])) {
        const declared = Object.keys(entry.placeholders ?? {}).map((name) => `$${name}$`.toUpperCase());
        expect(placeholders(entry.message).filter((p) => !declared.includes(p)), `${locale} ${key}`).toEqual([]);
      }
    }
  });

  test('every data-i18n key in the extension pages and every __MSG_ in the manifest exists', () => {
    const pages = ['popup', 'options', 'welcome'].map((name) => fs.readFileSync(`src/${name}/index.html`, 'utf8'));
    const used = [
      ...pages.flatMap((html) => [...html.matchAll(/data-i18n(?:-placeholder)?="([^"]+)"/g)].map((m) => m[1])),
      ...[...fs.readFileSync('manifest.json', 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]),
    ];
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !(key in messages.en))).toEqual([]);
  });
});
