// Layer 4: commands whose whole job is to rewrite a table: VACUUM FULL, CLUSTER, SET TABLESPACE,
// SET LOGGED / UNLOGGED.
import type { CatalogTable } from '../../core/catalog.js';
import { hasOption, alterTableCmds, nodeAs } from '../../sql/ast.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore, tableBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { displayName, resolveTable } from '../../sql/names.js';
import { holdDuration } from '../lib/locks.js';
import { storedIn } from '../lib/scans.js';

const ALTER_LABEL: Record<string, string> = {
  AT_SetTableSpace: 'SET TABLESPACE',
  AT_SetLogged: 'SET LOGGED',
  AT_SetUnLogged: 'SET UNLOGGED',
};

/** SET LOGGED on a table already logged (SET UNLOGGED on one already unlogged) keeps its storage file: nothing is copied. */
const NO_OP_PERSISTENCE: Record<string, CatalogTable['persistence']> = { AT_SetLogged: 'permanent', AT_SetUnLogged: 'unlogged' };

const HELP =
  'Rewrite the table online instead: pg_repack or pg_squeeze rebuild it while reads and writes continue and take the ' +
  'ACCESS EXCLUSIVE lock only for the final swap; or create a new table, backfill it in batches, and switch over.';

export const tableRewriteCommand: Rule = {
  meta: {
    id: 'table-rewrite-command',
    layer: 'output',
    severity: 'error',
    summary: 'VACUUM FULL, CLUSTER, SET TABLESPACE, SET LOGGED/UNLOGGED on an existing table.',
    why:
      'These commands write a new copy of the whole table and all its indexes while holding an ACCESS EXCLUSIVE lock: ' +
      'no one can read or write the table until the copy is finished, which on a large table means minutes to hours of ' +
      'outage (and twice the disk space meanwhile). SET LOGGED also writes the whole table to the WAL.',
    bad: 'VACUUM FULL orders;',
    good:
      '-- plain VACUUM makes dead rows reusable without blocking reads and writes;\n' +
      '-- to compact the table, run pg_repack --table=orders outside the migration\n' +
      'VACUUM (ANALYZE) orders;',
    setup:
      'CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamptz NOT NULL DEFAULT now());\n' +
      'CREATE INDEX orders_placed_at_idx ON orders (placed_at);\n',
    references: [`${POSTGRES_DOCS_URL}/sql-cluster.html`, `${POSTGRES_DOCS_URL}/sql-vacuum.html`, `${POSTGRES_DOCS_URL}/sql-altertable.html`, `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`],
    fixable: false,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const found: { label: string; tables: string[] }[] = [];
      const vacuum = nodeAs(ast, 'VacuumStmt');
      const cluster = nodeAs(ast, 'ClusterStmt');
      // VACUUM (FULL FALSE) is a plain VACUUM.
      if (vacuum?.is_vacuumcmd && hasOption(vacuum.options, 'full')) {
        const named = (vacuum.rels ?? []).map((r) => resolveTable(ctx, reviewed, nodeAs(r, 'VacuumRelation')?.relation)).filter((t) => t !== undefined);
        // VACUUM FULL without a table rewrites every table of the database.
        const tables = named.length ? named : Object.keys(ctx.baseCatalog.tables).filter((t) => ctx.baseCatalog.tables[t].kind === 'table' || ctx.baseCatalog.tables[t].kind === 'matview');
        found.push({ label: 'VACUUM FULL', tables });
      } else if (cluster) {
        const t = resolveTable(ctx, reviewed, cluster.relation);
        // CLUSTER without a table re-clusters every table clustered before; which ones is not in the catalog.
        if (t) found.push({ label: 'CLUSTER', tables: [t] });
        else if (Object.keys(ctx.baseCatalog.tables).length) found.push({ label: 'CLUSTER', tables: [] });
      } else {
        const t = resolveTable(ctx, reviewed, nodeAs(ast, 'AlterTableStmt')?.relation);
        for (const cmd of t ? alterTableCmds(ast) : []) {
          const label = ALTER_LABEL[cmd.subtype ?? ''];
          const unchanged = NO_OP_PERSISTENCE[cmd.subtype ?? ''];
          if (unchanged && t && tableBefore(ctx, t, reviewed)?.persistence === unchanged) continue;
          if (label && t) found.push({ label: `ALTER TABLE ... ${label}`, tables: [t] });
        }
      }
      // The replay compares storage files before and after the statement (VACUUM FULL too, run
      // outside a transaction): a rewrite it saw is a fact, and when it saw none there was none.
      const replayed = reviewed.trace?.outcome === 'ok' ? reviewed.trace.rewritten : undefined;
      for (const { label, tables: named } of found) {
        // CLUSTER without a table rewrites the tables clustered before: the replay names them.
        const tables = label === 'CLUSTER' && named.length === 0 && replayed ? replayed.filter((t) => ctx.baseCatalog.tables[t]) : named;
        const existing = tables.filter((t) => existedBefore(ctx, t, reviewed));
        if (tables.length && !existing.length) continue;
        // A partitioned table has no storage of its own: its partitions are what gets rewritten.
        const rewrote = (t: string) => replayed?.some((r) => storedIn(reviewed.before, t).has(r)) === true;
        if (replayed && !existing.some(rewrote)) continue;
        const traced = replayed !== undefined && existing.length > 0 && existing.every(rewrote);
        const names = existing.length > 3 ? `${existing.slice(0, 3).map(displayName).join(', ')} and ${existing.length - 3} more` : existing.map(displayName).join(', ');
        const what = existing.length ? `existing table${existing.length > 1 ? 's' : ''} ${names}` : 'every previously clustered table';
        const message =
          `${label} rewrites ${what} while holding ACCESS EXCLUSIVE: all reads and writes wait ` +
          `${holdDuration(reviewed.inTransaction, 'for the whole rewrite')}.`;
        const help = label.endsWith('SET TABLESPACE')
          ? `${HELP} To move data between tablespaces without the outage, pg_repack --tablespace does it online.`
          : HELP;
        out.push({ file: file.source.path, statement, message, help, verified: traced ? 'trace' : 'static' });
      }
    }
    return out;
  },
};
