/**
 * The shared dev corpora and how each row is scored. Used by the data-driven tests and by
 * `npm run corpus` (a per-class table). The corpora live beside the repository, in ../shared.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PageEvidence } from '../../src/core/types.ts';

export const SHARED = path.resolve(process.env.MOJIFIX_SHARED ?? '../shared');

export interface Row {
  corpus: string;
  id: string;
  /** The class the table groups by. */
  group: string;
  input: string;
  /** Acceptable outputs; the first is the canonical expectation. */
  accept: string[];
  /**
   * How to compare: exact, with runs of U+FFFD collapsed (partial mojibake), or exact but for characters
   * marked lost (see marks).
   */
  compare: 'exact' | 'collapsed' | 'marked';
  /** What the row's page shows (collectEvidence), for rows that stand for the texts of one page. */
  evidence?: PageEvidence;
}

const jsonl = (file: string): Record<string, unknown>[] =>
  fs.readFileSync(path.join(SHARED, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

export const collapse = (s: string): string => s.replace(/\ufffd+/g, '\ufffd');

export function mojibakeRows(): Row[] {
  return jsonl('corpus/mojibake-dev.jsonl').map((r) => {
    const input = r.input as string;
    const recoverable = r.recoverable as string;
    const accept = recoverable === 'partial' ? [r.expected as string, r.original as string] : [r.expected as string];
    return {
      corpus: 'mojibake',
      id: r.id as string,
      group: recoverable === 'n/a' ? `clean:${r.class}` : `${recoverable}:${r.class}`,
      input,
      accept,
      compare: recoverable === 'partial' ? 'collapsed' : 'exact',
    };
  });
}

export function rubySynthRows(): Row[] {
  return jsonl('corpus/ruby-synth-dev.jsonl').map((r) => ({
    corpus: 'ruby-synth',
    id: r.id as string,
    group: r.class as string,
    input: r.input as string,
    accept: [r.expected as string],
    compare: 'exact',
  }));
}

export function rubyRealRows(): Row[] {
  return jsonl('corpus/ruby-real-dev.jsonl').map((r) => ({
    corpus: 'ruby-real',
    id: r.id as string,
    group: r.kind as string,
    input: r.input as string,
    accept: [r.expected as string],
    compare: 'exact',
  }));
}

export function seedRow(): Row {
  const read = (f: string) => fs.readFileSync(path.join(SHARED, 'seed', f), 'utf8');
  return {
    corpus: 'seed',
    id: 'seed',
    group: 'seed',
    input: read('garbled.txt'),
    accept: [read('expected.txt'), read('expected-fullwidth.txt')],
    compare: 'exact',
  };
}

/** ftfy's own cases: what encoding repair alone should give (`fixed-encoding`, else `fixed`). */
export function ftfyRows(): Row[] {
  const dir = path.join(SHARED, 'corpus/ftfy');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((file) => {
    const cases = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, string>[];
    return cases.map((c, i) => ({
      corpus: 'ftfy',
      id: `${file}#${i} ${c.label}`,
      group: `ftfy:${file.replace('.json', '')}${c.expect === 'fail' ? ' (ftfy fails too)' : ''}`,
      input: c.original,
      accept: [c['fixed-encoding'] ?? c.fixed],
      compare: 'exact' as const,
    }));
  });
}

/**
 * Whether `output` is `text` with some characters marked lost: each run of marks (one per character or one per
 * lost byte) stands for one to MAX_MARKED_RUN characters side by side, as the corpora collapse such runs.
 */
function marks(text: string, output: string): boolean {
  const pieces = collapse(output).split('\ufffd').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${pieces.join(`[^]{1,${MAX_MARKED_RUN}}`)}$`, 'u').test(text);
}
const MAX_MARKED_RUN = 4;

export function passes(row: Row, output: string): boolean {
  if (row.compare === 'marked') return row.accept.some((a) => marks(a, output));
  const norm = row.compare === 'collapsed' ? collapse : (s: string) => s;
  return row.accept.some((a) => norm(a) === norm(output));
}

/** Share of rows per group whose output passes. */
export function scoreByGroup(rows: readonly Row[], run: (row: Row) => string): Map<string, { n: number; pass: number; failures: string[] }> {
  const groups = new Map<string, { n: number; pass: number; failures: string[] }>();
  for (const row of rows) {
    const g = groups.get(row.group) ?? { n: 0, pass: 0, failures: [] };
    const out = run(row);
    g.n++;
    if (passes(row, out)) g.pass++;
    else g.failures.push(row.id);
    groups.set(row.group, g);
  }
  return groups;
}
