// Layer 1 end to end per framework: whether CREATE INDEX CONCURRENTLY runs inside a transaction
// block the way each runner applies the file, and out-of-order versions where the runner cares.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { gooseShopBase, plainShopBase, SHOP_BASE } from './fixtures.js';
import { covered, fileVerdict, hits, lines, only, reviewed, reviewPullRequest } from './helpers.js';

/** CONCURRENTLY needs a transaction-free run; these rules must never mistake it for a plain build. */
function expectNoLockOrReplayFinding(review: Review, ...files: string[]): void {
  for (const file of files) {
    expect(hits(review, 'require-concurrent-index', file)).toEqual([]);
    expect(hits(review, 'replay-error', file)).toEqual([]);
  }
}

describe('goose', () => {
  const WRAPPED = 'db/migrations/00004_index_orders_status.sql';
  const NO_TX = 'db/migrations/00005_index_payments_amount.sql';
  const FUNCTION = 'db/migrations/00006_touch_orders.sql';
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase('db/migrations'),
      pr: {
        [WRAPPED]: lines(
          '-- +goose Up', //                                                    1
          '-- the author forgot NO TRANSACTION', //                             2
          '', //                                                                3
          'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx', //       4
          '  ON orders (status);', //                                           5
          '-- +goose Down', //                                                  6
          'DROP INDEX CONCURRENTLY orders_status_idx;', //                      7
        ),
        [NO_TX]: lines(
          '-- +goose NO TRANSACTION',
          '-- +goose Up',
          'CREATE INDEX CONCURRENTLY payments_amount_idx ON payments (amount_cents);',
          '-- +goose Down',
          'DROP INDEX CONCURRENTLY payments_amount_idx;',
        ),
        [FUNCTION]: lines(
          '-- +goose Up', //                                                            1
          '-- +goose StatementBegin', //                                                2
          'CREATE FUNCTION touch_order() RETURNS trigger AS $$', //                     3
          'BEGIN', //                                                                   4
          '  NEW.placed_at := now();', //                                               5
          '  RETURN NEW;', //                                                           6
          'END;', //                                                                    7
          '$$ LANGUAGE plpgsql;', //                                                    8
          '-- +goose StatementEnd', //                                                  9
          '', //                                                                        10
          'CREATE INDEX orders_placed_at_idx ON orders (placed_at);', //                11
        ),
      },
    });
  });

  it('StatementBegin/End bodies: the next statement keeps its line', () => {
    expect(reviewed(review, FUNCTION)?.statements).toBe(2);
    expect(covered(review, FUNCTION)).toEqual(['require-concurrent-index:11']);
  });

  it('fires in the file goose wraps in a transaction, at the statement line', () => {
    const f = only(review, 'concurrently-in-transaction', WRAPPED, 4);
    expect(f.severity).toBe('error');
    expect(f.help).toContain('NO TRANSACTION');
    expect(fileVerdict(review, WRAPPED)).toBe('fail');
  });

  it('not under NO TRANSACTION, and the Down section is not reviewed', () => {
    expect(reviewed(review, NO_TX)).toEqual({ status: 'added', framework: 'goose', statements: 1 });
    expect(covered(review, NO_TX)).toEqual([]);
    expect(fileVerdict(review, NO_TX)).toBe('pass');
    expectNoLockOrReplayFinding(review, NO_TX, WRAPPED);
  });
});

