// Findings a reviewer keeps (issue 11, item 4): an enum label rename escalated, lock-held-across-
// statements only for slow work under the lock, locks named on the statement that took them, a
// pattern repeated over many tables reported once, partitions not repeating their parent,
// SET LOCAL inside transactions, redundant-index on the redundant index, column findings on the
// column's line. Real git repositories replayed on PGlite.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
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
