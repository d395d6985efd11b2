import type { Command } from './io.ts';

// Placeholder: the owner of this command replaces it.
export const writeCommand: Command = {
  name: 'write',
  summary: 'TODO',
  help: 'Usage: wireproof write',
  async run(_args, io) {
    io.stderr('wireproof write: not implemented yet\n');
    return 1;
  },
};
