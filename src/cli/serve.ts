import type { Command } from './io.ts';

// Placeholder: the owner of this command replaces it.
export const serveCommand: Command = {
  name: 'serve',
  summary: 'TODO',
  help: 'Usage: wireproof serve',
  async run(_args, io) {
    io.stderr('wireproof serve: not implemented yet\n');
    return 1;
  },
};
