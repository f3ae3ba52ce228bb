// Layer 3: rows of an existing table changed inside a schema migration: how many rows, and so how
// long the transaction holds its row locks and every DDL lock taken before it, is unknown.
import type { Node, RangeVar } from '@pgsql/types';
import type { CatalogTable } from '../../core/catalog.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import type { ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import type { LockMode } from '../../core/trace-types.js';
import { walk } from '../../sql/index.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore, tableBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { nodeAs, stringValues } from '../../sql/ast.js';
import { displayName, resolveTable } from '../../sql/names.js';
import { BLOCKING_MODES, locksHeldDuring, type HeldLock, lockBlocks, lockName } from '../lib/locks.js';

interface DataChange {
  verb: string;
  /** The table whose rows are written. */
  target: string;
  /** Existing tables read to produce the rows (INSERT ... SELECT, UPDATE ... FROM, MERGE ... USING). */
  sources: string[];
  where?: Node;
}

/** Catalog key of a written table name (resolveTable for the statement at hand). */
type Resolve = (rv: RangeVar | undefined) => string | undefined;

/** Tables named in FROM / USING clauses (subqueries and joins included). */
function tablesIn(node: unknown, resolve: Resolve): string[] {
  const out = new Set<string>();
  walk(node, (kind, body) => {
    const name = kind === 'RangeVar' ? resolve(body as RangeVar) : undefined;
    if (name) out.add(name);
  });
  return [...out];
}

function dataChange(ast: Node, resolve: Resolve): DataChange | undefined {
  const update = nodeAs(ast, 'UpdateStmt');
  if (update) {
    const target = resolve(update.relation);
    return target ? { verb: 'UPDATE', target, sources: tablesIn(update.fromClause, resolve), where: update.whereClause } : undefined;
  }
  const del = nodeAs(ast, 'DeleteStmt');
  if (del) {
    const target = resolve(del.relation);
    return target ? { verb: 'DELETE', target, sources: tablesIn(del.usingClause, resolve), where: del.whereClause } : undefined;
  }
  const insert = nodeAs(ast, 'InsertStmt');
  if (insert) {
    const target = resolve(insert.relation);
    const select = nodeAs(insert.selectStmt, 'SelectStmt');
    // INSERT ... VALUES and DEFAULT VALUES are seed rows; INSERT ... SELECT without FROM is one computed row.
    if (!target || !select || select.valuesLists) return undefined;
    const sources = tablesIn(select, resolve);
    return sources.length > 0 ? { verb: 'INSERT ... SELECT', target, sources } : undefined;
  }
  const merge = nodeAs(ast, 'MergeStmt');
  if (merge) {
    const target = resolve(merge.relation);
    return target ? { verb: 'MERGE', target, sources: tablesIn(merge.sourceRelation, resolve) } : undefined;
  }
  return undefined;
}

/** Columns compared with `=` to a constant or parameter (or IN a constant list) in an AND-only WHERE clause. */
function equalityColumns(where: Node | undefined): Set<string> {
  const out = new Set<string>();
  const visit = (n: Node | undefined): void => {
    const bool = nodeAs(n, 'BoolExpr');
    if (bool) {
      if (bool.boolop === 'AND_EXPR') for (const a of bool.args ?? []) visit(a);
      return;
    }
    const e = nodeAs(n, 'A_Expr');
    const column = (x: Node | undefined) => stringValues(nodeAs(x, 'ColumnRef')?.fields).at(-1);
    const constant = (x: Node | undefined) => nodeAs(x, 'A_Const') !== undefined || nodeAs(x, 'ParamRef') !== undefined || nodeAs(x, 'TypeCast') !== undefined;
    // `key IN ('a', 'b')`: a short list of constants is as bounded as `key = 'a'`.
    if (e?.kind === 'AEXPR_IN' && stringValues(e.name).join() === '=') {
      const items = nodeAs(e.rexpr, 'List')?.items ?? [];
      const col = column(e.lexpr);
      if (col && items.length > 0 && items.length <= 100 && items.every(constant)) out.add(col);
      return;
    }
    if (!e || e.kind !== 'AEXPR_OP' || stringValues(e.name).join() !== '=') return;
    const col = constant(e.rexpr) ? column(e.lexpr) : constant(e.lexpr) ? column(e.rexpr) : undefined;
    if (col) out.add(col);
  };
  visit(where);
  return out;
}

/** `WHERE key = constant` (or `IN` a short constant list) on every column of a unique index: a few known rows. */
function touchesKnownRows(table: CatalogTable | undefined, where: Node | undefined): boolean {
  if (!table || !where) return false;
  const cols = equalityColumns(where);
  return table.indexes.some((ix) => ix.unique && ix.valid && ix.predicate === null && ix.columns.every((c) => c !== null && cols.has(c)));
}

function existing(ctx: RuleContext, reviewed: ReviewedStatement, tables: string[]): string[] {
  return tables.filter((t) => existedBefore(ctx, t, reviewed) && tableBefore(ctx, t, reviewed)?.kind !== 'view');
}

