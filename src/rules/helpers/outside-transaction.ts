// Fixes made of a statement that must run outside a transaction block (CONCURRENTLY) followed by
// one that completes it in a later migration (ADD CONSTRAINT ... USING INDEX).
import type { Fix } from '../../core/finding.js';
import type { BaseMigration, ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import { basename } from '../../migrations/paths.js';
import { parseVersionParts, splitVersion } from '../../migrations/version.js';
import { statementFix } from '../context-helpers.js';
import { followUpMigration, outsideTransactionFix } from '../fixes/leave-transaction.js';
import type { RuleContext } from '../rule.js';

/** The review's context with files a fix adds counted as taken, so the next follow-up numbers after them. */
function withNewFiles(ctx: RuleContext, file: ReviewedFile, paths: string[]): RuleContext {
  const extra: BaseMigration[] = paths.map((path) => {
    const name = basename(path);
    const flyway = /^V(\d+(?:[._]\d+)*)__/.exec(name);
    return {
      path,
      framework: file.source.framework,
      version: flyway ? parseVersionParts(flyway[1]) : splitVersion(name),
      repeatable: false,
      sha: '',
    };
  });
  return { ...ctx, baseHistory: [...ctx.baseHistory, ...extra] };
}

/**
 * `first` (which cannot run in a transaction block) replaces the statement the way the framework
 * allows (see outsideTransactionFix), and `then` runs after it: in place when the file runs
 * statement by statement in autocommit, else in a follow-up migration numbered after whatever
 * the first part produced (after `followUpPrelude` there, e.g. a lock_timeout). Undefined when
 * either part has no mechanical form.
 */
export function concurrentThenFollowUp(
  ctx: RuleContext,
  file: ReviewedFile,
  reviewed: ReviewedStatement,
  first: string,
  then: string,
  names: { description: string; followUp: string; followUpPrelude?: string },
): Fix | undefined {
  if (!reviewed.inTransaction && reviewed.transactionId === null && file.source.transaction === 'none') {
    return statementFix(file, reviewed.statement, `${first}\n${then}`, names.description);
  }
  const moved = outsideTransactionFix(ctx, file, reviewed, first, names.description);
  if (!moved) return undefined;
  const after = withNewFiles(ctx, file, (moved.newFiles ?? []).map((f) => f.path));
  const followUp = followUpMigration(after, file, names.followUp, `${names.followUpPrelude ?? ''}${then}`, { transaction: true });
  if (!followUp) return undefined;
  return {
    description: `${moved.description}; then ${names.followUp.replace(/_/g, ' ')} in ${followUp.path}`,
    edits: moved.edits,
    newFiles: [...(moved.newFiles ?? []), followUp],
  };
}
