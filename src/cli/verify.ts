import type { Command } from './io.ts';

// Placeholder: the owner of this command replaces it.
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'TODO',
  help: 'Usage: wireproof verify',
  async run(_args, io) {
    io.stderr('wireproof verify: not implemented yet\n');
    return 1;
  },
};
