// Real repository layouts that have no `migrations/` folder or that a config file describes:
// Flyway under a resources package, sqitch.conf with top_dir, diesel, and code migrations. Each
// pull request must be found, replayed in the runner's order and named after its runner.
import { describe, expect, it } from 'vitest';
import { hits, lines, listFindings, only, reviewed, reviewPullRequest } from './helpers.js';

describe('Flyway scripts under a custom resources path', () => {
  const DIR = 'dspace-api/src/main/resources/org/dspace/storage/rdbms/sqlmigration/postgres';
  const PR = `${DIR}/V7.10_2024.01.01__owner_name_index.sql`;

  it('reviews them in Flyway\'s numeric version order, other engines\' copies left out', async () => {
    const review = await reviewPullRequest({
      base: {
        [`${DIR}/V7.5_2023.01.01__items.sql`]: 'CREATE TABLE item (id bigint PRIMARY KEY, owner bigint);\n',
        [`${DIR}/V7.6_2023.06.01__owner_name.sql`]: 'ALTER TABLE item ADD COLUMN owner_name text;\n',
      },
      pr: {
        // As text, 7.10 sorts before 7.5 and 7.6, where the table and the column come from.
        [PR]: lines('CREATE INDEX item_owner_name_idx ON item (owner_name);'),
        [`${DIR.replace('/postgres', '/h2')}/V7.10_2024.01.01__owner_name_index.sql`]: lines('CREATE INDEX item_owner_name_idx ON item (owner_name);'),
      },
    });
    expect(reviewed(review, PR)).toEqual({ status: 'added', framework: 'flyway', statements: 1 });
    expect(review.files.map((f) => f.path)).toEqual([PR]);
    expect(hits(review, 'replay-error'), listFindings(review)).toEqual([]);
    expect(hits(review, 'out-of-order-migration')).toEqual([]);
    only(review, 'require-concurrent-index', PR, 1);
  });
});

describe('sqitch with sqitch.conf', () => {
  const PLAN = (...changes: string[]) => `%syntax-version=1.0.0\n%project=shop\n\n${changes.map((c) => `${c} 2024-01-01T00:00:00Z Dev <dev@example.com>`).join('\n')}\n`;
  // Alphabetical order (accounts, appschema, users) would fail: the plan order is what sqitch deploys.
  const BASE = {
    'sqitch.conf': '[core]\n\tengine = pg\n\ttop_dir = ./sql\n',
    'sqitch.plan': PLAN('appschema', 'users'),
    'sql/deploy/appschema.sql': 'BEGIN;\nCREATE SCHEMA app;\nCOMMIT;\n',
    'sql/deploy/users.sql': 'BEGIN;\nCREATE TABLE app.users (id bigint PRIMARY KEY);\nCOMMIT;\n',
    'sql/revert/users.sql': 'DROP TABLE app.users;\n',
    'sql/verify/users.sql': 'SELECT id FROM app.users WHERE false;\n',
  };
  const PR = {
    'sqitch.plan': PLAN('appschema', 'users', 'accounts'),
    'sql/deploy/accounts.sql': lines('BEGIN;', 'CREATE TABLE app.accounts (id bigint PRIMARY KEY, user_id bigint REFERENCES app.users (id));', 'COMMIT;'),
    'sql/revert/accounts.sql': 'DROP TABLE app.accounts;\n',
  };

  for (const [label, migrations] of [['the defaults', []], ['a migrations glob', ['sql/**/*.sql']]] as const) {
    it(`top_dir = ./sql, plan at the root, with ${label}: replayed in plan order`, async () => {
      const review = await reviewPullRequest({ base: BASE, pr: PR, config: { migrations: [...migrations] } });
      expect(review.files.map((f) => [f.path, f.framework])).toEqual([['sql/deploy/accounts.sql', 'sqitch']]);
      expect(hits(review, 'replay-error'), listFindings(review)).toEqual([]);
      expect(reviewed(review, 'sql/deploy/accounts.sql')?.statements).toBe(3);
    });
  }
});

