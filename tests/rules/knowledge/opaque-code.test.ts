// opaque-code: DO blocks, functions running dynamic SQL and CALL, whose effects the rules cannot see.
import { beforeAll, describe, expect, it } from 'vitest';
import { opaqueCode } from '../../../src/rules/knowledge/opaque-code.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'opaque-code';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('note', 'text', 3)],
  indexes: [index('orders', 'orders_pkey', ['id'], { unique: true, primary: true })],
});
const base = catalog(orders, table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] }));
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('opaque-code', () => {
  it('reports a DO block with the locks replay saw it take, and its EXECUTE line', () => {
    const sql = lines('DO $$', 'BEGIN', "  EXECUTE 'ALTER TABLE orders ADD COLUMN a text';", 'END $$;');
    const found = run(opaqueCode, context([file(sql, { steps: [base], traces: { 0: { locks: [lock('orders', 'AccessExclusiveLock')], altered: ['public.orders'] } } })], { base }));
    expect(found.map((f) => [f.line, f.verified])).toEqual([[1, 'trace']]);
    // The EXECUTE's line, and what the replay saw: the lock, the table locked and the table changed.
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: ['EXECUTE', 'line 3', 'ACCESS EXCLUSIVE on orders', /change orders/] });
  });

  it('reports a DO block without dynamic SQL too: the rules cannot see inside it', () => {
    const drizzle = 'DO $$ BEGIN\n ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);\nEXCEPTION WHEN duplicate_object THEN null;\nEND $$;';
    const found = run(opaqueCode, context([file(drizzle)]));
    expect(found).toHaveLength(1);
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: ['not replayed'], omits: ['EXECUTE'] });
  });

  it('is silent on a DO block that only creates new types, guarded by an exception handler or a catalog check', () => {
    const silent = [
      "DO $$ BEGIN CREATE TYPE s AS ENUM ('a'); EXCEPTION WHEN duplicate_object THEN null; END $$;",
      "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'money2') THEN CREATE DOMAIN money2 AS numeric(12,2); ELSE RAISE NOTICE 'exists'; END IF; END $$;",
    ];
    for (const sql of silent) expect(run(opaqueCode, context([file(sql)])), sql).toEqual([]);
    const loud = [
      "DO $$ BEGIN CREATE TYPE s AS ENUM ('a'); UPDATE orders SET note = 'x'; EXCEPTION WHEN duplicate_object THEN null; END $$;",
      "DO $$ BEGIN CREATE TYPE s AS ENUM ('a'); EXCEPTION WHEN duplicate_object THEN DELETE FROM orders; END $$;",
      'DO $$ BEGIN IF true THEN CREATE INDEX orders_note_idx ON orders (note); END IF; END $$;',
      'DO $$ BEGIN PERFORM pg_sleep(1); END $$;',
    ];
    for (const sql of loud) expect(run(opaqueCode, context([file(sql)])), sql).toHaveLength(1);
  });

  it('reports a function that runs EXECUTE at the EXECUTE line, not one with only static SQL or EXECUTE in a string or comment', () => {
    const dynamic = lines(
      'CREATE FUNCTION add_partition(d date) RETURNS void LANGUAGE plpgsql AS $$',
      'BEGIN',
      '  -- builds the partition name',
      "  EXECUTE format('CREATE TABLE %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)', 'e', d, d + 1);",
      'END $$;',
    );
    // Replayed: CREATE FUNCTION ran, but its body did not, so nothing in the finding comes from the trace.
    const found = run(opaqueCode, context([file(dynamic, { traces: { 0: {} } })]));
    expect(found.map((f) => [f.line, f.verified])).toEqual([[4, 'static']]);
    expectFinding(found[0], { ruleId: ID, line: 4, mentions: ['add_partition', 'dynamic SQL'] });
    const staticBody = lines(
      'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$',
      'BEGIN -- EXECUTE nothing here',
      "  RAISE NOTICE 'EXECUTE'; NEW.updated_at = now(); RETURN NEW;",
      'END $$;',
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
      'CREATE FUNCTION g() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TRIGGER t AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch(); END $$;',
    );
    expect(run(opaqueCode, context([file(staticBody)]))).toEqual([]);
  });

  it('is silent for dynamic queries whose rows the function reads (RETURN QUERY EXECUTE, FOR ... IN EXECUTE)', () => {
    const reads = lines(
      'CREATE FUNCTION search(col text) RETURNS SETOF orders LANGUAGE plpgsql AS $$',
      'DECLARE r record;',
      'BEGIN',
      "  FOR r IN EXECUTE format('SELECT %I FROM orders', col) LOOP NULL; END LOOP;",
      "  RETURN QUERY EXECUTE format('SELECT * FROM orders ORDER BY %I', col);",
      'END $$;',
    );
    expect(run(opaqueCode, context([file(reads)]))).toEqual([]);
  });

  it('reports CALL of a procedure', () => {
    const found = run(opaqueCode, context([file(lines('SELECT 1;', 'CALL backfill_orders(1000);'))]));
    expect(found.map((f) => f.line)).toEqual([2]);
    expectFinding(found[0], { ruleId: ID, line: 2, mentions: ['CALL backfill_orders'] });
  });
});

describeDocumentedExamples('opaque-code');
