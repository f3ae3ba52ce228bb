// Layer 4 end to end: lock, rewrite and index rules on a goose history, at the exact statement
// line, and silent on the safe patterns (new tables of the pull request, NOT VALID + VALIDATE,
// CONCURRENTLY outside a transaction, covered foreign keys, widening varchar).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { gooseShopBase } from './fixtures.js';
import { covered, fileVerdict, hits, lines, only, reviewPullRequest } from './helpers.js';

const DIR = 'db/migrations';

describe('unsafe changes to existing tables', () => {
  const F4 = `${DIR}/00004_order_reporting.sql`;
  const F5 = `${DIR}/00005_widen_audit_log_id.sql`;
  const F6 = `${DIR}/00006_resize_text_columns.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(DIR),
      pr: {
        [F4]: lines(
          '-- +goose Up', //                                                         1
          '-- Reporting needs orders by status.', //                                 2
          '', //                                                                     3
          "SET lock_timeout = '5s';", //                                             4
          '', //                                                                     5
          '-- the dashboard filters by status', //                                   6
          '/* SHOP-101 */', //                                                       7
          'CREATE INDEX orders_status_idx', //                                       8
          '  ON orders (status);', //                                                9
          '', //                                                                     10
          'ALTER TABLE payments', //                                                 11
          '  ADD CONSTRAINT payments_amount_positive CHECK (amount_cents > 0);', //  12
          '', //                                                                     13
          '-- orders.user_id is served by orders_user_id_placed_at_idx', //         14
          'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey', //                15
          '  FOREIGN KEY (user_id) REFERENCES users (id);', //                       16
          '', //                                                                     17
          '-- no index leads with audit_log.user_id', //                             18
          'ALTER TABLE audit_log ADD CONSTRAINT audit_log_user_id_fkey', //          19
          '  FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', //             20
          '', //                                                                     21
          '-- +goose Down', //                                                       22
          'DROP INDEX orders_status_idx;', //                                        23
        ),
        [F5]: lines(
          '-- +goose Up', //                                                         1
          "SET lock_timeout = '5s';", //                                             2
          '', //                                                                     3
          '-- serial ids are running out', //                                        4
          '', //                                                                     5
          'ALTER TABLE audit_log', //                                                6
          '  ALTER COLUMN id TYPE bigint;', //                                       7
        ),
        [F6]: lines(
          '-- +goose Up', //                                                         1
          "SET lock_timeout = '5s';", //                                             2
          '-- longer names: widening a varchar keeps the table as it is', //         3
          'ALTER TABLE users ALTER COLUMN name TYPE varchar(200);', //               4
          '-- notes become free text', //                                            5
          'ALTER TABLE orders ALTER COLUMN note TYPE text;', //                      6
          '-- provider references are shorter than we thought', //                   7
          'ALTER TABLE payments ALTER COLUMN provider_ref TYPE varchar(32);', //     8
        ),
      },
    });
  });

  it('require-concurrent-index at the CREATE INDEX line, after comments', () => {
    const f = only(review, 'require-concurrent-index', F4, 8);
    expect(f.severity).toBe('error');
    expect(f.verified).toBe('trace');
    expect(f.ignored).toBe(false);
  });

  it('constraint-without-not-valid for the CHECK and the FK, not for the NOT VALID one', () => {
    expect(hits(review, 'constraint-without-not-valid', F4).map((h) => h.line)).toEqual([11, 15]);
  });

  it('unindexed-foreign-key only where no index leads with the FK columns', () => {
    const f = only(review, 'unindexed-foreign-key', F4, 19);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('audit_log_user_id_fkey');
  });

  it('column-type-rewrite for integer to bigint and for shrinking a varchar, not for widening or varchar to text', () => {
    expect(hits(review, 'column-type-rewrite', F5).map((h) => h.line)).toEqual([6]);
    expect(hits(review, 'column-type-rewrite', F6).map((h) => h.line)).toEqual([8]);
    const rewrite = review.findings.find((f) => f.ruleId === 'column-type-rewrite' && f.file === F5);
    expect(rewrite?.severity).toBe('error');
    expect(rewrite?.verified).toBe('trace');
  });

  it('nothing else of the covered rules, and every file fails', () => {
    expect(covered(review, F4).sort()).toEqual(
      ['constraint-without-not-valid:11', 'constraint-without-not-valid:15', 'require-concurrent-index:8', 'unindexed-foreign-key:19'].sort(),
    );
    expect(covered(review, F5)).toEqual(['column-type-rewrite:6']);
    expect(covered(review, F6)).toEqual(['column-type-rewrite:8']);
    expect([fileVerdict(review, F4), fileVerdict(review, F5), fileVerdict(review, F6)]).toEqual(['fail', 'fail', 'fail']);
    expect(review.verdict).toBe('fail');
    expect(review.files.map((f) => [f.path, f.status, f.framework])).toEqual([
      [F4, 'added', 'goose'],
      [F5, 'added', 'goose'],
      [F6, 'added', 'goose'],
    ]);
  });
});

describe('safe patterns: tables of the pull request, NOT VALID then VALIDATE, covered foreign keys', () => {
  const F4 = `${DIR}/00004_create_shipments.sql`;
  const F5 = `${DIR}/00005_shipment_followups.sql`;
  const F6 = `${DIR}/00006_index_shipments_by_carrier.sql`;
  const F7 = `${DIR}/00007_orders_constraints_not_valid.sql`;
  const F8 = `${DIR}/00008_validate_orders_constraints.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(DIR),
      pr: {
        [F4]: lines(
          '-- +goose Up',
          'CREATE TABLE carriers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);',
          'CREATE TABLE staging_shipments (payload jsonb);',
          'CREATE TABLE shipments (',
          '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
          '  order_id bigint NOT NULL,',
          '  carrier_id bigint NOT NULL,',
          '  tracking varchar(40),',
          '  weight_grams integer',
          ');',
          '-- the same file: the table is empty, so none of these lock anything that matters',
          'CREATE INDEX shipments_tracking_idx ON shipments (tracking);',
          'ALTER TABLE shipments ADD CONSTRAINT shipments_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id);',
          'CREATE INDEX shipments_order_id_id_idx ON shipments (order_id, id);',
          'ALTER TABLE shipments ALTER COLUMN weight_grams TYPE bigint;',
          'ALTER TABLE shipments ADD CONSTRAINT shipments_weight_positive CHECK (weight_grams > 0);',
          'CREATE TABLE scratch (id int);',
          'ALTER TABLE scratch DROP COLUMN id;',
          'DROP TABLE scratch;',
        ),
        [F5]: lines(
          '-- +goose Up',
          '-- tables created by 00004 of this pull request are still empty',
          'CREATE INDEX carriers_name_idx ON carriers (name);',
          'ALTER TABLE carriers ALTER COLUMN name TYPE varchar(20);',
          '-- indexed by 00006 below',
          'ALTER TABLE shipments ADD CONSTRAINT shipments_carrier_id_fkey FOREIGN KEY (carrier_id) REFERENCES carriers (id);',
          'ALTER TABLE shipments DROP COLUMN tracking;',
          'DROP TABLE staging_shipments;',
        ),
        [F6]: lines(
          '-- +goose Up',
          'CREATE INDEX shipments_carrier_id_order_id_idx ON shipments (carrier_id, order_id);',
        ),
        [F7]: lines(
          '-- +goose Up',
          "SET lock_timeout = '5s';",
          'ALTER TABLE orders ADD CONSTRAINT orders_total_nonnegative CHECK (total_cents >= 0) NOT VALID;',
          '-- covered by orders_user_id_placed_at_idx (user_id, placed_at)',
          'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
        ),
        [F8]: lines(
          '-- +goose Up',
          'ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonnegative;',
          'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;',
        ),
      },
    });
  });

  it('replays every statement without error', () => {
    expect(review.traces.filter((t) => t.outcome !== 'ok')).toEqual([]);
  });

  it('reports none of the covered rules on any file', () => {
    expect(review.files.map((f) => [f.path, f.status, f.statements])).toEqual([
      [F4, 'added', 11],
      [F5, 'added', 5],
      [F6, 'added', 1],
      [F7, 'added', 3],
      [F8, 'added', 2],
    ]);
    for (const f of [F4, F5, F6, F7, F8]) expect(covered(review, f), f).toEqual([]);
  });

  it('passes the rules it is about; only the missing lock_timeout is left to warn about (the NOT VALID constraints after the lock are instant)', () => {
    expect(review.findings.filter((f) => f.severity === 'error' || f.severity === 'escalate')).toEqual([]);
    expect(review.findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId).sort()).toEqual(['lock-timeout-missing']);
    expect(review.verdict).toBe('warn');
  });
});

