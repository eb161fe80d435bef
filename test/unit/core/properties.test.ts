import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHAR_FREQUENCY } from '../../../src/core/data/char-frequency.ts';
import { repair } from '../../../src/core/index.ts';

/** The most frequent Han characters (frequency class ≥ 12), the material of clean news text. */
const COMMON = CHAR_FREQUENCY.split('|').filter((g) => Number(g.split(':')[0]) >= 12).map((g) => g.split(':')[1]).join('');
const PUNCTUATION = '，。、：；？！“”《》（）——…';

const cleanChinese = fc
  .array(fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...COMMON) },
    { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
    { weight: 1, arbitrary: fc.constantFrom(...'0123456789 AIGDP%') },
  ), { minLength: 1, maxLength: 80 })
  .map((chars) => chars.join(''));

describe('properties', () => {
  it('clean Chinese built from common characters comes back unchanged', () => {
    fc.assert(fc.property(cleanChinese, (text) => repair(text).text === text), { numRuns: 400 });
  });

  it('repair is idempotent and never throws, on any Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const once = repair(text).text;
        expect(repair(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent on mojibake-like input (Latin-1, GBK and private-use mixtures)', () => {
    const pool = [...'åæçèéä¸€œ‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ·¢Õ¹ÄãºÃ鍙戝睍锟斤拷\ue18d\ufffd?!()發(fā)'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 50 }), (chars) => {
        const once = repair(chars.join('')).text;
        expect(repair(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent where a repair leaves a lost character beside rare ones', () => {
    // Found by the property above: the lost character must count when looking for another layer, as it
    // counts when the output is repaired again.
    const once = repair('æ‰‚å¸ãŠœå').text;
    expect(once).toContain('\ufffd');
    expect(repair(once).text).toBe(once);
  });

  it('steps replay to the result', () => {
    fc.assert(
      fc.property(cleanChinese, fc.constantFrom('å‘å±•', '鍙戝睍', '·¢Õ¹'), (text, garbled) => {
        const input = text + garbled;
        const result = repair(input);
        let out = input;
        for (const s of [...result.steps].reverse()) out = out.slice(0, s.start) + s.after + out.slice(s.end);
        expect(out).toBe(result.text);
      }),
      { numRuns: 200 },
    );
  });
});
