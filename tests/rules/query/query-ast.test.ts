// The query rules' shared reading of parse trees: column resolution through FROM items, aliases,
// CTEs and enclosing levels, and the lenient expression-index matching.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Node } from '@pgsql/types';
import { ensureParser, nodeAs, parseSqlFile } from '../../../src/sql/index.js';
import { forEachLevel, type QueryLevel } from '../../../src/sql/query/query-levels.js';
import { resolveColumn } from '../../../src/sql/query/column-resolution.js';
import { levelConditions } from '../../../src/sql/query/query-conditions.js';
import { indexKeyIdentifiers, matchingExpressionIndex } from '../../../src/sql/query/index-match.js';
import { exprText } from '../../../src/sql/query/expr-text.js';
import { catalog, column, index, table } from '../helpers.js';

beforeAll(ensureParser);

const schema = catalog(
  table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2), column('org_id', 'bigint', 3)] }),
  table('orgs', { columns: [column('id', 'bigint', 1), column('name', 'text', 2)] }),
);

function levels(sql: string): QueryLevel[] {
  const out: QueryLevel[] = [];
  forEachLevel(parseSqlFile(sql).statements[0].ast as Node, schema, (l) => out.push(l));
  return out;
}

/** Where each column reference of the level's WHERE resolves: `table.column`, or `?` when uncertain. */
function whereResolution(level: QueryLevel): string[] {
  const refs: string[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== 'object') return;
    const ref = nodeAs(n as Node, 'ColumnRef');
    if (ref) {
      const r = resolveColumn(ref, level.scope);
      refs.push(r ? `${r.entry.table ?? r.entry.ref}.${r.column}` : '?');
      return;
    }
    Object.values(n).forEach(visit);
  };
  visit(levelConditions(level));
  return refs;
}

describe('column resolution', () => {
  it('follows aliases and picks the one FROM item with an unqualified column', () => {
    const [top] = levels('SELECT 1 FROM users u JOIN orgs o ON o.id = u.org_id WHERE email = $1 AND name = $2;');
    expect(whereResolution(top)).toEqual(['public.users.email', 'public.orgs.name', 'public.orgs.id', 'public.users.org_id']);
  });

  it('refuses ambiguous names and names that an unknown FROM item might hold', () => {
    expect(whereResolution(levels('SELECT 1 FROM users, orgs WHERE id = $1;')[0])).toEqual(['?']);
    expect(whereResolution(levels('SELECT 1 FROM users u, unnest($1::int[]) x WHERE org_id = 1 AND y = 2;')[0])).toEqual([
      'public.users.org_id',
      '?',
    ]);
  });

  it('counts a FROM subquery without an alias in unqualified lookup', () => {
    expect(whereResolution(levels('SELECT 1 FROM users, (SELECT 1 AS id) WHERE id = 1 AND email = $1;')[0])).toEqual(['?', 'public.users.email']);
  });

  it('lets a CTE shadow a table of the same name, and knows its columns', () => {
    const all = levels('WITH users AS (SELECT id AS uid FROM orgs) SELECT 1 FROM users WHERE uid = 1;');
    const top = all.find((l) => l.output);
    expect(top?.scope.entries[0].kind).toBe('cte');
    expect(whereResolution(top as QueryLevel)).toEqual(['users.uid']);
  });

  it('resolves a subquery column to the enclosing level when the inner items lack it', () => {
    const [, inner] = levels('SELECT 1 FROM users u WHERE EXISTS (SELECT 1 FROM orgs o WHERE o.id = org_id);');
    const refs = whereResolution(inner);
    expect(refs).toEqual(['public.orgs.id', 'public.users.org_id']);
  });
});

describe('expression index matching', () => {
  it('reads pg_get_indexdef keys as function and column names', () => {
    expect([...indexKeyIdentifiers('lower((email)::text)')]).toEqual(['lower', 'email']);
    expect([...indexKeyIdentifiers("date_trunc('day'::text, (created_at AT TIME ZONE 'UTC'::text))")].sort()).toEqual([
      'created_at',
      'date_trunc',
      'timezone',
    ]);
    expect([...indexKeyIdentifiers('((a)::timestamp without time zone)')]).toEqual(['a']);
  });

  it('matches a query expression to an expression key leniently, never to a plain column key', () => {
    const users = table('users', {
      columns: [column('id', 'bigint', 1), column('email', 'varchar(200)', 2)],
      indexes: [index('users', 'users_email_idx', ['email']), index('users', 'users_lower_email_idx', ['lower((email)::text)'])],
    });
    const expr = (sql: string) => {
      const where = nodeAs(parseSqlFile(`SELECT 1 FROM users WHERE ${sql} = 1`).statements[0].ast, 'SelectStmt')?.whereClause;
      return nodeAs(where, 'A_Expr')?.lexpr as Node;
    };
    expect(matchingExpressionIndex(users, expr('lower(email)'))?.name).toBe('users_lower_email_idx');
    expect(matchingExpressionIndex(users, expr('upper(email)'))).toBeUndefined();
    expect(matchingExpressionIndex(users, expr('email::text'))?.name).toBe('users_lower_email_idx');
  });
});

describe('expression rendering', () => {
  it('renders the expressions messages quote', () => {
    const where = (sql: string) => nodeAs(parseSqlFile(`SELECT 1 WHERE ${sql}`).statements[0].ast, 'SelectStmt')?.whereClause;
    expect(exprText(nodeAs(where("u.email LIKE '%' || $1 || '%'"), 'A_Expr')?.rexpr)).toBe("'%' || $1 || '%'");
    expect(exprText(nodeAs(where('lower(u."Email") = 1'), 'A_Expr')?.lexpr, { bareColumns: true })).toBe('lower("Email")');
    expect(exprText(nodeAs(where('(a + 1) * 2 = 1'), 'A_Expr')?.lexpr)).toBe('(a + 1) * 2');
  });
});