describe('duplicate and redundant indexes', () => {
  const F4 = `${DIR}/00004_lookup_indexes.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(DIR),
      pr: {
        [F4]: lines(
          '-- +goose NO TRANSACTION', //                                                                           1
          '-- +goose Up', //                                                                                       2
          '', //                                                                                                   3
          '-- a leading prefix of orders_user_id_placed_at_idx', //                                               4
          'CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);', //                                  5
          '', //                                                                                                   6
          '-- same as payments_order_id_idx', //                                                                   7
          'CREATE INDEX CONCURRENTLY payments_order_lookup_idx', //                                                8
          '  ON payments (order_id);', //                                                                          9
          '-- same as the index behind the UNIQUE constraint on users.email', //                                   10
          'CREATE UNIQUE INDEX CONCURRENTLY users_email_uidx ON users (email);', //                                11
          '-- makes payments_provider_ref_idx (provider_ref) of the base redundant', //                           12
          'CREATE INDEX CONCURRENTLY payments_provider_ref_amount_idx ON payments (provider_ref, amount_cents);', // 13
          '-- another predicate: neither duplicate nor redundant', //                                              14
          "CREATE INDEX CONCURRENTLY orders_pending_user_id_idx ON orders (user_id) WHERE status = 'pending';", //  15
          '-- another method', //                                                                                  16
          'CREATE INDEX CONCURRENTLY orders_user_id_hash_idx ON orders USING hash (user_id);', //                  17
          '-- placed_at leads no other index', //                                                                  18
          'CREATE INDEX CONCURRENTLY orders_placed_at_idx ON orders (placed_at);', //                              19
        ),
      },
    });
  });

  it('redundant-index for the new prefix and for the new index that extends a base one', () => {
    expect(hits(review, 'redundant-index', F4).map((h) => h.line)).toEqual([5, 13]);
    expect(review.findings.find((f) => f.ruleId === 'redundant-index' && f.line === 13)?.message).toContain('payments_provider_ref_idx');
  });

  it('duplicate-index for the same keys, including a constraint index, reported once each', () => {
    expect(hits(review, 'duplicate-index', F4).map((h) => h.line)).toEqual([8, 11]);
    const dup = review.findings.find((f) => f.ruleId === 'duplicate-index' && f.line === 8);
    expect(dup?.message).toContain('payments_order_id_idx');
    expect(dup?.severity).toBe('warning');
  });

  it('no lock or transaction findings for CONCURRENTLY under NO TRANSACTION; verdict warn', () => {
    expect(hits(review, 'require-concurrent-index')).toEqual([]);
    expect(hits(review, 'concurrently-in-transaction')).toEqual([]);
    expect(hits(review, 'replay-error')).toEqual([]);
    expect(fileVerdict(review, F4)).toBe('warn');
    expect(review.verdict).toBe('warn');
  });
});
