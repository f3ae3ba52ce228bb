// offset-pagination on a replayed schema.
import { describe, expect, it } from 'vitest';
import { offsetPagination } from '../../../src/rules/query/offset-pagination.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { expectFinding } from '../helpers.js';
import { STATEMENT_SETUP, check, describeQueryExamples, useReplayedCatalog, type QueryOptions } from './harness.js';

const ID = 'offset-pagination';
const rule = offsetPagination;
const db = useReplayedCatalog(STATEMENT_SETUP);
const fire = (sql: string, extra: QueryOptions = {}) => check(rule, sql, { catalog: db.catalog, ...extra });
const migration: QueryOptions = { origin: 'migration', file: 'migrations/004_backfill.sql' };

describe('offset-pagination', () => {
  it('flags OFFSET with a parameter or a constant, with keyset help on the ORDER BY keys', () => {
    const [f] = fire('-- name: ListOrders :many\nSELECT id FROM orders ORDER BY placed_at DESC, id DESC LIMIT $1 OFFSET $2;');
    expectFinding(f, { ruleId: ID, line: 2, severity: 'notice', mentions: ['ListOrders', 'OFFSET $2', 'orders'], helpMentions: ['(placed_at, id)'] });
    expect(fire('SELECT id FROM orders ORDER BY id LIMIT 20 OFFSET 40;')).toHaveLength(1);
  });

  it('accepts OFFSET 0, no OFFSET, and migrations', () => {
    expect(fire('SELECT id FROM orders OFFSET 0;')).toEqual([]);
    expect(fire('SELECT id FROM orders ORDER BY id LIMIT $1;')).toEqual([]);
    expect(fire('UPDATE orders SET placed_at = now() WHERE id IN (SELECT id FROM orders ORDER BY id LIMIT 100 OFFSET 100);', migration)).toEqual([]);
  });
});

describeQueryExamples(rule, db);
describeDocumentedExamples('offset-pagination');
