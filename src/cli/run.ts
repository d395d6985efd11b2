import type { Command } from './io.ts';

// Placeholder: the owner of this command replaces it.
export const runCommand: Command = {
  name: 'run',
  summary: 'TODO',
  help: 'Usage: wireproof run',
  async run(_args, io) {
    io.stderr('wireproof run: not implemented yet\n');
    return 1;
  },
};
