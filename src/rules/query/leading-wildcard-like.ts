// Queries: LIKE/ILIKE whose pattern starts with a wildcard, on an indexed column or a large table.
import type { Node } from '@pgsql/types';
import type { CatalogTable } from '../../core/catalog.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { displayName, quoteIdent } from '../../sql/names.js';
import { nodeAs } from '../../sql/index.js';
import { changedPredicates, queryLabel } from '../lib/queries.js';
import { functionName, operatorName, stringConstant } from '../../sql/query/query-conditions.js';
import { bareColumn, btreeIndexesLeadingWith, indexKeyIdentifiers } from '../../sql/query/index-match.js';
import { columnLabel, exprText } from '../../sql/query/expr-text.js';

const LIKE_OPS = new Set(['~~', '~~*']);
const TRIGRAM_OPCLASSES = new Set(['gin_trgm_ops', 'gist_trgm_ops']);

/** The constant a pattern starts with: the pattern itself, or the first piece of `'%' || $1` / concat('%', $1). */
function leadingConstant(pattern: Node | undefined): string | undefined {
  const cast = nodeAs(pattern, 'TypeCast');
  if (cast) return leadingConstant(cast.arg);
  const call = nodeAs(pattern, 'FuncCall');
  const name = functionName(pattern);
  // `LIKE p ESCAPE e` is parsed as like_escape(p, e).
  if (call && (name === 'like_escape' || name === 'concat')) return leadingConstant(call.args?.[0]);
  const e = nodeAs(pattern, 'A_Expr');
  if (e?.kind === 'AEXPR_OP' && operatorName(e.name) === '||') return leadingConstant(e.lexpr);
  return stringConstant(pattern);
}

/** A GIN or GiST trigram index on the column (or an expression of it) serves any LIKE pattern. */
function hasTrigramIndex(table: CatalogTable, column: string): boolean {
  return table.indexes.some(
    (i) =>
      i.valid &&
      i.opclasses.some((op, k) => TRIGRAM_OPCLASSES.has(op) && (i.columns[k] === column || indexKeyIdentifiers(i.keys[k] ?? '').has(column.toLowerCase()))),
  );
}

export const leadingWildcardLike: Rule = {
  meta: {
    id: 'leading-wildcard-like',
    layer: 'query',
    severity: 'warning',
    summary: 'LIKE or ILIKE with a pattern that starts with a wildcard, on a btree-indexed column or a large table.',
    why:
      'A btree index can serve LIKE only for a fixed prefix (\'abc%\'), which it turns into a range of keys. A ' +
      'pattern that starts with % or _ has no prefix, so PostgreSQL reads every row (or every index entry) and ' +
      'matches the pattern against each; the cost grows with the table. A trigram index (the pg_trgm extension, ' +
      'GIN or GiST with gin_trgm_ops) indexes the substrings themselves and serves LIKE and ILIKE with any ' +
      'pattern; full-text search fits word searches.',
    bad: "-- name: SearchUsers :many\nSELECT id, email FROM users\nWHERE email LIKE '%' || $1 || '%';",
    good: "-- name: SearchUsers :many\nSELECT id, email FROM users\nWHERE email LIKE $1 || '%';",
    setup:
      'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\n' +
      'CREATE INDEX users_email_idx ON users (email text_pattern_ops);',
    references: [`${POSTGRES_DOCS_URL}/pgtrgm.html#PGTRGM-INDEX`, `${POSTGRES_DOCS_URL}/indexes-types.html#INDEXES-TYPES-BTREE`, `${POSTGRES_DOCS_URL}/functions-matching.html#FUNCTIONS-LIKE`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const { query: q, level, node } of changedPredicates(ctx)) {
      const e = nodeAs(node, 'A_Expr');
      if (!e || !LIKE_OPS.has(operatorName(e.name))) continue;
      if (e.kind !== 'AEXPR_LIKE' && e.kind !== 'AEXPR_ILIKE' && e.kind !== 'AEXPR_OP') continue;
      const lead = leadingConstant(e.rexpr);
      if (lead === undefined || !/^[%_]/.test(lead)) continue;
      const resolved = bareColumn(e.lexpr, level.scope)?.resolved;
      const table = resolved?.entry.catalogTable;
      if (!resolved?.catalogColumn || !table || !resolved.entry.table) continue;
      const qualified = resolved.entry.table;
      const index = btreeIndexesLeadingWith(table, resolved.column)[0];
      const rows = q.tableRows[qualified];
      const large = rows !== undefined && rows >= ctx.config.largeTableRows;
      if ((!index && !large) || hasTrigramIndex(table, resolved.column)) continue;
      // Once per column of each query.
      const key = `${q.file}:${q.statement.span.start}:${qualified}.${resolved.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const op = e.kind === 'AEXPR_ILIKE' || operatorName(e.name) === '~~*' ? 'ILIKE' : 'LIKE';
      const name = displayName(qualified);
      const why = index
        ? `no btree index can serve it (${index.name} on ${columnLabel(resolved)} included)`
        : `no index can serve it on ${name} (about ${rows?.toLocaleString('en-US')} rows)`;
      out.push({
        file: q.file,
        statement: q.statement,
        message: `${queryLabel(q)}: ${columnLabel(resolved)} ${op} ${exprText(e.rexpr)} starts with a wildcard, so ${why}: PostgreSQL matches the pattern against every row.`,
        help:
          `Index substrings with a trigram index, which serves LIKE and ILIKE with any pattern: CREATE EXTENSION IF NOT EXISTS pg_trgm; ` +
          `CREATE INDEX CONCURRENTLY ON ${name} USING gin (${quoteIdent(resolved.column)} gin_trgm_ops); ` +
          `or anchor the pattern (${op} $1 || '%') when a prefix search is what is meant, or use full-text search for words.`,
        verified: 'static',
      });
    }
    return out;
  },
};
