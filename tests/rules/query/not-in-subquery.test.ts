// not-in-subquery on a replayed schema: NOT IN (SELECT ...) and what a NULL in the subquery does.
import { describe, expect, it } from 'vitest';
import { notInSubqueryRule } from '../../../src/rules/query/not-in-subquery.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { expectFinding } from '../helpers.js';
import { STATEMENT_SETUP, check, describeQueryExamples, useReplayedCatalog, type QueryOptions } from './harness.js';

const ID = 'not-in-subquery';
const rule = notInSubqueryRule;
const db = useReplayedCatalog(STATEMENT_SETUP);
const fire = (sql: string, extra: QueryOptions = {}) => check(rule, sql, { catalog: db.catalog, ...extra });
const migration: QueryOptions = { origin: 'migration', file: 'migrations/004_backfill.sql' };

describe('not-in-subquery', () => {
  it('flags NOT IN (SELECT ...) and says when the subquery column is nullable', () => {
    const [f, ...rest] = fire('SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM sessions);');
    expect(rest).toEqual([]);
    expectFinding(f, { ruleId: ID, line: 1, severity: 'warning', mentions: ['id NOT IN (SELECT ... FROM sessions)', 'sessions.user_id', 'nullable'], helpMentions: ['NOT EXISTS'] });
    expectFinding(fire('SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM orders);')[0], { ruleId: ID, mentions: ['orders.user_id', 'NOT NULL'] });
  });

  it('flags <> ALL (SELECT ...) and NOT IN in a nested query once', () => {
    expect(fire('SELECT id FROM users WHERE id <> ALL (SELECT user_id FROM sessions);')).toHaveLength(1);
    expect(fire('SELECT s.id FROM (SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM sessions)) s;')).toHaveLength(1);
    expect(fire('DELETE FROM sessions WHERE user_id NOT IN (SELECT id FROM users);', migration)).toHaveLength(1);
  });

  it('accepts NOT IN over constants, IN (SELECT ...) and NOT EXISTS', () => {
    expect(fire('SELECT id FROM users WHERE id NOT IN ($1, $2, 3);')).toEqual([]);
    expect(fire('SELECT id FROM users WHERE id IN (SELECT user_id FROM sessions);')).toEqual([]);
    expect(fire('SELECT u.id FROM users u WHERE NOT EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id);')).toEqual([]);
  });
});

describeQueryExamples(rule, db);
describeDocumentedExamples('not-in-subquery');
