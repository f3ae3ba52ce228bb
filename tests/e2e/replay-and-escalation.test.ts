// Layers 2, 3 and 5 end to end: statements that fail on the replayed history, what the embedded
// engine cannot run (postgis) against contrib extensions it ships, and destructive changes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { gooseShopBase, plainShopBase } from './fixtures.js';
import { covered, fileVerdict, hits, lines, listFindings, only, reviewed, reviewPullRequest } from './helpers.js';

describe('drop-table and drop-column', () => {
  const D = 'db/migrations';
  const DROPS = `${D}/00005_remove_legacy.sql`;
  const ADD_TMP = `${D}/00006_add_users_tmp.sql`;
  const DROP_NEW = `${D}/00007_drop_new_things.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        ...gooseShopBase(D),
        [`${D}/00004_create_legacy_coupons.sql`]: lines('-- +goose Up', 'CREATE TABLE legacy_coupons (code text PRIMARY KEY, percent_off integer);'),
      },
      pr: {
        [DROPS]: lines(
          '-- +goose Up', //                                                  1
          "SET lock_timeout = '5s';", //                                      2
          '', //                                                              3
          '-- coupons moved to the billing service', //                       4
          '-- (BILL-7)', //                                                   5
          'DROP TABLE legacy_coupons;', //                                    6
          '', //                                                              7
          '/* nobody reads the note any more */', //                          8
          'ALTER TABLE orders', //                                            9
          '  DROP COLUMN note;', //                                           10
          '-- +goose Down', //                                                11
          'ALTER TABLE orders ADD COLUMN note varchar(50);', //               12
        ),
        [ADD_TMP]: lines(
          '-- +goose Up',
          'ALTER TABLE users ADD COLUMN import_batch text;',
          'CREATE TABLE import_runs (id bigint PRIMARY KEY, started_at timestamptz NOT NULL);',
        ),
        [DROP_NEW]: lines(
          '-- +goose Up',
          "SET lock_timeout = '5s';",
          '-- both were added by this pull request',
          'ALTER TABLE users DROP COLUMN import_batch;',
          'DROP TABLE import_runs;',
          'DROP TABLE IF EXISTS never_existed;',
          '-- +goose Down',
          '-- the Down section is never reviewed',
          'DROP TABLE payments;',
        ),
      },
    });
  });

  it('drop-table escalates at the DROP TABLE line', () => {
    const f = only(review, 'drop-table', DROPS, 6);
    expect(f.severity).toBe('escalate');
    expect(f.message).toContain('legacy_coupons');
  });

  it('drop-column escalates at the ALTER TABLE line', () => {
    const f = only(review, 'drop-column', DROPS, 9);
    expect(f.severity).toBe('escalate');
    expect(f.message).toContain('note');
  });

  it('nothing for a column or table the pull request itself added, or one that never existed', () => {
    expect(reviewed(review, DROP_NEW)?.statements).toBe(4);
    expect(covered(review, DROP_NEW)).toEqual([]);
    expect(covered(review, ADD_TMP)).toEqual([]);
  });

  it('the verdict is escalate', () => {
    expect(covered(review, DROPS)).toEqual(['drop-table:6', 'drop-column:9']);
    expect(fileVerdict(review, DROPS)).toBe('escalate');
    // Dropping what the PR added escalates nothing; the ACCESS EXCLUSIVE on users is followed only by
    // instant DROP TABLEs, so no lock-held-across-statements either.
    expect(review.findings.filter((f) => f.file === DROP_NEW).map((f) => `${f.ruleId}:${f.line}`), listFindings(review)).toEqual([]);
    expect(review.verdict).toBe('escalate');
  });
});

describe('replay-error', () => {
  const D = 'db/migrations';
  const FILE = `${D}/00004_order_items.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(D),
      pr: {
        [FILE]: lines(
          '-- +goose Up', //                                                             1
          '', //                                                                         2
          '-- the table is called orders, not order', //                                 3
          'ALTER TABLE "order"', //                                                      4
          '  ADD COLUMN shipped_at timestamptz;', //                                     5
          '', //                                                                         6
          'CREATE TABLE order_items (', //                                               7
          '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,', //                    8
          '  order_id bigint NOT NULL REFERENCES orders (id),', //                       9
          '  quantity integer NOT NULL', //                                              10
          ');', //                                                                       11
          '-- users has no nickname column: PostgreSQL points at line 15', //            12
          'CREATE VIEW user_names AS', //                                                13
          '  SELECT id,', //                                                             14
          '         nickname', //                                                        15
          '  FROM users;', //                                                            16
          'CREATE INDEX order_items_order_id_idx ON order_items (order_id);', //         17
        ),
      },
    });
  });

  it('reports a missing relation at the statement line with SQLSTATE and message', () => {
    const f = review.findings.filter((x) => x.ruleId === 'replay-error' && x.message.includes('42P01'));
    expect(f.map((x) => [x.file, x.line, x.severity, x.verified])).toEqual([[FILE, 4, 'error', 'replay']]);
    expect(f[0].message).toContain('relation "order" does not exist');
  });

  it('reports a missing column at the line PostgreSQL points at', () => {
    const f = review.findings.filter((x) => x.ruleId === 'replay-error' && x.message.includes('nickname'));
    expect(f.map((x) => [x.line, x.severity])).toEqual([[15, 'error']]);
    expect(f[0].message).toContain('42703');
  });

  it('the statements after the failures still replay: no finding on the new table', () => {
    expect(hits(review, 'replay-error').map((h) => h.line)).toEqual([4, 15]);
    expect(hits(review, 'require-concurrent-index')).toEqual([]);
    expect(hits(review, 'unindexed-foreign-key')).toEqual([]);
    expect(review.verdict).toBe('fail');
  });
});

