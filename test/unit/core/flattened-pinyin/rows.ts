/** Corpus rows by id (test helper): real and synthetic flattened-ruby examples with their expectations. */
import { rubyRealRows, rubySynthRows, type Row } from '../../../corpus/corpora.ts';

const rows = new Map<string, Row>([...rubyRealRows(), ...rubySynthRows()].map((r) => [r.id, r]));

export function row(id: string): { input: string; expected: string } {
  const r = rows.get(id);
  if (!r) throw new Error(`no corpus row ${id}`);
  return { input: r.input, expected: r.accept[0] };
}
