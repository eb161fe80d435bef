import { describe, expect, it } from 'vitest';
import { gbkCode, gbkPair, isGbkEncodable } from '../../../../src/core/codecs/gbk.ts';
import { READINGS } from '../../../../src/core/data/readings.ts';
import { repairFlattenedPinyin } from '../../../../src/core/fixes/flattened-pinyin/index.ts';
import { readingFits } from '../../../../src/core/fixes/flattened-pinyin/readings.ts';
import { repair } from '../../../../src/core/index.ts';
import { row } from './rows.ts';

describe('inserted readings', () => {
  it('reads only text GBK encodes, told at once for ASCII and the CJK block as by the table', () => {
    for (let c = 0; c <= 0xffff; c++) if (isGbkEncodable(c) !== gbkCode(c) >= 0) expect.fail(`U+${c.toString(16)}`);
  });

  it('writes readings with characters GBK encodes only, so a reading group needs no check of its own', () => {
    for (const group of READINGS.split('|')) {
      const syllable = group.slice(0, group.indexOf(':'));
      for (const ch of syllable + 'uv /)）') if (!isGbkEncodable(ch.charCodeAt(0))) expect.fail(`${ch} in ${syllable}`);
    }
  });

  it('decodes the bytes of every two-byte character back to it, but private-use ones: a whole key is its character', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const code = gbkCode(c);
      if (code > 0xff && !(c >= 0xe000 && c <= 0xf8ff) && gbkPair(code >> 8, code & 0xff) !== c) expect.fail(`U+${c.toString(16)}`);
    }
  });

  it.each([
    ['r04', 'annotated: a real parenthetical (以下簡稱…) and a genuine "?" survive'],
    ['r10', 'sparse dictionary: one reading, 位于 and 這里 written the simplified way'],
    ['r14', '會(huì ): a space before the bracket'],
    ['r28', '爲(wéi / wèi), 一(yī / yì /yí): every reading listed, also on shared characters'],
    ['r29', '社會(hui) 變遷: toneless readings with a space after them'],
    ['rs-dev-0001', 'toneless readings before digits (號(hao) 線)'],
    ['rs-dev-0003', 'spaced readings and a fixed non-default reading (數(shù))'],
    ['rs-dev-0083', 'a two-character title, 首頁(yè )'],
  ])('%s (%s)', (id) => {
    const { input, expected } = row(id);
    expect(repair(input).text).toBe(expected);
  });

  it('makes one step per reading, explained with the reading and its character', () => {
    const steps = repairFlattenedPinyin('推動(dòng)首都高質(zhì)量發(fā)展', { script: 'keep' });
    expect(steps.map((s) => [s.fix, s.before, s.after])).toEqual([
      ['pinyin-annotation', '(dòng)', ''],
      ['pinyin-annotation', '(zhì)', ''],
      ['pinyin-annotation', '(fā)', ''],
    ]);
    expect(steps[2].explanation).toBe('A pinyin reading (fā) had been inserted after 發 by a mirror site.');
  });

  it('takes the space the toneless style writes after a reading, and only that style', () => {
    expect(repair('誰能如此堅守,在社會(hui) 變遷中記錄', { script: 'keep' }).text).toBe('誰能如此堅守,在社會變遷中記錄');
    // A toned reading before a genuine space (the seed's title has two): the space stays.
    expect(repair('殷勇圍繞推動(dòng)首都發展時強調(diào) 聚焦發展', { script: 'keep' }).text).toBe('殷勇圍繞推動首都發展時強調 聚焦發展');
  });

  it('takes readings in headlines for a site’s: a unit after a number, a bracketed tag beside running text', () => {
    expect(repair('全球煙(yān)民接近10億(yì) 中國(guó)佔3億(yì)').text).toBe('全球烟民接近10亿 中国占3亿');
    expect(repair('【娛(yú)樂(lè)】 謝(xiè)霆鋒已求婚？').text).toBe('【娱乐】 谢霆锋已求婚？');
  });

  it('reads full-width brackets too', () => {
    expect(repair('推動（dòng）首都高質（zhì）量發展').text).toBe('推动首都高质量发展');
  });

  it.each([
    ['a Latin word', '苹果公司(Apple)今天发布了新款笔记本电脑。'],
    ['an abbreviation', '經濟部表示，將補助中小企業導入人工智慧(AI)與物聯網(IoT)技術。'],
    ['a year range', '國家發展規劃(2006-2020年)已經公佈。'],
    ['an account id', '關注我們的公眾號(ngbjxym)獲取更多資訊。'],
    ['a romanised name', '研究團隊由陳志明(Chen Chih-ming)教授領軍。'],
    ['a lowercase romanised name', '記者張偉(zhang wei)報道。'],
    ['whole words read out', '華語課本第一課：你好(nǐ hǎo)、謝謝(xièxie)、再見(zàijiàn)。'],
    ['words of one character read out', '華語課本第二課：書(shū)、車(chē)、門(mén)。'],
    ['every character read out', '學(xué)習(xí)'],
    ['the readings of one character explained', '「樂」字有兩個讀音：音樂(yuè)和快樂(lè)。'],
    ['a character read out once, then written bare', '這個字讀作說(shuō)，說話的說。'],
    ['a reading after a quoted character', '这个字念“行”(xíng)还是“行”(háng)？'],
    ['a reading of the wrong character', '發展(zhǎn)的方向'],
    ['a syllable that is no reading of the character', '關於這個問題(ma)，大家怎麼看？'],
  ])('leaves %s alone', (_, text) => {
    expect(repair(text).text).toBe(text);
  });

  it('counts each text\'s annotated characters afresh', () => {
    // Teaching texts end the count early; a site's text read after them is counted from nothing.
    for (const teaching of ['「樂」字有兩個讀音：音樂(yuè)和快樂(lè)。', '這個字讀作說(shuō)，說話的說。']) {
      expect(repair(teaching).text).toBe(teaching);
      expect(repair('他說(shuō)：快樂(lè)的人說(shuō)樂(lè)觀').text).toBe('他说：快乐的人说乐观');
    }
  });

  it('checks readings against the character, tones aside and ü as v or u', () => {
    const fits = (ch: string, reading: string) => readingFits(ch.codePointAt(0)!, reading);
    expect(fits('發', 'fā')).toBe(true);
    expect(fits('發', 'fa')).toBe(true);
    expect(fits('發', 'fà')).toBe(true); // sites fix a tone of their own (一(yì))
    expect(fits('發', 'zhǎn')).toBe(false);
    for (const written of ['lǜ', 'lv', 'lu', 'lü']) expect(fits('綠', written)).toBe(true);
  });
});
