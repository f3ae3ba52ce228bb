// fails-on-existing-rows end to end: the pull request replayed a second time on synthetic rows in
// the pre-existing tables it touches, reviewed exactly as the CLI does.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { hits, lines, listFindings, only, reviewPullRequest } from './helpers.js';

const RULE = 'fails-on-existing-rows';
const D = 'migrations';
const BASE = {
  [`${D}/001_base.sql`]: lines(
    'CREATE TABLE students (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);',
    'CREATE TABLE enrolments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, course text NOT NULL, student_id bigint REFERENCES students (id));',
    "CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, plan text NOT NULL DEFAULT 'free');",
    'CREATE TABLE profiles (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), bio text);',
    'CREATE TABLE courses (id bigint PRIMARY KEY, title text);',
    "CREATE TABLE legacy_codes (code text PRIMARY KEY CHECK (code ~ '^[A-Z]{3}-[0-9]{4}$'), note text);",
    "CREATE TYPE event_kind AS ENUM ('created', 'paid');",
    'CREATE TABLE events (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), account_id bigint NOT NULL REFERENCES accounts (id),',
    "  kind event_kind NOT NULL DEFAULT 'created', at timestamptz NOT NULL DEFAULT now(), day date NOT NULL, payload jsonb NOT NULL,",
    '  amount numeric(12,2) NOT NULL, code char(3) NOT NULL, ip inet NOT NULL, raw bytea NOT NULL, tags text[] NOT NULL, took interval NOT NULL,',
    '  seq smallint NOT NULL, flag boolean NOT NULL, note varchar(20));',
    'CREATE TABLE nodes (id bigint PRIMARY KEY, parent_id bigint NOT NULL REFERENCES nodes (id), label text);',
    'CREATE TABLE categories (id bigint PRIMARY KEY, parent_id bigint REFERENCES categories (id), label text);',
    'CREATE TABLE labels (id bigint PRIMARY KEY, name text, CONSTRAINT name_not_null CHECK (name IS NOT NULL) NOT VALID);',
  ),
};

