// Which queries the query rules judge, and how a message names one.
import type { Node } from '@pgsql/types';
import type { ReviewedQuery } from '../../core/query-types.js';
import type { RuleContext } from '../rule.js';
import { levelConditions, predicates } from './query-conditions.js';
import { forEachLevel, type QueryLevel } from './query-levels.js';

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

/** `Query GetUser`, `The query` or `The migration statement`, to open a message. */
export function queryLabel(q: ReviewedQuery): string {
  if (q.name) return `Query ${q.name}`;
  return q.origin === 'migration' ? 'The migration statement' : 'The query';
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
