// transaction-nesting, unknown-ignore, add-column-required, opaque-code and data-migration end to
// end: goose (wrapped), plain files run like psql, and Prisma (one implicit transaction).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { gooseShopBase, plainShopBase, SHOP_BASE } from './fixtures.js';
import { findingAt, hits, lines, only, reviewPullRequest, reviewed } from './helpers.js';

describe('goose: backfill in the DDL transaction, required column, DO block, BEGIN in a wrapped file', () => {
  const DIR = 'db/migrations';
  const F4 = `${DIR}/00004_order_currency.sql`;
  const F5 = `${DIR}/00005_user_nickname.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(DIR),
      pr: {
        [F4]: lines(
          '-- +goose Up', //                                                                                    1
          '-- pg-migration-review: ignore data-migrations -- orders is small', //                               2
          'ALTER TABLE orders ADD COLUMN currency text;', //                                                     3
          "UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;", //                                       4
          'ALTER TABLE orders ADD COLUMN region text NOT NULL;', //                                              5
          'CREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint NOT NULL, amount_cents integer NOT NULL);', // 6
          'ALTER TABLE refunds ADD COLUMN reason text NOT NULL;', //                                             7
          "UPDATE refunds SET reason = 'n/a';", //                                                               8
          'DO $$', //                                                                                            9
          'BEGIN', //                                                                                            10
          "  EXECUTE 'ALTER TABLE payments ADD COLUMN note text';", //                                           11
          'END $$;', //                                                                                          12
          '', //                                                                                                 13
          '-- +goose Down', //                                                                                   14
          'ALTER TABLE orders DROP COLUMN currency;', //                                                         15
        ),
        [F5]: lines(
          '-- +goose Up', //                              1
          'BEGIN;', //                                    2
          'ALTER TABLE users ADD COLUMN nickname text;', // 3
          'COMMIT;', //                                   4
        ),
      },
    });
  });

  it('reports the misspelt ignore at its comment line, so the data migration below is not silenced', () => {
    const f = only(review, 'unknown-ignore', F4, 2);
    expect(f.message).toContain('Did you mean `data-migration`?');
    expect(f.fix?.edits[0]).toEqual({ line: 2, endLine: 2, replacement: '-- pg-migration-review: ignore data-migration -- orders is small' });
  });

  it('reports the UPDATE with the ACCESS EXCLUSIVE lock the goose transaction already holds', () => {
    const f = only(review, 'data-migration', F4, 4);
    expect(f.ignored).toBe(false);
    expect(f.verified).toBe('trace');
    expect(f.message).toContain('ACCESS EXCLUSIVE on orders (line 3)');
  });

  it('reports the NOT NULL column without default on the existing table only', () => {
    const f = only(review, 'add-column-required', F4, 5);
    expect(f.severity).toBe('error');
    for (const fact of ['ADD COLUMN region', 'NOT NULL', 'orders']) expect(f.message).toContain(fact);
    // replay itself succeeded: the tables are empty
    expect(hits(review, 'replay-error', F4)).toEqual([]);
  });

  it('reports the DO block with what replay saw it lock', () => {
    const f = only(review, 'opaque-code', F4, 9);
    expect(f.severity).toBe('notice');
    expect(f.message).toContain('EXECUTE on line 11');
    expect(f.message).toContain('ACCESS EXCLUSIVE on payments');
  });

  it('reports BEGIN/COMMIT inside the transaction goose opens, once, with a fix removing them', () => {
    const f = only(review, 'transaction-nesting', F5, 2);
    for (const fact of ['BEGIN', 'goose']) expect(f.message).toContain(fact);
    expect(f.fix?.edits).toEqual([
      { line: 2, endLine: 2, replacement: '' },
      { line: 4, endLine: 4, replacement: '' },
    ]);
    expect(hits(review, 'transaction-nesting', F4)).toEqual([]);
  });
});

describe('plain files run like psql: nested and unclosed blocks, a procedure, a purge', () => {
  const DIR = 'migrations';
  const NESTED = `${DIR}/004_nested.sql`;
  const OPEN = `${DIR}/005_open.sql`;
  const PURGE = `${DIR}/006_purge.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: plainShopBase(DIR),
      pr: {
        [NESTED]: lines(
          'BEGIN;', //                                1
          'ALTER TABLE orders ADD COLUMN a text;', // 2
          'BEGIN;', //                                3
          'ALTER TABLE orders ADD COLUMN b text;', // 4
          'COMMIT;', //                               5
          'COMMIT;', //                               6
        ),
        [OPEN]: lines('ALTER TABLE users ADD COLUMN c text;', 'BEGIN;', 'ALTER TABLE users ADD COLUMN d text;'),
        [PURGE]: lines(
          "DELETE FROM audit_log WHERE at < now() - interval '1 year';", //                       1
          'CREATE PROCEDURE touch_payments() LANGUAGE plpgsql AS $$', //                           2
          'BEGIN', //                                                                             3
          "  EXECUTE 'UPDATE payments SET amount_cents = amount_cents';", //                       4
          'END $$;', //                                                                           5
          'CALL touch_payments();', //                                                            6
          "UPDATE users SET name = 'x' WHERE id = 1;", //                                          7
        ),
      },
    });
  });

  it('reports the nested BEGIN and the COMMIT left over', () => {
    expect(hits(review, 'transaction-nesting', NESTED).map((h) => h.line)).toEqual([3, 6]);
    for (const fact of ['COMMIT', 'line 5']) expect(findingAt(review, 'transaction-nesting', NESTED, 3).message).toContain(fact);
  });

  it('reports the BEGIN that is never committed', () => {
    expect(findingAt(review, 'transaction-nesting', OPEN, 2).message).toContain('never committed');
  });

  it('reports the purge outside a transaction, the dynamic procedure and its call, and not a one-row update', () => {
    expect(reviewed(review, PURGE)?.framework).toBe('plain');
    const purge = only(review, 'data-migration', PURGE, 1);
    expect(purge.message).toContain('DELETE on existing table audit_log');
    expect(purge.message).toContain('runs as one transaction');
    expect(hits(review, 'opaque-code', PURGE).map((h) => h.line)).toEqual([4, 6]);
    expect(findingAt(review, 'opaque-code', PURGE, 6).message).toContain('ROW EXCLUSIVE on payments');
  });
});

