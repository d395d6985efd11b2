import type { Command } from './io.ts';

// Placeholder: the owner of this command replaces it.
export const storiesCommand: Command = {
  name: 'stories',
  summary: 'TODO',
  help: 'Usage: wireproof stories',
  async run(_args, io) {
    io.stderr('wireproof stories: not implemented yet\n');
    return 1;
  },
};
