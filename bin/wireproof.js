#!/usr/bin/env node
// Entry point: registers tsx so the TypeScript sources run as they are, then hands over to the CLI.
import { register } from 'tsx/esm/api';
register();
// Before any of the CLI's code runs: V8 settings for batch work (src/cli/v8-tuning.ts says why).
const { tuneV8ForBatch } = await import('../src/cli/v8-tuning.ts');
tuneV8ForBatch();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
