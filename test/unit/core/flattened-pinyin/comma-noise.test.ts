import { describe, expect, it } from 'vitest';
import { noiseCommas } from '../../../../src/core/fixes/flattened-pinyin/comma-noise.ts';
import { repairFlattenedPinyin } from '../../../../src/core/fixes/flattened-pinyin/index.ts';
import { repair } from '../../../../src/core/index.ts';
import { row } from './rows.ts';

describe('injected commas', () => {
  it('r11: commas alone show the corruption in traditional text, which is then converted too', () => {
    const { input, expected } = row('r11');
    expect(repair(input).text).toBe(expected);
  });

  it.each(['rs-dev-0002', 'rs-dev-0033', 'rs-dev-0150'])('%s: with readings, full-width and ASCII', (id) => {
    const { input, expected } = row(id);
    expect(repair(input).text).toBe(expected);
  });

  it('makes one step per injected comma', () => {
    const steps = repairFlattenedPinyin('要強化責任擔當,,積極主動作為,、發(fā)揮作用,。', { script: 'keep' }).filter((s) => s.fix === 'comma-noise');
    expect(steps.map((s) => [s.start, s.before, s.after])).toEqual([[7, ',', ''], [15, ',', ''], [25, ',', '']]);
    expect(steps[0].explanation).toBe('A mirror site had injected this comma in front of ",".');
  });

  it('finds only the comma before another mark, and not between ASCII (1,,2)', () => {
    expect(noiseCommas('甲,,乙，，丙,、丁，。戊,,,己')).toEqual([1, 4, 7, 10, 13]);
    expect(noiseCommas('a,,b 1,,2')).toEqual([]);
  });

  it('leaves a doubled comma alone without evidence (a typo in genuine text)', () => {
    const text = '臺北市政府宣布,,明年起將在各行政區增設公共自行車站。';
    expect(repair(text).text).toBe(text);
    expect(repair('今天天气很好，，我们去公园吧。').text).toBe('今天天气很好，，我们去公园吧。');
  });

  it('removes a single injected comma with the page\'s evidence', () => {
    const evidence = { flattenedRuby: true, convertedScript: true };
    expect(repair('打造良好創新生態,。', { evidence }).text).toBe('打造良好创新生态。');
  });
});
