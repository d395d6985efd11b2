import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Another run holds the store. */
export class RunLockedError extends Error {
  constructor(
    readonly dbPath: string,
    readonly pid: number,
  ) {
    super(`${dbPath} is in use by another wireproof run (pid ${pid}); try again when it has finished`);
    this.name = 'RunLockedError';
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes `<db>.lock` so that two scheduled runs never cluster and write the same reports at once. A lock
 * left by a process that no longer exists (killed) is taken over. Returns the release function.
 */
export function acquireRunLock(dbPath: string): () => void {
  if (dbPath === ':memory:') return () => {};
  const file = `${dbPath}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new RunLockedError(dbPath, pid);
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`${file}: cannot take the run lock`);
}
