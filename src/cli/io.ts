/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** True when stdout is a terminal (progress bars); false in pipes and tests. */
  readonly isTTY: boolean;
}

export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full help text for `wireproof NAME --help`. */
  readonly help: string;
  /** Returns the exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}

export const processIO = (): CliIO => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
});

/** A usage error: printed with the command's help hint, exit code 2. */
export class UsageError extends Error {}

/** Collects writes, for tests. */
export function memoryIO(env: Record<string, string | undefined> = {}, cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env,
    cwd,
    isTTY: false,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
