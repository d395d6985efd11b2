// CPU time of this process's main thread and of all its other threads (V8's compiler and collector helpers),
// read from /proc on Linux; null elsewhere. Clock ticks of 10 ms: fine for passes of a second or more.
import { readdirSync, readFileSync } from 'node:fs';

export interface ThreadCpu {
  readonly mainMs: number;
  readonly otherMs: number;
}

const TICK_MS = 10;

export function threadCpu(): ThreadCpu | null {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  let mainMs = 0;
  let otherMs = 0;
  for (const tid of tids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended between the listing and the read
    }
    // Fields after the parenthesised name: state is the first, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    if (tid === String(process.pid)) mainMs += ms;
    else otherMs += ms;
  }
  return { mainMs, otherMs };
}

/** CPU spent between two readings, per kind of thread. */
export function threadCpuSince(before: ThreadCpu | null): ThreadCpu | null {
  const now = threadCpu();
  return before && now ? { mainMs: now.mainMs - before.mainMs, otherMs: now.otherMs - before.otherMs } : null;
}
