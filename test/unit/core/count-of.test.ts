import { describe, expect, it } from 'vitest';
import { countOf } from '../../../src/core/count-of.ts';

describe('countOf', () => {
  it('counts a character in short and long texts alike', () => {
    for (const text of ['', '發', '發展', '\ufffd發\ufffd', '發(fā)展'.repeat(20), `${'中'.repeat(40)}\ufffd`]) {
      for (const ch of ['發', '\ufffd', '中']) expect(countOf(ch, text), `${ch} in ${text}`).toBe(text.split(ch).length - 1);
    }
  });

  it('counts longer strings without overlaps', () => {
    expect(countOf('aa', 'aaaa')).toBe(2);
    expect(countOf('aa', 'aaa')).toBe(1);
  });
});
