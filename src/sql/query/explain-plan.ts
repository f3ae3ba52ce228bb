// EXPLAIN (FORMAT JSON) output reduced to what a review shows and compares: cost and the nodes.
import type { PlanNode, PlanSummary } from '../../core/query-types.js';

interface RawPlan {
  'Node Type'?: string;
  'Relation Name'?: string;
  Schema?: string;
  Alias?: string;
  'Index Name'?: string;
  'Total Cost'?: number;
  'Plan Rows'?: number;
  Filter?: string;
  'Index Cond'?: string;
  'Recheck Cond'?: string;
  Plans?: RawPlan[];
}

/** The rows of `EXPLAIN (FORMAT JSON)` -> a flat, depth-first list of nodes. */
export function summarizePlan(explainRows: readonly Record<string, unknown>[]): PlanSummary | undefined {
  const doc = explainRows[0]?.['QUERY PLAN'];
  const parsed = (typeof doc === 'string' ? JSON.parse(doc) : doc) as { Plan?: RawPlan }[] | undefined;
  const root = parsed?.[0]?.Plan;
  if (!root) return undefined;
  const nodes: PlanNode[] = [];
  const visit = (p: RawPlan, depth: number): void => {
    const relation = p['Relation Name'] ? `${p.Schema ?? 'public'}.${p['Relation Name']}` : undefined;
    const filter = p.Filter ?? p['Index Cond'] ?? p['Recheck Cond'];
    nodes.push({
      type: p['Node Type'] ?? '?',
      ...(relation ? { relation } : {}),
      ...(p.Alias && p.Alias !== p['Relation Name'] ? { alias: p.Alias } : {}),
      ...(p['Index Name'] ? { index: p['Index Name'] } : {}),
      totalCost: p['Total Cost'] ?? 0,
      rows: p['Plan Rows'] ?? 0,
      ...(filter ? { filter } : {}),
      depth,
    });
    for (const child of p.Plans ?? []) visit(child, depth + 1);
  };
  visit(root, 0);
  return { totalCost: root['Total Cost'] ?? 0, nodes };
}

/** `Index Scan using orders_user_id_idx on orders (cost 8.4)`: the node a reader looks at first. */
export function describeNode(node: PlanNode): string {
  const on = node.relation ? ` on ${node.relation.replace(/^public\./, '')}` : '';
  const using = node.index ? ` using ${node.index}` : '';
  return `${node.type}${using}${on}`;
}

/** The scan nodes of a plan (where tables are read). */
export function scanNodes(plan: PlanSummary): PlanNode[] {
  return plan.nodes.filter((n) => n.relation !== undefined);
}

/** Index names a plan reads. */
export function indexesUsed(plan: PlanSummary): Set<string> {
  return new Set(plan.nodes.flatMap((n) => (n.index ? [n.index] : [])));
}

/** One line per node, indented by depth, with cost and rows: the plan as a review shows it. */
export function planOutline(plan: PlanSummary): string {
  return plan.nodes
    .map((n) => `${'  '.repeat(n.depth)}${describeNode(n)}  (cost ${formatCost(n.totalCost)}, rows ${Math.round(n.rows)})${n.filter ? `  [${n.filter}]` : ''}`)
    .join('\n');
}

export function formatCost(cost: number): string {
  return cost >= 100 ? String(Math.round(cost)) : cost.toFixed(2);
}
