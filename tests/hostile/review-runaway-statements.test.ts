// Migrations that try to hang the replay or run a program on the host. Each must stop at the
// review's time bound (or never run) and become a finding, while the rest of its file (on the
// state rebuilt after the engine was stopped) and the later files are still reviewed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import type { Review } from '../../src/core/review-types.js';
import { hits, lines, only, reviewPullRequest } from '../e2e/helpers.js';
import { measure, type Measured } from './measure.js';
import { BASE, D, expectStoppedAndRecovered, fileAround, traceOf, replayErrorsAt, STATEMENT_TIMEOUT_MS } from './runaway.js';

describe('statements that run forever or try to run a program', () => {
  const SLEEP = `${D}/002_sleep.sql`;
  const SERIES = `${D}/003_series.sql`;
  const COPY_FROM = `${D}/004_copy_from_program.sql`;
  const COPY_TO = `${D}/005_copy_to_program.sql`;
  const AFTER = `${D}/006_after.sql`;
  const sandbox = mkdtempSync(join(tmpdir(), 'pgmr-hostile-'));
  const pwnedFrom = join(sandbox, 'pwned-from');
  const pwnedTo = join(sandbox, 'pwned-to');
  let run: Measured<Review>;

  beforeAll(async () => {
    run = await measure(() =>
      reviewPullRequest({
        base: BASE,
        pr: {
          [SLEEP]: fileAround('a', 'SELECT pg_sleep(600);'),
          [SERIES]: fileAround('b', 'SELECT count(*) FROM generate_series(1, 1e12);'),
          [COPY_FROM]: fileAround('c', `COPY t FROM PROGRAM 'touch ${pwnedFrom}';`),
          [COPY_TO]: fileAround('d', `COPY t TO PROGRAM 'touch ${pwnedTo}';`),
          [AFTER]: lines('CREATE INDEX t_note_idx ON t (note);'),
        },
        // The memory limit covers the whole process (test runner included): these tests keep the
        // default, so that only the time bound can stop a statement.
        config: { statementTimeoutMs: STATEMENT_TIMEOUT_MS },
      }),
    );
  });
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

  it('pg_sleep(600): stopped at the time bound, replay-error at its line, the rest of the file replayed', () => {
    const trace = expectStoppedAndRecovered(run.value, SLEEP, DEFAULT_CONFIG.memoryLimitMb);
    expect(trace.error?.message).toMatch(/^stopped after 2000 ms/);
  });

  it('count(*) over generate_series(1, 1e12): stopped at the time bound, the rest of the file replayed', () => {
    const trace = expectStoppedAndRecovered(run.value, SERIES, DEFAULT_CONFIG.memoryLimitMb);
    expect(trace.error?.message).toMatch(/^stopped after 2000 ms/);
  });

  it('COPY ... FROM PROGRAM and TO PROGRAM never run the program on the host', () => {
    expect(existsSync(pwnedFrom)).toBe(false);
    expect(existsSync(pwnedTo)).toBe(false);
    // The rest of each file is still replayed: the duplicate key fails on the real database. It is
    // not reported as a replay-error, since the rows the COPY would have loaded are unknown.
    for (const path of [COPY_FROM, COPY_TO]) {
      expect(traceOf(run.value, path, 3)?.error?.code).toBe('23505');
      expect(replayErrorsAt(run.value, path, 4)).toBe('');
    }
  });

  it('COPY ... PROGRAM is reported at its line as not replayable, without being sent to the engine', () => {
    for (const path of [COPY_FROM, COPY_TO]) {
      expect(traceOf(run.value, path, 1)).toMatchObject({ outcome: 'not-replayable', durationMs: 0 });
      const atLine2 = run.value.findings.filter((f) => f.file === path && f.line === 2 && f.ruleId === 'not-replayable');
      expect(atLine2, path).toHaveLength(1);
      expect(atLine2[0].message).toContain('COPY with a server-side file or PROGRAM is not run by the review');
    }
  });

  it('later files are still reviewed, within bounded time', () => {
    only(run.value, 'require-concurrent-index', AFTER, 1);
    console.log(`runaway statements: ${run.seconds.toFixed(1)} s, peak ${run.peakMb} MB, ${hits(run.value, 'replay-error').length} replay-errors`);
    // Four statements stopped at 2 s each, plus an engine rebuild each: far from pg_sleep's 600 s.
  });
});

describe('COPY ... PROGRAM in a base migration', () => {
  it('is never sent to the engine: a base problem at its line, no time bound waited out, the program never runs', async () => {
    const sandbox = mkdtempSync(join(tmpdir(), 'pgmr-hostile-base-'));
    const pwned = join(sandbox, 'pwned-base');
    try {
      const copyFile = `${D}/001b_copy.sql`;
      const run = await measure(() =>
        reviewPullRequest({
          base: { ...BASE, [copyFile]: lines('CREATE TABLE seeded (id int);', `COPY seeded FROM PROGRAM 'touch ${pwned}';`, 'CREATE TABLE after_copy (id int);') },
          pr: { [`${D}/002_next.sql`]: lines('CREATE INDEX after_copy_idx ON after_copy (id);') },
          config: { statementTimeoutMs: STATEMENT_TIMEOUT_MS },
        }),
      );
      expect(existsSync(pwned)).toBe(false);
      expect(run.value.baseProblems).toEqual([
        expect.objectContaining({ path: copyFile, line: 2, message: expect.stringContaining('COPY with a server-side file or PROGRAM is not run by the review') }),
      ]);
      // The statements around it ran: the pull request's index is on a table the file created after the COPY.
      only(run.value, 'require-concurrent-index', `${D}/002_next.sql`, 1);
      expect(run.value.traces.every((t) => t.outcome !== 'timeout')).toBe(true);
    } finally {
      rmSync(sandbox, { recursive: true, force: true });
    }
  });
});
