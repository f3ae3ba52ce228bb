// The conditions of a query level (WHERE and JOIN ... ON), split into conjuncts and predicates,
// and the small readings of operators, functions and constants the rules compare them with.
import type { Node } from '@pgsql/types';
import { nodeAs, stringValues } from '../ast.js';
import type { QueryLevel } from './query-levels.js';

/** The WHERE clause and every JOIN ... ON condition of a level's FROM (or USING) list. */
export function levelConditions(level: QueryLevel): Node[] {
  const out: Node[] = [];
  const where = level.body.whereClause as Node | undefined;
  if (where) out.push(where);
  const from = (level.body.fromClause ?? level.body.usingClause ?? []) as Node[];
  const joins = (item: Node): void => {
    const join = nodeAs(item, 'JoinExpr');
    if (!join) return;
    if (join.quals) out.push(join.quals);
    if (join.larg) joins(join.larg);
    if (join.rarg) joins(join.rarg);
  };
  if (level.kind !== 'insert') for (const item of from) joins(item);
  return out;
}

export interface Predicate {
  node: Node;
  /** Under a NOT: the comparison is inverted, so no index condition comes of it. */
  negated: boolean;
}

/** The predicates an AND/OR/NOT tree combines. */
export function predicates(condition: Node, negated = false): Predicate[] {
  const bool = nodeAs(condition, 'BoolExpr');
  if (!bool) return [{ node: condition, negated }];
  const inner = bool.boolop === 'NOT_EXPR' ? !negated : negated;
  return (bool.args ?? []).flatMap((arg) => predicates(arg, inner));
}

/** The operator of an A_Expr: the last part of `OPERATOR(pg_catalog.=)`. */
export function operatorName(name: Node[] | undefined): string {
  return stringValues(name).pop() ?? '';
}

/** A constant's text when the node is a string constant (through casts). */
export function stringConstant(node: Node | undefined): string | undefined {
  const cast = nodeAs(node, 'TypeCast');
  if (cast) return stringConstant(cast.arg);
  return nodeAs(node, 'A_Const')?.sval?.sval;
}

/** True for the integer constant 0 (libpg-query prints Integer 0 as an empty object). */
export function isZeroConstant(node: Node | undefined): boolean {
  const cast = nodeAs(node, 'TypeCast');
  if (cast) return isZeroConstant(cast.arg);
  const c = nodeAs(node, 'A_Const');
  if (!c) return false;
  if (c.ival) return (c.ival.ival ?? 0) === 0;
  if (c.fval) return Number(c.fval.fval) === 0;
  if (c.sval) return c.sval.sval?.trim() === '0';
  return false;
}

/** The function's name, lower case, without schema. */
export function functionName(node: Node | undefined): string | undefined {
  const call = nodeAs(node, 'FuncCall');
  return call ? stringValues(call.funcname).pop()?.toLowerCase() : undefined;
}

/** The conjuncts of an AND tree (an OR or NOT is one conjunct). */
export function conjuncts(condition: Node): Node[] {
  const bool = nodeAs(condition, 'BoolExpr');
  return bool?.boolop === 'AND_EXPR' ? (bool.args ?? []).flatMap(conjuncts) : [condition];
}
