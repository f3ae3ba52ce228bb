// Every rule id of the catalogue (RULES.md), implemented or not: ignore comments and configs may name
// any of them. Kept apart from the registry so rules can read it without an import cycle.

/** Every rule id of the catalogue in RULES.md, implemented or not. */
export const KNOWN_RULE_IDS: readonly string[] = [
  // Layer 1: input validation
  'syntax-error', 'edited-migration', 'out-of-order-migration', 'concurrently-in-transaction', 'transaction-nesting', 'unknown-ignore',
  'unreviewed-sql-file',
  // Layer 2: verification by replay
  'replay-error', 'add-column-required', 'fails-on-existing-rows', 'query-invalid', 'query-broken-by-migration',
  // Layer 3: knowledge boundary
  'not-replayable', 'opaque-code', 'incomplete-history', 'data-migration',
  // Layer 4: output verification
  'require-concurrent-index', 'drop-index-without-concurrently', 'reindex-without-concurrently', 'constraint-without-not-valid',
  'validate-in-same-transaction', 'set-not-null-scans-table', 'column-type-rewrite', 'add-column-rewrite',
  'unique-constraint-builds-index', 'table-rewrite-command', 'lock-timeout-missing', 'lock-held-across-statements',
  'refresh-without-concurrently', 'duplicate-index', 'redundant-index', 'too-many-indexes', 'unindexed-foreign-key',
  'foreign-key-type-mismatch',
  // Layer 5: escalation
  'drop-table', 'drop-column', 'rename-table', 'rename-column', 'rename-enum-value', 'truncate-table', 'drop-schema', 'large-table-change',
  // Schema design
  'prefer-bigint', 'prefer-identity', 'prefer-timestamptz', 'prefer-text', 'ban-char', 'prefer-jsonb', 'missing-primary-key',
  'identifier-too-long',
  // Queries
  'update-delete-without-where', 'missing-index-for-query', 'non-sargable-predicate', 'leading-wildcard-like', 'not-in-subquery',
  'order-by-random', 'select-star', 'offset-pagination', 'correlated-subquery',
];
