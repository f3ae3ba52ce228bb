// Names resolve as PostgreSQL resolves them (the search_path in effect at each statement: SET,
// SET LOCAL, set_config, reverting at COMMIT), and "existing" follows a table's oid and a
// column's attribute number, not their names: renamed earlier in the pull request they are still
// existing, dropped and created again they are new.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { findingAt, lines, listFindings, reviewPullRequest } from './helpers.js';

const D = 'migrations';

/** `rule:line` of the given rules' findings in `file`, sorted by line. */
function found(review: Review, file: string, rules: readonly string[]): string[] {
  return review.findings
    .filter((f) => f.file === file && rules.includes(f.ruleId))
    .sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId))
    .map((f) => `${f.ruleId}:${f.line}`);
}

const RULES = [
  'require-concurrent-index', 'unique-constraint-builds-index', 'column-type-rewrite', 'constraint-without-not-valid',
  'set-not-null-scans-table', 'data-migration', 'drop-column', 'rename-column', 'rename-table', 'drop-table',
  'drop-index-without-concurrently', 'update-delete-without-where', 'not-in-subquery', 'replay-error',
];

describe('a history in schema app, reached through SET search_path TO app, public', () => {
  const DATA = `${D}/002_backfill.sql`;
  const INDEX = `${D}/003_index.sql`;
  const REWRITE = `${D}/004_rewrite.sql`;
  const CONSTRAINTS = `${D}/005_constraints.sql`;
  const ESCALATION = `${D}/006_escalation.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/001_app.sql`]: lines(
          'CREATE SCHEMA app;',
          'SET search_path TO app, public;',
          'CREATE TABLE accounts (id bigint PRIMARY KEY, email text, plan text, legacy text, note text);',
          'CREATE INDEX accounts_plan_idx ON accounts (plan);',
          'CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, total integer);',
          'CREATE TABLE sessions (id bigint PRIMARY KEY, token text);',
        ),
      },
      pr: {
        [DATA]: lines(
          'SET search_path TO app, public;', //                                       1
          "UPDATE accounts SET plan = 'free' WHERE plan IS NULL;", //                 2
          'DELETE FROM sessions;', //                                                 3
          'DELETE FROM accounts WHERE id NOT IN (SELECT id FROM orders);', //         4  app.orders.id is NOT NULL
        ),
        [INDEX]: lines(
          'SET search_path TO app, public;', //                                       1
          'CREATE INDEX accounts_email_idx ON accounts (email);', //                  2
          'ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);', // 3
        ),
        [REWRITE]: lines(
          'SET search_path TO app, public;', //                                       1
          'ALTER TABLE orders ALTER COLUMN total TYPE bigint;', //                    2
        ),
        [CONSTRAINTS]: lines(
          'SET search_path TO app, public;', //                                         1
          'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);', // 2
          'ALTER TABLE accounts ALTER COLUMN plan SET NOT NULL;', //                    3
        ),
        [ESCALATION]: lines(
          'SET search_path TO app, public;', //                                       1
          'ALTER TABLE accounts DROP COLUMN legacy;', //                              2
          'ALTER TABLE accounts RENAME COLUMN note TO remark;', //                    3
          'DROP TABLE sessions;', //                                                  4
          'DROP INDEX accounts_plan_idx;', //                                         5
        ),
      },
    });
  }, 120_000);

  it('replays cleanly: the names exist only in app', () => {
    expect(review.findings.filter((f) => f.ruleId === 'replay-error'), listFindings(review)).toEqual([]);
  });

  it('index rules: a plain CREATE INDEX and a UNIQUE constraint on the existing app.accounts', () => {
    expect(found(review, INDEX, RULES)).toEqual(['require-concurrent-index:2', 'unique-constraint-builds-index:3']);
    expect(findingAt(review, 'require-concurrent-index', INDEX, 2).message).toContain('app.accounts');
  });

  it('rewrite rules: a column type change on app.orders', () => {
    expect(found(review, REWRITE, RULES)).toEqual(['column-type-rewrite:2']);
  });

  it('constraint rules: a CHECK without NOT VALID and a SET NOT NULL scan app tables', () => {
    expect(found(review, CONSTRAINTS, RULES)).toEqual(['constraint-without-not-valid:2', 'set-not-null-scans-table:3']);
  });

  it('data and query rules: a backfill of app.accounts, a DELETE without WHERE on app.sessions, NOT IN read against app.orders', () => {
    expect(found(review, DATA, RULES)).toEqual([
      'data-migration:2', 'data-migration:3', 'update-delete-without-where:3', 'data-migration:4', 'not-in-subquery:4',
    ]);
    // The subquery's column is found in app.orders, so its nullability is known.
    expect(findingAt(review, 'not-in-subquery', DATA, 4).message).toContain('is NOT NULL');
  });

  it('escalation rules: DROP COLUMN, RENAME COLUMN, DROP TABLE and DROP INDEX of app objects', () => {
    expect(found(review, ESCALATION, RULES)).toEqual(['drop-column:2', 'rename-column:3', 'drop-table:4', 'drop-index-without-concurrently:5']);
    expect(findingAt(review, 'drop-column', ESCALATION, 2).message).toContain('app.accounts');
  });
});

