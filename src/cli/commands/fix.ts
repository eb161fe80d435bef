import type { Command } from '../command.ts';

export const fix: Command = {
  name: 'fix',
  summary: 'repair plain text or JSONL',
  usage: 'mojifix fix [FILE|-]',
  async run() {
    return 0;
  },
};
