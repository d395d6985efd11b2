import type { Command } from './io.ts';

// Placeholder: the owner of this command replaces it.
export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'TODO',
  help: 'Usage: wireproof ingest',
  async run(_args, io) {
    io.stderr('wireproof ingest: not implemented yet\n');
    return 1;
  },
};
