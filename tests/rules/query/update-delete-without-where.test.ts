// update-delete-without-where on a replayed schema: UPDATE and DELETE of every row.
import { describe, expect, it } from 'vitest';
import { emptyCatalog } from '../../../src/core/catalog.js';
import { updateDeleteWithoutWhere } from '../../../src/rules/query/update-delete-without-where.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { expectFinding } from '../helpers.js';
import { STATEMENT_SETUP, check, describeQueryExamples, useReplayedCatalog, type QueryOptions } from './harness.js';

const ID = 'update-delete-without-where';
const rule = updateDeleteWithoutWhere;
const db = useReplayedCatalog(STATEMENT_SETUP);
const fire = (sql: string, extra: QueryOptions = {}) => check(rule, sql, { catalog: db.catalog, ...extra });
const migration: QueryOptions = { origin: 'migration', file: 'migrations/004_backfill.sql' };

describe('update-delete-without-where', () => {
  it('flags DELETE and UPDATE of a query file without WHERE', () => {
    const [del] = fire('-- name: ClearSessions :exec\nDELETE FROM sessions;');
    // The query, the statement, and that it reaches every row of its table.
    expectFinding(del, { ruleId: ID, line: 2, severity: 'error', mentions: ['ClearSessions', 'DELETE FROM sessions', 'no WHERE', 'every row of sessions'], helpMentions: ['TRUNCATE sessions'] });
    expectFinding(fire('UPDATE users SET email = lower(email);')[0], { ruleId: ID, line: 1, mentions: ['every row of users'] });
  });

  it('flags an unbounded DELETE inside WITH, and a DELETE ... USING without WHERE', () => {
    expect(fire('WITH gone AS (DELETE FROM sessions RETURNING id) SELECT count(*) FROM gone;')).toHaveLength(1);
    expect(fire('DELETE FROM sessions USING users;')).toHaveLength(1);
  });

  it('accepts a DELETE whose USING holds only a CTE: the CTE is the condition', () => {
    expect(fire('WITH stale AS (SELECT 1 FROM users WHERE id = $1) DELETE FROM sessions USING stale;')).toEqual([]);
  });

  it('accepts WHERE and WHERE CURRENT OF', () => {
    expect(fire('DELETE FROM sessions WHERE user_id = $1;')).toEqual([]);
    expect(fire('UPDATE users SET email = $1 WHERE CURRENT OF users_cursor;')).toEqual([]);
  });

  it('in migrations: flags DELETE of an existing table, leaves UPDATE backfills and new tables alone', () => {
    const [del] = fire('DELETE FROM sessions;', migration);
    expectFinding(del, { ruleId: ID, file: 'migrations/004_backfill.sql', line: 1, mentions: ['migration', 'DELETE FROM sessions'] });
    expect(fire('UPDATE users SET org_id = 1;', migration)).toEqual([]);
    expect(fire('DELETE FROM sessions;', { ...migration, catalog: emptyCatalog() })).toEqual([]);
  });

  it('judges only changed queries', () => {
    expect(fire('DELETE FROM sessions;', { changed: false })).toEqual([]);
  });
});

describeQueryExamples(rule, db);
describeDocumentedExamples('update-delete-without-where');
