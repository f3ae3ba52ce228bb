// Transaction-control statements as rules see them (src/review has its own copy for placement:
// rules do not import the review layer).
import type { Node } from '@pgsql/types';
import { asNode } from './ast.js';

export type TransactionControl = 'begin' | 'commit' | 'rollback' | 'prepare';

/** BEGIN/START TRANSACTION, COMMIT/END, ROLLBACK/ABORT, PREPARE TRANSACTION; null for anything else (savepoints included). */
export function transactionControlOf(ast: Node | undefined): TransactionControl | null {
  switch (asNode(ast, 'TransactionStmt')?.kind) {
    case 'TRANS_STMT_BEGIN':
    case 'TRANS_STMT_START':
      return 'begin';
    case 'TRANS_STMT_COMMIT':
      return 'commit';
    case 'TRANS_STMT_ROLLBACK':
      return 'rollback';
    case 'TRANS_STMT_PREPARE':
      return 'prepare';
    default:
      return null;
  }
}
