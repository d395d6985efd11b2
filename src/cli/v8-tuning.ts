// V8 settings for wireproof's batch work, applied once at process start (bin/wireproof.js, the speed bench).
//
// V8 optimises a function after a small budget of calls and loop turns, a default tuned for web pages. The
// verifier runs each function on thousands of rows whose rare cases (an empty evidence list, a number with a
// fraction, a name the gazetteer knows) arrive late: functions optimised early were thrown away and compiled
// again, and on a cold pass over XSumFaith the compiler threads spent about a third of the process's CPU time.
// A larger budget gathers more type feedback first. It changes no result, only when code is optimised
// (BENCHMARKS.md, "Fourth session": eval claims per CPU-second, median of 5 alternating runs).
import { setFlagsFromString } from 'node:v8';

/** Eight times V8's default tier-up budget (66 KB of bytecode run per function; 4x and 16x measured lower). */
export const BATCH_V8_FLAGS = ['--interrupt-budget=540672'] as const;

let applied = false;

/** Applies BATCH_V8_FLAGS; call before the verifier's code first runs (later calls do nothing). */
export function tuneV8ForBatch(): void {
  if (applied) return;
  applied = true;
  for (const flag of BATCH_V8_FLAGS) setFlagsFromString(flag);
}
