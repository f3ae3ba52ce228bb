// Which statements of a file run inside a transaction block in production, given the framework's
// transaction model and the file's own BEGIN/COMMIT. Rules read the result; replay mirrors it.
import type { TransactionModel } from '../core/migration-types.js';
import type { SqlStatement } from '../core/sql-types.js';

export interface BlockPlacement {
  inTransaction: boolean;
  transactionId: number | null;
}

type Control = 'begin' | 'commit' | 'rollback' | null;

export function transactionControl(statement: SqlStatement): Control {
  if (statement.kind !== 'TransactionStmt' || !statement.ast) return null;
  const kind = (statement.ast as { TransactionStmt: { kind?: string } }).TransactionStmt.kind;
  if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') return 'begin';
  if (kind === 'TRANS_STMT_COMMIT') return 'commit';
  if (kind === 'TRANS_STMT_ROLLBACK') return 'rollback';
  return null;
}

/**
 * One placement per statement. `wrapped`: the runner's transaction covers the file until an
 * explicit COMMIT/ROLLBACK ends it. `implicit`: a multi-statement query string is one implicit
 * block throughout (PostgreSQL refuses CONCURRENTLY anywhere in it); a single statement runs
 * alone. `none`: only explicit BEGIN ... COMMIT blocks.
 */
export function placeStatements(statements: readonly SqlStatement[], model: TransactionModel): BlockPlacement[] {
  if (model === 'implicit') {
    const inBlock = statements.length > 1;
    return statements.map(() => ({ inTransaction: inBlock, transactionId: inBlock ? 1 : null }));
  }
  let nextId = 1;
  let current: number | null = model === 'wrapped' ? nextId++ : null;
  return statements.map((statement) => {
    const control = transactionControl(statement);
    if (control === 'begin') {
      if (current === null) current = nextId++;
      return { inTransaction: true, transactionId: current };
    }
    if (control === 'commit' || control === 'rollback') {
      const placement = { inTransaction: current !== null, transactionId: current };
      current = null;
      return placement;
    }
    return { inTransaction: current !== null, transactionId: current };
  });
}
