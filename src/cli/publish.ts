import type { Command } from './io.ts';

// Placeholder: the owner of this command replaces it.
export const publishCommand: Command = {
  name: 'publish',
  summary: 'TODO',
  help: 'Usage: wireproof publish',
  async run(_args, io) {
    io.stderr('wireproof publish: not implemented yet\n');
    return 1;
  },
};
