// Queries: the planner reads a large table in full for a selective predicate, and an index,
// built and measured on the ephemeral database, makes the plan at least 30% cheaper. Also a
// query whose plan used an index the pull request drops.
import type { Fix } from '../../core/finding.js';
import type { MigrationSource } from '../../core/migration-types.js';
import type { AdvisedIndex, PlanNode, PlanSummary, ReviewedQuery } from '../../core/query-types.js';
import type { ReviewedFile } from '../../core/review-types.js';
import { describeNode, formatCost, planOutline, scanNodes } from '../../sql/query/explain-plan.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { followUpMigrationFiles } from '../fixes/follow-up-migration.js';
import { queryLabel } from '../lib/queries.js';
import { droppingStatement } from '../lib/migration-cause.js';

/** The node that matters most in a plan: the costliest scan among those `pick` accepts, else the root. */
function keyNode(plan: PlanSummary, pick: (n: PlanNode) => boolean = () => true): string {
  const scans = scanNodes(plan).filter(pick).sort((a, b) => b.totalCost - a.totalCost);
  const node = scans[0] ?? plan.nodes[0];
  const rows = Math.round(node?.rows ?? 0);
  return node ? `${describeNode(node)} (cost ${formatCost(node.totalCost)}, ${rows.toLocaleString('en-US')} row${rows === 1 ? '' : 's'})` : 'no plan';
}

function ratio(before: number, after: number): string {
  const r = before / Math.max(after, 0.01);
  return r >= 10 ? `${Math.round(r).toLocaleString('en-US')}x` : `${r.toFixed(1)}x`;
}

function plansBlock(before: PlanSummary, after: PlanSummary): string {
  return `Plan before (total cost ${formatCost(before.totalCost)}):\n${planOutline(before)}\n\nPlan after (total cost ${formatCost(after.totalCost)}):\n${planOutline(after)}`;
}

/** The migration a new one goes after: the pull request's last added migration, else the base's last. */
function lastMigration(ctx: RuleContext): ReviewedFile | undefined {
  const added = ctx.files.filter((f) => f.status === 'added');
  if (added.length > 0) return added[added.length - 1];
  const last = ctx.baseHistory[ctx.baseHistory.length - 1];
  if (!last) return undefined;
  const source: MigrationSource = {
    path: last.path, framework: last.framework, version: last.version, repeatable: last.repeatable, order: 0,
    transaction: 'wrapped', transactionReason: '', text: '', reviewedText: '', directives: [],
  };
  return { source, status: 'unchanged', statements: [], fileIgnores: [] };
}

function indexFix(ctx: RuleContext, indexes: readonly AdvisedIndex[]): Fix | undefined {
  const after = lastMigration(ctx);
  const first = indexes[0];
  // One statement per migration: CREATE INDEX CONCURRENTLY cannot share a transaction, nor a multi-statement file.
  if (!after || !first || indexes.length > 1) return undefined;
  const files = followUpMigrationFiles(ctx, after, `add index ${first.table.replace(/^public\./, '')} ${first.columns.join(' ')}`, first.definition, { transaction: false });
  if (!files) return undefined;
  return { description: `Add the index in a new migration (${files[0].path}), built CONCURRENTLY so writes continue.`, edits: [], newFiles: files };
}

function describeIndex(ix: AdvisedIndex): string {
  const include = ix.include.length > 0 ? ` INCLUDE (${ix.include.join(', ')})` : '';
  return `${ix.table} (${ix.columns.join(', ')})${include}`;
}

