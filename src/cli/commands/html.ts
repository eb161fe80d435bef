import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import * as engine from '../../core/index.ts';
import { decodeHtmlBytes } from '../../core/codecs/html-charset.ts';
import { repairDocument, type RepairSummary } from '../../dom/index.ts';
import { InputError, UsageError, type Command } from '../command.ts';
import { describe, parseArgs, readInput } from '../io.ts';

const USAGE = `Usage: mojifix html [options] FILE [-o OUT]

Repairs the garbled Chinese text of a saved web page, the way the browser extension repairs it in place
(same skipped elements: code, pre, form fields, contenteditable, translate="no"; alt and title attributes
and the <title> are repaired too). Reads the page in any encoding (BOM, <meta charset>, http-equiv, or
the bytes themselves) and writes it as UTF-8, with <meta charset="utf-8">.

Options:
  -o OUT           write the page to OUT instead of standard output (the only file ever written)
  --explain        print what was repaired, by kind, and the damage that could not be undone, to stderr
  --keep-script    keep traditional characters in converted text (drop only readings and noise)
  --no-guess       mark characters whose bytes were lost as U+FFFD instead of guessing them
  -h, --help       show this help

Exit status: 0 on success, 1 on unreadable input or unwritable output, 2 on bad usage.`;

const FLAGS = ['--explain', '--keep-script', '--no-guess'] as const;

export const html: Command = {
  name: 'html',
  summary: 'repair a saved web page (any encoding), written as UTF-8',
  usage: USAGE,
  async run(args) {
    const { flags, values, positional } = parseArgs(args, FLAGS, ['-o']);
    if (positional.length !== 1) throw new UsageError('html takes one FILE (see mojifix html --help)');
    const { text } = decodeHtmlBytes(await readInput(positional[0]));
    const { document } = parseHTML(text);
    const summary = repairDocument(document, engine, {
      script: flags.has('--keep-script') ? 'keep' : 'simplified',
      recoverLost: !flags.has('--no-guess'),
    });
    declareUtf8(document);
    const page = document.toString();
    if (values['-o'] === undefined) process.stdout.write(page);
    else {
      try {
        await fs.promises.writeFile(values['-o'], page);
      } catch (error) {
        throw new InputError(`cannot write ${values['-o']}: ${describe(error)}`);
      }
    }
    if (flags.has('--explain')) process.stderr.write(describeSummary(summary));
    return 0;
  },
};

/** The output is UTF-8 whatever the page was: replace its charset declarations with one that says so. */
function declareUtf8(document: Document): void {
  for (const meta of document.querySelectorAll('meta[charset], meta[http-equiv]')) {
    const equiv = meta.getAttribute('http-equiv');
    if (equiv === null || equiv.toLowerCase() === 'content-type') meta.remove();
  }
  const root = document.documentElement;
  if (!root) return;
  let head = document.head ?? root.querySelector('head');
  if (!head) head = root.insertBefore(document.createElement('head'), root.firstChild);
  const meta = document.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  head.insertBefore(meta, head.firstChild);
}

function describeSummary(summary: RepairSummary): string {
  const kinds = Object.entries(summary.byKind).map(([kind, n]) => `${kind} ${n}`);
  const lines = [summary.repairs ? `${summary.repairs} repairs: ${kinds.join(', ')}` : 'nothing to repair'];
  for (const [kind, n] of Object.entries(summary.warnings)) {
    const example = summary.warningExamples[kind as keyof typeof summary.warningExamples];
    lines.push(`warning [${kind}] ×${n}: ${example?.message ?? ''} (${JSON.stringify(example?.text ?? '')})`);
  }
  return lines.join('\n') + '\n';
}
