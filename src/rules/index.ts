// The rule registry: implemented rules, and every id of the catalogue (RULES.md) so that ignore
// comments naming a rule that is specified but not implemented yet are not reported as unknown.
import type { Rule } from './rule.js';
import { concurrentlyInTransaction } from './input/concurrently-in-transaction.js';
import { editedMigration } from './input/edited-migration.js';
import { outOfOrderMigration } from './input/out-of-order-migration.js';
import { syntaxError } from './input/syntax-error.js';
import { replayError } from './replay/replay-error.js';
import { notReplayable } from './knowledge/not-replayable.js';
import { columnTypeRewrite } from './output/column-type-rewrite.js';
import { constraintWithoutNotValid } from './output/constraint-without-not-valid.js';
import { duplicateIndex } from './output/duplicate-index.js';
import { redundantIndex } from './output/redundant-index.js';
import { requireConcurrentIndex } from './output/require-concurrent-index.js';
import { unindexedForeignKey } from './output/unindexed-foreign-key.js';
import { dropColumn } from './escalation/drop-column.js';
import { dropTable } from './escalation/drop-table.js';

export const ALL_RULES: readonly Rule[] = [
  syntaxError,
  editedMigration,
  outOfOrderMigration,
  concurrentlyInTransaction,
  replayError,
  notReplayable,
  requireConcurrentIndex,
  constraintWithoutNotValid,
  columnTypeRewrite,
  unindexedForeignKey,
  duplicateIndex,
  redundantIndex,
  dropTable,
  dropColumn,
];

/** Ids of the implemented rules, in registry order. */
export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.meta.id);

/** Every rule id of the catalogue in RULES.md, implemented or not. */
export const KNOWN_RULE_IDS: readonly string[] = [
  // Layer 1: input validation
  'syntax-error', 'edited-migration', 'out-of-order-migration', 'concurrently-in-transaction', 'transaction-nesting', 'unknown-ignore',
  // Layer 2: verification by replay
  'replay-error', 'add-column-required', 'query-invalid', 'query-broken-by-migration',
  // Layer 3: knowledge boundary
  'not-replayable', 'opaque-code', 'data-migration',
  // Layer 4: output verification
  'require-concurrent-index', 'drop-index-without-concurrently', 'reindex-without-concurrently', 'constraint-without-not-valid',
  'validate-in-same-transaction', 'set-not-null-scans-table', 'column-type-rewrite', 'add-column-rewrite',
  'unique-constraint-builds-index', 'table-rewrite-command', 'lock-timeout-missing', 'lock-held-across-statements',
  'refresh-without-concurrently', 'duplicate-index', 'redundant-index', 'too-many-indexes', 'unindexed-foreign-key',
  'foreign-key-type-mismatch',
  // Layer 5: escalation
  'drop-table', 'drop-column', 'rename-table', 'rename-column', 'truncate-table', 'drop-schema', 'large-table-change',
  // Schema design
  'prefer-bigint', 'prefer-identity', 'prefer-timestamptz', 'prefer-text', 'ban-char', 'prefer-jsonb', 'missing-primary-key',
  'identifier-too-long',
  // Queries
  'update-delete-without-where', 'missing-index-for-query', 'non-sargable-predicate', 'leading-wildcard-like', 'not-in-subquery',
  'order-by-random', 'select-star', 'offset-pagination', 'correlated-subquery',
];

const BY_ID = new Map(ALL_RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export function isKnownRuleId(id: string): boolean {
  return KNOWN_RULE_IDS.includes(id);
}
