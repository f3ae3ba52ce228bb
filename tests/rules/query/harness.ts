// Builders for query rule tests: queries parsed with the real parser, catalogs replayed on PGlite,
// and the rule context a review would hand the rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../../src/core/config.js';
import { emptyCatalog, type Catalog } from '../../../src/core/catalog.js';
import type { ReviewedQuery } from '../../../src/core/query-types.js';
import type { Rule, RuleContext } from '../../../src/rules/rule.js';
import { ReplaySession } from '../../../src/replay/index.js';
import { ensureParser, parseSqlFile } from '../../../src/sql/index.js';
import { located, type Located } from '../helpers.js';

/** The schema the shape rules (update-delete-without-where, not-in-subquery, order-by-random, select-star, offset-pagination, correlated-subquery) are judged on. */
export const STATEMENT_SETUP = `
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, org_id bigint);
CREATE TABLE users_archive (id bigint, email text, org_id bigint);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, placed_at timestamptz NOT NULL);
CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint);
`;

/** The schema the predicate rules (non-sargable-predicate, leading-wildcard-like) judge WHERE and JOIN ... ON against: the indexes PostgreSQL really has. */
export const PREDICATE_SETUP = `
CREATE EXTENSION pg_trgm;
CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  name varchar(100),
  nickname text,
  bio text,
  org_id bigint,
  score integer,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_name_idx ON users (name);
CREATE INDEX users_lower_name_idx ON users (lower(name));
CREATE INDEX users_nickname_idx ON users (nickname);
CREATE INDEX users_nickname_trgm_idx ON users USING gin (nickname gin_trgm_ops);
CREATE INDEX users_org_score_idx ON users (org_id, score);
CREATE INDEX users_created_at_idx ON users (created_at);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, note text, placed_at timestamptz NOT NULL);
CREATE INDEX orders_user_id_idx ON orders (user_id);
CREATE INDEX orders_note_pattern_idx ON orders (note text_pattern_ops);
CREATE TABLE events (id bigint PRIMARY KEY, payload text NOT NULL);
`;

/** A PGlite database with `setup` applied (pg_trgm available), and its catalog. */
export async function replayedCatalog(setup: string): Promise<{ session: ReplaySession; catalog: Catalog }> {
  await ensureParser();
  const session = await ReplaySession.start({ extensions: ['pg_trgm'] });
  const problems = await session.replayBaseFile('setup.sql', setup);
  if (problems.length > 0) throw new Error(`setup failed: ${problems.map((p) => p.message).join('; ')}`);
  return { session, catalog: await session.catalog() };
}

/** The file's replayed database: started before its tests, closed after them. Read `catalog` and `session` inside tests. */
export function useReplayedCatalog(setup: string): { readonly catalog: Catalog; readonly session: ReplaySession } {
  let db: { session: ReplaySession; catalog: Catalog } | undefined;
  beforeAll(async () => {
    db = await replayedCatalog(setup);
  });
  afterAll(async () => {
    await db?.session.close();
  });
  const ready = () => {
    if (!db) throw new Error('the replayed catalog is read before beforeAll ran');
    return db;
  };
  return {
    get catalog() {
      return ready().catalog;
    },
    get session() {
      return ready().session;
    },
  };
}

export interface QueryOptions {
  catalog?: Catalog;
  origin?: ReviewedQuery['origin'];
  file?: string;
  changed?: boolean;
  tableRows?: Record<string, number>;
}

/** The statements of a query file as reviewed queries; `-- name: X` before a statement names it. */
export function queries(sql: string, opts: QueryOptions = {}): ReviewedQuery[] {
  let previousEnd = 0;
  return parseSqlFile(sql).statements.map((statement) => {
    const name = /--\s*name:\s*([\w-]+)/.exec(sql.slice(previousEnd, statement.span.start))?.[1];
    previousEnd = statement.span.end;
    return {
      origin: opts.origin ?? 'query-file',
      file: opts.file ?? 'queries/users.sql',
      name,
      statement,
      changed: opts.changed ?? true,
      catalog: opts.catalog ?? emptyCatalog(),
      tableRows: opts.tableRows ?? {},
    };
  });
}

export function queryContext(qs: ReviewedQuery[], config: Partial<Config> = {}): RuleContext {
  const catalog = qs[0]?.catalog ?? emptyCatalog();
  return {
    mode: 'review',
    config: { ...DEFAULT_CONFIG, ...config },
    files: [],
    baseHistory: [],
    baseCatalog: catalog,
    finalCatalog: catalog,
    queries: qs,
  };
}

/** Findings of `rule` on the SQL as one query file (line: the statement's first line). */
export function check(rule: Rule, sql: string, opts: QueryOptions = {}, config: Partial<Config> = {}): Located[] {
  return rule.check(queryContext(queries(sql, opts), config)).map((d) => located(rule, d));
}

const MANUAL = 'https://www.postgresql.org/docs/current';

/**
 * The query rule's documented examples judged by the rule alone, on a database built from its
 * `setup` (the public schema of `db` is emptied first): the bad query file fires once and the good
 * one does not, and both compile. describeDocumentedExamples replays them in a whole review.
 */
export function describeQueryExamples(rule: Rule, db: { readonly session: ReplaySession }): void {
  /** The schema of the rule's examples, on an emptied public schema. */
  async function schemaOf(): Promise<Catalog> {
    expect(await db.session.replayBaseFile('reset.sql', 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;')).toEqual([]);
    expect(await db.session.replayBaseFile('setup.sql', rule.meta.setup ?? '')).toEqual([]);
    return db.session.catalog();
  }

  describe(`${rule.meta.id} examples judged by the rule alone`, () => {
    it('has query-layer meta with manual references', () => {
      expect(rule.meta.layer).toBe('query');
      expect(rule.meta.references.length).toBeGreaterThan(0);
      for (const ref of rule.meta.references) expect(ref.startsWith(MANUAL)).toBe(true);
    });

    it('fires on the bad example and not on the good one', async () => {
      const catalog = await schemaOf();
      const bad = check(rule, rule.meta.bad, { catalog });
      expect(bad).toHaveLength(1);
      expect(bad[0].message).toMatch(/^Query \w+/);
      expect(check(rule, rule.meta.good, { catalog })).toEqual([]);
    });

    it('both examples compile on the setup schema', async () => {
      await schemaOf();
      for (const example of [rule.meta.bad, rule.meta.good]) {
        // PREPARE parses and analyses without running; $n parameters get their types inferred.
        const text = example.replace(/^--.*\n/gm, '').replace(/;\s*$/, '');
        await expect(db.session.engine.exec(`PREPARE example AS ${text}; DEALLOCATE example;`)).resolves.toBeUndefined();
      }
    });
  });
}
