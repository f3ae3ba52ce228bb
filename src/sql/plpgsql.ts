// What a PL/pgSQL block does, read with PostgreSQL's PL/pgSQL grammar: enough to tell the common
// idempotent-create idiom (CREATE TYPE ... EXCEPTION WHEN duplicate_object THEN NULL, or the same
// guarded by IF NOT EXISTS on the catalog) from blocks whose statements the rules cannot judge.
import { parsePlpgsqlBody, parseSync } from './parser.js';

/** Statements that only make a new object: no lock on an existing table's rows, no rewrite. */
const CREATES_NEW = new Set(['CreateEnumStmt', 'CompositeTypeStmt', 'CreateDomainStmt', 'DefineStmt', 'CreateRangeStmt', 'CreateSchemaStmt', 'CreateExtensionStmt', 'CreateSeqStmt']);

type PlNode = Record<string, Record<string, unknown>>;

function only(stmts: unknown): boolean {
  return stmts === undefined || (Array.isArray(stmts) && stmts.every((s) => allowed(s as PlNode)));
}

function createsNew(query: unknown): boolean {
  if (typeof query !== 'string') return false;
  try {
    const stmts = parseSync(query).stmts ?? [];
    return stmts.length === 1 && Object.keys(stmts[0].stmt ?? {}).every((kind) => CREATES_NEW.has(kind));
  } catch {
    return false;
  }
}

function allowed(node: PlNode): boolean {
  const [kind] = Object.keys(node);
  const body = node[kind];
  switch (kind) {
    case 'PLpgSQL_stmt_block': {
      const handlers = ((body.exceptions as PlNode | undefined)?.PLpgSQL_exception_block?.exc_list ?? []) as PlNode[];
      return only(body.body) && handlers.every((h) => only(h.PLpgSQL_exception?.action));
    }
    case 'PLpgSQL_stmt_if': {
      const elsifs = (body.elsif_list ?? []) as PlNode[];
      return only(body.then_body) && only(body.else_body) && elsifs.every((e) => only(e.PLpgSQL_if_elsif?.stmts));
    }
    case 'PLpgSQL_stmt_execsql':
      return createsNew((body.sqlstmt as PlNode | undefined)?.PLpgSQL_expr?.query);
    case 'PLpgSQL_stmt_return':
    case 'PLpgSQL_stmt_raise':
      return true;
    default:
      return false;
  }
}

/**
 * Whether a PL/pgSQL block body only creates new types, domains, schemas, sequences or
 * extensions, under conditions and exception handlers that do nothing else. False when it does
 * anything more, or does not parse.
 */
export function onlyCreatesNewObjects(body: string): boolean {
  const action = parsePlpgsqlBody(body);
  return action !== undefined && allowed(action as PlNode);
}