describe('Prisma: BEGIN/COMMIT around enum changes', () => {
  const D = 'prisma/migrations';
  const SPLIT = `${D}/20240301090000_status_enum/migration.sql`;
  const WHOLE = `${D}/20240302090000_wrapped/migration.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/migration_lock.toml`]: 'provider = "postgresql"\n',
        [`${D}/20240101090000_init/migration.sql`]: `-- CreateTable\n${SHOP_BASE.users}${SHOP_BASE.orders}${SHOP_BASE.payments}`,
      },
      pr: {
        [SPLIT]: lines(
          '-- AlterEnum', //                                           1
          'BEGIN;', //                                                 2
          'CREATE TYPE "Status_new" AS ENUM (\'A\', \'B\');', //        3
          'COMMIT;', //                                                4
          '', //                                                       5
          '-- AlterTable', //                                          6
          'ALTER TABLE "orders" ADD COLUMN "kind" TEXT NOT NULL;', //  7
        ),
        [WHOLE]: lines('BEGIN;', 'ALTER TABLE "users" ADD COLUMN "bio" TEXT;', 'COMMIT;'),
      },
    });
  });

  it('gives a notice when statements follow the COMMIT, and accepts a block around the whole file', () => {
    const f = only(review, 'transaction-nesting', SPLIT, 4);
    expect(f.severity).toBe('notice');
    expect(f.message).toContain('separately committed parts');
    expect(reviewed(review, WHOLE)?.framework).toBe('prisma');
    expect(hits(review, 'transaction-nesting', WHOLE)).toEqual([]);
  });

  it('reports the required column Prisma generated without a default', () => {
    expect(only(review, 'add-column-required', SPLIT, 7).message).toContain('existing table orders');
  });
});
