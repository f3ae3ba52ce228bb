// Short renderings of expressions, FROM items and columns for finding messages.
import type { A_Const, Node } from '@pgsql/types';
import { nodeAs, typeNameToString, stringValues } from '../ast.js';
import { displayName, quoteIdent } from '../names.js';
import { columnRefParts, type ResolvedColumn } from './column-resolution.js';
import { operatorName } from './query-conditions.js';
import type { RangeEntry } from './query-levels.js';

/** A short SQL rendering of an expression for messages (not a full deparser: others show as `...`). */
export function exprText(node: Node | undefined, options: { bareColumns?: boolean } = {}): string {
  if (!node) return '';
  const text = (n: Node | undefined) => exprText(n, options);
  const wrapped = (n: Node | undefined) => (nodeAs(n, 'A_Expr') ? `(${text(n)})` : text(n));
  const ref = nodeAs(node, 'ColumnRef');
  if (ref) {
    const parts = columnRefParts(ref).map((p) => (p === '*' ? p : quoteIdent(p)));
    return options.bareColumns ? parts[parts.length - 1] : parts.join('.');
  }
  const param = nodeAs(node, 'ParamRef');
  if (param) return `$${param.number ?? '?'}`;
  const c = nodeAs(node, 'A_Const');
  if (c) return constantText(c);
  const call = nodeAs(node, 'FuncCall');
  if (call) {
    const args = call.agg_star ? '*' : (call.args ?? []).map(text).join(', ');
    return `${stringValues(call.funcname).filter((n) => n !== 'pg_catalog').join('.')}(${args})`;
  }
  const cast = nodeAs(node, 'TypeCast');
  if (cast) return `${wrapped(cast.arg)}::${typeNameToString(cast.typeName)}`;
  const coalesce = nodeAs(node, 'CoalesceExpr');
  if (coalesce) return `coalesce(${(coalesce.args ?? []).map(text).join(', ')})`;
  const expr = nodeAs(node, 'A_Expr');
  if (expr?.kind === 'AEXPR_OP') {
    const op = operatorName(expr.name);
    // A left-associative chain (`'%' || $1 || '%'`) reads best without its inner parentheses.
    const left = nodeAs(expr.lexpr, 'A_Expr');
    const lhs = left?.kind === 'AEXPR_OP' && operatorName(left.name) === op ? text(expr.lexpr) : wrapped(expr.lexpr);
    return expr.lexpr ? `${lhs} ${op} ${wrapped(expr.rexpr)}` : `${op}${wrapped(expr.rexpr)}`;
  }
  const list = nodeAs(node, 'List');
  if (list) return (list.items ?? []).map(text).join(', ');
  if (nodeAs(node, 'SubLink')) return '(SELECT ...)';
  return '...';
}

function constantText(c: A_Const): string {
  if (c.isnull) return 'NULL';
  if (c.sval) return `'${(c.sval.sval ?? '').replace(/'/g, "''")}'`;
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return c.fval.fval ?? '0';
  if (c.boolval) return c.boolval.boolval ? 'true' : 'false';
  return '...';
}

/** `users`, `auth.users u`, `recent r` (a CTE), `(SELECT ...) s` for messages. */
export function entryLabel(entry: RangeEntry): string {
  const alias = entry.ref ? quoteIdent(entry.ref) : '';
  const withAlias = (name: string) => (alias && name !== alias ? `${name} ${alias}` : name);
  if (entry.kind === 'table' && entry.table) {
    const bare = entry.table.slice(entry.table.indexOf('.') + 1);
    return entry.ref === bare ? displayName(entry.table) : withAlias(displayName(entry.table));
  }
  if (entry.kind === 'subquery') return withAlias('(SELECT ...)');
  if (entry.kind === 'function') {
    const call = `${quoteIdent(entry.name ?? entry.ref)}(...)`;
    return entry.ref && entry.ref !== entry.name ? `${call} ${alias}` : call;
  }
  return entry.name ? withAlias(quoteIdent(entry.name)) : alias || '(...)';
}

/** `users.email` (table name, not alias) for messages. */
export function columnLabel(resolved: ResolvedColumn): string {
  const owner = resolved.entry.table ? displayName(resolved.entry.table) : quoteIdent(resolved.entry.ref);
  return `${owner}.${quoteIdent(resolved.column)}`;
}