describe('SET LOCAL and set_config: the path in effect at each statement, reverted as PostgreSQL reverts it', () => {
  const LOCAL = `${D}/002_local.sql`;
  const CONFIG = `${D}/003_config.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        // Qualified names only: the session keeps its default path.
        [`${D}/001_app.sql`]: lines('CREATE SCHEMA app;', 'CREATE TABLE app.events (id bigint PRIMARY KEY, kind text, payload text, source text);'),
      },
      pr: {
        [LOCAL]: lines(
          'BEGIN;', //                                                        1
          'SET LOCAL search_path TO app, public;', //                         2
          'CREATE INDEX events_kind_idx ON events (kind);', //                3  app.events, existing
          'COMMIT;', //                                                       4
          'CREATE TABLE events (id bigint PRIMARY KEY, kind text);', //       5  public.events: the path is public again
          'CREATE INDEX events_kind_new_idx ON events (kind);', //            6  the new public.events
        ),
        [CONFIG]: lines(
          "SELECT set_config('search_path', 'app, public', false);", //         1
          'UPDATE events SET payload = kind WHERE payload IS NULL;', //        2  app.events
          "SELECT set_config('search_path', 'public', false);", //              3
          "UPDATE events SET kind = 'x' WHERE kind IS NULL;", //               4  public.events, new
          'BEGIN;', //                                                         5
          "SELECT set_config('search_path', 'app', true);", //                  6
          'ALTER TABLE events DROP COLUMN source;', //                         7  app.events
          'COMMIT;', //                                                        8
          'ALTER TABLE events DROP COLUMN kind;', //                           9  public.events, new
        ),
      },
    });
  }, 120_000);

  it('replays cleanly', () => {
    expect(review.findings.filter((f) => f.ruleId === 'replay-error'), listFindings(review)).toEqual([]);
  });

  it('SET LOCAL applies inside its transaction only', () => {
    expect(found(review, LOCAL, RULES)).toEqual(['require-concurrent-index:3']);
  });

  it('set_config applies for the session, or until COMMIT when local', () => {
    expect(found(review, CONFIG, RULES)).toEqual(['data-migration:2', 'drop-column:7']);
  });
});

describe('identity: renamed objects stay existing, a table dropped and created again is new', () => {
  const RENAMES = `${D}/002_renames.sql`;
  const RECREATE = `${D}/003_recreate.sql`;
  const PETS = `${D}/004_pets.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/001_base.sql`]: lines(
          'CREATE TABLE pricing (id bigint PRIMARY KEY, name text, amount integer, legacy text);',
          'CREATE INDEX pricing_amount_idx ON pricing (amount);',
          'CREATE TABLE members (id bigint PRIMARY KEY, nickname text);',
          'CREATE TABLE stats (id bigint PRIMARY KEY, n integer);',
          'CREATE TABLE owners (id bigint PRIMARY KEY);',
          'CREATE TABLE pets (id bigint PRIMARY KEY, owner_id bigint REFERENCES owners (id));',
          'CREATE INDEX pets_owner_id_idx ON pets (owner_id);',
        ),
      },
      pr: {
        [RENAMES]: lines(
          'ALTER TABLE pricing RENAME TO pricing_plans;', //                      1
          'CREATE INDEX pricing_plans_name_idx ON pricing_plans (name);', //      2
          'UPDATE pricing_plans SET amount = 0 WHERE amount IS NULL;', //         3
          'ALTER TABLE pricing_plans DROP COLUMN legacy;', //                     4
          'ALTER TABLE pricing_plans ALTER COLUMN amount TYPE bigint;', //        5
          'ALTER TABLE members RENAME COLUMN nickname TO handle;', //             6
          'ALTER TABLE members DROP COLUMN handle;', //                           7
          'ALTER TABLE pricing_plans RENAME TO plans;', //                        8  running code knows pricing, not pricing_plans
          'DROP INDEX pricing_amount_idx;', //                                    9  an index of the base, on the renamed table
        ),
        [RECREATE]: lines(
          'DROP TABLE stats;', //                                                 1
          'CREATE TABLE stats (id bigint PRIMARY KEY, n integer);', //           2
          'CREATE INDEX stats_n_idx ON stats (n);', //                            3
          'UPDATE stats SET n = 0 WHERE n IS NULL;', //                           4
          'ALTER TABLE stats DROP COLUMN n;', //                                  5
          'ALTER TABLE members ADD COLUMN nickname text;', //                     6
          'ALTER TABLE members DROP COLUMN nickname;', //                         7  the base nickname is gone: a new column
        ),
        [PETS]: lines(
          'ALTER TABLE pets RENAME TO animals;', //                                1
          'DROP INDEX pets_owner_id_idx;', //                                     2  the existing foreign key loses its index
        ),
      },
    });
  }, 120_000);

  it('a table renamed earlier in the pull request is still existing: its index, backfill, DROP COLUMN and rewrite are reported, a second rename is not', () => {
    expect(found(review, RENAMES, RULES)).toEqual([
      'rename-table:1', 'require-concurrent-index:2', 'data-migration:3', 'drop-column:4', 'column-type-rewrite:5', 'rename-column:6', 'drop-column:7',
      'drop-index-without-concurrently:9',
    ]);
  });

  it('a column renamed then dropped is a DROP COLUMN of an existing column, named as it is now', () => {
    expect(findingAt(review, 'drop-column', RENAMES, 7).message).toContain('handle');
  });

  it('an existing foreign key of a renamed table whose index the pull request drops: reported at the DROP INDEX, as existing', () => {
    expect(found(review, PETS, [...RULES, 'unindexed-foreign-key'])).toEqual([
      'rename-table:1', 'drop-index-without-concurrently:2', 'unindexed-foreign-key:2',
    ]);
    expect(findingAt(review, 'unindexed-foreign-key', PETS, 2).message).toMatch(/index[^.]*drops/);
  });

  it('a table dropped and created again is new, and so is a column added again under a dropped name: only the DROP TABLE is reported', () => {
    expect(found(review, RECREATE, RULES)).toEqual(['drop-table:1']);
  });
});
