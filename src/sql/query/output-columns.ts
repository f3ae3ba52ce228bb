// The column names a query produces, as PostgreSQL names them: what a CTE or FROM subquery offers
// to the level that reads it.
import type { Node, SelectStmt } from '@pgsql/types';
import { nodeAs, stringValues } from '../ast.js';

/** Output column names of a query, undefined when a `*` (or RETURNING *) leaves them unknown. */
export function outputColumns(node: Node): string[] | undefined {
  const select = nodeAs(node, 'SelectStmt');
  if (select) return selectColumns(select);
  const body = Object.values(node)[0] as { returningClause?: { exprs?: Node[] } } | undefined;
  const returning = body?.returningClause?.exprs;
  return returning ? targetColumns(returning) : undefined;
}

function selectColumns(select: SelectStmt): string[] | undefined {
  if (select.op !== undefined && select.op !== 'SETOP_NONE') return select.larg ? selectColumns(select.larg) : undefined;
  if (select.valuesLists?.length) {
    const first = nodeAs(select.valuesLists[0], 'List')?.items ?? [];
    return first.map((_, i) => `column${i + 1}`);
  }
  return targetColumns(select.targetList ?? []);
}

function targetColumns(targets: Node[]): string[] | undefined {
  const names: string[] = [];
  for (const t of targets) {
    const target = nodeAs(t, 'ResTarget');
    if (!target) return undefined;
    if (target.name) {
      names.push(target.name);
      continue;
    }
    const name = impliedName(target.val);
    if (name === '*') return undefined;
    names.push(name);
  }
  return names;
}

/** The column name PostgreSQL gives an unnamed output expression. */
function impliedName(node: Node | undefined): string {
  const ref = nodeAs(node, 'ColumnRef');
  if (ref) {
    const last = ref.fields?.[ref.fields.length - 1];
    return nodeAs(last, 'A_Star') ? '*' : (nodeAs(last, 'String')?.sval ?? '?column?');
  }
  const call = nodeAs(node, 'FuncCall');
  if (call) return stringValues(call.funcname).pop() ?? '?column?';
  const cast = nodeAs(node, 'TypeCast');
  if (cast) {
    const inner = impliedName(cast.arg);
    return inner === '?column?' ? (stringValues(cast.typeName?.names).pop() ?? inner) : inner;
  }
  return '?column?';
}