describe('dbmate', () => {
  const D = 'db/migrations';
  const WRAPPED = `${D}/20240301090000_index_orders_status.sql`;
  const NO_TX = `${D}/20240302090000_index_payments_amount.sql`;
  const EARLY = `${D}/20231231090000_create_wishlists.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/20240101090000_create_users.sql`]: `-- migrate:up\n${SHOP_BASE.users}\n-- migrate:down\nDROP TABLE users;\n`,
        [`${D}/20240102090000_create_orders.sql`]: `-- migrate:up\n${SHOP_BASE.orders}\n-- migrate:down\nDROP TABLE orders;\n`,
        [`${D}/20240103090000_create_payments.sql`]: `-- migrate:up\n${SHOP_BASE.payments}\n-- migrate:down\nDROP TABLE payments;\n`,
      },
      pr: {
        [WRAPPED]: lines(
          '-- migrate:up', //                                                    1
          '', //                                                                 2
          '-- dbmate wraps this in a transaction', //                            3
          'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);', //  4
          '', //                                                                 5
          '-- migrate:down', //                                                  6
          'DROP INDEX orders_status_idx;', //                                    7
        ),
        [NO_TX]: lines(
          '-- migrate:up transaction:false',
          'CREATE INDEX CONCURRENTLY payments_amount_idx ON payments (amount_cents);',
          '-- migrate:down',
          '-- never reviewed',
          'DROP TABLE orders;',
        ),
        [EARLY]: lines('-- migrate:up', 'CREATE TABLE wishlists (id bigint PRIMARY KEY, user_id bigint NOT NULL);', '-- migrate:down', 'DROP TABLE wishlists;'),
      },
    });
  });

  it('fires without transaction:false', () => {
    only(review, 'concurrently-in-transaction', WRAPPED, 4);
  });

  it('not with transaction:false; the down part is not reviewed', () => {
    expect(reviewed(review, NO_TX)).toEqual({ status: 'added', framework: 'dbmate', statements: 1 });
    expect(covered(review, NO_TX)).toEqual([]);
    expectNoLockOrReplayFinding(review, NO_TX, WRAPPED);
  });

  it('an out-of-order version is a warning (dbmate applies it anyway)', () => {
    const f = only(review, 'out-of-order-migration', EARLY, 1);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('20240103090000_create_payments.sql');
    expect(fileVerdict(review, EARLY)).toBe('warn');
  });
});

describe('golang-migrate', () => {
  const D = 'migrations';
  const TWO = `${D}/000040_index_orders_status.up.sql`;
  const ALONE = `${D}/000050_index_payments_amount.up.sql`;
  const EARLY = `${D}/000015_create_wishlists.up.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/000010_create_users.up.sql`]: SHOP_BASE.users,
        [`${D}/000010_create_users.down.sql`]: 'DROP TABLE users;\n',
        [`${D}/000020_create_orders.up.sql`]: SHOP_BASE.orders,
        [`${D}/000020_create_orders.down.sql`]: 'DROP TABLE orders;\n',
        [`${D}/000030_create_payments.up.sql`]: SHOP_BASE.payments,
        [`${D}/000030_create_payments.down.sql`]: 'DROP TABLE payments;\n',
      },
      pr: {
        [TWO]: lines(
          "SET lock_timeout = '5s';", //                                                            1
          '', //                                                                                    2
          '-- two statements: golang-migrate sends them as one implicit transaction', //            3
          'CREATE INDEX CONCURRENTLY orders_status_idx', //                                         4
          '  ON orders (status);', //                                                               5
        ),
        [`${D}/000040_index_orders_status.down.sql`]: 'DROP INDEX CONCURRENTLY orders_status_idx;\nDROP INDEX orders_status_idx;\n',
        [ALONE]: lines('-- alone in its file: runs outside a transaction', 'CREATE INDEX CONCURRENTLY payments_amount_idx ON payments (amount_cents);'),
        [EARLY]: 'CREATE TABLE wishlists (id bigint PRIMARY KEY, user_id bigint NOT NULL);\n',
      },
    });
  });

  it('fires when CONCURRENTLY shares the file with another statement', () => {
    const f = only(review, 'concurrently-in-transaction', TWO, 4);
    expect(f.message).toContain('implicit');
  });

  it('not when it is alone in its file; down files are not reviewed', () => {
    expect(reviewed(review, ALONE)).toEqual({ status: 'added', framework: 'golang-migrate', statements: 1 });
    expect(covered(review, ALONE)).toEqual([]);
    expect(review.files.map((f) => f.path).filter((p) => p.endsWith('.down.sql'))).toEqual([]);
    expectNoLockOrReplayFinding(review, ALONE, TWO);
  });

  it('an out-of-order version is an error', () => {
    const f = only(review, 'out-of-order-migration', EARLY, 1);
    expect(f.severity).toBe('error');
    expect(review.verdict).toBe('fail');
  });
});

