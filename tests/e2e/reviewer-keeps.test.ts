// Findings a reviewer keeps (issue 11, item 4): an enum label rename escalated, lock-held-across-
// statements only for slow work under the lock, locks named on the statement that took them, a
// pattern repeated over many tables reported once, partitions not repeating their parent,
// SET LOCAL inside transactions, redundant-index on the redundant index, column findings on the
// column's line. Real git repositories replayed on PGlite.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { gooseShopBase } from './fixtures.js';
import { findingAt, hits, lines, listFindings, reviewPullRequest } from './helpers.js';

const D = 'migrations';

describe('rename-enum-value: a label of an enum that existed before the pull request', () => {
  const RENAME = `${D}/002_rename_status.sql`;
  const NEW = `${D}/003_new_enum.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/001_orders.sql`]: lines(
          "CREATE TYPE order_status AS ENUM ('pending', 'shipped');",
          'CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);',
        ),
      },
      pr: {
        [RENAME]: lines(
          "SET lock_timeout = '5s';", //                                                  1
          "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';", //           2
          "ALTER TYPE order_status ADD VALUE 'returned';", //                             3
          "ALTER TYPE order_status RENAME VALUE 'returned' TO 'refunded';", //            4
        ),
        [NEW]: lines(
          "CREATE TYPE ticket_state AS ENUM ('open', 'closed');", //                      1
          "ALTER TYPE ticket_state RENAME VALUE 'closed' TO 'resolved';", //              2
        ),
      },
    });
  });

  it('escalates the rename of an existing label, naming the old and new labels', () => {
    const f = findingAt(review, 'rename-enum-value', RENAME, 2);
    expect(f.severity).toBe('escalate');
    expect(f.message).toContain("label 'shipped' of existing enum order_status to 'dispatched'");
    expect(f.help).toContain("add 'dispatched'");
    expect(review.verdict).toBe('escalate');
  });

  it('is silent for a label added and an enum created in the same pull request', () => {
    expect(hits(review, 'rename-enum-value').map((h) => `${h.file}:${h.line}`), listFindings(review)).toEqual([`${RENAME}:2`]);
  });
});

describe('lock-held-across-statements: only when a later statement of the transaction does work that grows with the data', () => {
  const G = 'db/migrations';
  const INSTANT = `${G}/00004_instant.sql`;
  const BACKFILL = `${G}/00005_backfill.sql`;
  const INDEX = `${G}/00006_index.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(G),
      pr: {
        [INSTANT]: lines(
          '-- +goose Up', //                                                     1
          "SET lock_timeout = '5s';", //                                         2
          'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;', //            3
          "COMMENT ON COLUMN orders.shipped_at IS 'when it left';", //           4
          "ALTER TABLE orders ADD COLUMN carrier text DEFAULT 'post';", //       5
          'GRANT SELECT ON orders TO PUBLIC;', //                                6
          'CREATE TABLE carriers (name text PRIMARY KEY);', //                   7
          'CREATE INDEX carriers_lower_idx ON carriers (lower(name));', //       8
          "SET LOCAL statement_timeout = '1min';", //                            9
        ),
        [BACKFILL]: lines(
          '-- +goose Up', //                                                     1
          "SET lock_timeout = '5s';", //                                         2
          'ALTER TABLE users ADD COLUMN nickname text;', //                      3
          "COMMENT ON COLUMN users.nickname IS 'shown name';", //                4
          'UPDATE users SET nickname = name;', //                                5
        ),
        [INDEX]: lines(
          '-- +goose Up', //                                                     1
          "SET lock_timeout = '5s';", //                                         2
          'ALTER TABLE payments ADD COLUMN refunded boolean;', //                3
          'CREATE INDEX payments_refunded_idx ON payments (refunded);', //       4
        ),
      },
    });
  });

  it('is silent when every later statement is instant (COMMENT, ADD COLUMN with a constant default, GRANT, CREATE TABLE, SET)', () => {
    expect(hits(review, 'lock-held-across-statements', INSTANT), listFindings(review)).toEqual([]);
  });

  it('names the later statement and what it does: a backfill, an index build', () => {
    const backfill = findingAt(review, 'lock-held-across-statements', BACKFILL, 3);
    expect(backfill.message).toContain('ACCESS EXCLUSIVE on existing table users');
    expect(backfill.message).toContain('line 5 (UPDATE: changes rows of users)');
    expect(backfill.message).not.toContain('line 4');
    const index = findingAt(review, 'lock-held-across-statements', INDEX, 3);
    expect(index.message).toContain('line 4 (CREATE INDEX: builds an index on payments)');
    expect(hits(review, 'lock-held-across-statements').length, listFindings(review)).toBe(2);
  });
});
