// Layer 5: with production table sizes in the config, a statement that blocks writes to (or rewrites) a large table.
import { qualify, type Catalog } from '../../core/catalog.js';
import type { Config } from '../../core/config.js';
import type { LockMode } from '../../core/trace-types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { nodeAs } from '../../sql/ast.js';
import { displayName, resolveTable } from '../../sql/names.js';
import { holdDuration, lockBlocks, lockName, strongerLock, BLOCKING_MODES } from '../lib/locks.js';
import { staticLocks } from '../../sql/static-locks.js';

// SHARE and stronger conflict with ROW EXCLUSIVE, the lock of INSERT, UPDATE and DELETE.
const BLOCKS_WRITES = new Set<LockMode>(BLOCKING_MODES);

/** Row counts by qualified table name: `orders` is read as `public.orders`. */
function rowCounts(config: Config): Map<string, number> {
  return new Map(Object.entries(config.tableRows).map(([name, rows]) => [qualify(name), rows]));
}

interface Effect {
  mode?: LockMode;
  rewritten: boolean;
  traced: boolean;
}

function indexTable(catalog: Catalog): (index: string) => string | undefined {
  return (index) => {
    for (const [name, t] of Object.entries(catalog.tables)) {
      if (t.indexes.some((ix) => `${t.schema}.${ix.name}` === index)) return name;
    }
    return undefined;
  };
}

const formatRows = (n: number) => n.toLocaleString('en-US');

export const largeTableChange: Rule = {
  meta: {
    id: 'large-table-change',
    layer: 'escalation',
    severity: 'escalate',
    summary: 'With table statistics: a statement that blocks writes to, or rewrites, a table above the configured size.',
    why:
      'How long a lock is held depends on the table: an index build, a validation scan or a rewrite of a table with ' +
      'millions of rows takes minutes to hours, and even an instant ALTER waits for every running query on the table ' +
      'while all new queries queue behind it. Given production row counts (`tableRows`, e.g. exported from ' +
      'pg_class.reltuples), the reviewer escalates any statement that takes a lock blocking writes (SHARE or stronger) ' +
      'on, or rewrites, a table with at least `largeTableRows` rows (default 1,000,000): a person decides whether it ' +
      'needs a maintenance window or the online path.',
    setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, status text NOT NULL);',
    bad: 'CREATE INDEX orders_status_idx ON orders (status);',
    good: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);',
    exampleConfig: { tableRows: { orders: 25_000_000 } },
    references: [`${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`, `${POSTGRES_DOCS_URL}/runtime-config-client.html#GUC-LOCK-TIMEOUT`],
    fixable: false,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    const rows = rowCounts(ctx.config);
    if (rows.size === 0) return out;
    const threshold = ctx.config.largeTableRows;
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const trace = reviewed.trace;
      if (trace && trace.outcome === 'error') continue;
      const effects = new Map<string, Effect>();
      const effect = (table: string) => {
        let e = effects.get(table);
        if (!e) effects.set(table, (e = { rewritten: false, traced: false }));
        return e;
      };
      if (trace?.outcome === 'ok') {
        for (const l of trace.locks) {
          if (l.relkind === 'index') continue;
          const e = effect(l.table);
          e.mode = e.mode ? strongerLock(e.mode, l.mode) : l.mode;
          if (BLOCKS_WRITES.has(l.mode)) e.traced = true;
        }
        for (const rel of trace.rewritten) {
          if (!reviewed.before.tables[rel]) continue; // an index rebuilt with its table
          const e = effect(rel);
          e.rewritten = true;
          e.traced = true;
        }
      }
      // Static locks cover what the trace cannot show: a lock the transaction already held, a statement not replayed.
      // (Locks of earlier statements in the block, which locksHeldDuring adds, are not this statement's doing.)
      for (const l of staticLocks(ast, indexTable(reviewed.before), (name) => resolveTable(ctx, reviewed, [name]) ?? name)) {
        if (l.relkind === 'index') continue;
        const e = effect(l.table);
        e.mode = e.mode ? strongerLock(e.mode, l.mode) : l.mode;
      }
      const parts: string[] = [];
      let traced = true;
      for (const [table, e] of effects) {
        const count = rows.get(table);
        if (count === undefined || count < threshold || !existedBefore(ctx, table, reviewed)) continue;
        if (!e.rewritten && !(e.mode && BLOCKS_WRITES.has(e.mode))) continue;
        const name = displayName(table);
        const mode = e.mode ?? 'AccessExclusiveLock';
        const indexes = reviewed.before.tables[table]?.indexes.length ?? 0;
        let what: string;
        if (e.rewritten) {
          what = `the statement rewrites all of them${indexes ? ` and rebuilds its ${indexes} index${indexes === 1 ? '' : 'es'}` : ''} under ${lockName(mode)}, blocking ${lockBlocks(mode)} ${holdDuration(reviewed.inTransaction, 'for the whole rewrite')}`;
        } else if (nodeAs(ast, 'IndexStmt')) {
          what = `the statement reads all of them to build an index under ${lockName(mode)}, blocking ${lockBlocks(mode)} ${holdDuration(reviewed.inTransaction, 'for the whole build')}`;
        } else {
          what = `the statement takes ${lockName(mode)} on it, blocking ${lockBlocks(mode)} ${holdDuration(reviewed.inTransaction, 'while it runs (and while it waits for running queries)')}`;
        }
        parts.push(`${name} has about ${formatRows(count)} rows in production: ${what}`);
        traced &&= e.traced;
      }
      if (parts.length === 0) continue;
      out.push({
        file: file.source.path,
        statement,
        message: `${parts.join('. ')}.`,
        help:
          `A person decides (threshold: ${formatRows(threshold)} rows): run it in a maintenance window, or use the online path ` +
          '(CREATE INDEX CONCURRENTLY, constraints NOT VALID then VALIDATE, a new column backfilled in batches) and set ' +
          'lock_timeout so the migration gives up instead of queueing traffic behind its lock.',
        verified: traced ? 'trace' : 'static',
      });
    }
    return out;
  },
};
