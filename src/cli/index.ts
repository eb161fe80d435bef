#!/usr/bin/env node
import { InputError, UsageError } from './command.ts';
import { COMMANDS } from './commands/index.ts';

const HELP = `mojifix: repairs garbled Chinese text (mojibake, 乱码, flattened pinyin).

Usage: mojifix <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(6)} ${c.summary}`).join('\n')}

Run "mojifix <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${__MOJIFIX_VERSION__}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}" (try mojifix --help)`);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(command.usage + '\n');
    return 0;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof InputError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`mojifix: ${known ? message : `internal error: ${message}`}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
