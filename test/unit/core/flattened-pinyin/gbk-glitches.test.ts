import { describe, expect, it } from 'vitest';
import { gbkPair } from '../../../../src/core/codecs/gbk.ts';
import { repairFlattenedPinyin } from '../../../../src/core/fixes/flattened-pinyin/index.ts';
import { repair } from '../../../../src/core/index.ts';
import { mirror, toTraditionalByChar } from './mirror-site.ts';
import { row } from './rows.ts';

describe('GBK glitches (readings inserted inside a character)', () => {
  it('rebuilds 日?qǐng)?bào) from its bytes: D5 88 across 日|報 spelled 請', () => {
    const steps = repairFlattenedPinyin('來(lái)源: 北京日?qǐng)?bào) 發(fā)布時間', { script: 'simplified' });
    const glitch = steps.find((s) => s.fix === 'pinyin-glitch');
    expect(glitch).toMatchObject({ before: '?qǐng)?bào)', after: '报' });
    expect(glitch?.explanation).toContain('(qǐng) of 請');
    expect(repair('來(lái)源: 北京日?qǐng)?bào) 發(fā)布時間').text).toBe('来源: 北京日报 发布时间');
  });

  it.each([
    ['r25', 'a mojibake run after the reading (發展?fàn)顩r: 狀況)'],
    ['rs-dev-0045', 'a key across a Latin letter (在A(yíng)I)'],
    ['rs-dev-0063', 'a key across a Latin letter (司C(zōng)EO)'],
    ['rs-dev-0029', 'toneless readings, two keys in a row (數?lu) ?ju))'],
    ['rs-dev-0010', 'two "?" with the key 禍 across 降|溫'],
    ['rs-dev-0099', 'the ！→"!!" rule across 。|” (?!比松绮肯嚓P)'],
    ['rs-dev-0127', 'a reading inside the run after "?!"'],
    ['rs-dev-0025', 'a pair the decoder dropped inside the run (局?jǐn)祿@示)'],
    ['rs-dev-0064', 'a dropped pair that held a key\'s first byte (數?lù)@(xiǎn)示)'],
    ['rs-dev-0148', 'the last byte lost at the end of the text (教?chǔ)煛?)'],
  ])('%s: %s', (id) => {
    const { input, expected } = row(id);
    expect(repair(input).text).toBe(expected);
  });

  it('keeps the traditional characters of a glitch when asked to', () => {
    expect(repair('北京日?qǐng)?bào)', { script: 'keep' }).text).toBe('北京日報');
  });

  it('marks a lost byte it cannot tell, instead of guessing a digit', () => {
    // 我|國 is CE D2|87 F8: a dictionary key D2 87 makes "?" of 87 "(", and then of F8 "5" (the 5 of 5G).
    const key = String.fromCharCode(gbkPair(0xd2, 0x87));
    const { text } = mirror(toTraditionalByChar('截至今年6月底，我国5G基站总数达到391.7万个'), [key]);
    expect(text).toMatch(/^截至今年6月底，我\?[a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)\?G基站總數達到391\.7萬個$/);
    const result = repair(text, { script: 'keep' });
    expect(result.text).toBe('截至今年6月底，我國\ufffdG基站總數達到391.7萬個');
    expect(result.warnings.map((w) => w.kind)).toContain('lost-characters');
  });

  it.each([
    ['a question mark', '京津冀協同發展戰略實施已滿五周年,給三地帶來了怎樣的變化?6月24日'],
    ['an interrobang', '真的?!我不信。'],
    ['"?" before letters in brackets', '這是什麼?a)選項一 b)選項二'],
    ['"?!" after a Latin word', 'What?!這也太誇張了吧。'],
    ['"?!?" at the end of a sentence', '這是真的嗎?!?'],
  ])('leaves %s alone', (_, text) => {
    expect(repair(text).text).toBe(text);
  });

  it('reads "!!" as ！ once the text shows the corruption, in the width of its punctuation', () => {
    expect(repair('他說，發(fā)展很重要!!').text).toBe('他说，发展很重要！');
    expect(repair('他說,發(fā)展很重要!!').text).toBe('他说,发展很重要!');
    expect(repair('太好了!!我們一起去吧!!').text).toBe('太好了!!我們一起去吧!!');
  });

  it('reads "?!?" at the end of a paragraph as 。” cut by the ！ rule, where the text shows the corruption otherwise', () => {
    // A1 A3 A1 B1 (。”) → A1 "!!" B1: "A1 !" is "?", the lone B1 at the end another.
    expect(repair('他說：“這個發(fā)展很好?!?').text).toBe('他说：“这个发展很好。”');
    expect(repair('他說：“這個發展很好?!?').text).toBe('他說：“這個發展很好?!?');
  });
});
