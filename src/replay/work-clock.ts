// The replay's per-statement limit judges the statement, not the machine: it counts the CPU time
// the worker thread spent (Linux reports it per thread in /proc), so a runner busy with other
// jobs slows a review without stopping statements that are merely slow. PGlite's pg_sleep spins,
// so it is counted too. Where per-thread CPU time is not readable, the clock is wall time.
import { readFileSync, readlinkSync } from 'node:fs';

/** Milliseconds of work: the thread's CPU time, or wall time. */
export type WorkClock = () => number;

/** How many times the limit a request may last in wall time however little CPU it got (a hang). */
export const WALL_CEILING_FACTOR = 20;

export const wallClock: WorkClock = () => performance.now();

/** Called in the worker: its thread's /proc entry (`<pid>/task/<tid>`), for the engine to read. */
export function ownThreadEntry(): string | undefined {
  try {
    const entry = readlinkSync('/proc/thread-self');
    return Number.isFinite(schedstatMs(entry)) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** A clock on the CPU time of that thread; wall time when there is no entry. */
export function threadCpuClock(entry: string | undefined): WorkClock {
  if (!entry) return wallClock;
  let last = 0;
  return () => {
    try {
      last = schedstatMs(entry);
    } catch {
      // The thread is gone: it does no more work (its exit is handled as a crash elsewhere).
    }
    return last;
  };
}

/** schedstat's first field: nanoseconds the thread ran on a CPU. */
function schedstatMs(entry: string): number {
  return Number(readFileSync(`/proc/${entry}/schedstat`, 'utf8').split(' ', 1)[0]) / 1e6;
}
