/**
 * `npm run corpus`: exact-match rates of `repair` on every dev corpus, per class, plus the failing ids
 * (MOJIFIX_VERBOSE=1 also prints input, output and expectation of each failure; MOJIFIX_GUESS=0 marks
 * lost characters instead of guessing them).
 */
import { repair } from '../../src/core/index.ts';
import { ftfyRows, mojibakeRows, passes, rubyRealRows, rubySynthRows, scoreByGroup, seedRow, type Row } from './corpora.ts';
import { roundTripRows, rubyRoundTripRows, wholePageRows } from './round-trip.ts';

const verbose = process.env.MOJIFIX_VERBOSE === '1';
const recoverLost = process.env.MOJIFIX_GUESS !== '0';
const run = (row: Row) => repair(row.input, { recoverLost, evidence: row.evidence }).text;

function table(title: string, rows: Row[]): void {
  const groups = scoreByGroup(rows, run);
  let n = 0;
  let pass = 0;
  console.log(`\n${title}`);
  for (const [group, g] of [...groups].sort()) {
    n += g.n;
    pass += g.pass;
    const rate = (g.pass / g.n).toFixed(3);
    console.log(`  ${group.padEnd(44)} ${String(g.pass).padStart(4)}/${String(g.n).padEnd(4)} ${rate}${g.failures.length ? '  fails: ' + g.failures.slice(0, 6).join(' ') : ''}`);
  }
  console.log(`  ${'all'.padEnd(44)} ${String(pass).padStart(4)}/${String(n).padEnd(4)} ${(pass / n).toFixed(3)}`);
  if (verbose) {
    for (const row of rows) {
      const out = run(row);
      if (!passes(row, out)) console.log(`\n[${row.id}]\n  in : ${row.input}\n  out: ${out}\n  exp: ${row.accept[0]}`);
    }
  }
}

const corpus = process.argv[2];
if (!corpus || corpus === 'mojibake') {
  const rows = mojibakeRows();
  table('mojibake-dev (full = expected; partial = expected or original; none/clean = unchanged)', rows);
  const partial = rows.filter((r) => r.compare === 'collapsed');
  const restored = partial.filter((r) => run(r) === r.accept[1]).length;
  console.log(`  partial rows whose lost characters were all guessed right (output = original): ${restored}/${partial.length}`);
}
if (!corpus || corpus === 'ruby') {
  table('ruby-synth-dev (positives = expected; negatives unchanged)', rubySynthRows());
  table('ruby-real-dev', rubyRealRows());
  table('seed (expected.txt or expected-fullwidth.txt)', [seedRow()]);
}
if (!corpus || corpus === 'ftfy') table('ftfy test cases (encoding repair = fixed-encoding)', ftfyRows());
if (!corpus || corpus === 'round-trip') table('texts of ../shared/pages, clean and garbled here (= original, or with lost characters marked)', roundTripRows());
if (!corpus || corpus === 'round-trip') table('simplified texts of ../shared/pages as mirror sites serve them (= the text)', rubyRoundTripRows());
if (!corpus || corpus === 'round-trip') table('the same texts as one page read with the wrong charset, repaired with its evidence', wholePageRows());
