// Layer 4: a table the pull request adds an index to ends it with more indexes than the configured limit.
import type { Catalog } from '../../core/catalog.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { indexAddedSince } from '../lib/indexes.js';
import { reviewedStatements, type StatementRef } from '../lib/statements.js';
import { displayName } from '../../sql/names.js';

function countOn(catalog: Catalog, table: string): number | undefined {
  return catalog.tables[table]?.indexes.length;
}

/**
 * The statement that pushed the table over the limit: the last one that crossed it, else (the table
 * was over the limit before the pull request) the first one that added an index to it.
 */
function pushingStatement(statements: StatementRef[], table: string, limit: number): StatementRef | undefined {
  let crossed: StatementRef | undefined;
  let grew: StatementRef | undefined;
  for (const ref of statements) {
    const before = countOn(ref.reviewed.before, table) ?? 0;
    const after = countOn(ref.reviewed.after, table) ?? 0;
    if (before <= limit && after > limit) crossed = ref;
    if (after > before && !grew) grew = ref;
  }
  return crossed ?? grew;
}

export const tooManyIndexes: Rule = {
  meta: {
    id: 'too-many-indexes',
    layer: 'output',
    severity: 'notice',
    summary: 'A table the pull request adds an index to ends it with more indexes than the configured limit.',
    why:
      'Every index is updated on every INSERT, on every DELETE (by vacuum) and on every UPDATE that cannot be HOT: ' +
      'each one adds write amplification, WAL volume, vacuum work and memory for its pages in shared buffers, and ' +
      'one index on an updated column makes every update of the row non-HOT. Past a handful of indexes, writes slow ' +
      'down measurably and some indexes are usually unused or covered by others. The limit is `maxIndexesPerTable` ' +
      '(default 10); the count includes the indexes of primary keys and unique constraints.',
    setup:
      'CREATE TABLE events (id bigint PRIMARY KEY, a int, b int, c int, d int, e int, f int, g int, h int, i int, j int);\n' +
      'CREATE INDEX events_a_idx ON events (a);\nCREATE INDEX events_b_idx ON events (b);\nCREATE INDEX events_c_idx ON events (c);\n' +
      'CREATE INDEX events_d_idx ON events (d);\nCREATE INDEX events_e_idx ON events (e);\nCREATE INDEX events_f_idx ON events (f);\n' +
      'CREATE INDEX events_g_idx ON events (g);\nCREATE INDEX events_h_idx ON events (h);\nCREATE INDEX events_i_idx ON events (i);',
    bad: 'CREATE INDEX CONCURRENTLY events_j_idx ON events (j);',
    good:
      '-- events_a_idx had no scans in pg_stat_user_indexes for a month: replace it rather than add one more\n' +
      'DROP INDEX CONCURRENTLY events_a_idx;\nCREATE INDEX CONCURRENTLY events_j_idx ON events (j);',
    references: [`${POSTGRES_DOCS_URL}/indexes-intro.html`, `${POSTGRES_DOCS_URL}/storage-hot.html`, `${POSTGRES_DOCS_URL}/monitoring-stats.html#MONITORING-PG-STAT-ALL-INDEXES-VIEW`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    const limit = ctx.config.maxIndexesPerTable;
    const statements = [...reviewedStatements(ctx)];
    for (const [qualified, table] of Object.entries(ctx.finalCatalog.tables)) {
      if (table.indexes.length <= limit) continue;
      const added = table.indexes.filter((ix) => indexAddedSince(ctx, ix));
      if (added.length === 0) continue; // the pull request did not add to it
      const ref = pushingStatement(statements, qualified, limit);
      const file = ref?.file.source.path ?? ctx.files.find((f) => f.status === 'added')?.source.path;
      if (!file) continue;
      const name = displayName(qualified);
      const list = table.indexes.map((ix) => `${ix.name}${indexAddedSince(ctx, ix) ? ' (new)' : ''}`).join(', ');
      out.push({
        file,
        statement: ref?.statement,
        message:
          `${name} ends this pull request with ${table.indexes.length} indexes (the limit is ${limit}): every INSERT and every ` +
          `non-HOT UPDATE of ${name} writes to all of them. Indexes: ${list}.`,
        help:
          'Check pg_stat_user_indexes (idx_scan) in production for indexes that are never used, and for indexes that another ' +
          'one covers (a leading prefix of a wider index); drop those, or combine several into one multicolumn index. If the ' +
          'table really needs them, raise maxIndexesPerTable in the config.',
        verified: 'replay',
      });
    }
    return out;
  },
};