describe('diesel', () => {
  const DIR = 'server/migrations';
  const BASE = {
    'diesel.toml': '[print_schema]\nfile = "server/src/schema.rs"\n',
    [`${DIR}/00000000000000_diesel_initial_setup/up.sql`]: 'CREATE OR REPLACE FUNCTION diesel_set_updated_at() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;\n',
    [`${DIR}/00000000000000_diesel_initial_setup/down.sql`]: 'DROP FUNCTION diesel_set_updated_at();\n',
    [`${DIR}/2024-01-01-120000_posts/up.sql`]: 'CREATE TABLE posts (id bigint PRIMARY KEY, author text);\n',
    [`${DIR}/2024-01-01-120000_posts/down.sql`]: 'DROP TABLE posts;\n',
  };
  const WRAPPED = `${DIR}/2024-02-01-120000_posts_author/up.sql`;
  const NO_TX = `${DIR}/2024-02-02-120000_posts_id_author/up.sql`;
  const BOOKKEEPING = `${DIR}/2024-02-03-120000_forget_squashed/up.sql`;

  it('is named diesel, honours run_in_transaction = false, and has its bookkeeping table', async () => {
    const review = await reviewPullRequest({
      base: BASE,
      pr: {
        [WRAPPED]: lines('CREATE INDEX CONCURRENTLY posts_author_idx ON posts (author);'),
        [`${DIR}/2024-02-01-120000_posts_author/down.sql`]: 'DROP INDEX posts_author_idx;\n',
        [NO_TX]: lines('CREATE INDEX CONCURRENTLY posts_id_author_idx ON posts (id, author);'),
        [`${DIR}/2024-02-02-120000_posts_id_author/metadata.toml`]: 'run_in_transaction = false\n',
        [BOOKKEEPING]: lines("DELETE FROM __diesel_schema_migrations WHERE version = '20240101120000';"),
      },
    });
    expect(review.files.map((f) => [f.path, f.framework])).toEqual([[WRAPPED, 'diesel'], [NO_TX, 'diesel'], [BOOKKEEPING, 'diesel']]);
    const wrapped = only(review, 'concurrently-in-transaction', WRAPPED, 1);
    expect(`${wrapped.message} ${wrapped.help}`).toContain('diesel');
    expect(`${wrapped.message} ${wrapped.help}`).not.toMatch(/hasura/i);
    expect(hits(review, 'concurrently-in-transaction', NO_TX)).toEqual([]);
    expect(hits(review, 'replay-error'), listFindings(review)).toEqual([]);
    expect(JSON.stringify(review)).not.toMatch(/hasura/i);
  });
});

describe('code migrations', () => {
  const D = 'db/migrations';
  const BASE = {
    [`${D}/00001_jobs.sql`]: '-- +goose Up\nCREATE TABLE jobs (id bigint PRIMARY KEY);\n',
    [`${D}/00003_external_id.go`]: 'package migrations\n\nfunc init() { goose.AddMigration(up3, down3) }\n',
    [`${D}/00003_external_id_test.go`]: 'package migrations\n',
    [`${D}/migrate.go`]: 'package migrations\n',
  };

  it('a goose Go migration is the newest of the base history: a new SQL file below it is out of order', async () => {
    const review = await reviewPullRequest({
      base: BASE,
      pr: {
        [`${D}/00002_jobs_name.sql`]: lines('-- +goose Up', 'ALTER TABLE jobs ADD COLUMN name text;'),
        [`${D}/00004_jobs_kind.sql`]: lines('-- +goose Up', 'ALTER TABLE jobs ADD COLUMN kind text;'),
      },
    });
    const finding = only(review, 'out-of-order-migration', `${D}/00002_jobs_name.sql`, 1);
    expect(finding.message).toContain(`${D}/00003_external_id.go`);
    expect(hits(review, 'out-of-order-migration', `${D}/00004_jobs_kind.sql`)).toEqual([]);
    expect(reviewed(review, `${D}/00004_jobs_kind.sql`)).toEqual({ status: 'added', framework: 'goose', statements: 1 });
  });
});