/** `ACCESS EXCLUSIVE on orders (line 3) and users (line 5), blocking all reads and writes; ...`, at most 6 tables named. */
function describeHeld(held: HeldLock[], file: ReviewedFile): string {
  const lineOf = new Map(file.statements.map((r) => [r.statement.index, r.statement.span.line]));
  const byMode = new Map<LockMode, HeldLock[]>();
  for (const l of held) byMode.set(l.mode, [...(byMode.get(l.mode) ?? []), l]);
  const parts: string[] = [];
  let named = 0;
  for (const [mode, locks] of [...byMode].sort((a, b) => BLOCKING_MODES.indexOf(b[0]) - BLOCKING_MODES.indexOf(a[0]))) {
    const shown = locks.slice(0, Math.max(0, 6 - named));
    named += shown.length;
    const more = locks.length - shown.length;
    const names = shown.map((l) => `${displayName(l.table)} (line ${lineOf.get(l.takenAt)})`);
    if (more > 0) names.push(`${more} more table${more > 1 ? 's' : ''}`);
    if (names.length === 0) continue;
    parts.push(`${lockName(mode)} on ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]}, blocking ${lockBlocks(mode)}`);
  }
  return parts.join('; ');
}

export const dataMigration: Rule = {
  meta: {
    id: 'data-migration',
    layer: 'knowledge',
    severity: 'warning',
    summary: 'UPDATE/DELETE/INSERT ... SELECT/MERGE on an existing table inside a schema migration.',
    why:
      'How many rows a data change touches depends on production data, which the review cannot see: on a large table ' +
      'the statement runs for minutes, every row it changes stays locked against other writers until the transaction ' +
      'commits, and every lock the transaction took before it (an ACCESS EXCLUSIVE from an ALTER TABLE blocks all ' +
      'reads and writes) is held all that time. A single huge transaction also bloats the table and delays vacuum ' +
      'and replication. Batching the change in short transactions, apart from the DDL, keeps every lock short.',
    bad:
      'BEGIN;\nALTER TABLE orders ADD COLUMN status text;\nUPDATE orders SET status = \'paid\' WHERE paid_at IS NOT NULL;\nCOMMIT;',
    good:
      '-- the schema change alone:\nALTER TABLE orders ADD COLUMN status text;\n' +
      '-- the backfill outside the migration, in keyset batches (each its own transaction), repeated until no row is left:\n' +
      '-- UPDATE orders SET status = \'paid\' WHERE id IN (SELECT id FROM orders WHERE paid_at IS NOT NULL AND status IS NULL\n' +
      '--   AND id > :last_id ORDER BY id LIMIT 10000);',
    setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, paid_at timestamptz);',
    references: [`${POSTGRES_DOCS_URL}/sql-update.html`, `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-ROWS`, `${POSTGRES_DOCS_URL}/routine-vacuuming.html`],
    fixable: false,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const change = dataChange(ast, (rv) => resolveTable(ctx, reviewed, rv));
      if (!change) continue;
      const targetExisted = existing(ctx, reviewed, [change.target]).length > 0;
      const sources = existing(ctx, reviewed, change.sources.filter((s) => s !== change.target));
      // A table created in the pull request is empty unless filled from an existing one.
      if (!targetExisted && (change.verb === 'UPDATE' || change.verb === 'DELETE' || sources.length === 0)) continue;
      if (targetExisted && touchesKnownRows(tableBefore(ctx, change.target, reviewed), change.where)) continue;

      const target = displayName(change.target);
      const what = targetExisted
        ? `${change.verb} on existing table ${target} changes an unknown number of rows`
        : `${change.verb} copies an unknown number of rows from existing table${sources.length > 1 ? 's' : ''} ${sources.map(displayName).join(', ')} into ${target}`;
      let locks: string;
      // Copying into a table of the pull request only reads the sources (ACCESS SHARE): a notice,
      // unless the transaction holds a blocking lock on an existing table meanwhile.
      let blocksOthers = targetExisted;
      if (reviewed.inTransaction) {
        // Blocking locks the transaction took before this statement on existing tables (a table
        // created in the same transaction is invisible to other sessions until it commits).
        const held = locksHeldDuring(file, reviewed).filter(
          (l) => (l.relkind === 'table' || l.relkind === 'matview') && l.takenAt !== statement.index &&
            BLOCKING_MODES.includes(l.mode) && existedBefore(ctx, l.table, reviewed),
        );
        blocksOthers ||= held.length > 0;
        locks =
          (targetExisted ? 'each row it changes stays locked against other writers until the transaction commits' : "it runs inside the migration's transaction") +
          (held.length > 0 ? `, and all that time the transaction keeps ${describeHeld(held, file)}.` : '.');
      } else {
        locks = targetExisted ? 'it runs as one transaction, and each row it changes stays locked against other writers until it ends.' : 'it runs as one long transaction.';
      }
      out.push({
        file: file.source.path,
        statement,
        message: `${what} in a schema migration: how long it runs depends on production data, and ${locks}`,
        help:
          'Move the data change out of the DDL transaction: run it after the migration in keyset batches of e.g. 10,000 rows, each ' +
          'its own transaction (WHERE id > :last ORDER BY id LIMIT 10000), or in a separate migration that does not run in a ' +
          'transaction; keep the schema migration to DDL so its locks are held only for milliseconds.',
        verified: reviewed.trace?.outcome === 'ok' && reviewed.trace.lockSource === 'trace' ? 'trace' : 'static',
        ...(blocksOthers ? {} : { severity: 'notice' as const }),
      });
    }
    return out;
  },
};
