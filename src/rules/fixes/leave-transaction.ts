// Framework-shaped fixes: how a statement leaves the transaction its framework wraps around a
// migration, and how a follow-up migration is added. (Being written: see the function docs.)
import type { Fix } from '../../core/finding.js';
import type { ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import type { RuleContext } from '../rule.js';

/**
 * A fix that makes `replacement` (the safe form of the statement, e.g. with CONCURRENTLY) run
 * outside any transaction block, the way this file's framework allows: goose
 * `-- +goose NO TRANSACTION`, dbmate `transaction:false`, sql-migrate `notransaction`, sqlx
 * `-- no-transaction` when the statement is alone in its file; otherwise (and for Flyway, Prisma,
 * golang-migrate) the statement moves to a new migration right after this one. Undefined when the
 * framework offers no mechanical way (Supabase CLI, sqitch): the finding's help explains.
 */
export function outsideTransactionFix(
  _ctx: RuleContext,
  _file: ReviewedFile,
  _reviewed: ReviewedStatement,
  _replacement: string,
  _description: string,
): Fix | undefined {
  return undefined;
}

/**
 * A new migration file placed right after `file` in its framework's order and naming (version +1,
 * timestamp +1 s, Flyway `V1_2_1__`, a Prisma folder), holding `sql`; `transaction: false` adds the
 * framework's opt-out. Undefined when the framework's layout cannot be extended mechanically.
 */
export function followUpMigration(
  _ctx: RuleContext,
  _file: ReviewedFile,
  _name: string,
  _sql: string,
  _options: { transaction: boolean },
): { path: string; content: string } | undefined {
  return undefined;
}
