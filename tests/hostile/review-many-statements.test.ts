// 10,000 statements in one migration: every one is split, placed at its line and replayed, a
// syntax error in the middle does not stop the rest, and the review finishes (a guard against
// hangs and quadratic work, not a benchmark).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { covered, lines, only, reviewed, reviewPullRequest } from '../e2e/helpers.js';
import { measure, type Measured } from './measure.js';

const D = 'migrations';
const FILE = `${D}/002_seed_rows.sql`;
const STATEMENTS = 10_000;
const BROKEN_LINE = 5_001;

describe('10,000 statements in one file', () => {
  let run: Measured<Review>;

  beforeAll(async () => {
    // Line 1 creates the table; lines 2 .. 10,001 insert a row each, one of them misspelt; the last line indexes an existing table.
    const inserts = Array.from({ length: STATEMENTS }, (_, i) =>
      i + 2 === BROKEN_LINE ? `INSERT INTO seed VALUES (${i}, 'row ${i}'` : `INSERT INTO seed VALUES (${i}, 'row ${i}');`,
    );
    run = await measure(() =>
      reviewPullRequest({
        base: { [`${D}/001_base.sql`]: lines('CREATE TABLE t (id bigint PRIMARY KEY, note text);') },
        pr: { [FILE]: lines('CREATE TABLE seed (id int PRIMARY KEY, note text);', ...inserts, 'CREATE INDEX t_note_idx ON t (note);') },
      }),
    );
  }, 600_000);

  it('reviews every statement and places findings at their lines', () => {
    const review = run.value;
    // The broken INSERT swallows the next one up to its semicolon: one statement less.
    expect(reviewed(review, FILE)?.statements).toBe(STATEMENTS + 1);
    expect(only(review, 'syntax-error', FILE, BROKEN_LINE + 1).message).toContain('syntax error at or near "INSERT"');
    only(review, 'require-concurrent-index', FILE, STATEMENTS + 2);
    expect(covered(review, FILE).sort()).toEqual([`require-concurrent-index:${STATEMENTS + 2}`, `syntax-error:${BROKEN_LINE + 1}`].sort());
  });

  it('finishes within the memory bound (its seconds are logged for the bench, not asserted)', () => {
    const perStatementMs = (run.seconds * 1000) / STATEMENTS;
    console.log(`10,000 statements: ${run.seconds.toFixed(1)} s (${perStatementMs.toFixed(1)} ms per statement), peak ${run.peakMb} MB`);
    expect(run.peakMb).toBeLessThan(3000);
  });
});
