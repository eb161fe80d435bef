import { describe, expect, it } from 'vitest';
import { applySteps, repair } from '../../../src/core/index.ts';
import { composeSteps } from '../../../src/core/compose.ts';
import type { RepairStep } from '../../../src/core/types.ts';
import { garble } from './garble.ts';

const step = (start: number, end: number, before: string, after: string): RepairStep => ({
  fix: 'utf8-as-gbk', start, end, before, after, confidence: 1, explanation: '',
});

describe('applySteps', () => {
  it('replays a repair exactly', () => {
    const input = `新闻：${garble.utf8AsWindows1252('发展')}，${garble.utf8AsGbk('首页')}`;
    const result = repair(input);
    expect(result.steps.length).toBe(2);
    expect(applySteps(input, result.steps)).toBe(result.text);
  });
  it('refuses steps made for another text', () => {
    expect(() => applySteps('abc', [step(0, 1, 'x', 'y')])).toThrow(/does not match/);
  });
  it('refuses steps that overlap', () => {
    expect(() => applySteps('abc', [step(0, 2, 'ab', 'x'), step(1, 3, 'bc', 'y')])).toThrow(/overlaps/);
  });
});

describe('composeSteps', () => {
  it('shifts a later step that touches only unchanged text', () => {
    const text0 = 'AAxB';
    const first = [step(2, 3, 'x', 'yyy')]; // → AAyyyB
    const second = [step(5, 6, 'B', 'C')];
    expect(composeSteps(text0, first, second)).toEqual([first[0], { ...second[0], start: 3, end: 4 }]);
  });
  it('merges a later step into the earlier one it overlaps', () => {
    const text0 = 'AAxB';
    const merged = composeSteps(text0, [step(2, 3, 'x', 'yyy')], [step(3, 5, 'yy', 'z')]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ start: 2, end: 3, before: 'x', after: 'yz' });
    expect(applySteps(text0, merged)).toBe('AAyzB');
  });
});
