// The statements a review judges, in apply order with the file each belongs to, and what a
// statement did to the catalog: the iteration every statement rule starts from.
import type { Node } from '@pgsql/types';
import type { Catalog } from '../../core/catalog.js';
import type { ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import type { SqlStatement } from '../../core/sql-types.js';
import type { RuleContext } from '../rule.js';
import { lineOfCharPosition } from '../../core/positions.js';

/** One reviewed statement with the file it belongs to. */
export interface StatementRef {
  file: ReviewedFile;
  reviewed: ReviewedStatement;
  statement: SqlStatement;
  ast?: Node;
  /** Position across all reviewed files, in apply order. */
  seq: number;
}

/**
 * Statements of the files that will run in production: added ones. An edited, renamed or deleted
 * applied migration never runs again (edited-migration reports it), so statement rules skip it
 * unless `allFiles` asks for every file (syntax errors are worth showing wherever they are).
 */
export function* reviewedStatements(ctx: RuleContext, options: { allFiles?: boolean } = {}): Generator<StatementRef> {
  let seq = 0;
  for (const file of ctx.files) {
    if (!options.allFiles && file.status !== 'added') continue;
    for (const reviewed of file.statements) {
      yield { file, reviewed, statement: reviewed.statement, ast: reviewed.statement.ast, seq: seq++ };
    }
  }
}

export interface ParsedRef extends Omit<StatementRef, 'ast'> {
  ast: Node;
}

/** Statements that parsed, with their tree. */
export function* parsedStatements(ctx: RuleContext): Generator<ParsedRef> {
  for (const ref of reviewedStatements(ctx)) if (ref.ast) yield { ...ref, ast: ref.ast };
}

/**
 * The last statement whose catalog change makes `test(before) === false && test(after) === true`:
 * the statement that created an object still present at the end.
 */
export function statementThatMade(ctx: RuleContext, test: (catalog: Catalog) => boolean): StatementRef | undefined {
  let found: StatementRef | undefined;
  for (const ref of reviewedStatements(ctx)) {
    if (!test(ref.reviewed.before) && test(ref.reviewed.after)) found = ref;
  }
  return found;
}

/** Where a statement's message should point at for a PostgreSQL error position (1-based chars). */
export function lineOfPosition(statement: SqlStatement, position: number | undefined): number {
  return lineOfCharPosition(statement.text, position, statement.span.line);
}
