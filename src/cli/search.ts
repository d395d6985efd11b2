import type { Command } from './io.ts';

// Placeholder: the owner of this command replaces it.
export const searchCommand: Command = {
  name: 'search',
  summary: 'TODO',
  help: 'Usage: wireproof search',
  async run(_args, io) {
    io.stderr('wireproof search: not implemented yet\n');
    return 1;
  },
};
