// Test helper: turns SQL text into the statements replay expects, using the real parser
// (the sql layer does this in the product; replay's tests must not depend on it).
import { loadModule, parseSync } from 'libpg-query';
import type { BaseStatement, ReplayStatement } from '../../src/replay/session.js';

await loadModule();

type Obj = Record<string, unknown>;

function nonTransactional(kind: string, node: Obj): boolean {
  const has = (list: unknown, name: string): boolean =>
    Array.isArray(list) && list.some((p) => ((p as Obj).DefElem as Obj | undefined)?.defname === name);
  switch (kind) {
    case 'IndexStmt':
    case 'DropStmt':
      return node.concurrent === true;
    case 'ReindexStmt':
      return has(node.params, 'concurrently');
    case 'VacuumStmt':
      return node.is_vacuumcmd === true;
    default:
      return false;
  }
}

/** Splits and parses `sql` (the parser's locations are UTF-8 byte offsets). */
export function statementsOf(sql: string): ReplayStatement[] {
  const { stmts } = parseSync(sql) as { stmts: { stmt: Obj; stmt_location?: number; stmt_len?: number }[] };
  const bytes = Buffer.from(sql, 'utf8');
  return stmts.map((s, index) => {
    const start = s.stmt_location ?? 0;
    const before = bytes.subarray(0, start).toString('utf8');
    const raw = bytes.subarray(start, s.stmt_len ? start + s.stmt_len : undefined).toString('utf8');
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const [kind, node] = Object.entries(s.stmt)[0] as [string, Obj];
    const line = (before + raw.slice(0, lead)).split('\n').length;
    return {
      index,
      text,
      kind,
      line,
      nonTransactional: nonTransactional(kind, node),
      transactionKind: kind === 'TransactionStmt' ? (node.kind as string) : undefined,
      ast: s.stmt,
    };
  });
}

export function baseStatementsOf(sql: string): BaseStatement[] {
  return statementsOf(sql).map(({ text, line, kind, nonTransactional }) => ({ text, line, kind, nonTransactional }));
}

/** Names in CREATE EXTENSION statements, as the review collects them to start the engine. */
export function extensionsCreated(statements: ReplayStatement[]): string[] {
  return statements
    .map((s) => ((s.ast as Obj | undefined)?.CreateExtensionStmt as Obj | undefined)?.extname as string | undefined)
    .filter((n): n is string => n !== undefined);
}
