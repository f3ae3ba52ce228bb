// Statements as the sql layer hands them on: source text, exact location, parse tree.
import type { Node } from '@pgsql/types';

/** A position in a file: 1-based line and column (column counts UTF-16 code units, like editors). */
export interface Position {
  line: number;
  column: number;
}

/** A statement's place in its file: string indexes [start, end) and the lines it covers. */
export interface SourceSpan {
  /** String index of the statement's first token (after leading comments and whitespace). */
  start: number;
  /** String index just past the statement's last character (its semicolon when it has one). */
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** `-- pg-migration-review: ignore a, b -- reason` applying to one statement or a whole file. */
export interface IgnoreDirective {
  scope: 'statement' | 'file';
  rules: string[];
  reason?: string;
  /** Line of the comment itself (1-based). */
  line: number;
}

export interface SyntaxErrorInfo {
  /** PostgreSQL's message, e.g. `syntax error at or near "selec"`. */
  message: string;
  /** Where the parser stopped, in the file. */
  line: number;
  column: number;
}

/** One statement of a SQL file, parsed or not. */
export interface SqlStatement {
  /** 0-based position among the file's statements. */
  index: number;
  /** Exact source text from the first token to the end (semicolon included when present). */
  text: string;
  span: SourceSpan;
  /** The parse tree: one `Node` such as `{ IndexStmt: {...} }`; absent when the statement does not parse. */
  ast?: Node;
  /** The parse tree's node type (`IndexStmt`, `AlterTableStmt`, ...), or `Unparsed`. */
  kind: string;
  syntaxError?: SyntaxErrorInfo;
  /** Ignore comments directly before this statement (statement scope). */
  ignores: IgnoreDirective[];
}

/** Everything the sql layer knows about one file. */
export interface ParsedSql {
  statements: SqlStatement[];
  /** `ignore-file` directives found anywhere in the file. */
  fileIgnores: IgnoreDirective[];
}
