// Which queries the query rules judge, and how a message names one.
import type { Node } from '@pgsql/types';
import type { ReviewedQuery } from '../../core/query-types.js';
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

/** `Query GetUser`, `The query` or `The migration statement`, to open a message. */
export function queryLabel(q: ReviewedQuery): string {
  if (q.name) return `Query ${q.name}`;
  return q.origin === 'migration' ? 'The migration statement' : 'The query';
}
