import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairFlattenedPinyin } from '../../../src/core/fixes/flattened-pinyin/index.ts';
import { firstLook, isMarked, isUnusual, mayBeMisdecoded, mayHoldFlattenedRuby, mayNeedRepair, scanMarks, markedCharacterClass } from '../../../src/core/scan.ts';
import type { PageEvidence } from '../../../src/core/types.ts';
import { garble } from './garble.ts';

const CLASS = markedCharacterClass();
const MARKED = new RegExp(`[${CLASS}]`, 'g');

describe('markedCharacterClass', () => {
  it('matches exactly the marked characters', () => {
    const marked = new RegExp(`[${CLASS}]`);
    for (let cp = 0; cp <= 0xffff; cp++) expect(marked.test(String.fromCharCode(cp)), cp.toString(16)).toBe(isMarked(cp));
  });
});

describe('scanMarks', () => {
  // Common characters, rare ones (岢 忻), ones shaped like UTF-8 read as GBK (绛 in GB2312, 銇 outside it, and
  // the common 鍙), a bopomofo letter, the patterns' characters, and pieces of each kind of garbling.
  const characters = fc.constantFrom(...'的国中人发展岢忻绛銇鍙ㄩa ，。()āé\u00a0©?!\ufffd');
  const pieces = fc.constantFrom(
    garble.utf8AsGbk('首页'), garble.gbkAsBig5('自己'), garble.big5AsGbk('發展'), garble.utf8AsWindows1252('发展'),
    garble.gbkAsWindows1252('发展'), '锟斤拷', '發(fā)展', '岢岚县', '绛　县', garble.utf8AsGbk('时政讲解'),
  );
  const mixed = fc.array(fc.oneof({ weight: 5, arbitrary: characters }, { weight: 1, arbitrary: pieces }), { maxLength: 24 });
  // Where the rules' reach is decided: rare characters a few apart, one UTF-8-shaped character far off.
  const sparse = fc.array(fc.constantFrom(...'的国中人发展的国中人岢忻鍙 a'), { maxLength: 24 });
  const texts = fc.oneof(mixed, sparse).map((parts) => parts.join(''));

  it('has rare characters of both shapes to work with', () => {
    expect([isUnusual(0x5ca2), mayNeedRepair('岢'), isUnusual(0x7edb), mayNeedRepair('绛'), isUnusual(0x9287), mayNeedRepair('銇')]).toEqual([
      true, false, true, false, true, true,
    ]);
  });

  it('every piece of the text that the scan flags holds a mark', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const marks = scanMarks(text, MARKED, 0, text.length);
        for (let start = 0; start < text.length; start++) {
          for (let end = start + 1; end <= text.length; end++) {
            if (mayNeedRepair(text.slice(start, end))) expect(marks.some((m) => m >= start && m < end)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('every piece the scan flags holds a mark, where ASCII keeps characters far apart (the rules reach 256)', () => {
    const parts = fc.array(fc.constantFrom('岢', '丂', '銇', '鍙', '的', 'a'.repeat(60), 'b'.repeat(150)), { maxLength: 8 });
    fc.assert(
      fc.property(parts, fc.nat(), (parts, cut) => {
        const text = parts.join('');
        const marks = scanMarks(text, MARKED, 0, text.length);
        // Pieces from part to part, and from within a part (a cut into the ASCII).
        const bounds = parts.reduce((at, part) => [...at, at.at(-1)! + part.length], [0]);
        const within = cut % (text.length + 1);
        for (const start of [...bounds, within]) {
          for (const end of [...bounds, within]) {
            if (start < end && mayNeedRepair(text.slice(start, end))) expect(marks.some((m) => m >= start && m < end)).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same marks a part at a time', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 20 }), (text, step) => {
        const parts: number[] = [];
        for (let from = 0; from < text.length; from += step) parts.push(...scanMarks(text, MARKED, from, from + step));
        expect(parts).toEqual(scanMarks(text, MARKED, 0, text.length));
      }),
      { numRuns: 300 },
    );
  });

  it('flags short texts in the rhythm of UTF-8 read as GBK, though made of characters common enough to show no other sign', () => {
    for (const item of ['时政讲解', '国家行政学院', '不忘初心牢记使命', '进度数据', '省退役军人事务厅']) {
      const garbled = garble.utf8AsGbk(item);
      expect(mayNeedRepair(garbled), garbled).toBe(true);
      expect(scanMarks(`首页 ${garbled}`, MARKED, 0, 40), garbled).toContain(3);
    }
    for (const clean of ['国家行政学院', '时政讲解', '鐘錶行', '進度數據']) expect(mayNeedRepair(clean), clean).toBe(false);
  });

  it('takes rare names made of GB2312 characters for clean (岢岚县, 新绛县, 麒麟), not short garbled labels', () => {
    for (const clean of ['岢岚县', '新绛县', '绛　县', '麒麟990']) expect(mayNeedRepair(clean), clean).toBe(false);
    for (const garbled of ['穝籇', '棣栭〉', garble.big5AsGbk('新聞')]) expect(mayNeedRepair(garbled), garbled).toBe(true);
  });

  it('takes a footer\'s "&nbsp;©&nbsp;" and names with middle dots for clean, not Latin-1 mojibake', () => {
    for (const clean of ['主办：山西省人民政府办公厅\u00a0©\u00a0山西省人民政府网', '法国哲学家让·保罗·萨特']) expect(mayNeedRepair(clean), clean).toBe(false);
    for (const garbled of ['Ã©', 'Ã\u00a0 l\'office', '·¢Õ¹', garble.utf8AsWindows1252('©')]) expect(mayNeedRepair(garbled), garbled).toBe(true);
  });

  it('flags a bopomofo letter between Chinese characters (GBK punctuation read as Big5), not zhuyin', () => {
    expect(mayNeedRepair('河北ㄩ快乐')).toBe(true);
    expect(scanMarks('河北ㄩ快乐', MARKED, 0, 5)).toEqual([2]);
    expect(mayNeedRepair('注音：ㄋㄧˇ ㄏㄠˇ')).toBe(false);
  });

  it('leaves out rare characters that no rule could take in', () => {
    expect(scanMarks('今天，忻州市和朔州市的代表来到这里参加会议。', MARKED, 0, 30)).toEqual([]);
  });
});

describe('mayHoldFlattenedRuby', () => {
  // Readings, their glitch traces, commas and "!!" beside the marks of the other stages (lost characters, 锟斤拷,
  // Latin-1 mojibake), which the flattened-ruby stage must not need.
  const noisy = fc
    .array(fc.oneof(fc.constantFrom(...'發(fā)展?!,，、。()（）/ aāáǎà會huì國際A日報中文,,!!\ufffd锟Ã©·¢'.split('')), fc.constantFrom('锟斤拷', '(fā)', '?ā)')), { maxLength: 40 })
    .map((a) => a.join(''));
  const evidences: (PageEvidence | undefined)[] = [undefined, { flattenedRuby: true, convertedScript: true }, { flattenedRuby: true, convertedScript: false }, { flattenedRuby: false, convertedScript: true }];

  it('passes over no text the flattened-ruby stage changes', () => {
    fc.assert(
      fc.property(fc.oneof(noisy, fc.string({ unit: 'grapheme', maxLength: 40 })), fc.constantFrom(...evidences), (text, evidence) => {
        if (repairFlattenedPinyin(text, { evidence, script: 'simplified' }).length) expect(mayHoldFlattenedRuby(text, evidence)).toBe(true);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('passes over repaired mojibake with lost characters, and not over readings or injected commas', () => {
    expect(mayHoldFlattenedRuby('发展\ufffd经济')).toBe(false);
    expect(mayHoldFlattenedRuby('锟斤拷')).toBe(false);
    for (const text of ['發(fā)展', '经济,,发展', '發?ā)展']) expect(mayHoldFlattenedRuby(text), text).toBe(true);
    expect(mayHoldFlattenedRuby('发展!!', { flattenedRuby: true, convertedScript: false })).toBe(true);
  });
});

describe('firstLook', () => {
  // Lost characters and the other stages' marks among garbled, traditional and clean characters.
  const mixed = fc
    .array(fc.oneof(fc.constantFrom(...'發(fā)展?!,，、。會國際A中文发展经济\ufffd锟Ã©·¢×鍙戝睍棣栭〉穝籇ㄩ岢岚县'.split('')), fc.constantFrom('锟斤拷', '(fā)', '?ā)')), { maxLength: 40 })
    .map((a) => a.join(''));
  const evidences: (PageEvidence | undefined)[] = [undefined, { flattenedRuby: true, convertedScript: true }];

  it('answers as mayNeedRepair and mayBeMisdecoded, the marks of loss read with the characters', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: 'grapheme', maxLength: 40 })), fc.constantFrom(...evidences), (text, evidence) => {
        expect(firstLook(text, evidence)).toEqual({ needsRepair: mayNeedRepair(text, evidence), misdecoded: mayBeMisdecoded(text) });
      }),
      { numRuns: 3000, seed: 11 },
    );
    expect(firstLook('发展\ufffd经济')).toEqual({ needsRepair: true, misdecoded: true });
    expect(firstLook('发展锟经济')).toEqual({ needsRepair: true, misdecoded: true });
    expect(firstLook('發(fā)展')).toEqual({ needsRepair: true, misdecoded: false });
  });

  it("takes the mojibake run after a flattened-ruby glitch's trace (?reading)) for the glitch's, not a wrong decoding's", () => {
    // 降?huò)靥鞖狻?: the run the flattened-ruby stage rebuilds from its bytes (降雨天氣：).
    const glitched = '局地有大風(fēng)降?huò)靥鞖狻?';
    expect(firstLook(glitched)).toEqual({ needsRepair: true, misdecoded: false });
    expect(mayBeMisdecoded(glitched)).toBe(false);
    // The same characters after an ordinary bracket, or with no trace before them, still show garbling.
    expect(firstLook('局地有大風(fēng)降(huò)靥鞖狻?').misdecoded).toBe(true);
    expect(firstLook('局地有大風降靥鞖狻全國').misdecoded).toBe(true);
    // A lost character's mark in the run still counts.
    expect(firstLook('局地有大風(fēng)降?huò)靥\ufffd狻?').misdecoded).toBe(true);
  });
});
