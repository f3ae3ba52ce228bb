// The text-with-a-CHECK replacement prefer-text and ban-char suggest for a length-limited column.
import { existedBefore } from './base-tables.js';
import type { RuleContext } from '../rule.js';
import { displayName, quoteIdent } from '../../sql/names.js';
import { replacementDdl, type NewColumn } from './new-columns.js';

/**
 * DDL declaring the column as text limited to `limit` characters. On a table of the pull request the
 * CHECK goes inline; on an existing table it is added NOT VALID and validated separately, so adding
 * it does not scan the table under ACCESS EXCLUSIVE.
 */
export function textWithCheck(ctx: RuleContext, nc: NewColumn, limit: number | undefined): string {
  const column = quoteIdent(nc.column);
  if (nc.type.domain) {
    return `Declare the domain ${nc.type.domain} over text${limit ? ` with CHECK (char_length(VALUE) <= ${limit})` : ''}.`;
  }
  if (nc.type.array || limit === undefined) return replacementDdl(nc, `text${nc.type.array ? '[]' : ''}`);
  const check = `CHECK (char_length(${column}) <= ${limit})`;
  if (nc.origin === 'create-table' || !existedBefore(ctx, nc.table, nc.ref.reviewed)) {
    if (nc.origin !== 'alter-type') return replacementDdl(nc, `text ${check}`);
  }
  const bare = nc.table.slice(nc.table.indexOf('.') + 1);
  const name = quoteIdent(`${bare}_${nc.column}_length`.slice(0, 63));
  const table = displayName(nc.table);
  const validate = existedBefore(ctx, nc.table, nc.ref.reviewed) ? `\nALTER TABLE ${table} VALIDATE CONSTRAINT ${name};` : '';
  return `${replacementDdl(nc, 'text')}\nALTER TABLE ${table} ADD CONSTRAINT ${name} ${check} NOT VALID;${validate}`;
}
