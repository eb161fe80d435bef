import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnusual, mayNeedRepair, scanMarks, unusualCharacterClass } from '../../../src/core/scan.ts';
import { garble } from './garble.ts';

const CLASS = unusualCharacterClass();
const UNUSUAL = new RegExp(`[${CLASS}]`, 'g');

describe('unusualCharacterClass', () => {
  it('matches exactly the unusual characters', () => {
    const unusual = new RegExp(`[${CLASS}]`);
    for (let cp = 0; cp <= 0xffff; cp++) expect(unusual.test(String.fromCharCode(cp)), cp.toString(16)).toBe(isUnusual(cp));
  });
});

describe('scanMarks', () => {
  // Common characters, rare ones (岢 忻), one shaped like UTF-8 read as GBK (绛, and the common 鍙), the
  // patterns' characters, and pieces of each kind of garbling.
  const characters = fc.constantFrom(...'的国中人发展岢忻绛鍙a ，。()āé\u00a0©?!\ufffd');
  const pieces = fc.constantFrom(
    garble.utf8AsGbk('首页'), garble.gbkAsBig5('自己'), garble.big5AsGbk('發展'), garble.utf8AsWindows1252('发展'),
    garble.gbkAsWindows1252('发展'), '锟斤拷', '發(fā)展', '岢岚县', '绛　县',
  );
  const mixed = fc.array(fc.oneof({ weight: 5, arbitrary: characters }, { weight: 1, arbitrary: pieces }), { maxLength: 24 });
  // Where the rules' reach is decided: rare characters a few apart, one UTF-8-shaped character far off.
  const sparse = fc.array(fc.constantFrom(...'的国中人发展的国中人岢忻鍙 a'), { maxLength: 24 });
  const texts = fc.oneof(mixed, sparse).map((parts) => parts.join(''));

  it('has rare characters of both shapes to work with', () => {
    expect([isUnusual(0x5ca2), mayNeedRepair('岢'), isUnusual(0x7edb), mayNeedRepair('绛')]).toEqual([true, false, true, true]);
  });

  it('every piece of the text that the scan flags holds a mark', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const marks = scanMarks(text, UNUSUAL, 0, text.length);
        for (let start = 0; start < text.length; start++) {
          for (let end = start + 1; end <= text.length; end++) {
            if (mayNeedRepair(text.slice(start, end))) expect(marks.some((m) => m >= start && m < end)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the same marks a part at a time', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 20 }), (text, step) => {
        const parts: number[] = [];
        for (let from = 0; from < text.length; from += step) parts.push(...scanMarks(text, UNUSUAL, from, from + step));
        expect(parts).toEqual(scanMarks(text, UNUSUAL, 0, text.length));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out rare characters that no rule could take in', () => {
    expect(scanMarks('今天，忻州市和朔州市的代表来到这里参加会议。', UNUSUAL, 0, 30)).toEqual([]);
  });
});
