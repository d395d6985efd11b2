import type { Command } from './io.ts';

// Placeholder: the owner of this evaluation replaces it.
export const evalFaithfulnessCommand: Command = {
  name: 'faithfulness',
  summary: 'TODO',
  help: 'Usage: wireproof eval faithfulness',
  async run(_args, io) {
    io.stderr('wireproof eval faithfulness: not implemented yet\n');
    return 1;
  },
};
