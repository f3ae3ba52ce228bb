// Shared by the runaway-statement tests: a file built around one hostile statement, and the
// checks that it was stopped at a bound and that the rest of its file still ran.
import { expect } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import type { StepTrace } from '../../src/core/trace-types.js';
import { findingAt, lines } from '../e2e/helpers.js';

export const D = 'migrations';
export const BASE = { [`${D}/001_base.sql`]: lines('CREATE TABLE t (id bigint PRIMARY KEY, note text, other text);') };

/** Small enough that each runaway statement costs seconds. */
export const STATEMENT_TIMEOUT_MS = 2000;

/**
 * The hostile statement on line 2, between statements whose effects the rest of the file needs:
 * line 4 fails on the duplicate row line 3 inserted into the table line 1 created, which it can
 * only do if the engine was rebuilt with both after the stop.
 */
export function fileAround(table: string, hostile: string): string {
  return lines(`CREATE TABLE ${table} (id int);`, hostile, `INSERT INTO ${table} VALUES (1), (1);`, `ALTER TABLE ${table} ADD PRIMARY KEY (id);`);
}

export function traceOf(review: Review, path: string, index: number): StepTrace | undefined {
  return review.traces.find((t) => t.path === path && t.statementIndex === index);
}

/** Messages of the replay-errors at `line` of `path`, joined. */
export function replayErrorsAt(review: Review, path: string, line: number): string {
  return review.findings
    .filter((f) => f.ruleId === 'replay-error' && f.file === path && f.line === line)
    .map((f) => f.message)
    .join('\n');
}

/** Line 2 was stopped at a bound (which one is in its trace); lines 3 and 4 ran on the rebuilt database. */
export function expectStoppedAndRecovered(review: Review, path: string, memoryLimitMb: number): StepTrace {
  const trace = traceOf(review, path, 1);
  expect(trace?.outcome).toBe('timeout');
  expect(trace?.error?.message).toMatch(new RegExp(`^stopped (after ${STATEMENT_TIMEOUT_MS} ms|at \\d+ MB resident memory)`));
  expect(findingAt(review, 'replay-error', path, 2).message).toContain(
    `did not finish within the review's bound (${STATEMENT_TIMEOUT_MS} ms per statement, ${memoryLimitMb} MB of memory)`,
  );
  expect(traceOf(review, path, 2)?.outcome).toBe('ok');
  expect(replayErrorsAt(review, path, 4)).toContain('ERROR 23505: could not create unique index');
  return trace!;
}
