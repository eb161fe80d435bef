import { describe, expect, it } from 'vitest';
import { MAINLAND_USAGE, mainlandUsage } from '../../../../src/core/fixes/flattened-pinyin/evidence.ts';
import { collectEvidence, mayNeedRepair, repair } from '../../../../src/core/index.ts';
import { mojibakeRows, seedRow } from '../../../corpus/corpora.ts';
import { row } from './rows.ts';

describe('page evidence', () => {
  it('the seed, block by block: its title and short lines are judged with the page', () => {
    const seed = seedRow();
    const blocks = seed.input.split('\n');
    const evidence = collectEvidence(blocks);
    expect(evidence).toEqual({ flattenedRuby: true, convertedScript: true });
    expect(seed.accept).toContain(blocks.map((b) => repair(b, { evidence }).text).join('\n'));
  });

  it('finds nothing on genuine traditional pages', () => {
    expect(collectEvidence(row('n02').input.split('\n'))).toEqual({ flattenedRuby: false, convertedScript: false });
    const hant = mojibakeRows().filter((r) => r.group === 'clean:clean_zh_hant').map((r) => r.input);
    expect(collectEvidence(hant)).toEqual({ flattenedRuby: false, convertedScript: false });
  });

  it('finds nothing on a teaching page', () => {
    expect(collectEvidence(['華語課本第一課：你好(nǐ hǎo)、謝謝(xièxie)。', '書(shū)、車(chē)、門(mén)。'])).toEqual({ flattenedRuby: false, convertedScript: false });
  });

  it('adds up weak signals across blocks: one injected comma each', () => {
    expect(collectEvidence(['打造良好創新生態,。', '市政府黨組成員曾勁參加,。'])).toEqual({ flattenedRuby: true, convertedScript: true });
    expect(collectEvidence(['打造良好創新生態,。'])).toEqual({ flattenedRuby: false, convertedScript: false });
  });

  it('lets a block be judged with its page, and the pre-scan agrees', () => {
    const evidence = { flattenedRuby: true, convertedScript: true };
    for (const [text, expected] of [
      ['聚焦發展戰略性新興產業', '聚焦发展战略性新兴产业'],
      ['他強調!!', '他强调！'],
      ['記者 王小明', '记者 王小明'],
    ]) {
      expect(mayNeedRepair(text, evidence)).toBe(true);
      expect(repair(text, { evidence }).text).toBe(expected);
      expect(repair(text).text).toBe(text);
    }
  });
});

describe('mainland usage', () => {
  it('counts every occurrence of each character and word, overlapping ones too', () => {
    expect(mainlandUsage('位于這里之后來的信息並非軟件、互聯網絡')).toBe(8); // 于 這里 之后 后來 信息 軟件 互聯網 網絡
  });

  it('is made of words none of which stands again inside itself: every place one starts counts', () => {
    for (const w of MAINLAND_USAGE) for (let k = 1; k < w.length; k++) expect(w.endsWith(w.slice(0, k)), w).toBe(false);
  });
});
