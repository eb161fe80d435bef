/**
 * `npm run bench`: throughput of `repair` in MB of UTF-8 per second, against a same-run baseline that
 * only decodes the bytes and scans every character once. Budgets (issue 2): clean text at least a third
 * of the baseline; garbled text at least 20 MB/s; no adversarial input slower than 20× clean per MB.
 * Repairs run per line (~ a paragraph), as pages and JSONL records are repaired.
 */
import { repair } from '../../src/core/index.ts';
import { mojibakeRows, rubySynthRows, seedRow } from '../corpus/corpora.ts';

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 4) * 1024 * 1024;
const RUNS = 5;

function fill(lines: string[], bytes = TARGET_BYTES): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = lines[i % lines.length];
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median seconds over RUNS of `work`. */
function time(work: () => void): number {
  work(); // warm up
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    work();
    times.push((performance.now() - t0) / 1000);
  }
  return median(times);
}

function mbPerSecond(lines: string[], work: (line: string) => void): number {
  const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  return bytes / 1024 / 1024 / time(() => lines.forEach(work));
}

let sink = 0;
const baseline = (buffers: Buffer[]) => () => {
  const decoder = new TextDecoder();
  for (const b of buffers) {
    const text = decoder.decode(b);
    for (let i = 0; i < text.length; i++) sink ^= text.charCodeAt(i);
  }
};

const rows = mojibakeRows();
const clean = fill(rows.filter((r) => r.group.startsWith('clean:clean_zh')).map((r) => r.input).concat(seedRow().accept[1].split('\n')));
const garbled = fill(rows.filter((r) => r.group.startsWith('full:') || r.group.startsWith('partial:')).map((r) => r.input));
const pinyin = fill(rubySynthRows().filter((r) => !r.group.startsWith('neg_')).map((r) => r.input));
const buffers = clean.map((l) => Buffer.from(l + '\n'));

const baselineMBs = (buffers.reduce((n, b) => n + b.length, 0) / 1024 / 1024) / time(baseline(buffers));
const cleanMBs = mbPerSecond(clean, (l) => repair(l));
const garbledMBs = mbPerSecond(garbled, (l) => repair(l));
const pinyinMBs = mbPerSecond(pinyin, (l) => repair(l));

const MB = 1024 * 1024;
const adversarial: [string, string][] = [
  ['((((', '('.repeat(MB)],
  ['發(fā) repeated', '發(fā)'.repeat(MB / 10)],
  ['锟斤拷 repeated', '锟斤拷'.repeat(MB / 9)],
  ['å repeated', 'å'.repeat(MB / 2)],
  ['鍙戝睍 repeated', '鍙戝睍'.repeat(MB / 9)],
  ['?( repeated', '?('.repeat(MB / 2)],
];

const rows2: string[][] = [
  ['baseline: decode + scan once', baselineMBs.toFixed(1), ''],
  ['repair, clean Chinese', cleanMBs.toFixed(1), `${(cleanMBs / baselineMBs).toFixed(2)} × baseline (budget ≥ 0.33)`],
  ['repair, garbled (mojibake corpus)', garbledMBs.toFixed(1), 'budget ≥ 20 MB/s'],
  ['repair, flattened pinyin (synthetic)', pinyinMBs.toFixed(1), 'budget ≥ 20 MB/s'],
];
const cleanSecondsPerMB = 1 / cleanMBs;
for (const [name, text] of adversarial) {
  const bytes = Buffer.byteLength(text) / MB;
  const seconds = time(() => repair(text));
  const perMB = seconds / bytes;
  rows2.push([`adversarial: ${name} (${bytes.toFixed(1)} MB, one call)`, (bytes / seconds).toFixed(1), `${(perMB / cleanSecondsPerMB).toFixed(1)} × clean per MB (budget ≤ 20)`]);
}

console.log(`Mojifix core benchmark (Node ${process.version}, median of ${RUNS}, ${(TARGET_BYTES / MB).toFixed(0)} MB per corpus)`);
for (const [name, value, note] of rows2) console.log(`${name.padEnd(52)} ${value.padStart(8)} MB/s  ${note}`);
if (sink === -1) console.log('');
