// Which queries the query rules judge, how a message names one, and how it says what PostgreSQL
// answered when the query was prepared.
import type { Node } from '@pgsql/types';
import type { ReviewedQuery } from '../../core/query-types.js';
import type { PgErrorInfo } from '../../core/trace-types.js';
import { lineOfCharPosition } from '../../core/positions.js';
import { INDETERMINATE_PARAMETER } from '../../core/sqlstate.js';
import { levelConditions, predicates } from '../../sql/query/query-conditions.js';
import { forEachLevel, type QueryLevel } from '../../sql/query/query-levels.js';
import type { RuleContext } from '../rule.js';

export interface ParsedQuery {
  query: ReviewedQuery;
  ast: Node;
}

/** Changed queries that parsed (an unparsed one is query-invalid's or syntax-error's business). */
export function* changedQueries(ctx: RuleContext, origin?: ReviewedQuery['origin']): Generator<ParsedQuery> {
  for (const query of ctx.queries) {
    if (!query.changed || !query.statement.ast) continue;
    if (origin && query.origin !== origin) continue;
    yield { query, ast: query.statement.ast };
  }
}

/**
 * How a message names a query: `Query GetUser`, `The query` or `The migration statement` to open a
 * sentence; with `lowerCase`, the same words as written inside one (`which breaks query GetUser`).
 */
export function queryLabel(q: Pick<ReviewedQuery, 'name' | 'origin'>, options: { lowerCase?: boolean } = {}): string {
  const label = q.name ? `Query ${q.name}` : q.origin === 'migration' ? 'The migration statement' : 'The query';
  return options.lowerCase ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

export interface ChangedPredicate {
  query: ReviewedQuery;
  level: QueryLevel;
  /** A comparison of a WHERE or JOIN ... ON condition that is not under NOT. */
  node: Node;
}

/**
 * Every predicate of every condition (WHERE, JOIN ... ON) of every level of the changed
 * application queries. A migration's data change runs once: a sequential scan there is expected,
 * and whether its predicate could use an index is not worth a finding (data-migration reports the
 * statement itself).
 */
export function* changedPredicates(ctx: RuleContext): Generator<ChangedPredicate> {
  for (const { query, ast } of changedQueries(ctx, 'query-file')) {
    const found: ChangedPredicate[] = [];
    forEachLevel(ast, query.catalog, (level) => {
      for (const condition of levelConditions(level)) {
        for (const { node, negated } of predicates(condition)) if (!negated) found.push({ query, level, node });
      }
    });
    yield* found;
  }
}

/** PostgreSQL's error as one line: code, message, detail and hint. */
export function pgErrorText(e: PgErrorInfo): string {
  return [`ERROR ${e.code}: ${e.message}`, e.detail ? `DETAIL: ${e.detail}` : '', e.hint ? `HINT: ${e.hint}` : ''].filter(Boolean).join(' ');
}

/** The line of the query the error position points at. */
export function errorLine(q: ReviewedQuery, e: PgErrorInfo): number {
  return lineOfCharPosition(q.statement.text, e.position, q.statement.span.line);
}

/** A compile failure that says something about the query (not "parameter type unknown"). */
export function compileError(q: ReviewedQuery): PgErrorInfo | undefined {
  const e = q.head?.error;
  return q.head && !q.head.ok && e && e.code !== INDETERMINATE_PARAMETER ? e : undefined;
}
