import fs from 'node:fs';
import { InputError, UsageError } from './command.ts';

/** Reads FILE, or standard input for "-" / no argument. One-line errors for missing or unreadable files. */
export async function readInput(file: string | undefined): Promise<Buffer> {
  if (file === undefined || file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await fs.promises.readFile(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${describe(error)}`);
  }
}

export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Decodes text input as UTF-8, refusing bytes that are not (the JSON and text commands read UTF-8). */
export function utf8Text(bytes: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    throw new InputError(`${name} is not valid UTF-8 (use "mojifix html" for pages in other encodings)`);
  }
}

/** Splits argv into flags (with their values) and positional arguments, rejecting unknown flags. */
export function parseArgs<F extends string, V extends string>(
  args: string[],
  flags: readonly F[],
  valued: readonly V[] = [],
): { flags: Set<F>; values: Partial<Record<V, string>>; positional: string[] } {
  const set = new Set<F>();
  const values: Partial<Record<V, string>> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-' || !arg.startsWith('-')) positional.push(arg);
    else if ((flags as readonly string[]).includes(arg)) set.add(arg as F);
    else if ((valued as readonly string[]).includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      values[arg as V] = value;
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return { flags: set, values, positional };
}
