import type { Command } from '../command.ts';
import { fix } from './fix.ts';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [fix];
