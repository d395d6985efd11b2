import type { Command } from './io.ts';

// Placeholder: the owner of this evaluation replaces it.
export const evalClusteringCommand: Command = {
  name: 'clustering',
  summary: 'TODO',
  help: 'Usage: wireproof eval clustering',
  async run(_args, io) {
    io.stderr('wireproof eval clustering: not implemented yet\n');
    return 1;
  },
};
