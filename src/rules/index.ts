// The rule registry: every rule, in the order the review runs them. Its ids are the rule ids a
// config, an ignore comment or the JSON schema of the config may name (the whole catalogue is
// implemented), so there is no other list of them.
import type { Rule } from './rule.js';
import { concurrentlyInTransaction } from './input/concurrently-in-transaction.js';
import { editedMigration } from './input/edited-migration.js';
import { outOfOrderMigration } from './input/out-of-order-migration.js';
import { syntaxError } from './input/syntax-error.js';
import { transactionNesting } from './input/transaction-nesting.js';
import { closestIdAmong, unknownIgnoreAgainst } from './input/unknown-ignore.js';
import { replayError } from './replay/replay-error.js';
import { addColumnRequired } from './replay/add-column-required.js';
import { failsOnExistingRows } from './replay/fails-on-existing-rows.js';
import { notReplayable } from './knowledge/not-replayable.js';
import { opaqueCode } from './knowledge/opaque-code.js';
import { incompleteHistory } from './knowledge/incomplete-history.js';
import { unreviewedSqlFile } from './input/unreviewed-sql-file.js';
import { dataMigration } from './knowledge/data-migration.js';
import { columnTypeRewrite } from './output/column-type-rewrite.js';
import { addColumnRewrite } from './output/add-column-rewrite.js';
import { tooManyIndexes } from './output/too-many-indexes.js';
import { foreignKeyTypeMismatch } from './output/foreign-key-type-mismatch.js';
import { constraintWithoutNotValid } from './output/constraint-without-not-valid.js';
import { duplicateIndex } from './output/duplicate-index.js';
import { redundantIndex } from './output/redundant-index.js';
import { requireConcurrentIndex } from './output/require-concurrent-index.js';
import { unindexedForeignKey } from './output/unindexed-foreign-key.js';
import { dropIndexWithoutConcurrently } from './output/drop-index-without-concurrently.js';
import { reindexWithoutConcurrently } from './output/reindex-without-concurrently.js';
import { validateInSameTransaction } from './output/validate-in-same-transaction.js';
import { setNotNullScansTable } from './output/set-not-null-scans-table.js';
import { uniqueConstraintBuildsIndex } from './output/unique-constraint-builds-index.js';
import { tableRewriteCommand } from './output/table-rewrite-command.js';
import { lockTimeoutMissing } from './output/lock-timeout-missing.js';
import { lockHeldAcrossStatements } from './output/lock-held-across-statements.js';
import { refreshWithoutConcurrently } from './output/refresh-without-concurrently.js';
import { dropColumn } from './escalation/drop-column.js';
import { dropTable } from './escalation/drop-table.js';
import { renameTable } from './escalation/rename-table.js';
import { renameColumn } from './escalation/rename-column.js';
import { renameEnumValue } from './escalation/rename-enum-value.js';
import { truncateTable } from './escalation/truncate-table.js';
import { dropSchema } from './escalation/drop-schema.js';
import { largeTableChange } from './escalation/large-table-change.js';
import { preferBigint } from './design/prefer-bigint.js';
import { preferIdentity } from './design/prefer-identity.js';
import { preferTimestamptz } from './design/prefer-timestamptz.js';
import { preferText } from './design/prefer-text.js';
import { banChar } from './design/ban-char.js';
import { preferJsonb } from './design/prefer-jsonb.js';
import { missingPrimaryKey } from './design/missing-primary-key.js';
import { identifierTooLong } from './design/identifier-too-long.js';
import { queryInvalid } from './replay/query-invalid.js';
import { queryBrokenByMigration } from './replay/query-broken-by-migration.js';
import { missingIndexForQuery } from './query/missing-index-for-query.js';
import { updateDeleteWithoutWhere } from './query/update-delete-without-where.js';
import { nonSargablePredicate } from './query/non-sargable-predicate.js';
import { leadingWildcardLike } from './query/leading-wildcard-like.js';
import { notInSubqueryRule } from './query/not-in-subquery.js';
import { orderByRandom } from './query/order-by-random.js';
import { selectStar } from './query/select-star.js';
import { offsetPagination } from './query/offset-pagination.js';
import { correlatedSubquery } from './query/correlated-subquery.js';

/** unknown-ignore checks ignore comments against this registry's ids (read when it runs). */
export const unknownIgnore: Rule = unknownIgnoreAgainst(() => RULE_IDS);

export const ALL_RULES: readonly Rule[] = [
  syntaxError,
  editedMigration,
  outOfOrderMigration,
  concurrentlyInTransaction,
  transactionNesting,
  unknownIgnore,
  unreviewedSqlFile,
  replayError,
  addColumnRequired,
  failsOnExistingRows,
  queryInvalid,
  queryBrokenByMigration,
  notReplayable,
  opaqueCode,
  incompleteHistory,
  dataMigration,
  requireConcurrentIndex,
  dropIndexWithoutConcurrently,
  reindexWithoutConcurrently,
  constraintWithoutNotValid,
  validateInSameTransaction,
  setNotNullScansTable,
  columnTypeRewrite,
  addColumnRewrite,
  uniqueConstraintBuildsIndex,
  tableRewriteCommand,
  lockTimeoutMissing,
  lockHeldAcrossStatements,
  refreshWithoutConcurrently,
  unindexedForeignKey,
  foreignKeyTypeMismatch,
  duplicateIndex,
  redundantIndex,
  tooManyIndexes,
  dropTable,
  dropColumn,
  renameTable,
  renameColumn,
  renameEnumValue,
  truncateTable,
  dropSchema,
  largeTableChange,
  preferBigint,
  preferIdentity,
  preferTimestamptz,
  preferText,
  banChar,
  preferJsonb,
  missingPrimaryKey,
  identifierTooLong,
  updateDeleteWithoutWhere,
  missingIndexForQuery,
  nonSargablePredicate,
  leadingWildcardLike,
  notInSubqueryRule,
  orderByRandom,
  selectStar,
  offsetPagination,
  correlatedSubquery,
];

/** Ids of the implemented rules, in registry order. */
export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.meta.id);

const BY_ID = new Map(ALL_RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** The rule id closest to `id` (case ignored), when it is close enough to be the intended one. */
export function closestRuleId(id: string): string | undefined {
  return closestIdAmong(id, RULE_IDS);
}
