import fc from 'fast-check';
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { describe, expect, it } from 'vitest';
import { repairFlattenedPinyin } from '../../../../src/core/fixes/flattened-pinyin/index.ts';
import { applyChanges, isTraditionalOnly, simplifiedChanges, simplifiedChangesAfter, withReplacements } from '../../../../src/core/fixes/flattened-pinyin/script-conversion.ts';
import { repair } from '../../../../src/core/index.ts';
import { mojibakeRows } from '../../../corpus/corpora.ts';
import { row } from './rows.ts';

const converted = { flattenedRuby: true, convertedScript: true };

const toSimplified = (text: string): string => applyChanges(text, simplifiedChanges(text));

describe('converted text back to simplified', () => {
  it('reads 著 by its phrase (Taiwan→mainland tables), not always as 著', () => {
    expect(toSimplified('發揮著關鍵作用')).toBe('发挥着关键作用');
    expect(toSimplified('執著')).toBe('执着');
    expect(toSimplified('著名的著作')).toBe('著名的著作');
    expect(toSimplified('顯著')).toBe('显著');
  });

  it('undoes the sites\' own mis-mappings (陜 for 陕) and variants (海澱)', () => {
    expect(toSimplified('陜西省')).toBe('陕西省');
    expect(toSimplified('海澱區')).toBe('海淀区');
  });

  it('never rewrites vocabulary (no phrase configs: 核心 stays 核心)', () => {
    expect(toSimplified('核心技術、資訊、影片')).toBe('核心技术、资讯、影片');
  });

  it('converts as OpenCC\'s own converter does (it only skips characters that start no key)', () => {
    const opencc = ConverterFactory([TWVariantsRevPhrases, TWVariantsRev], [TSPhrases, TSCharacters, [['陜', '陕']]]);
    const keys = [TWVariantsRevPhrases, TWVariantsRev, TSPhrases, TSCharacters].flatMap((dict) => dict.split('|').map((entry) => entry.split(' ')[0]));
    // Keys whole and cut short, side by side and among other text: astral characters, ideographic descriptions.
    const pieces = [...keys.filter((_, k) => k % 7 === 0), ...keys.filter((_, k) => k % 11 === 0).map((key) => key.slice(0, 2)), 'a', '，', '𠀀', '⿰', '陜'];
    for (let k = 0; k < 3000; k++) {
      const text = [0, 1, 2, 3].map((j) => pieces[(k * 7919 + j * 104_729) % pieces.length]).join('');
      expect(toSimplified(text), text).toBe(opencc(text));
    }
  });

  it('reads the Taiwan variants around each character they change as OpenCC does, phrases before it included', () => {
    const opencc = ConverterFactory([TWVariantsRevPhrases, TWVariantsRev], [TSPhrases, TSCharacters, [['陜', '陕']]]);
    // 人才 keeps its 才 (a phrase that starts before it), 才 alone becomes 纔 (then 才); ⿰ passes over what it describes.
    for (const text of ['國家一流人才為社會服務', '為才群眾，人才、才子。', 'a上梁不正b才', '說⿰才木為', '𠀀為𠀀人才', '中華人民共和國']) {
      expect(toSimplified(text), text).toBe(opencc(text));
    }
  });

  it('keeps lengths, so every converted character maps back to its place', () => {
    const text = '乾隆年間的乾淨衣服與後來的麵條';
    expect([...toSimplified(text)]).toHaveLength([...text].length);
  });

  it('reports each changed character once, where it stands in the text, with what both tables make of it', () => {
    // 為 → 爲 (Taiwan variants) → 为, 著 → 着 by the first tables alone; 𡞵 (astral) → 㛟 moves no offset after it.
    const text = '𡞵以為發揮著國';
    const { at, to } = simplifiedChanges(text);
    expect(at.map((i, k) => [String.fromCodePoint(text.codePointAt(i)!), String.fromCodePoint(to[k])])).toEqual([
      ['𡞵', '㛟'], ['為', '为'], ['發', '发'], ['揮', '挥'], ['著', '着'], ['國', '国'],
    ]);
    expect(at).toEqual([0, 3, 4, 5, 6, 7]);
  });

  it('converts a text with replacements made as that text joined, read piece by piece or whole', () => {
    // Readings between traditional characters: common ones, Taiwan variants alone (為 裡 眾, and 顎 簷 痺 鯰,
    // which the variants make other characters of) and in phrases (才 著 針 上梁), phrase starts across a
    // reading (發(fā)揮著), an ideographic description, astral characters.
    const chars = [...'發展國際為裡眾群顎簷痺鯰才著針吃一口上梁下不人表流見血乾隆燥頭髮揮作麵包床⿰女子𠀀𪚥的了和是在，。、 ab'];
    const piece = fc.array(fc.constantFrom(...chars), { maxLength: 10 }).map((a) => a.join(''));
    const texts = fc.tuple(fc.array(fc.tuple(piece, piece, fc.constantFrom('', '(fā)', '?')), { maxLength: 8 }), piece).map(([parts, tail]) => {
      let text = '';
      const replacements: { start: number; end: number; after: string }[] = [];
      for (const [plain, after, removed] of parts) {
        text += plain;
        replacements.push({ start: text.length, end: text.length + removed.length, after });
        text += removed;
      }
      return { text: text + tail, replacements };
    });
    fc.assert(
      fc.property(texts, ({ text, replacements }) => {
        expect(simplifiedChangesAfter(text, replacements)).toEqual(simplifiedChanges(withReplacements(text, replacements)));
      }),
      { numRuns: 20000, seed: 5 },
    );
    // A variant alone is read where it stands (為 → 爲 → 为), a phrase across a reading as joined (發揮著 → 发挥着).
    expect(simplifiedChangesAfter('因為(wèi)他', [{ start: 2, end: 7, after: '' }])).toEqual({ at: [1], to: ['为'.codePointAt(0)] });
    expect(applyChanges('上顎骨', simplifiedChangesAfter('上顎(è)骨', [{ start: 2, end: 5, after: '' }]))).toBe('上腭骨');
    expect(applyChanges('發揮著', simplifiedChangesAfter('發(fā)揮著', [{ start: 1, end: 5, after: '' }]))).toBe('发挥着');
  });

  it('reports no change for a character both tables change back to itself (床 → 牀 → 床)', () => {
    expect(simplifiedChanges('起床為時')).toEqual({ at: [2, 3], to: ['为'.codePointAt(0), '时'.codePointAt(0)] });
  });

  it('tells traditional-only forms from shared ones', () => {
    expect(['發', '國', '爲', '陜'].every(isTraditionalOnly)).toBe(true);
    expect(['著', '于', '后', '发', '中'].some(isTraditionalOnly)).toBe(false);
  });

  it('makes a step per run of converted characters, between the readings', () => {
    const steps = repairFlattenedPinyin('國際(jì)關係', { script: 'simplified' });
    expect(steps.map((s) => [s.fix, s.before, s.after])).toEqual([
      ['converted-script', '國際', '国际'],
      ['pinyin-annotation', '(jì)', ''],
      ['converted-script', '關係', '关系'],
    ]);
    expect(steps[0].explanation).toBe('A mirror site had converted the simplified 国际 to traditional 國際.');
  });

  it('keeps traditional characters when asked to', () => {
    const { input } = row('r28');
    expect(repair(input, { script: 'keep' }).text).toBe(
      '爲深入貫徹落實2024年首都經濟社會高質量發展推進大會部署要求,2月19日下午,海澱區“新春第一會”——2024海澱區經濟社會高質量發展大會在中關村國際創新中心(中關村論壇永久會址)成功召開。',
    );
  });

  it('leaves genuine Taiwan and Hong Kong text byte-identical', () => {
    const { input } = row('n02');
    expect(repair(input).text).toBe(input);
    for (const r of mojibakeRows().filter((m) => m.group === 'clean:clean_zh_hant')) expect(repair(r.input).text).toBe(r.input);
  });

  it('does not convert on simplified usage alone (位于 in traditional script)', () => {
    const text = '位于永豐產業基地的劑泰醫藥公司是全球領先的人工智能新藥研發企業。';
    expect(repair(text).text).toBe(text);
  });

  it('converts a block with nothing but traditional characters on a converted page', () => {
    expect(repair('市政府黨組成員曾勁參加。(楊旗)', { evidence: converted }).text).toBe('市政府党组成员曾劲参加。(杨旗)');
    expect(repair('市政府黨組成員曾勁參加。', { evidence: converted, script: 'keep' }).text).toBe('市政府黨組成員曾勁參加。');
  });
});
