import { expect, test } from 'vitest';
import type { FrameStatus } from '../../../src/shared/messages.ts';
import { badgeFor, combineFrames } from '../../../src/shared/status.ts';

const frame = (status: Partial<FrameStatus>): FrameStatus => ({
  state: 'clean',
  repairs: 0,
  byKind: {},
  examples: {},
  warnings: {},
  warningExamples: {},
  ...status,
});

test('a tab sums its frames; work in progress and repairs show first', () => {
  const top = frame({ state: 'repaired', repairs: 3, byKind: { 'pinyin-annotation': 2, 'comma-noise': 1 } });
  const iframe = frame({ state: 'repaired', repairs: 2, byKind: { 'pinyin-annotation': 2 }, warnings: { kunjinkao: 1 } });
  expect(combineFrames({ 0: top, 7: iframe })).toMatchObject({
    state: 'repaired',
    repairs: 5,
    byKind: { 'pinyin-annotation': 4, 'comma-noise': 1 },
    warnings: { kunjinkao: 1 },
  });
  expect(combineFrames({ 0: top, 7: frame({ state: 'working' }) })?.state).toBe('working');
  expect(combineFrames({ 0: frame({}), 7: top })?.state).toBe('repaired');
  expect(combineFrames({})).toBeUndefined();
});

test('the badge counts repairs, warns of lossy damage, and is empty otherwise', () => {
  expect(badgeFor(frame({ state: 'repaired', repairs: 421 }))).toEqual({ text: '421', color: '#2e7d32' });
  expect(badgeFor(frame({ state: 'repaired', repairs: 12_345 })).text).toBe('999+');
  expect(badgeFor(frame({ state: 'clean', warnings: { kunjinkao: 2 } }))).toEqual({ text: '!', color: '#b45309' });
  expect(badgeFor(frame({ state: 'original', repairs: 5 })).text).toBe('');
  expect(badgeFor(frame({ state: 'clean' })).text).toBe('');
  expect(badgeFor(undefined).text).toBe('');
});
