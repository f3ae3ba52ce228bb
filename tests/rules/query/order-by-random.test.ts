// order-by-random on a replayed schema.
import { describe, expect, it } from 'vitest';
import { orderByRandom } from '../../../src/rules/query/order-by-random.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { expectFinding } from '../helpers.js';
import { STATEMENT_SETUP, check, describeQueryExamples, useReplayedCatalog, type QueryOptions } from './harness.js';

const ID = 'order-by-random';
const rule = orderByRandom;
const db = useReplayedCatalog(STATEMENT_SETUP);
const fire = (sql: string, extra: QueryOptions = {}) => check(rule, sql, { catalog: db.catalog, ...extra });

describe('order-by-random', () => {
  it('flags ORDER BY random(), naming the tables sorted', () => {
    const [f] = fire('-- name: PickUser :one\nSELECT id FROM users u ORDER BY random() LIMIT 1;');
    expectFinding(f, { ruleId: ID, line: 2, severity: 'warning', mentions: ['PickUser', 'ORDER BY random()', 'users u'], helpMentions: ['TABLESAMPLE'] });
    expect(fire('SELECT id FROM users UNION ALL SELECT id FROM orders ORDER BY random() LIMIT 5;')).toHaveLength(1);
  });

  it('accepts other orderings and random() outside ORDER BY', () => {
    expect(fire('SELECT id FROM users ORDER BY id LIMIT 1;')).toEqual([]);
    expect(fire('SELECT id, random() AS r FROM users;')).toEqual([]);
  });
});

describeQueryExamples(rule, db);
describeDocumentedExamples('order-by-random');
