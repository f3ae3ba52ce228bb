// Parses a migration's reviewed part; an undecodable file becomes one unparsed "statement" that
// carries the problem, so the syntax-error rule reports it at its line like any parser error.
import type { MigrationSource } from '../../core/migration-types.js';
import type { ParsedSql } from '../../core/sql-types.js';
import { parseSqlFile } from '../../sql/index.js';
import type { DecodeProblem } from './read-history.js';

export function parseSource(source: MigrationSource, problem?: DecodeProblem): ParsedSql {
  if (!problem) return parseSqlFile(source.reviewedText);
  return {
    fileIgnores: [],
    statements: [
      {
        index: 0,
        text: '',
        span: { start: 0, end: 0, line: problem.line, column: 1, endLine: problem.line, endColumn: 1 },
        kind: 'Unparsed',
        syntaxError: { message: problem.message, line: problem.line, column: 1 },
        ignores: [],
      },
    ],
  };
}

/** SQL names of every extension the files create, so the engine can load the ones it ships. */
export function extensionsCreated(parsed: Iterable<ParsedSql>): string[] {
  const names = new Set<string>();
  for (const file of parsed) {
    for (const s of file.statements) {
      if (s.kind === 'CreateExtensionStmt' && s.ast) {
        const name = (s.ast as { CreateExtensionStmt: { extname?: string } }).CreateExtensionStmt.extname;
        if (name) names.add(name);
      }
    }
  }
  return [...names];
}
