import { readFileSync } from 'node:fs';
import { processIO, UsageError, type CliIO, type Command } from './io.ts';
import { commands } from './commands.ts';

const version = (): string =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;

function topHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'wireproof: neutral, cited news articles from source reports, every sentence verified.',
    '',
    'Usage: wireproof <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `wireproof <command> --help` for a command's options.",
    'Options: --help, --version',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`wireproof: unknown command '${name}'\n\n${topHelp()}`);
    return 2;
  }
  if (command.name !== 'eval' && (rest.includes('--help') || rest.includes('-h'))) {
    io.stdout(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(
        `wireproof ${name}: ${(error as Error).message}\nRun 'wireproof ${name} --help' for usage.\n`,
      );
      return 2;
    }
    io.stderr(`wireproof ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}
