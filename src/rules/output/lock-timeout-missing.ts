// Layer 4: the first statement of a file that takes a blocking lock on an existing table, with no
// lock_timeout set before it: it can wait behind a long transaction while everything queues behind it.
import type { Node } from '@pgsql/types';
import type { ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore } from '../lib/base-tables.js';
import { nodeAs } from '../../sql/ast.js';
import { displayName } from '../../sql/names.js';
import { BLOCKING_MODES, locksTakenBy, type HeldLock, lockBlocks, lockName, strongerLock } from '../lib/locks.js';
import { stringValue, walk } from '../../sql/index.js';

/** How a statement changes lock_timeout: on or off, for the session or the current transaction only. */
interface TimeoutChange {
  on: boolean;
  local: boolean;
}

const OFF = /^\s*0+\s*(ms|s|min|h|d)?\s*$/i;

function constValue(node: Node | undefined): string | undefined {
  const c = nodeAs(node, 'A_Const');
  if (!c) return stringValue(node);
  if (c.sval) return c.sval.sval ?? '';
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return c.fval.fval;
  if (c.boolval) return String(c.boolval.boolval ?? false);
  return undefined;
}

export function lockTimeoutChange(ast: Node | undefined): TimeoutChange | undefined {
  const set = nodeAs(ast, 'VariableSetStmt');
  if (set) {
    if (set.kind === 'VAR_RESET_ALL') return { on: false, local: false };
    if (set.name?.toLowerCase() !== 'lock_timeout') return undefined;
    if (set.kind !== 'VAR_SET_VALUE') return { on: false, local: set.is_local === true };
    const value = constValue(set.args?.[0]) ?? '';
    return { on: !OFF.test(value), local: set.is_local === true };
  }
  let change: TimeoutChange | undefined;
  walk(ast, (kind, body) => {
    if (kind !== 'FuncCall') return;
    const call = body as { funcname?: Node[]; args?: Node[] };
    const fn = call.funcname?.map((n) => stringValue(n)).pop()?.toLowerCase();
    if (fn !== 'set_config' || constValue(call.args?.[0])?.toLowerCase() !== 'lock_timeout') return;
    const value = constValue(call.args?.[1]);
    change = { on: value === undefined || !OFF.test(value), local: constValue(call.args?.[2]) === 'true' };
  });
  return change;
}

/** The strongest read- or write-blocking lock the statement takes on an existing table. */
function blockingLock(ctx: RuleContext, reviewed: ReviewedStatement): HeldLock | undefined {
  let best: HeldLock | undefined;
  for (const l of locksTakenBy(reviewed)) {
    if (l.relkind === 'index' || !BLOCKING_MODES.includes(l.mode) || !existedBefore(ctx, l.table, reviewed)) continue;
    if (!best || strongerLock(best.mode, l.mode) !== best.mode) best = l;
  }
  return best;
}

function firstUnprotected(ctx: RuleContext, file: ReviewedFile): { reviewed: ReviewedStatement; lock: HeldLock } | undefined {
  let session = false;
  const local = new Set<number>();
  for (const reviewed of file.statements) {
    const change = lockTimeoutChange(reviewed.statement.ast);
    if (change) {
      // SET LOCAL outside a transaction block has no effect (PostgreSQL only warns).
      if (!change.local) session = change.on;
      else if (reviewed.transactionId !== null) {
        if (change.on) local.add(reviewed.transactionId);
        else local.delete(reviewed.transactionId);
      }
      continue;
    }
    if (session || (reviewed.transactionId !== null && local.has(reviewed.transactionId))) continue;
    const lock = blockingLock(ctx, reviewed);
    if (lock) return { reviewed, lock };
  }
  return undefined;
}

export const lockTimeoutMissing: Rule = {
  meta: {
    id: 'lock-timeout-missing',
    layer: 'output',
    severity: 'warning',
    summary: 'A statement takes a lock that blocks reads or writes of an existing table with no lock_timeout set before it.',
    why:
      'A statement that needs a strong lock (SHARE or stronger: CREATE INDEX, most ALTER TABLE forms, DROP) waits until ' +
      'every transaction already using the table ends; a long report or an idle-in-transaction session can make that ' +
      'minutes. While it waits, every new query on the table queues behind it, even plain SELECTs when the lock is ' +
      'ACCESS EXCLUSIVE: a quick migration turns into an outage. With lock_timeout set, the statement gives up after ' +
      'that time instead, the migration fails cleanly, and it can be retried.',
    bad: 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;',
    good: "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;",
    setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, total_cents integer NOT NULL);\n',
    frameworks: {
      goose: "-- +goose Up\nSET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;",
      dbmate: "-- migrate:up\nSET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;",
    },
    references: [`${POSTGRES_DOCS_URL}/runtime-config-client.html#GUC-LOCK-TIMEOUT`, `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ['trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const file of ctx.files) {
      if (file.status !== 'added') continue;
      const found = firstUnprotected(ctx, file);
      if (!found) continue;
      const { reviewed, lock } = found;
      const statement = reviewed.statement;
      const table = displayName(lock.table);
      const lineText = file.source.text.split(/\r?\n/)[statement.span.line - 1] ?? '';
      const indent = /^\s*/.exec(lineText)?.[0] ?? '';
      // Inside a transaction block SET LOCAL ends with the block, so the timeout does not leak into
      // the rest of the session (a pooled connection, the framework's own bookkeeping).
      const set = reviewed.inTransaction ? 'SET LOCAL' : 'SET';
      out.push({
        file: file.source.path,
        statement,
        message:
          `This statement takes ${lockName(lock.mode)} on existing table ${table} and no lock_timeout is set before it in this file: ` +
          `if any transaction is using ${table}, it waits for it with no limit, and meanwhile ${lockBlocks(lock.mode)} on ${table} ` +
          'queue behind it.',
        help:
          `Set a lock timeout before the first locking statement, e.g. ${set} lock_timeout = '5s';` +
          (reviewed.inTransaction ? ' (SET LOCAL: the statement runs inside a transaction, and the setting ends with it)' : '') +
          ' so the migration fails fast instead of blocking traffic, and retry it (at a quieter time if it keeps timing out).',
        fix: {
          description: `${set} lock_timeout before the statement`,
          edits: [{ line: statement.span.line, endLine: statement.span.line - 1, replacement: `${indent}${set} lock_timeout = '5s';` }],
        },
        verified: lock.traced ? 'trace' : 'static',
      });
    }
    return out;
  },
};
