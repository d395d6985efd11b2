import type { Command } from './io.ts';
import { runCommand } from './run.ts';
import { ingestCommand } from './ingest.ts';
import { storiesCommand } from './stories.ts';
import { searchCommand } from './search.ts';
import { writeCommand } from './write.ts';
import { verifyCommand } from './verify.ts';
import { evalCommand } from './eval.ts';
import { publishCommand } from './publish.ts';
import { serveCommand } from './serve.ts';

/** Every command, in the order `wireproof --help` lists them. */
export const commands: readonly Command[] = [
  runCommand,
  ingestCommand,
  storiesCommand,
  searchCommand,
  writeCommand,
  verifyCommand,
  publishCommand,
  serveCommand,
  evalCommand,
];
