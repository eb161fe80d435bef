import { expect, test } from 'vitest';
import { DEFAULT_OPTIONS, normalizeOptions } from '../../../src/shared/options.ts';

test('stored options are checked against the typed defaults', () => {
  expect(normalizeOptions({})).toEqual(DEFAULT_OPTIONS);
  expect(normalizeOptions({ everywhere: true, sites: ['a.example.com'], highlight: true, script: 'keep' })).toEqual({
    everywhere: true,
    sites: ['a.example.com'],
    highlight: true,
    script: 'keep',
  });
  // Values from another version (or hand-edited storage) fall back to the defaults.
  expect(normalizeOptions({ everywhere: 'yes', sites: 'a.example.com', highlight: 1, script: 'traditional' })).toEqual(DEFAULT_OPTIONS);
  expect(normalizeOptions({ sites: ['a.example.com', 3, 'a.example.com', null] }).sites).toEqual(['a.example.com']);
});
