// Whether a SELECT level yields at most one row, so a correlated subquery over it runs at most once per outer row.
import type { Node } from '@pgsql/types';
import { nodeAs } from '../ast.js';
import { columnRefsIn, type QueryLevel, type RangeEntry } from './query-levels.js';
import { resolveColumn } from './column-resolution.js';
import { conjuncts, levelConditions, operatorName } from './query-conditions.js';

/**
 * True when a SELECT level returns at most one row, as far as the catalog proves it: LIMIT 1, or
 * every FROM item pinned to one row by equalities on all columns of a unique index (to constants,
 * parameters, outer columns or columns of items already pinned), or GROUP BY only pinned columns.
 */
export function atMostOneRow(level: QueryLevel): boolean {
  const select = level.select;
  if (!select || level.setOperation) return false;
  const limit = nodeAs(select.limitCount, 'A_Const');
  if (limit?.ival && (limit.ival.ival ?? 0) <= 1) return true;
  const equalities = levelConditions(level)
    .flatMap(conjuncts)
    .map((c) => nodeAs(c, 'A_Expr'))
    .filter((e) => e?.kind === 'AEXPR_OP' && operatorName(e.name) === '=' && e.lexpr && e.rexpr);
  const pinned = new Set<RangeEntry>();
  const fixedBy = (expr: Node | undefined, entry: RangeEntry): boolean =>
    columnRefsIn(expr).every((ref) => {
      const r = resolveColumn(ref, level.scope);
      return r !== undefined && r.entry !== entry && (pinned.has(r.entry) || r.entry.scope !== level.scope);
    });
  const pinnedColumns = (entry: RangeEntry): Set<string> => {
    const out = new Set<string>();
    for (const e of equalities) {
      for (const [side, other] of [[e?.lexpr, e?.rexpr], [e?.rexpr, e?.lexpr]]) {
        const ref = nodeAs(side, 'ColumnRef');
        const r = ref && resolveColumn(ref, level.scope);
        if (r?.entry === entry && fixedBy(other, entry)) out.add(r.column);
      }
    }
    return out;
  };
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of level.scope.entries) {
      if (pinned.has(entry) || !entry.catalogTable) continue;
      const fixed = pinnedColumns(entry);
      const unique = entry.catalogTable.indexes.some(
        (i) => i.valid && i.unique && i.predicate === null && i.columns.length > 0 && i.columns.every((c) => c !== null && fixed.has(c)),
      );
      if (unique) {
        pinned.add(entry);
        grew = true;
      }
    }
  }
  if (level.scope.entries.length > 0 && level.scope.entries.every((e) => pinned.has(e))) return true;
  const groups = select.groupClause ?? [];
  return (
    groups.length > 0 &&
    groups.every((g) => {
      const ref = nodeAs(g, 'ColumnRef');
      const r = ref && resolveColumn(ref, level.scope);
      return r !== undefined && pinned.has(r.entry);
    })
  );
}