describe('fails-on-existing-rows', () => {
  const SET_NOT_NULL_FIRST = `${D}/002_enrolments_student_required.sql`;
  const HANDLE = `${D}/003_accounts_handle.sql`;
  const PLAN_UNIQUE = `${D}/004_accounts_plan_unique.sql`;
  const REQUIRED_COLUMN = `${D}/005_profiles_locale.sql`;
  const BACKFILL_FIRST = `${D}/006_courses_title_required.sql`;
  const UNFILLABLE = `${D}/007_legacy_note_required.sql`;
  const NEW_TABLE = `${D}/008_badges.sql`;
  const EVENTS = `${D}/009_events_unique.sql`;
  const TREES = `${D}/010_trees.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: BASE,
      pr: {
        [SET_NOT_NULL_FIRST]: lines(
          'ALTER TABLE enrolments ALTER COLUMN student_id SET NOT NULL;', // 1
          '', //                                                            2
          '-- backfill from the first student', //                          3
          'UPDATE enrolments SET student_id = (SELECT min(id) FROM students)', // 4
          'WHERE student_id IS NULL;', //                                    5
        ),
        [HANDLE]: lines(
          "ALTER TABLE accounts ADD COLUMN handle text NOT NULL DEFAULT '';",
          'CREATE UNIQUE INDEX accounts_handle_key ON accounts (handle);',
        ),
        [PLAN_UNIQUE]: lines('CREATE UNIQUE INDEX accounts_plan_key ON accounts (plan);'),
        [REQUIRED_COLUMN]: lines('ALTER TABLE profiles ADD COLUMN locale text NOT NULL;'),
        [BACKFILL_FIRST]: lines(
          "UPDATE courses SET title = 'untitled' WHERE title IS NULL;",
          'ALTER TABLE courses ALTER COLUMN title SET NOT NULL;',
        ),
        [UNFILLABLE]: lines('ALTER TABLE legacy_codes ALTER COLUMN note SET NOT NULL;'),
        [NEW_TABLE]: lines(
          'CREATE TABLE badges (id bigint PRIMARY KEY, name text);',
          'ALTER TABLE badges ALTER COLUMN name SET NOT NULL;',
          'CREATE UNIQUE INDEX badges_name_key ON badges (name);',
        ),
        [EVENTS]: lines(
          'CREATE UNIQUE INDEX events_account_day_key ON events (account_id, day);', // invented, distinct values: no evidence
          'CREATE UNIQUE INDEX events_at_key ON events (at);', //                       now() differs per row in production
          'CREATE UNIQUE INDEX events_kind_key ON events (kind);', //                   one default for every row
        ),
        [TREES]: lines(
          'ALTER TABLE nodes ALTER COLUMN label SET NOT NULL;', //      unfillable: NOT NULL self-reference
          'ALTER TABLE categories ALTER COLUMN label SET NOT NULL;', // filled: the self-reference is nullable
          'CREATE UNIQUE INDEX labels_name_key ON labels (name);', //     filled without NULLs: its CHECK refuses them
        ),
      },
    });
  });

  it('SET NOT NULL before the UPDATE that fills the column: the column, and the UPDATE\'s line', () => {
    const f = only(review, RULE, SET_NOT_NULL_FIRST, 1);
    expect(f.severity).toBe('error');
    // What fails, on which value, the UPDATE that comes too late (its line), and PostgreSQL's SQLSTATE.
    for (const fact of ['SET NOT NULL', 'student_id NULL', 'UPDATE', 'line 4', '23502']) expect(f.message).toContain(fact);
    // The UPDATE itself runs fine on the rows.
    expect(hits(review, RULE, SET_NOT_NULL_FIRST)).toHaveLength(1);
  });

  it('a UNIQUE index on a column just added with one default for every row', () => {
    const f = only(review, RULE, HANDLE, 2);
    for (const fact of ['CREATE UNIQUE INDEX', "handle = ''::text", 'default', 'Key (handle)=() is duplicated']) expect(f.message).toContain(fact);
  });

  it('a UNIQUE index on an existing column whose rows hold its default', () => {
    const f = only(review, RULE, PLAN_UNIQUE, 1);
    for (const fact of ["plan = 'free'::text", 'default']) expect(f.message).toContain(fact);
  });

  it('ADD COLUMN NOT NULL without a default is add-column-required\'s, reported once', () => {
    only(review, 'add-column-required', REQUIRED_COLUMN, 1);
    expect(hits(review, RULE, REQUIRED_COLUMN)).toEqual([]);
  });

  it('SET NOT NULL after the UPDATE that fills the column does not fire', () => {
    expect(hits(review, RULE, BACKFILL_FIRST), listFindings(review)).toEqual([]);
  });

  it('a table whose CHECK the synthetic rows cannot satisfy is skipped and counted', () => {
    expect(hits(review, RULE, UNFILLABLE)).toEqual([]);
    const stats = review.stats.syntheticRows;
    expect(stats?.skippedTables.map((s) => s.table)).toEqual(['public.legacy_codes', 'public.nodes']);
    expect(stats?.skippedTables[0].reason).toContain('23514');
    expect(stats?.skipped).toBe(2);
  });

  it('fills only pre-existing tables the pull request touches (and their parents); a table it creates stays empty', () => {
    expect(hits(review, RULE, NEW_TABLE)).toEqual([]);
    // students, enrolments, accounts, profiles, courses, events, categories, labels; not badges.
    expect(review.stats.syntheticRows?.tables).toBe(8);
  });

  it('a NOT NULL self-reference cannot be filled (skipped, no finding); a nullable one holds NULL', () => {
    expect(hits(review, RULE, TREES).map((h) => h.line)).toEqual([2]);
    expect(only(review, RULE, TREES, 2).message).toContain('a row has label NULL');
  });

  it('fills a table of many column types, and reports only the key whose rows share a default', () => {
    expect(review.stats.syntheticRows?.skippedTables.map((s) => s.table)).not.toContain('public.events');
    expect(hits(review, RULE, EVENTS).map((h) => h.line), listFindings(review)).toEqual([3]);
  });
});

describe('fails-on-existing-rows: when it does not run', () => {
  it('a pull request that touches no pre-existing table runs no second replay', async () => {
    const review = await reviewPullRequest({
      base: BASE,
      pr: { [`${D}/002_tags.sql`]: lines('CREATE TABLE tags (id bigint PRIMARY KEY, label text NOT NULL);') },
    });
    expect(review.stats.syntheticRows).toBeUndefined();
    expect(review.stats.timings['existing-rows']).toBeDefined();
  });

  it('turning the rule off skips the second replay', async () => {
    const review = await reviewPullRequest({
      base: BASE,
      pr: { [`${D}/002_plan.sql`]: lines('CREATE UNIQUE INDEX accounts_plan_key ON accounts (plan);') },
      config: { rules: { [RULE]: 'off' } },
    });
    expect(review.stats.syntheticRows).toBeUndefined();
    expect(hits(review, RULE)).toEqual([]);
  });
});