describe('not-replayable: postgis', () => {
  const D = 'migrations';
  const FILE = `${D}/004_places.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: plainShopBase(D),
      pr: {
        [FILE]: lines(
          '-- maps for the store locator', //                                            1
          'CREATE EXTENSION IF NOT EXISTS postgis;', //                                  2
          '', //                                                                         3
          'CREATE TABLE places (', //                                                    4
          '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,', //                    5
          '  name text NOT NULL,', //                                                    6
          '  location geometry(Point, 4326) NOT NULL', //                                7
          ');', //                                                                       8
          'CREATE INDEX places_location_idx ON places USING gist (location);', //        9
          '-- an existing table: still judged, but unverified after the gap', //         10
          'CREATE INDEX users_name_idx ON users (name);', //                             11
        ),
      },
    });
  });

  it('a not-replayable notice at the CREATE EXTENSION line', () => {
    const f = only(review, 'not-replayable', FILE, 2);
    expect(f.severity).toBe('notice');
    expect(f.message).toContain('postgis');
  });

  it('no replay-error for the statements that depend on it', () => {
    expect(hits(review, 'replay-error')).toEqual([]);
  });

  it('a later finding is still reported, marked unverified', () => {
    const f = only(review, 'require-concurrent-index', FILE, 11);
    expect(f.unverified).toBe(true);
    expect(review.verdict).toBe('fail');
  });
});

describe('contrib extensions the engine ships replay normally', () => {
  const D = 'migrations';
  const FILE = `${D}/004_search_and_tokens.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: { ...plainShopBase(D), [`${D}/000_extensions.sql`]: 'CREATE EXTENSION IF NOT EXISTS pgcrypto;\n' },
      pr: {
        [FILE]: lines(
          'CREATE EXTENSION IF NOT EXISTS pg_trgm;',
          'CREATE TABLE api_tokens (',
          '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
          '  user_id bigint NOT NULL REFERENCES users (id),',
          "  token bytea NOT NULL DEFAULT gen_random_bytes(32),",
          "  token_hash text NOT NULL DEFAULT encode(digest('x', 'sha256'), 'hex')",
          ');',
          'CREATE INDEX api_tokens_user_id_idx ON api_tokens (user_id);',
          '-- fuzzy search on an existing table',
          'CREATE INDEX CONCURRENTLY users_name_trgm_idx ON users USING gin (name gin_trgm_ops);',
        ),
      },
    });
  });

  it('every statement replays (no not-replayable, no replay-error) and the file passes', () => {
    expect(reviewed(review, FILE)?.statements).toBe(4);
    expect(review.traces.filter((t) => t.outcome !== 'ok')).toEqual([]);
    expect(covered(review)).toEqual([]);
    // The only finding: the new table's foreign key locks users (SHARE ROW EXCLUSIVE) with no lock_timeout.
    expect(review.findings.filter((f) => f.file === FILE).map((f) => `${f.ruleId}:${f.line}`), listFindings(review)).toEqual(['lock-timeout-missing:2']);
  });
});