describe('Prisma', () => {
  const D = 'prisma/migrations';
  const TWO = `${D}/20240301090000_index_orders_status/migration.sql`;
  const ALONE = `${D}/20240302090000_index_payments_amount/migration.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/migration_lock.toml`]: 'provider = "postgresql"\n',
        [`${D}/20240101090000_init/migration.sql`]: `-- CreateTable\n${SHOP_BASE.users}${SHOP_BASE.orders}${SHOP_BASE.payments}`,
      },
      pr: {
        [TWO]: lines(
          '-- AlterTable', //                                                        1
          'ALTER TABLE "orders" ADD COLUMN "shipped_at" TIMESTAMPTZ;', //            2
          '', //                                                                     3
          '-- CreateIndex', //                                                       4
          'CREATE INDEX CONCURRENTLY "orders_status_idx" ON "orders"("status");', // 5
        ),
        [ALONE]: lines('-- CreateIndex', 'CREATE INDEX CONCURRENTLY "payments_amount_idx" ON "payments"("amount_cents");'),
      },
    });
  });

  it('fires in a multi-statement migration.sql', () => {
    only(review, 'concurrently-in-transaction', TWO, 5);
    expect(review.files.find((f) => f.path === TWO)?.framework).toBe('prisma');
  });

  it('not in a migration that holds only that statement', () => {
    expect(reviewed(review, ALONE)).toEqual({ status: 'added', framework: 'prisma', statements: 1 });
    expect(covered(review, ALONE)).toEqual([]);
    expectNoLockOrReplayFinding(review, ALONE, TWO);
  });
});

describe('Flyway', () => {
  const D = 'src/main/resources/db/migration';
  const ALONE = `${D}/V4__index_payments_amount.sql`;
  const MIXED = `${D}/V5__index_orders_status.sql`;
  const EARLY = `${D}/V2_1__create_wishlists.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/V1__create_users.sql`]: SHOP_BASE.users,
        [`${D}/V2__create_orders.sql`]: SHOP_BASE.orders,
        [`${D}/V3__create_payments.sql`]: SHOP_BASE.payments,
      },
      pr: {
        [ALONE]: lines(
          '-- only non-transactional statements: Flyway runs the script outside a transaction',
          'CREATE INDEX CONCURRENTLY payments_amount_idx ON payments (amount_cents);',
          'CREATE INDEX CONCURRENTLY orders_placed_at_idx ON orders (placed_at);',
        ),
        [MIXED]: lines(
          "SET lock_timeout = '5s';", //                                                  1
          'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;', //                      2
          '-- mixed with transactional statements: Flyway fails the migration', //         3
          'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);', //            4
        ),
        [EARLY]: 'CREATE TABLE wishlists (id bigint PRIMARY KEY, user_id bigint NOT NULL);\n',
      },
    });
  });

  it('no finding for a script made only of CREATE INDEX CONCURRENTLY', () => {
    expect(reviewed(review, ALONE)).toEqual({ status: 'added', framework: 'flyway', statements: 2 });
    expect(covered(review, ALONE)).toEqual([]);
    expectNoLockOrReplayFinding(review, ALONE, MIXED);
  });

  it('fires when CONCURRENTLY is mixed with other statements', () => {
    only(review, 'concurrently-in-transaction', MIXED, 4);
  });

  it('V2_1 sorts before V3 of the base: out of order', () => {
    only(review, 'out-of-order-migration', EARLY, 1);
  });
});

describe('plain numbered SQL files', () => {
  const D = 'migrations';
  const EXPLICIT = `${D}/004_index_orders_status.sql`;
  const ALONE = `${D}/005_index_payments_amount.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: plainShopBase(D),
      pr: {
        [EXPLICIT]: lines(
          'BEGIN;', //                                                                       1
          "SET LOCAL lock_timeout = '5s';", //                                               2
          '', //                                                                             3
          '-- inside the explicit transaction', //                                           4
          'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);', //               5
          'COMMIT;', //                                                                      6
        ),
        [ALONE]: lines('-- runs like psql -f: statement by statement', 'CREATE INDEX CONCURRENTLY payments_amount_idx ON payments (amount_cents);'),
      },
    });
  });

  it('fires inside an explicit BEGIN ... COMMIT, naming the BEGIN line', () => {
    const f = only(review, 'concurrently-in-transaction', EXPLICIT, 5);
    expect(f.message).toContain('BEGIN on line 1');
    expect(review.files.find((f) => f.path === EXPLICIT)?.framework).toBe('plain');
  });

  it('not in a plain file without BEGIN', () => {
    expect(reviewed(review, ALONE)).toEqual({ status: 'added', framework: 'plain', statements: 1 });
    expect(covered(review, ALONE)).toEqual([]);
    expectNoLockOrReplayFinding(review, ALONE, EXPLICIT);
    expect(fileVerdict(review, ALONE)).toBe('pass');
  });
});
