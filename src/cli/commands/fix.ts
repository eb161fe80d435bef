import fs from 'node:fs';
import readline from 'node:readline';
import { collectEvidence, repair, type RepairResult } from '../../core/index.ts';
import { InputError, UsageError, type Command } from '../command.ts';
import { explainForPerson } from '../explain.ts';
import { describe, parseArgs, readInput, utf8Text } from '../io.ts';

const USAGE = `Usage: mojifix fix [options] [FILE|-]

Repairs garbled Chinese text read from FILE (or standard input) and writes it to standard output.

Options:
  --explain        print each repair (what, where, why, confidence) and each warning to stderr
  --json           print one JSON object {text, changed, steps, warnings} instead of the text
  --jsonl          read JSON Lines: each line an object with a string field "text"; write the same
                   object with "text" repaired and a field "mojifix": {changed, steps, warnings}.
                   Streams. A malformed line is written unchanged, reported on stderr with its line
                   number, and the exit status is 1 at the end.
  --keep-script    keep traditional characters in converted text (drop only readings and noise)
  --no-guess       mark characters whose bytes were lost as U+FFFD instead of guessing them
  -h, --help       show this help

Exit status: 0 on success, 1 on unreadable input or malformed JSONL lines, 2 on bad usage.`;

const FLAGS = ['--explain', '--json', '--jsonl', '--keep-script', '--no-guess'] as const;

export const fix: Command = {
  name: 'fix',
  summary: 'repair plain text (or JSON Lines with --jsonl)',
  usage: USAGE,
  async run(args) {
    const { flags, positional } = parseArgs(args, FLAGS);
    if (positional.length > 1) throw new UsageError('fix takes at most one FILE');
    if (flags.has('--json') && flags.has('--jsonl')) throw new UsageError('--json and --jsonl cannot be combined');
    const options = { script: flags.has('--keep-script') ? 'keep' : 'simplified', recoverLost: !flags.has('--no-guess') } as const;
    const file = positional[0];
    if (flags.has('--jsonl')) return fixJsonLines(file, options, flags.has('--explain'));

    const text = utf8Text(await readInput(file), file ?? 'standard input');
    const result = repair(text, { ...options, evidence: collectEvidence(text.split('\n')) });
    if (flags.has('--explain')) process.stderr.write(explainForPerson(result));
    process.stdout.write(flags.has('--json') ? JSON.stringify(result) + '\n' : result.text);
    return 0;
  },
};

type Options = { script: 'simplified' | 'keep'; recoverLost: boolean };

async function fixJsonLines(file: string | undefined, options: Options, explain: boolean): Promise<number> {
  let input: NodeJS.ReadableStream;
  if (file === undefined || file === '-') input = process.stdin;
  else {
    try {
      await fs.promises.access(file, fs.constants.R_OK);
      if ((await fs.promises.stat(file)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    } catch (error) {
      throw new InputError(`cannot read ${file}: ${describe(error)}`);
    }
    input = fs.createReadStream(file);
  }
  let lineNumber = 0;
  let errors = 0;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    const out = fixRecord(line, options);
    if (typeof out === 'string') {
      if (line.trim()) {
        errors++;
        process.stderr.write(`mojifix: line ${lineNumber}: ${out}; written unchanged\n`);
      }
      await write(line + '\n');
      continue;
    }
    if (explain) process.stderr.write(explainForPerson(out.result, `line ${lineNumber}`));
    await write(JSON.stringify(out.record) + '\n');
  }
  return errors ? 1 : 0;
}

/** The repaired record, or why the line cannot be repaired. */
function fixRecord(line: string, options: Options): { record: Record<string, unknown>; result: RepairResult } | string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'not a JSON object';
  const text = (record as Record<string, unknown>).text;
  if (typeof text !== 'string') return 'no string field "text"';
  const result = repair(text, { ...options, evidence: collectEvidence(text.split('\n')) });
  const { changed, steps, warnings } = result;
  return { record: { ...record, text: result.text, mojifix: { changed, steps, warnings } }, result };
}

/** Writes with back-pressure, so a multi-GB file streams in constant memory. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve).once('error', reject);
  });
}
