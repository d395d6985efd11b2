import type { Command } from './io.ts';

// Placeholder: the owner of this evaluation replaces it.
export const evalSummarizationCommand: Command = {
  name: 'summarization',
  summary: 'TODO',
  help: 'Usage: wireproof eval summarization',
  async run(_args, io) {
    io.stderr('wireproof eval summarization: not implemented yet\n');
    return 1;
  },
};
