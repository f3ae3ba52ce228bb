// Framework-shaped fixes: how a statement leaves the transaction its framework (or an explicit
// BEGIN) wraps around it, how a follow-up migration is added after a migration under review, and
// both at once: a statement that must run outside a transaction block (CONCURRENTLY) followed by
// one that completes it in a later migration (ADD CONSTRAINT ... USING INDEX).
import type { Fix, TextEdit } from '../../core/finding.js';
import type { BaseMigration, ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import type { SqlStatement } from '../../core/sql-types.js';
import { dialectOf } from '../../migrations/frameworks/index.js';
import { basename } from '../../migrations/paths.js';
import { parseVersionParts, splitVersion } from '../../migrations/version.js';
import { isNonTransactional, nodeAs } from '../../sql/ast.js';
import { quoteIdent } from '../../sql/names.js';
import type { RuleContext } from '../rule.js';
import { followUpMigrationFiles, migrationSlug, type NewFile } from './follow-up-migration.js';
import { statementFix } from './statement-fix.js';

/** Settings a migration may set around the statement without needing a transaction of its own. */
const TIMEOUT_SETTINGS = new Set(['lock_timeout', 'statement_timeout', 'idle_in_transaction_session_timeout']);

function isTimeoutSetting(r: ReviewedStatement): boolean {
  const set = nodeAs(r.statement.ast, 'VariableSetStmt');
  return set !== undefined && TIMEOUT_SETTINGS.has(set.name ?? '');
}

function cannotRunInTransaction(r: ReviewedStatement): boolean {
  return r.statement.ast !== undefined && isNonTransactional(r.statement.ast);
}

function transactionKind(r: ReviewedStatement): string | undefined {
  return nodeAs(r.statement.ast, 'TransactionStmt')?.kind;
}

/** The explicit BEGIN ... COMMIT around `reviewed`, if any (`commit` absent when the block never commits). */
function explicitBlock(file: ReviewedFile, reviewed: ReviewedStatement): { commit?: ReviewedStatement } | undefined {
  let open = false;
  const at = file.statements.indexOf(reviewed);
  for (const r of file.statements.slice(0, at)) {
    const kind = transactionKind(r);
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') open = true;
    else if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') open = false;
  }
  if (!open) return undefined;
  for (const r of file.statements.slice(at + 1)) {
    const kind = transactionKind(r);
    if (kind === 'TRANS_STMT_COMMIT') return { commit: r };
    if (kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') return {};
  }
  return {};
}

/**
 * Whether the runner sends the file statement by statement in autocommit (only explicit blocks
 * wrap anything): opted-out files, plain SQL, sqitch, and a script made only of statements that
 * cannot run in a transaction where the runner runs such a script outside one (Flyway).
 */
function runsInAutocommit(file: ReviewedFile): boolean {
  const src = file.source;
  if (src.transaction === 'none') return true;
  const parsed = file.statements.filter((r) => r.statement.kind !== 'Unparsed');
  return dialectOf(src.framework).leaveTransactionBy === 'own-script' && parsed.length > 0 && parsed.every(cannotRunInTransaction);
}

/** Text sharing the statement's first and last lines, which edits on whole lines must keep. */
function lineEdges(file: ReviewedFile, statement: SqlStatement): { before: string; after: string } {
  const text = file.source.text;
  const lineStart = text.lastIndexOf('\n', statement.span.start - 1) + 1;
  let lineEnd = text.indexOf('\n', statement.span.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd -= 1;
  return { before: text.slice(lineStart, statement.span.start), after: text.slice(statement.span.end, lineEnd) };
}

/** Framework markers, which stay where they are when a statement moves. */
const DIRECTIVE = /^\s*--\s*(\+goose|\+migrate|migrate:|no-transaction|postgres-migrations)/i;

/**
 * Removes the statement's lines, keeping whatever else shares them (another statement, a comment).
 * Comment lines right above it (a Prisma `-- CreateIndex` header, an ignore comment) describe it:
 * they are removed too and returned to move with it, unless it is the file's first statement,
 * whose comments may be the file's header.
 */
function removal(file: ReviewedFile, statement: SqlStatement): { edit: TextEdit; comments: string } {
  const { before, after } = lineEdges(file, statement);
  const kept = `${before.trimEnd()}${before.trim() && after.trim() ? ' ' : ''}${after.trim()}`;
  let first = statement.span.line;
  if (!before.trim() && file.statements[0]?.statement !== statement) {
    const lines = file.source.text.split(/\r?\n/);
    const previousEnd = file.statements[file.statements.findIndex((r) => r.statement === statement) - 1]?.statement.span.endLine ?? 0;
    while (first - 1 > previousEnd && /^\s*--/.test(lines[first - 2]) && !DIRECTIVE.test(lines[first - 2])) first--;
  }
  const comments = file.source.text.split(/\r?\n/).slice(first - 1, statement.span.line - 1).join('\n');
  return { edit: { line: first, endLine: statement.span.endLine, replacement: kept.trim() ? kept : '' }, comments };
}

/** SQL undoing a moved statement, for down parts: only an index the statement creates is known. */
function undoOf(statement: SqlStatement): string | undefined {
  const index = nodeAs(statement.ast, 'IndexStmt');
  if (!index?.idxname) return undefined;
  const schema = index.relation?.schemaname;
  return `DROP INDEX CONCURRENTLY IF EXISTS ${schema ? `${quoteIdent(schema)}.` : ''}${quoteIdent(index.idxname)};`;
}

function nameOf(statement: SqlStatement, replacement: string): string {
  const index = nodeAs(statement.ast, 'IndexStmt');
  if (index) return index.idxname ? `create_index_${index.idxname}` : `create_index_on_${index.relation?.relname ?? 'table'}`;
  return migrationSlug(replacement);
}

/**
 * The edit that makes this file's runner run it outside a transaction (its dialect's opt-out), and
 * what it says; undefined when the framework opts out only outside the text (a .conf, metadata.toml,
 * the file name) or not at all.
 */
function optOutEdit(file: ReviewedFile): { edit: TextEdit; says: string } | undefined {
  const src = file.source;
  const dialect = dialectOf(src.framework);
  const optOut = dialect.transactionOptOut?.(src);
  const edit = optOut?.edit?.(src.text);
  if (!optOut || !edit) return undefined;
  return { edit, says: `${optOut.verb} ${optOut.directive} so ${dialect.runner} runs ${optOut.scope} outside a transaction` };
}

/**
 * Whether the statement shares a goose `StatementBegin ... StatementEnd` block with another
 * statement: goose sends the block as one query string, an implicit transaction even under
 * NO TRANSACTION.
 */
function sharesGooseBlock(file: ReviewedFile, statement: SqlStatement): boolean {
  const lines = file.source.text.split(/\r?\n/);
  let begin: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    if (/^\s*--\s*\+goose\s+statementbegin\s*$/i.test(lines[i])) begin = line;
    else if (/^\s*--\s*\+goose\s+statementend\s*$/i.test(lines[i]) && begin !== undefined) {
      const start = begin;
      const inside = (s: SqlStatement) => s.span.line > start && s.span.endLine < line;
      if (inside(statement)) return file.statements.some((r) => r.statement !== statement && inside(r.statement));
      begin = undefined;
    }
  }
  return false;
}

function withOptOut(file: ReviewedFile, statement: SqlStatement, replacement: string, description: string): Fix | undefined {
  const optOut = optOutEdit(file);
  if (!optOut) return undefined;
  const own = statementFix(file, statement, replacement, description).edits[0];
  // A marker inserted before the statement's own first line joins its edit, so the suggestion shows both.
  const edits =
    optOut.edit.line === own.line && optOut.edit.endLine < optOut.edit.line
      ? [{ ...own, replacement: `${optOut.edit.replacement}\n${own.replacement}` }]
      : [own, optOut.edit];
  return { description: `${description}: ${optOut.says}`, edits };
}

function moveToNewMigration(ctx: RuleContext, file: ReviewedFile, statement: SqlStatement, replacement: string, description: string): Fix | undefined {
  const { edit, comments } = removal(file, statement);
  const sql = comments ? `${comments}\n${replacement}` : replacement;
  const newFiles = followUpMigrationFiles(ctx, file, nameOf(statement, replacement), sql, { transaction: false, down: undoOf(statement) });
  if (!newFiles) return undefined;
  return {
    description: `${description}: move it to the new migration ${newFiles[0].path}, which runs outside a transaction`,
    edits: [edit],
    newFiles,
  };
}

/**
 * A fix that makes `replacement` (the safe form of the statement, e.g. with CONCURRENTLY, or the
 * statement itself) run outside any transaction block, the way this file's framework allows:
 * - not in a transaction: the replacement alone;
 * - inside an explicit BEGIN ... COMMIT of a file run statement by statement: moved after the COMMIT;
 * - then as the dialect's leaveTransactionBy says: `opt-out` (goose, dbmate, sql-migrate, sqlx,
 *   postgres-migrations) writes the file's opt-out marker when every other statement of the
 *   reviewed part is a timeout setting or cannot run in a transaction either; `own-script` (Flyway)
 *   keeps the replacement alone when the script then holds only such statements; `alone-in-file`
 *   (Prisma, golang-migrate) when the statement is alone in its file;
 * - otherwise the statement moves to a new migration right after this one (pop: `.autocommit`).
 * Undefined when the framework offers no mechanical way (`manual`: Supabase CLI, Hasura, diesel,
 * sqitch outside an explicit block): the finding's help explains (manualWayOut).
 */
export function outsideTransactionFix(
  ctx: RuleContext,
  file: ReviewedFile,
  reviewed: ReviewedStatement,
  replacement: string,
  description: string,
): Fix | undefined {
  const { statement } = reviewed;
  if (!reviewed.inTransaction) return statementFix(file, statement, replacement, description);
  const src = file.source;
  const others = file.statements.filter((r) => r !== reviewed);
  const block = explicitBlock(file, reviewed);

  if (block && runsInAutocommit(file)) {
    if (!block.commit) return undefined;
    const after = block.commit.statement.span.endLine;
    const { edit, comments } = removal(file, statement);
    return {
      description: `${description}: move it after the COMMIT on line ${after}`,
      edits: [edit, { line: after + 1, endLine: after, replacement: comments ? `${comments}\n${replacement}` : replacement }],
    };
  }

  const dialect = dialectOf(src.framework);
  switch (dialect.leaveTransactionBy) {
    case 'opt-out':
      if (!block && !sharesGooseBlock(file, statement) && others.every((r) => isTimeoutSetting(r) || cannotRunInTransaction(r))) {
        const fix = withOptOut(file, statement, replacement, description);
        if (fix) return fix;
      }
      return moveToNewMigration(ctx, file, statement, replacement, description);
    case 'own-script':
      if (others.every(cannotRunInTransaction)) {
        const why = `${dialect.runner} runs a script made only of statements that cannot run in a transaction outside one`;
        return statementFix(file, statement, replacement, `${description}: ${why}`);
      }
      return moveToNewMigration(ctx, file, statement, replacement, description);
    case 'alone-in-file':
      if (others.length === 0) return statementFix(file, statement, replacement, description);
      return moveToNewMigration(ctx, file, statement, replacement, description);
    case 'new-migration':
      return moveToNewMigration(ctx, file, statement, replacement, description);
    case 'manual':
      return undefined;
  }
}

/**
 * A new migration file placed right after `file` in its framework's order and naming (version +1,
 * timestamp +1 s, Flyway `V1_2_1__`, a Prisma folder), holding `sql`; `transaction: false` adds the
 * framework's opt-out. Undefined when the framework's layout cannot be extended mechanically.
 * golang-migrate, pop and reversible sqlx also get a down file: see followUpMigrationFiles.
 */
export function followUpMigration(
  ctx: RuleContext,
  file: ReviewedFile,
  name: string,
  sql: string,
  options: { transaction: boolean; down?: string },
): NewFile | undefined {
  return followUpMigrationFiles(ctx, file, name, sql, options)?.[0];
}

/**
 * What to tell the author where outsideTransactionFix has no mechanical way out: the framework's
 * way (its dialect's leaveTransaction) where the review never writes one, else where this file
 * kept the fix from being written.
 */
export function manualWayOut(file: ReviewedFile): string {
  const src = file.source;
  const dialect = dialectOf(src.framework);
  if (dialect.leaveTransactionBy !== 'manual') return 'run it in a migration that is not wrapped in a transaction (see concurrently-in-transaction)';
  return src.transaction === 'wrapped' ? `${dialect.runner} runs each migration in a transaction: ${dialect.leaveTransaction}` : dialect.leaveTransaction;
}

/**
 * The last line of what runs in the same transaction as `reviewed` in its own file, when a later
 * statement placed after it would run in a transaction of its own: the statement itself when it
 * autocommits, the COMMIT of its explicit block in a file run statement by statement. Undefined
 * when the framework's transaction spans the rest of the file.
 */
export function lineEndingTransaction(file: ReviewedFile, reviewed: ReviewedStatement): number | undefined {
  if (!reviewed.inTransaction) return reviewed.statement.span.endLine;
  const block = explicitBlock(file, reviewed);
  return block?.commit && runsInAutocommit(file) ? block.commit.statement.span.endLine : undefined;
}

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
