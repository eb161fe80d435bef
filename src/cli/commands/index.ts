import type { Command } from '../command.ts';
import { fix } from './fix.ts';
import { html } from './html.ts';
import { meta } from './meta.ts';
import { read } from './read.ts';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [fix, html, meta, read];
