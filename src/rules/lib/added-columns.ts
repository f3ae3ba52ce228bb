// What an added column puts in the rows a table already holds: ADD COLUMN ... NOT NULL with
// nothing to fill them succeeds on the empty replay and fails on the first row in production.
import type { ColumnDef, Constraint } from '@pgsql/types';
import { columnConstraints, nodeAs, writtenType } from '../../sql/ast.js';

const SERIAL = new Set(['smallserial', 'serial', 'bigserial', 'serial2', 'serial4', 'serial8']);

/** Whether PostgreSQL has a value for the existing rows: a non-NULL default, identity, generated, serial. */
export function fillsExistingRows(col: ColumnDef, constraints: Constraint[]): boolean {
  if (SERIAL.has(writtenType(col.typeName)?.name ?? '')) return true;
  if (col.identity || col.generated) return true;
  return constraints.some((c) => {
    if (c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED') return true;
    // DEFAULT NULL fills nothing.
    return c.contype === 'CONSTR_DEFAULT' && !nodeAs(c.raw_expr, 'A_Const')?.isnull;
  });
}

/** ADD COLUMN NOT NULL (or PRIMARY KEY) with nothing to fill existing rows: it fails once the table holds a row. */
export function columnFailsOnExistingRows(col: ColumnDef): boolean {
  const constraints = columnConstraints(col);
  const required = col.is_not_null || constraints.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
  return required && !fillsExistingRows(col, constraints);
}
