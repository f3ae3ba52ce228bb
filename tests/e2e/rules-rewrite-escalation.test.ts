// add-column-rewrite, too-many-indexes, foreign-key-type-mismatch and the escalation rules (renames,
// TRUNCATE, DROP SCHEMA, large tables) end to end: real git repositories replayed on PGlite.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { gooseShopBase, plainShopBase, SHOP_BASE } from './fixtures.js';
import { fileVerdict, findingAt, hits, lines, listFindings, reviewPullRequest } from './helpers.js';

const MINE = [
  'add-column-rewrite', 'too-many-indexes', 'foreign-key-type-mismatch', 'rename-table', 'rename-column', 'truncate-table',
  'drop-schema', 'large-table-change',
];

/** Findings of this group's rules in `file`, as `rule:line`, by line (then rule id). */
function mine(review: Review, file: string): string[] {
  return review.findings
    .filter((f) => MINE.includes(f.ruleId) && f.file === file)
    .sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId))
    .map((f) => `${f.ruleId}:${f.line}`);
}

describe('goose: column rewrites, renames, a foreign key type mismatch and a large table', () => {
  const D = 'db/migrations';
  const ADD = `${D}/00004_add_columns.sql`;
  const RENAME = `${D}/00005_renames.sql`;
  const REFUNDS = `${D}/00006_refunds.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(D),
      config: { tableRows: { orders: 2_000_000, users: 50_000 } },
      pr: {
        [ADD]: lines(
          '-- +goose Up', //                                                                                    1
          "SET lock_timeout = '5s';", //                                                                        2
          'ALTER TABLE orders ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();', //                3
          'ALTER TABLE orders ADD COLUMN archived boolean NOT NULL DEFAULT false;', //                          4
          'ALTER TABLE users ADD COLUMN last_seen_at timestamptz DEFAULT now();', //                            5
          'ALTER TABLE payments ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;', //                        6
          'ALTER TABLE orders ADD COLUMN total_eur numeric GENERATED ALWAYS AS (total_cents / 100.0) STORED;', // 7
          'CREATE TABLE coupons (code text PRIMARY KEY);', //                                                   8
          'ALTER TABLE coupons ADD COLUMN token uuid DEFAULT gen_random_uuid();', //                            9
          '-- +goose Down', //                                                                                  10
          'ALTER TABLE orders DROP COLUMN public_id;', //                                                       11
        ),
        [RENAME]: lines(
          '-- +goose Up', //                                                     1
          "SET lock_timeout = '5s';", //                                         2
          'ALTER TABLE audit_log RENAME TO audit_events;', //                    3
          'ALTER TABLE users RENAME COLUMN name TO full_name;', //               4
          'ALTER TABLE payments RENAME TO payment_attempts;', //                 5
          'CREATE VIEW payments AS SELECT * FROM payment_attempts;', //          6
          'ALTER TABLE coupons RENAME COLUMN token TO secret;', //               7
        ),
        [REFUNDS]: lines(
          '-- +goose Up',
          'CREATE TABLE refunds (',
          '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
          '  order_id integer NOT NULL REFERENCES orders (id),',
          '  amount_cents integer NOT NULL',
          ');',
          'CREATE INDEX refunds_order_id_idx ON refunds (order_id);',
        ),
      },
    });
  });

  it('add-column-rewrite: volatile default, identity and STORED on existing tables, read from the replay inside the goose transaction', () => {
    expect(hits(review, 'add-column-rewrite', ADD).map((h) => h.line), listFindings(review)).toEqual([3, 6, 7]);
    const uuid = findingAt(review, 'add-column-rewrite', ADD, 3);
    expect(uuid.severity).toBe('error');
    expect(uuid.verified).toBe('trace');
    // The default, the lock and its table, the indexes rebuilt, and that the lock lasts until the transaction commits.
    for (const fact of ['volatile', 'gen_random_uuid()', 'ACCESS EXCLUSIVE on orders', '2 indexes', 'transaction commits']) expect(uuid.message).toContain(fact);
    // The second ALTER of orders in the block takes no new lock; the rewrite still shows in the trace.
    expect(findingAt(review, 'add-column-rewrite', ADD, 7).verified).toBe('trace');
    expect(findingAt(review, 'add-column-rewrite', ADD, 6).message).toContain('identity');
  });

  it('large-table-change: every write-blocking statement on orders (2,000,000 rows), not on users (below the threshold)', () => {
    expect(hits(review, 'large-table-change', ADD).map((h) => h.line)).toEqual([3, 4, 7]);
    const rewrite = findingAt(review, 'large-table-change', ADD, 3);
    expect(rewrite.severity).toBe('escalate');
    for (const fact of ['orders', '2,000,000 rows', 'rewrites']) expect(rewrite.message).toContain(fact);
    expect(findingAt(review, 'large-table-change', ADD, 4).message).toContain('ACCESS EXCLUSIVE');
  });

  it('rename-table and rename-column escalate for existing objects; a compatibility view or a new column does not', () => {
    expect(mine(review, RENAME)).toEqual(['rename-table:3', 'rename-column:4']);
    const table = findingAt(review, 'rename-table', RENAME, 3);
    for (const fact of ['audit_log', 'audit_events']) expect(table.message).toContain(fact);
    expect(table.fix?.edits[0].replacement).toBe('ALTER TABLE audit_log RENAME TO audit_events;\nCREATE VIEW audit_log AS SELECT * FROM audit_events;');
    for (const fact of ['users.name', 'full_name']) expect(findingAt(review, 'rename-column', RENAME, 4).message).toContain(fact);
    expect(fileVerdict(review, RENAME)).toBe('escalate');
  });

  it('foreign-key-type-mismatch: a new table whose integer column references a bigint key (and the lock it takes on orders)', () => {
    const f = findingAt(review, 'foreign-key-type-mismatch', REFUNDS, 2);
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/refunds\.order_id is integer\b.*orders\.id is bigint\b/);
    // Creating the foreign key locks the referenced table too, which blocks writes to the large orders table.
    expect(mine(review, REFUNDS)).toEqual(['foreign-key-type-mismatch:2', 'large-table-change:2']);
    expect(findingAt(review, 'large-table-change', REFUNDS, 2).message).toContain('SHARE ROW EXCLUSIVE');
  });
});

describe('plain files with BEGIN/COMMIT on PostgreSQL 10: constant defaults, TRUNCATE, DROP SCHEMA, index count', () => {
  const D = 'migrations';
  const CLEANUP = `${D}/005_cleanup.sql`;
  const INDEX = `${D}/006_index_payments.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        ...plainShopBase(D),
        [`${D}/004_reporting.sql`]: lines(
          'CREATE SCHEMA reporting;',
          'CREATE TABLE reporting.daily_sales (day date PRIMARY KEY, total_cents bigint NOT NULL);',
          'CREATE TABLE reporting.top_users (user_id bigint PRIMARY KEY, orders integer NOT NULL);',
        ),
      },
      config: { postgresVersion: 10, maxIndexesPerTable: 3 },
      pr: {
        [CLEANUP]: lines(
          'BEGIN;', //                                                                  1
          "SET LOCAL lock_timeout = '5s';", //                                          2
          "ALTER TABLE orders ADD COLUMN channel text NOT NULL DEFAULT 'web';", //       3
          'ALTER TABLE orders ADD COLUMN coupon text;', //                               4
          'TRUNCATE audit_log;', //                                                      5
          'DROP SCHEMA reporting CASCADE;', //                                           6
          'COMMIT;', //                                                                  7
        ),
        [INDEX]: lines('CREATE INDEX CONCURRENTLY payments_amount_idx ON payments (amount_cents);'),
      },
    });
  });

  it('add-column-rewrite: any non-null default rewrites before PostgreSQL 11 (static knowledge)', () => {
    const f = findingAt(review, 'add-column-rewrite', CLEANUP, 3);
    expect(f.verified).toBe('static');
    for (const fact of ['PostgreSQL 10', 'channel', "DEFAULT 'web'::text"]) expect(f.message).toContain(fact);
  });

  it('truncate-table and drop-schema escalate, naming what goes', () => {
    expect(mine(review, CLEANUP), listFindings(review)).toEqual(['add-column-rewrite:3', 'truncate-table:5', 'drop-schema:6']);
    expect(findingAt(review, 'truncate-table', CLEANUP, 5).message).toContain('until the transaction commits');
    for (const fact of ['reporting', '2 tables', '(reporting.daily_sales, reporting.top_users)']) expect(findingAt(review, 'drop-schema', CLEANUP, 6).message).toContain(fact);
  });

  it('too-many-indexes: payments ends with 4 indexes against a limit of 3, reported at the CREATE INDEX', () => {
    const f = findingAt(review, 'too-many-indexes', INDEX, 1);
    expect(f.severity).toBe('notice');
    for (const fact of ['payments', '4 indexes', 'limit is 3']) expect(f.message).toContain(fact);
    expect(f.message).toContain('payments_amount_idx (new)');
    expect(hits(review, 'too-many-indexes')).toHaveLength(1);
  });
});

