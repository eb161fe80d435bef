/** What every CLI command module exports. */
export interface Command {
  name: string;
  /** One line for `mojifix --help`. */
  summary: string;
  /** Full usage text for `mojifix <command> --help`. */
  usage: string;
  /** Returns the exit status. Throws UsageError / InputError for one-line errors. */
  run(args: string[]): Promise<number>;
}

/** A bad flag or argument: printed as one line, exit status 2. */
export class UsageError extends Error {}

/** Unreadable or missing input, refused output path …: printed as one line, exit status 1. */
export class InputError extends Error {}
