// Which statements of a file run inside a transaction block in production, given the framework's
// transaction model and the file's own BEGIN/COMMIT. Rules read the result; replay mirrors it.
import type { TransactionModel } from '../../core/migration-types.js';
import type { SqlStatement } from '../../core/sql-types.js';
import { transactionControlOf } from '../../sql/index.js';

export interface BlockPlacement {
  inTransaction: boolean;
  transactionId: number | null;
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
    const control = transactionControlOf(statement.ast);
    if (control === 'begin') {
      if (current === null) current = nextId++;
      return { inTransaction: true, transactionId: current };
    }
    if (control === 'commit' || control === 'rollback' || control === 'prepare') {
      const placement = { inTransaction: current !== null, transactionId: current };
      current = null;
      return placement;
    }
    return { inTransaction: current !== null, transactionId: current };
  });
}
