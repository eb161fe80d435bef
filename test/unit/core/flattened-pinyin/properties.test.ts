import fc from 'fast-check';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import { gbkCode } from '../../../../src/core/codecs/gbk.ts';
import { repairFlattenedPinyin } from '../../../../src/core/fixes/flattened-pinyin/index.ts';
import { isTraditionalOnly } from '../../../../src/core/fixes/flattened-pinyin/script-conversion.ts';
import { mayNeedRepair, repair } from '../../../../src/core/index.ts';
import type { PageEvidence, RepairStep } from '../../../../src/core/types.ts';
import { mojibakeRows, rubySynthRows } from '../../../corpus/corpora.ts';
import { mirror, toTraditionalByChar } from './mirror-site.ts';

/** Simplified news sentences of the corpora: the material the sites corrupt. */
const SENTENCES = [
  ...mojibakeRows().filter((r) => r.group === 'clean:clean_zh_hans').map((r) => r.input),
  ...rubySynthRows().filter((r) => !r.group.startsWith('neg_')).flatMap((r) => r.accept[0].split(/(?<=[。\n])/)),
].filter((s) => s.length > 6);

/** Traditional-only characters a site dictionary can hold: any, so keys also match across characters. */
const DICTIONARY_POOL = TSCharacters.split('|').map((e) => e.split(' ')[0]).filter((c) => c.length === 1 && gbkCode(c.charCodeAt(0)) > 0xff && isTraditionalOnly(c));

/** A site dictionary: each pool character kept with probability `share` (a small PRNG from `seed`). */
function dictionary(share: number, seed: number): string[] {
  let state = seed;
  return DICTIONARY_POOL.filter(() => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff < share;
  });
}

const corrupted = fc
  .record({
    sentence: fc.constantFrom(...SENTENCES),
    share: fc.double({ min: 0.2, max: 0.8, noNaN: true }),
    seed: fc.integer({ min: 1, max: 0x7fffffff }),
  })
  .map(({ sentence, share, seed }) => {
    const traditional = toTraditionalByChar(sentence);
    return { traditional, ...mirror(traditional, dictionary(share, seed)) };
  });

function checkSteps(text: string, steps: readonly RepairStep[]): string {
  let out = '';
  let at = 0;
  for (const s of steps) {
    expect(s.start).toBeGreaterThanOrEqual(at);
    expect(s.before).toBe(text.slice(s.start, s.end));
    expect(s.explanation.length).toBeGreaterThan(10);
    out += text.slice(at, s.start) + s.after;
    at = s.end;
  }
  return out + text.slice(at);
}

describe('flattened pinyin properties', () => {
  it('undoes the byte model exactly where no byte was lost and no reading landed inside a character', () => {
    fc.assert(
      fc.property(corrupted, ({ traditional, text, lossy }) => {
        fc.pre(!lossy && !text.includes('?') && text.includes(')'));
        expect(repair(text, { script: 'keep' }).text).toBe(traditional);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('undoes glitches where no byte was lost, nearly always (keys can be ambiguous)', { timeout: 60_000 }, () => {
    let glitches = 0;
    let exact = 0;
    fc.assert(
      fc.property(corrupted, ({ traditional, text, lossy }) => {
        if (lossy || !text.includes('?')) return;
        glitches++;
        if (repair(text, { script: 'keep' }).text === traditional) exact++;
      }),
      { numRuns: 800, seed: 11 },
    );
    expect(glitches).toBeGreaterThan(60);
    // What remains are keys two variants share (枴 and 柺: 96 A1 and 96 CA, both guǎi).
    expect(exact / glitches).toBeGreaterThan(0.9);
  });

  it('is idempotent, and its steps are ordered, exact and replay to the result', () => {
    fc.assert(
      fc.property(corrupted, fc.constantFrom<'simplified' | 'keep'>('simplified', 'keep'), ({ text }, script) => {
        const result = repair(text, { script });
        expect(checkSteps(text, result.steps)).toBe(result.text);
        expect(repair(result.text, { script }).text).toBe(result.text);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  const evidences: (PageEvidence | undefined)[] = [undefined, { flattenedRuby: true, convertedScript: true }, { flattenedRuby: true, convertedScript: false }];
  const noisy = fc.array(fc.constantFrom(...'發(fā)展?!,，、。()（）/ aāáǎà會huì國際A日報中文,,!!'.split('')), { maxLength: 40 }).map((a) => a.join(''));

  it('never throws, and the pre-scan is a superset of what it changes', () => {
    fc.assert(
      fc.property(fc.oneof(noisy, fc.string({ unit: 'grapheme', maxLength: 40 })), fc.constantFrom(...evidences), (text, evidence) => {
        const steps = repairFlattenedPinyin(text, { evidence, script: 'simplified' });
        checkSteps(text, steps);
        if (steps.length) expect(mayNeedRepair(text, evidence)).toBe(true);
      }),
      { numRuns: 1000, seed: 5 },
    );
  });

  it.each([
    ['((((', '('.repeat(1 << 18)],
    ['發(fā) repeated', '發(fā)展'.repeat(1 << 15)],
    ['?! repeated', '中?!'.repeat(1 << 16)],
    ['?reading) repeated', '日?qǐng)?bào)'.repeat(1 << 15)],
    [',, repeated', '發(fā),,'.repeat(1 << 15)],
    ['"?" with letters', '中?a)'.repeat(1 << 16)],
  ])('stays fast on %s (¼ MB-ish)', (_, text) => {
    const t0 = performance.now();
    repairFlattenedPinyin(text, { script: 'simplified' });
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
