// Layer 4: an ACCESS EXCLUSIVE lock on an existing table taken early in a transaction block, and a
// later statement of the block whose work grows with the data: the table stays blocked until that
// work finishes and the block commits. Instant later statements (catalog-only) add nothing worth a finding.
import type { RangeVar } from '@pgsql/types';
import type { ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { walk } from '../../sql/index.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore } from '../lib/base-tables.js';
import { alterTableCmds, nodeAs } from '../../sql/ast.js';
import { displayName, resolveTable } from '../../sql/names.js';
import { locksTakenBy } from '../lib/locks.js';
import { cascadedLock, parentOf } from '../lib/partitions.js';

type Existing = (table: string, reviewed: ReviewedStatement) => boolean;

/** Existing tables named in a FROM clause, subquery or USING list. */
function existingTablesIn(node: unknown, s: ReviewedStatement, existing: Existing): string[] {
  const out = new Set<string>();
  walk(node, (kind, body) => {
    const name = kind === 'RangeVar' ? resolveTable(undefined, s, body as RangeVar) : undefined;
    if (name && existing(name, s)) out.add(name);
  });
  return [...out];
}

/** The table an index of the catalog before `s` belongs to (`public.orders_pkey` -> `public.orders`). */
function ownerOf(relation: string, s: ReviewedStatement): string | undefined {
  if (s.before.tables[relation]) return relation;
  const bare = relation.slice(relation.indexOf('.') + 1);
  const t = Object.values(s.before.tables).find((x) => relation.startsWith(`${x.schema}.`) && x.indexes.some((i) => i.name === bare));
  return t && `${t.schema}.${t.name}`;
}

/** What an ALTER TABLE subcommand does that reads or rewrites every row, if anything. */
function slowAlter(cmd: NonNullable<ReturnType<typeof alterTableCmds>[number]>, name: string): string | undefined {
  switch (cmd.subtype) {
    case 'AT_AddConstraint': {
      const c = nodeAs(cmd.def, 'Constraint');
      if (!c) return undefined;
      if ((c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_UNIQUE' || c.contype === 'CONSTR_EXCLUSION') && !c.indexname) {
        return `builds an index on ${name}`;
      }
      if ((c.contype === 'CONSTR_FOREIGN' || c.contype === 'CONSTR_CHECK') && !c.skip_validation) return `scans ${name} to validate a constraint`;
      return undefined;
    }
    case 'AT_ValidateConstraint': return `scans ${name} to validate a constraint`;
    case 'AT_SetNotNull': return `scans ${name} to check NOT NULL`;
    case 'AT_AttachPartition': return `scans the partition attached to ${name} to check its bound`;
    default: return undefined;
  }
}

/**
 * What `s` does whose time grows with an existing table's size (a rewrite, a scan or validation,
 * an index build, a data change), or undefined when it is instant (catalog-only ALTERs, ADD COLUMN
 * without a volatile default, COMMENT, GRANT, CREATE TABLE, SET, work on tables that are new).
 */
export function slowWork(s: ReviewedStatement, existing: Existing): string | undefined {
  const ast = s.statement.ast;
  const ok = s.trace?.outcome === 'ok' ? s.trace : undefined;
  for (const r of ok?.rewritten ?? []) {
    const table = ownerOf(r, s) ?? r;
    const parent = parentOf(table, s.before, s.after);
    if (existing(table, s)) {
      if (parent) return `rewrites ${displayName(parent)}`;
      return table === r ? `rewrites ${displayName(table)}` : `rebuilds index ${displayName(r)} of ${displayName(table)}`;
    }
  }
  const scannedTable = (ok?.scanned ?? []).find((t) => existing(t, s));
  const scanned = scannedTable && (parentOf(scannedTable, s.before, s.after) ?? scannedTable);
  if (!ast) return undefined;
  const on = (rv: RangeVar | undefined): string | undefined => {
    const t = resolveTable(undefined, s, rv);
    return t && existing(t, s) ? displayName(t) : undefined;
  };
  const index = nodeAs(ast, 'IndexStmt');
  if (index) {
    const name = on(index.relation);
    return name && !index.concurrent ? `builds an index on ${name}` : undefined;
  }
  const alterTable = resolveTable(undefined, s, nodeAs(ast, 'AlterTableStmt')?.relation);
  if (alterTable && existing(alterTable, s)) {
    for (const cmd of alterTableCmds(ast)) {
      const what = slowAlter(cmd, displayName(alterTable));
      if (what) return what;
    }
  }
  const update = nodeAs(ast, 'UpdateStmt');
  if (update && on(update.relation)) return `changes rows of ${on(update.relation)}`;
  const del = nodeAs(ast, 'DeleteStmt');
  if (del && on(del.relation)) return `deletes rows of ${on(del.relation)}`;
  const merge = nodeAs(ast, 'MergeStmt');
  if (merge && on(merge.relation)) return `changes rows of ${on(merge.relation)}`;
  const insert = nodeAs(ast, 'InsertStmt');
  const source = insert && nodeAs(insert.selectStmt, 'SelectStmt') && existingTablesIn(insert.selectStmt, s, existing)[0];
  if (source) return `copies rows from ${displayName(source)}`;
  const ctas = nodeAs(ast, 'CreateTableAsStmt');
  const read = ctas && existingTablesIn(ctas.query, s, existing)[0];
  if (read) return `fills a new relation by reading ${displayName(read)}`;
  const refresh = nodeAs(ast, 'RefreshMatViewStmt');
  if (refresh && on(refresh.relation)) return `recomputes ${on(refresh.relation)}`;
  const cluster = nodeAs(ast, 'ClusterStmt');
  if (cluster && on(cluster.relation)) return `rewrites ${on(cluster.relation)}`;
  // A DO block's SQL is a string: one that writes rows is a backfill.
  const body = nodeAs(ast, 'DoStmt') ? JSON.stringify(ast) : '';
  if (/\b(UPDATE|DELETE\s+FROM|INSERT\s+INTO)\b/i.test(body)) return 'changes rows in a DO block';
  return scanned ? `scans ${displayName(scanned)}` : undefined;
}

/** `ALTER TABLE`, `CREATE INDEX`, `UPDATE orders`: enough of a statement to recognise it in a message. */
function label(s: ReviewedStatement): string {
  const words = s.statement.text.replace(/\s+/g, ' ').split(' ');
  const two = words.slice(0, 2).join(' ');
  return /^[A-Za-z ]+$/.test(two) && /^(ALTER|CREATE|DROP)$/i.test(words[0]) ? two.toUpperCase() : words[0].toUpperCase();
}

/**
 * Whether `s` works on `table` itself in a way its own finding reports together with the lock the
 * transaction holds there (an index build, a rewrite, a scan under its own ACCESS EXCLUSIVE, a data
 * change): this finding would only repeat it. VALIDATE CONSTRAINT is not: it is meant to run under a
 * weak lock, and nothing else says the earlier statement's lock defeats that.
 */
function reportedOnItsOwn(s: ReviewedStatement, table: string): boolean {
  const ast = s.statement.ast;
  if (!ast) return false;
  if (alterTableCmds(ast).some((cmd) => cmd.subtype === 'AT_ValidateConstraint')) return false;
  const relation = (nodeAs(ast, 'IndexStmt') ?? nodeAs(ast, 'AlterTableStmt') ?? nodeAs(ast, 'UpdateStmt') ?? nodeAs(ast, 'DeleteStmt') ?? nodeAs(ast, 'MergeStmt'))?.relation;
  return relation !== undefined && resolveTable(undefined, s, relation) === table;
}

interface Slow {
  s: ReviewedStatement;
  what: string;
}

function listSlow(slow: Slow[]): string {
  const shown = slow.slice(0, 5).map(({ s, what }) => `line ${s.statement.span.line} (${label(s)}: ${what})`);
  return shown.join(', ') + (slow.length > 5 ? ` and ${slow.length - 5} more` : '');
}

function check(file: ReviewedFile, existing: Existing): FindingDraft[] {
  const out: FindingDraft[] = [];
  const reported = new Set<string>();
  file.statements.forEach((reviewed, at) => {
    const tx = reviewed.transactionId;
    if (tx === null) return;
    const locks = locksTakenBy(reviewed);
    const cascaded = cascadedLock(reviewed, locks);
    for (const lock of locks) {
      if (lock.mode !== 'AccessExclusiveLock' || lock.relkind === 'index' || lock.relkind === 'sequence' || cascaded(lock)) continue;
      const key = `${tx}\u0000${lock.table}`;
      if (reported.has(key) || !existing(lock.table, reviewed)) continue;
      const slow: Slow[] = [];
      for (const s of file.statements.slice(at + 1)) {
        if (s.transactionId !== tx) continue;
        const what = slowWork(s, existing);
        if (what && !reportedOnItsOwn(s, lock.table)) slow.push({ s, what });
      }
      if (slow.length === 0) continue;
      reported.add(key);
      const table = displayName(lock.table);
      const many = slow.length > 1;
      out.push({
        file: file.source.path,
        statement: reviewed.statement,
        message:
          `${label(reviewed)} takes ACCESS EXCLUSIVE on existing table ${table} inside a transaction, and ` +
          `${many ? `${slow.length} later statements` : 'a later statement'} of the same transaction do${many ? '' : 'es'} work ` +
          `that grows with the data: ${listSlow(slow)}. All reads and writes of ${table} stay blocked until ` +
          `${many ? 'they finish' : 'it finishes'} and the transaction commits.`,
        help:
          `Keep the time under ACCESS EXCLUSIVE short: move ${many ? 'that work' : `the statement at line ${slow[0].s.statement.span.line}`} ` +
          'out of this transaction (before it, or into a migration of its own), or make this statement the last one of its transaction.',
        verified: lock.traced ? 'trace' : 'static',
      });
    }
  });
  return out;
}

export const lockHeldAcrossStatements: Rule = {
  meta: {
    id: 'lock-held-across-statements',
    layer: 'output',
    severity: 'warning',
    summary:
      'A later statement of the same transaction does work that grows with the data (rewrite, scan, index build, data ' +
      'change) while an ACCESS EXCLUSIVE lock on an existing table is held.',
    why:
      'Locks are released only when the transaction ends. Once a statement has taken ACCESS EXCLUSIVE on a table, every ' +
      'read and write of that table waits, not just for that statement but for everything after it in the same ' +
      'transaction. Catalog-only statements after it (another ADD COLUMN, a COMMENT, a GRANT) take milliseconds, but a ' +
      'table rewrite, a validation scan, an index build or a data backfill takes as long as the table is large, and the ' +
      'application is down for that table the whole time. Frameworks that wrap each migration in a transaction make ' +
      'every later statement of the file part of it. Slow work on the locked table itself is reported by its own ' +
      'rule (require-concurrent-index, data-migration, ...), which names the lock; this rule covers work on other tables.',
    bad:
      'BEGIN;\n' +
      'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\n' +
      'UPDATE customers SET tier = 0 WHERE tier IS NULL;\n' +
      'COMMIT;',
    good:
      '-- the ALTER TABLE alone: its lock ends with it\n' +
      'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\n' +
      '-- then the backfill, in its own transaction:\n' +
      'UPDATE customers SET tier = 0 WHERE tier IS NULL;',
    setup:
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total_cents integer NOT NULL);\n' +
      'CREATE TABLE customers (id bigint PRIMARY KEY, tier integer);\n',
    references: [`${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`, `${POSTGRES_DOCS_URL}/sql-begin.html`],
    fixable: false,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    return ctx.files.filter((f) => f.status === 'added').flatMap((f) => check(f, (t, r) => existedBefore(ctx, t, r)));
  },
};
