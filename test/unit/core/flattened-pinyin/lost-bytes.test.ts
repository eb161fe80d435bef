import { describe, expect, it } from 'vitest';
import { entersLowest, keepLowest } from '../../../../src/core/fixes/flattened-pinyin/lost-bytes.ts';

describe('choosing lost bytes', () => {
  it('shortlists the cheapest choices as a stable sort of all of them would, ties in the order met', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const all = Array.from({ length: 40 }, (_, k) => ({ k, cost: ((seed * 7919 + k * 104_729) % 13) / 2 }));
      const shortlist: typeof all = [];
      for (const item of all) keepLowest(shortlist, item, 6);
      expect(shortlist).toEqual([...all].sort((a, b) => a.cost - b.cost).slice(0, 6));
    }
  });

  it('tells beforehand whether a choice would enter the shortlist', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const shortlist: { k: number; cost: number }[] = [];
      for (let k = 0; k < 40; k++) {
        const item = { k, cost: ((seed * 7919 + k * 104_729) % 13) / 2 };
        const enters = entersLowest(shortlist, item.cost, 6);
        keepLowest(shortlist, item, 6);
        expect(shortlist.includes(item)).toBe(enters);
      }
    }
  });
});
