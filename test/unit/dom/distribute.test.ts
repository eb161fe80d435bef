import { describe, expect, test } from 'vitest';
import { distribute } from '../../../src/dom/distribute.ts';

/** The edit replacing the first `before` in the joined parts by `after`. */
function edit(parts: string[], before: string, after: string) {
  const start = parts.join('').indexOf(before);
  if (start < 0) throw new Error(`${before} not in ${parts.join('')}`);
  return { start, end: start + before.length, after };
}

describe('distribute', () => {
  test('a repair spanning two pieces goes where it starts; the rest of its span is removed', () => {
    // <b>發</b>(fā)展 with one step 發(fā) → 发
    const parts = ['發', '(fā)展'];
    const result = distribute(parts, [edit(parts, '發(fā)', '发')]);
    expect(result.parts).toEqual(['发', '展']);
    expect(result.marks).toEqual([{ index: 0, start: 0, end: 1 }]);
  });

  test('unchanged ends of a step stay in their own pieces', () => {
    const parts = ['推動', '(dòng)首都'];
    const result = distribute(parts, [edit(parts, '推動(dòng)首都', '推动首都')]);
    expect(result.parts).toEqual(['推动', '首都']);
  });

  test('a same-length change is split at the piece boundaries', () => {
    const parts = ['發', '展區', '域'];
    const result = distribute(parts, [edit(parts, '發展區域', '发展区域')]);
    expect(result.parts).toEqual(['发', '展区', '域']);
    expect(result.marks).toEqual([
      { index: 0, start: 0, end: 1 },
      { index: 1, start: 1, end: 2 },
    ]);
  });

  test('several steps in one piece keep the text between them', () => {
    const parts = ['a發(fā)b報(bào)c'];
    const result = distribute(parts, [edit(parts, '發(fā)', '发'), edit(parts, '報(bào)', '报')]);
    expect(result.parts).toEqual(['a发b报c']);
  });

  test('a step starting at a boundary belongs to the following piece, skipping empty ones', () => {
    const parts = ['日', '', '?qǐng)?bào)'];
    const result = distribute(parts, [edit(parts, '?qǐng)?bào)', '报')]);
    expect(result.parts).toEqual(['日', '', '报']);
  });

  test('an insertion at the very end goes into the last piece', () => {
    expect(distribute(['ab', 'c'], [{ start: 3, end: 3, after: 'd' }]).parts).toEqual(['ab', 'cd']);
  });

  test('never splits a surrogate pair across pieces', () => {
    // Same length, but the replacement is one astral character: it must stay whole.
    const result = distribute(['a', 'b'], [{ start: 0, end: 2, after: '𠀀' }]);
    expect(result.parts).toEqual(['𠀀', '']);
  });

  test('steps given out of order are applied in order', () => {
    const parts = ['x(ā)y(ē)'];
    const result = distribute(parts, [edit(parts, '(ē)', ''), edit(parts, '(ā)', '')]);
    expect(result.parts).toEqual(['xy']);
  });

  test('a spanning step is split where its parts repair on their own', () => {
    // 鍙戝睍<b>鍙戝睍</b>: UTF-8 read as GBK on both sides of the tag, repaired in one step.
    const parts = ['鍙戝睍', '鍙戝睍'];
    const fixes: Record<string, string> = { 鍙戝睍: '发展' };
    const result = distribute(parts, [edit(parts, '鍙戝睍鍙戝睍', '发展发展')], (fragments) => fragments.map((f) => fixes[f] ?? f));
    expect(result.parts).toEqual(['发展', '发展']);
  });

  test('a split that does not add up to the step is not used', () => {
    const parts = ['發', '(fā)'];
    const result = distribute(parts, [edit(parts, '發(fā)', '发')], (fragments) => fragments.map((f) => (f === '發' ? '发' : f)));
    expect(result.parts).toEqual(['发', '']);
  });
});