describe('Prisma: one implicit transaction per migration.sql', () => {
  const D = 'prisma/migrations';
  const PR = `${D}/20240401090000_user_tokens/migration.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/migration_lock.toml`]: 'provider = "postgresql"\n',
        [`${D}/20240101090000_init/migration.sql`]: `-- CreateTable\n${SHOP_BASE.users}${SHOP_BASE.orders}${SHOP_BASE.payments}`,
      },
      pr: {
        [PR]: lines(
          '-- AlterTable', //                                                                     1
          'ALTER TABLE "users" RENAME COLUMN "name" TO "display_name";', //                        2
          'ALTER TABLE "users" ADD COLUMN "api_key" TEXT NOT NULL DEFAULT gen_random_uuid()::text,', // 3
          'ADD COLUMN "plan" TEXT NOT NULL DEFAULT \'free\';', //                                   4
          '', //                                                                                   5
          '-- CreateTable', //                                                                     6
          'CREATE TABLE "sessions" (', //                                                          7
          '    "id" TEXT NOT NULL,', //                                                            8
          '    "user_id" INTEGER NOT NULL,', //                                                    9
          '    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")', //                                  10
          ');', //                                                                                 11
          '', //                                                                                   12
          '-- AddForeignKey', //                                                                   13
          'ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;', // 14
        ),
      },
    });
  });

  it('reports the rename, the rewriting ADD COLUMN (only the volatile one) and the foreign key type at their lines', () => {
    expect(mine(review, PR), listFindings(review)).toEqual(['rename-column:2', 'add-column-rewrite:3', 'foreign-key-type-mismatch:14']);
    const rewrite = findingAt(review, 'add-column-rewrite', PR, 3);
    expect(rewrite.verified).toBe('trace');
    for (const fact of ['api_key', 'volatile', '(gen_random_uuid())::text']) expect(rewrite.message).toContain(fact);
    expect(rewrite.message).not.toContain('plan');
    expect(findingAt(review, 'foreign-key-type-mismatch', PR, 14).message).toMatch(/sessions\.user_id is integer\b.*users\.id is bigint\b/);
  });
});
