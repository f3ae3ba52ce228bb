// A migration that allocates without end: stopped at the memory bound (or the time bound, if
// that comes first), reported at its line, and the review goes on. In its own test file, so the
// process starts with only this review's memory (the limit covers the whole process).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { lines, only, reviewPullRequest } from '../e2e/helpers.js';
import { measure, type Measured } from './measure.js';
import { BASE, D, expectStoppedAndRecovered, fileAround, STATEMENT_TIMEOUT_MS } from './runaway.js';

const MEMORY_LIMIT_MB = 1024;

describe('a statement that exhausts memory', () => {
  const AGG = `${D}/002_string_agg.sql`;
  const AFTER = `${D}/003_after.sql`;
  let run: Measured<Review>;

  beforeAll(async () => {
    run = await measure(() =>
      reviewPullRequest({
        base: BASE,
        pr: {
          // 100,000 copies of a 1 MB string: 100 GB if nothing stops it.
          [AGG]: fileAround('a', "SELECT string_agg(repeat('x', 1000000), ',') FROM generate_series(1, 100000);"),
          [AFTER]: lines('CREATE INDEX t_note_idx ON t (note);'),
        },
        config: { statementTimeoutMs: STATEMENT_TIMEOUT_MS, memoryLimitMb: MEMORY_LIMIT_MB },
      }),
    );
  });

  it('is stopped at a bound, reported at its line, and the rest of the file is replayed', () => {
    expectStoppedAndRecovered(run.value, AGG, MEMORY_LIMIT_MB);
  });

  it('later files are still reviewed; memory and time stay bounded', () => {
    only(run.value, 'require-concurrent-index', AFTER, 1);
    console.log(`string_agg: ${run.seconds.toFixed(1)} s, peak ${run.peakMb} MB (limit ${MEMORY_LIMIT_MB} MB, sampled every 100 ms)`);
    // The watchdog samples every 100 ms: allow what a runaway allocation adds in that time.
    expect(run.peakMb).toBeLessThan(MEMORY_LIMIT_MB + 1024);
  });
});
