// The NOT VALID fix: the author's ALTER TABLE with NOT VALID on chosen ADD CONSTRAINT commands, and
// the VALIDATE CONSTRAINT that follows it in a transaction of its own.
import type { Fix } from '../../core/finding.js';
import type { ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import { lexSql } from '../../sql/lexer.js';
import { statementFix } from './statement-fix.js';
import { nodeAs } from '../../sql/ast.js';
import { displayName, quoteIdent } from '../../sql/names.js';
import type { RuleContext } from '../rule.js';
import { followUpMigrationFiles } from './follow-up-migration.js';
import { lineEndingTransaction } from './leave-transaction.js';

/**
 * `text` (one ALTER TABLE statement) with ` NOT VALID` appended to the commands at `commands`
 * (0-based positions among its `commandCount` comma-separated commands). NOT VALID may follow
 * the other constraint attributes (ON DELETE, DEFERRABLE), so the end of the command is the
 * place. Undefined when the text does not split into that many commands.
 */
export function withNotValid(text: string, commands: readonly number[], commandCount: number): string | undefined {
  const ends: number[] = [];
  let depth = 0;
  let lastEnd = -1;
  for (const token of lexSql(text)) {
    if (token.kind === 'comment') continue;
    if (token.kind === 'semicolon') break;
    const t = text.slice(token.start, token.end);
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') depth--;
    else if (t === ',' && depth === 0) {
      ends.push(lastEnd);
      continue;
    }
    lastEnd = token.end;
  }
  ends.push(lastEnd);
  if (ends.length !== commandCount || ends.some((e) => e < 0)) return undefined;
  let out = text;
  // From the last insertion backwards so earlier positions stay valid.
  for (const i of [...new Set(commands)].sort((a, b) => b - a)) {
    if (i < 0 || i >= ends.length) return undefined;
    out = `${out.slice(0, ends[i])} NOT VALID${out.slice(ends[i])}`;
  }
  return out;
}

/** An ADD CONSTRAINT command of the statement that validates now: its position and the constraint's name. */
export interface ValidatedConstraint {
  command: number;
  name: string;
}

/**
 * The fix for constraints added with validation: the same statement with NOT VALID on each of
 * them, then `ALTER TABLE ... VALIDATE CONSTRAINT` in a follow-up migration (SHARE UPDATE
 * EXCLUSIVE: reads and writes continue, so it may run in the framework's transaction). Where no
 * follow-up file can be made, the VALIDATE goes in this file once the statement's transaction
 * has ended; undefined when neither is possible.
 */
export function notValidFix(
  ctx: RuleContext,
  file: ReviewedFile,
  reviewed: ReviewedStatement,
  table: string,
  constraints: readonly ValidatedConstraint[],
): Fix | undefined {
  const { statement } = reviewed;
  if (constraints.length === 0) return undefined;
  const commandCount = (nodeAs(statement.ast, 'AlterTableStmt')?.cmds ?? []).length;
  const text = withNotValid(statement.text, constraints.map((c) => c.command), commandCount);
  if (text === undefined) return undefined;
  const names = [...new Set(constraints.map((c) => c.name))];
  const validate = names.map((n) => `ALTER TABLE ${displayName(table)} VALIDATE CONSTRAINT ${quoteIdent(n)};`).join('\n');
  const own = statementFix(file, statement, text, '').edits[0];
  const what = `Add ${names.length > 1 ? 'the constraints' : names[0]} NOT VALID`;
  const newFiles = followUpMigrationFiles(ctx, file, `validate_${names.join('_')}`, validate, { transaction: true });
  if (newFiles) {
    return { description: `${what}, then validate ${names.length > 1 ? 'them' : 'it'} in a new migration ${newFiles[0].path}`, edits: [own], newFiles };
  }
  const after = lineEndingTransaction(file, reviewed);
  if (after === undefined) return undefined;
  return {
    description: `${what}, then validate ${names.length > 1 ? 'them' : 'it'} in its own transaction after line ${after}`,
    edits: [own, { line: after + 1, endLine: after, replacement: validate }],
  };
}
