// Builders for query rule tests: queries parsed with the real parser, catalogs replayed on PGlite,
// and the rule context a review would hand the rules.
import { DEFAULT_CONFIG, type Config } from '../../../src/core/config.js';
import { emptyCatalog, type Catalog } from '../../../src/core/catalog.js';
import type { ReviewedQuery } from '../../../src/core/query-types.js';
import type { FindingDraft, Rule, RuleContext } from '../../../src/rules/rule.js';
import { ReplaySession } from '../../../src/replay/index.js';
import { ensureParser, parseSqlFile } from '../../../src/sql/index.js';

/** A PGlite database with `setup` applied (pg_trgm available), and its catalog. */
export async function replayedCatalog(setup: string): Promise<{ session: ReplaySession; catalog: Catalog }> {
  await ensureParser();
  const session = await ReplaySession.start({ extensions: ['pg_trgm'] });
  const problems = await session.replayBaseFile('setup.sql', setup);
  if (problems.length > 0) throw new Error(`setup failed: ${problems.map((p) => p.message).join('; ')}`);
  return { session, catalog: await session.catalog() };
}

export interface QueryOptions {
  catalog?: Catalog;
  origin?: ReviewedQuery['origin'];
  file?: string;
  changed?: boolean;
  tableRows?: Record<string, number>;
}

/** The statements of a query file as reviewed queries; `-- name: X` before a statement names it. */
export function queries(sql: string, opts: QueryOptions = {}): ReviewedQuery[] {
  let previousEnd = 0;
  return parseSqlFile(sql).statements.map((statement) => {
    const name = /--\s*name:\s*([\w-]+)/.exec(sql.slice(previousEnd, statement.span.start))?.[1];
    previousEnd = statement.span.end;
    return {
      origin: opts.origin ?? 'query-file',
      file: opts.file ?? 'queries/users.sql',
      name,
      statement,
      changed: opts.changed ?? true,
      catalog: opts.catalog ?? emptyCatalog(),
      tableRows: opts.tableRows ?? {},
    };
  });
}

export function queryContext(qs: ReviewedQuery[], config: Partial<Config> = {}): RuleContext {
  const catalog = qs[0]?.catalog ?? emptyCatalog();
  return {
    mode: 'review',
    config: { ...DEFAULT_CONFIG, ...config },
    files: [],
    baseHistory: [],
    baseCatalog: catalog,
    finalCatalog: catalog,
    queries: qs,
  };
}

/** Findings of `rule` on the SQL as one query file. */
export function check(rule: Rule, sql: string, opts: QueryOptions = {}, config: Partial<Config> = {}): FindingDraft[] {
  return rule.check(queryContext(queries(sql, opts), config));
}
