import type { Command } from './io.ts';
import { evalFaithfulnessCommand } from './eval-faithfulness.ts';
import { evalSummarizationCommand } from './eval-summarization.ts';
import { evalClusteringCommand } from './eval-clustering.ts';

const benchmarks: readonly Command[] = [
  evalFaithfulnessCommand,
  evalSummarizationCommand,
  evalClusteringCommand,
];

const help = [
  'Usage: wireproof eval <benchmark> [options]',
  '',
  'Benchmarks:',
  ...benchmarks.map((b) => `  ${b.name.padEnd(14)} ${b.summary}`),
  '',
  "Run 'wireproof eval <benchmark> --help' for its options.",
].join('\n');

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Score wireproof on a public benchmark (faithfulness, summarization, clustering)',
  help,
  async run(args, io) {
    const [name, ...rest] = args;
    if (name === '--help' || name === '-h') {
      io.stdout(`${help}\n`);
      return 0;
    }
    const bench = benchmarks.find((b) => b.name === name);
    if (!bench) {
      io.stderr(`wireproof eval: ${name ? `unknown benchmark '${name}'` : 'name a benchmark'}\n\n${help}\n`);
      return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${bench.help}\n`);
      return 0;
    }
    return bench.run(rest, io);
  },
};