function advise(ctx: RuleContext, q: ReviewedQuery): FindingDraft | undefined {
  const a = q.advice;
  if (!a || a.indexes.length === 0) return undefined;
  const tables = [...new Set(a.indexes.map((ix) => ix.table))];
  const sizes = tables.map((t) => `${t} planned for ${(q.tableRows[t] ?? 0).toLocaleString('en-US')} rows`).join(', ');
  const fix = indexFix(ctx, a.indexes);
  const names = new Set(a.indexes.map((ix) => ix.name));
  const fullScan = scanNodes(a.before).some((n) => n.type === 'Seq Scan' && tables.includes(n.relation ?? ''));
  const what = a.indexes.length === 1 ? `An index on ${describeIndex(a.indexes[0])}` : `Indexes on ${a.indexes.map(describeIndex).join(' and ')}`;
  return {
    file: q.file,
    statement: q.statement,
    message:
      `${queryLabel(q, { lowerCase: true })} ${fullScan ? 'reads' : 'scans much of'} ${tables.join(' and ')}${fullScan ? ' in full' : ''} (${keyNode(a.before, (n) => tables.includes(n.relation ?? ''))}; ${sizes}). ` +
      `${what}, built and planned on the replayed schema, change${a.indexes.length === 1 ? 's' : ''} it to ` +
      `${keyNode(a.after, (n) => names.has(n.index ?? ''))}: total cost ${formatCost(a.before.totalCost)} -> ${formatCost(a.after.totalCost)} (${ratio(a.before.totalCost, a.after.totalCost)} cheaper).`,
    help: `Add ${a.indexes.length === 1 ? 'it' : 'them'} in a new migration: ${a.indexes.map((ix) => ix.definition).join(' ')}`,
    evidence: plansBlock(a.before, a.after),
    ...(fix ? { fix } : {}),
    verified: 'replay',
  };
}

function regression(ctx: RuleContext, q: ReviewedQuery): FindingDraft | undefined {
  const r = q.regression;
  if (!r) return undefined;
  const dropped = droppingStatement(ctx, r.index);
  const what =
    `${queryLabel(q, { lowerCase: true })} (${q.file}:${q.statement.span.line}) used index ${r.index}, which this pull request drops: ` +
    `${keyNode(r.before)} becomes ${keyNode(r.after)}, total cost ${formatCost(r.before.totalCost)} -> ${formatCost(r.after.totalCost)} ` +
    `(${ratio(r.after.totalCost, r.before.totalCost)} dearer).`;
  const help = 'Keep the index while queries rely on it, or give them another index first.';
  const evidence = plansBlock(r.before, r.after);
  if (dropped) return { file: dropped.file.source.path, statement: dropped.statement, message: what, help, evidence, verified: 'replay' };
  return { file: q.file, statement: q.statement, message: what, help, evidence, verified: 'replay' };
}

export const missingIndexForQuery: Rule = {
  meta: {
    id: 'missing-index-for-query',
    layer: 'query',
    severity: 'warning',
    summary: 'The planner reads a large table in full for a selective predicate; a measured index fixes the plan.',
    why:
      'Each query is planned with EXPLAIN on the replayed schema, with every table given a production size ' +
      '(`table-rows`, else `assumed-table-rows`, one million by default) through PostgreSQL 18\'s ' +
      'pg_restore_relation_stats. Where the plan reads a large table in full, the index a btree would serve the ' +
      'query with (equality columns first, then one range or the ORDER BY columns, INCLUDE when that allows an ' +
      'index-only scan) is built on the ephemeral database and the query planned again. The finding is reported ' +
      'only when that plan costs at least 30% less in total, and shows both plans. An index whose keys an existing index ' +
      'already leads with is never suggested. A query whose plan used an index the pull request drops is ' +
      'reported on the DROP INDEX, with the plan before and after.',
    bad: '-- name: ListOrdersForUser :many\nSELECT id, total FROM orders WHERE user_id = $1 ORDER BY placed_at DESC LIMIT 20;',
    good: '-- name: ListRecentOrders :many\nSELECT id, total FROM orders WHERE id = $1;',
    setup:
      'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, ' +
      'total numeric(12,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());',
    references: [`${POSTGRES_DOCS_URL}/using-explain.html`, `${POSTGRES_DOCS_URL}/indexes-multicolumn.html`, `${POSTGRES_DOCS_URL}/indexes-index-only-scans.html`],
    fixable: true,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const q of ctx.queries) {
      const f = q.changed ? advise(ctx, q) : regression(ctx, q);
      if (f) out.push(f);
    }
    return out;
  },
};
