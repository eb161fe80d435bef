import { describe, expect, it } from 'vitest';
import { textCost } from '../../../../src/core/hanzi/char-cost.ts';

describe('textCost', () => {
  it('costs a range of a text as the same slice on its own', () => {
    const text = '發展a𠀀\ud800中\udc00，';
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) expect(textCost(text, from, to), `${from}–${to}`).toBe(textCost(text.slice(from, to)));
    }
  });
});
