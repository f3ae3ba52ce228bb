import type { Node } from '@pgsql/types';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ensureParser,
  isNonTransactional,
  nodeAs,
  nodeBody,
  nodeKind,
  parseSqlFile,
  relationName,
  typeNameToString,
  walk,
} from '../../src/sql/index.js';

beforeAll(() => ensureParser());

function ast(sql: string): Node {
  const [statement] = parseSqlFile(sql).statements;
  if (!statement?.ast) throw new Error(`no parse tree for ${sql}`);
  return statement.ast;
}

describe('node access', () => {
  it('reads the kind and body of a statement', () => {
    const index = ast('CREATE INDEX i ON app.users (email)');
    expect(nodeKind(index)).toBe('IndexStmt');
    expect(nodeBody(index).idxname).toBe('i');
    expect(nodeAs(index, 'IndexStmt')?.idxname).toBe('i');
    expect(nodeAs(index, 'DropStmt')).toBeUndefined();
  });

  it('names relations with public as the default schema', () => {
    expect(relationName(nodeAs(ast('CREATE INDEX i ON app.users (email)'), 'IndexStmt')?.relation)).toBe('app.users');
    expect(relationName(nodeAs(ast('CREATE INDEX i ON users (email)'), 'IndexStmt')?.relation)).toBe('public.users');
  });
});

describe('walk', () => {
  it('visits nested nodes depth-first with their ancestors', () => {
    const seen: string[] = [];
    let columnAncestors: readonly string[] = [];
    walk(ast('SELECT a FROM t WHERE b IN (SELECT c FROM u)'), (kind, body, ancestors) => {
      if (kind === 'ColumnRef') {
        seen.push((body.fields as Node[]).map((f) => nodeAs(f, 'String')?.sval).join('.'));
        if (seen.length === 3) columnAncestors = [...ancestors];
      }
    });
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(columnAncestors).toEqual(['SelectStmt', 'SubLink', 'SelectStmt', 'ResTarget']);
  });

  it('skips children when the visitor returns false', () => {
    const kinds: string[] = [];
    walk(ast('SELECT a FROM t WHERE b IN (SELECT c FROM u)'), (kind) => {
      kinds.push(kind);
      if (kind === 'SubLink') return false;
    });
    expect(kinds).toContain('SubLink');
    expect(kinds.filter((k) => k === 'SelectStmt')).toHaveLength(1);
  });
});

describe('typeNameToString', () => {
  it.each([
    ['bigint', 'int8'],
    ['int', 'int4'],
    ['varchar(50)', 'varchar(50)'],
    ['numeric(12, 2)', 'numeric(12,2)'],
    ['numeric(5, 0)', 'numeric(5,0)'],
    ['timestamp(3) with time zone', 'timestamptz(3)'],
    ['text[]', 'text[]'],
    ['int[3][]', 'int4[3][]'],
    ['public.mood', 'public.mood'],
    ['geometry(Point, 4326)', 'geometry(point,4326)'], // unquoted identifiers fold to lower case
    ['bigserial', 'bigserial'],
  ])('prints %s as %s', (written, printed) => {
    const create = nodeAs(ast(`CREATE TABLE t (c ${written})`), 'CreateStmt');
    const column = nodeAs(create?.tableElts?.[0], 'ColumnDef');
    expect(typeNameToString(column?.typeName)).toBe(printed);
  });
});

describe('isNonTransactional', () => {
  it.each([
    'CREATE INDEX CONCURRENTLY i ON t (a)',
    'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a)',
    'DROP INDEX CONCURRENTLY i',
    'REINDEX INDEX CONCURRENTLY i',
    'REINDEX (CONCURRENTLY) TABLE t',
    'REINDEX SCHEMA public',
    'REINDEX DATABASE app',
    'VACUUM t',
    'VACUUM (ANALYZE) t',
    'ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY',
    'CREATE DATABASE app',
    'DROP DATABASE app',
    'ALTER DATABASE app SET TABLESPACE fast',
    "ALTER SYSTEM SET work_mem = '64MB'",
    "CREATE TABLESPACE fast LOCATION '/ssd'",
    'DROP TABLESPACE fast',
    'CLUSTER',
    "COMMIT PREPARED 'x'",
    "CREATE SUBSCRIPTION s CONNECTION 'dbname=x' PUBLICATION p",
  ])('is true for %s', (sql) => {
    expect(isNonTransactional(ast(sql))).toBe(true);
  });

  it.each([
    'CREATE INDEX i ON t (a)',
    'DROP INDEX i',
    'REINDEX INDEX i',
    'REINDEX (CONCURRENTLY false) INDEX i',
    'ANALYZE t',
    'ALTER TABLE p DETACH PARTITION p1',
    'REFRESH MATERIALIZED VIEW CONCURRENTLY mv',
    'REFRESH MATERIALIZED VIEW mv',
    'CLUSTER t USING t_pkey',
    "ALTER DATABASE app SET work_mem = '1MB'",
    "CREATE SUBSCRIPTION s CONNECTION 'dbname=x' PUBLICATION p WITH (connect = false)",
    "CREATE SUBSCRIPTION s CONNECTION 'dbname=x' PUBLICATION p WITH (create_slot = false)",
    "ALTER TYPE mood ADD VALUE 'meh'",
    'ALTER TABLE t ADD COLUMN c int',
  ])('is false for %s', (sql) => {
    expect(isNonTransactional(ast(sql))).toBe(false);
  });
});
