/**
 * The shared dev corpora as data-driven tests, with the floors. The per-class table is printed
 * (npm run corpus prints it with failing ids).
 */
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/core/index.ts';
import { ftfyRows, mojibakeRows, passes, rubyRealRows, rubySynthRows, seedRow, type Row } from '../corpus/corpora.ts';

function rate(rows: readonly Row[]): number {
  const ok = rows.filter((row) => passes(row, repair(row.input).text)).length;
  return ok / rows.length;
}

function report(title: string, rows: readonly Row[]): void {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const lines = [...groups].sort().map(([g, rs]) => `  ${g.padEnd(44)} ${rate(rs).toFixed(3)} (${rs.length})`);
  console.log(`${title}\n${lines.join('\n')}`);
}

describe('mojibake-dev', () => {
  const rows = mojibakeRows();
  const of = (prefix: string) => rows.filter((r) => r.group.startsWith(prefix));
  report('mojibake-dev', rows);
  it('repairs fully recoverable rows exactly (≥ 0.98)', () => expect(rate(of('full:'))).toBeGreaterThanOrEqual(0.98));
  it('repairs partly recoverable rows to the expected or original text (≥ 0.95)', () => expect(rate(of('partial:'))).toBeGreaterThanOrEqual(0.95));
  it('leaves irreversible rows unchanged (1.00)', () => expect(rate(of('none:'))).toBe(1));
  it('leaves clean negatives unchanged (1.00)', () => expect(rate(of('clean:'))).toBe(1));
});

describe('flattened pinyin', () => {
  const synth = rubySynthRows();
  report('ruby-synth-dev', synth);
  it('repairs synthetic positives (≥ 0.95)', () => expect(rate(synth.filter((r) => !r.group.startsWith('neg_')))).toBeGreaterThanOrEqual(0.95));
  it('leaves synthetic hard negatives unchanged (1.00)', () => expect(rate(synth.filter((r) => r.group.startsWith('neg_')))).toBe(1));
  it('repairs real snippets (≥ 0.85)', () => {
    const real = rubyRealRows();
    report('ruby-real-dev', real);
    expect(rate(real)).toBeGreaterThanOrEqual(0.85);
  });
  it('repairs the seed exactly', () => {
    const seed = seedRow();
    expect(seed.accept).toContain(repair(seed.input).text);
  });
});

describe('ftfy test cases (peer check, windows-1252 / latin-1 family)', () => {
  it('passes at least as many as when this floor was set', () => {
    const rows = ftfyRows();
    report('ftfy', rows);
    expect(rate(rows)).toBeGreaterThanOrEqual(0.45);
  });
});
