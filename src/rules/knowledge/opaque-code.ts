// Layer 3: code whose statements the rules cannot read: DO blocks, functions that build SQL at run
// time, procedure calls. Replay traces what ran (when it ran), which is partial knowledge.
//
// Dynamic SQL is found by scanning the body with the SQL lexer for an EXECUTE keyword outside
// comments and strings (PL/pgSQL's lexical rules for those are SQL's); `EXECUTE FUNCTION/PROCEDURE`
// of a static CREATE TRIGGER in the body is not dynamic SQL. PostgreSQL's PL/pgSQL grammar is used
// only to recognise DO blocks that just create new types and the like (src/sql/plpgsql.ts).
import type { Node } from '@pgsql/types';
import type { ReviewedStatement } from '../../core/review-types.js';
import type { SqlStatement } from '../../core/sql-types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { lexSql } from '../../sql/lexer.js';
import { onlyCreatesNewObjects } from '../../sql/plpgsql.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { parsedStatements } from '../lib/statements.js';
import { nodeAs, stringValues } from '../../sql/ast.js';
import { displayName } from '../../sql/names.js';
import { lockName, strongerLock } from '../lib/locks.js';
import type { LockMode } from '../../core/trace-types.js';

interface Body {
  language: string;
  text: string;
}

function bodyOf(options: Node[] | undefined): Body {
  let language = 'plpgsql';
  let text = '';
  for (const o of options ?? []) {
    const d = nodeAs(o, 'DefElem');
    if (d?.defname === 'language') language = (nodeAs(d.arg, 'String')?.sval ?? language).toLowerCase();
    if (d?.defname === 'as') {
      const direct = nodeAs(d.arg, 'String')?.sval;
      text = direct ?? stringValues(nodeAs(d.arg, 'List')?.items).join('\n');
    }
  }
  return { language, text };
}

/** String index in `body` of the first EXECUTE that runs dynamic SQL, or -1. */
export function dynamicSqlAt(body: Body): number {
  if (body.language === 'sql' || body.language === 'c' || body.language === 'internal') return -1;
  if (body.language !== 'plpgsql') {
    // Other procedural languages run SQL through their own API (plpy.execute, plv8.execute, spi_exec_query).
    const m = /\b(?:execute|spi_exec\w*)\s*\(/i.exec(body.text);
    return m ? m.index : -1;
  }
  const words = lexSql(body.text).filter((t) => t.kind === 'word');
  for (const [i, t] of words.entries()) {
    if (t.word !== 'EXECUTE') continue;
    const next = words[i + 1]?.word;
    if (next === 'FUNCTION' || next === 'PROCEDURE') continue;
    // RETURN QUERY EXECUTE, FOR row IN EXECUTE and OPEN cursor FOR EXECUTE run a query whose rows
    // the function reads: a SELECT in practice, which locks, rewrites and drops nothing.
    const previous = words[i - 1]?.word;
    if (previous === 'QUERY' || previous === 'IN' || previous === 'FOR') continue;
    return t.start;
  }
  return -1;
}

/** File line of index `at` of `body`, when the body's text is found verbatim in the statement. */
function lineInStatement(statement: SqlStatement, body: string, at: number): number {
  const start = statement.text.indexOf(body);
  if (start < 0 || at < 0) return statement.span.line;
  return statement.span.line + (statement.text.slice(0, start + at).match(/\n/g)?.length ?? 0);
}

/** What replay saw the statement lock, strongest mode per table, as a sentence fragment. */
function tracedLocks(reviewed: ReviewedStatement): string {
  const t = reviewed.trace;
  if (!t) return 'It was not replayed, so nothing is known of what it locks.';
  if (t.outcome !== 'ok') return `Replay could not run it (${t.outcome}), so nothing is known of what it locks.`;
  if (t.lockSource !== 'trace') return 'Replay could not read its locks.';
  const modes = new Map<string, LockMode>();
  for (const l of t.locks) {
    if (l.relkind === 'index' || l.relkind === 'sequence') continue;
    const had = modes.get(l.table);
    modes.set(l.table, had ? strongerLock(had, l.mode) : l.mode);
  }
  const changed = [...new Set([...t.created, ...t.altered, ...t.dropped])];
  const parts: string[] = [];
  if (modes.size > 0) {
    parts.push(`replay saw it take ${[...modes].map(([table, mode]) => `${lockName(mode)} on ${displayName(table)}`).join(', ')}`);
  } else {
    parts.push('replay saw it take no new table lock');
  }
  if (changed.length > 0) parts.push(`change ${changed.map(displayName).join(', ')}`);
  const held = reviewed.inTransaction ? ' (locks its transaction already held are not repeated)' : '';
  const sentence = parts.join(' and ');
  return (
    `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${held}; that is the path it took on the replayed schema, and ` +
    'production data or state may take another.'
  );
}

const BLIND_RULES = 'the lock, rewrite and escalation rules read statements, so none of them checked the statements inside it';

export const opaqueCode: Rule = {
  meta: {
    id: 'opaque-code',
    layer: 'knowledge',
    severity: 'notice',
    summary: 'DO blocks, functions that run dynamic SQL, procedure calls and code migrations (Go, Java): their locks and effects cannot be fully known.',
    why:
      'The reviewer judges statements from their parse tree. The statements inside a DO block or a called procedure ' +
      'are not parsed, and SQL built at run time with EXECUTE does not exist until it runs, so no rule checks their ' +
      'locks, rewrites or drops. Replay runs the block and records the locks it took, but only along the path it took ' +
      'on the replayed schema; a branch that depends on production data or state may do something else. A Go or Java ' +
      'migration (goose, Flyway) cannot be run at all: it is reported as a warning, and statements after it that fail ' +
      'on missing objects are taken as its consequences.',
    bad:
      'DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = \'orders_user_id_idx\') THEN\n' +
      "    EXECUTE 'CREATE INDEX orders_user_id_idx ON orders (user_id)';\n  END IF;\nEND\n$$;",
    good: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);',
    setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);',
    references: [`${POSTGRES_DOCS_URL}/sql-do.html`, `${POSTGRES_DOCS_URL}/plpgsql-statements.html#PLPGSQL-STATEMENTS-EXECUTING-DYN`, `${POSTGRES_DOCS_URL}/sql-call.html`],
    fixable: false,
    needs: ['trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    // A Go or Java migration: nothing of it can be read or run; it gets a warning, not a notice,
    // so that a pull request made of one never looks reviewed.
    for (const file of ctx.files) {
      const code = file.source.code;
      if (file.status !== 'added' || !code) continue;
      const language = code === 'go' ? 'Go' : 'Java';
      out.push({
        file: file.source.path,
        line: 1,
        message:
          `${file.source.path} is a ${language} migration: the review cannot run ${language} migrations, so what it does to the ` +
          'schema (the locks it takes, the tables it rewrites or drops) is unknown, and later statements that fail on ' +
          'objects it may create are not reported as replay errors.',
        help: 'Review it by hand; where it only runs fixed SQL, a SQL migration in its place can be reviewed and replayed.',
        verified: 'static',
        severity: 'warning',
      });
    }
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      // `trace` only for a message that reports the locks replay read (a DO block, a CALL); a function's body does not run when it is created.
      const readLocks = reviewed.trace?.outcome === 'ok' && reviewed.trace.lockSource === 'trace';
      const push = (line: number, message: string, help: string, traced = readLocks) =>
        out.push({ file: file.source.path, statement, line, message, help, verified: traced ? 'trace' : 'static' });
      const doStmt = nodeAs(ast, 'DoStmt');
      if (doStmt) {
        const body = bodyOf(doStmt.args);
        // The idempotent-create idiom (CREATE TYPE ... EXCEPTION WHEN duplicate_object): nothing to review.
        if (body.language === 'plpgsql' && onlyCreatesNewObjects(body.text)) continue;
        const at = dynamicSqlAt(body);
        const line = lineInStatement(statement, body.text, at);
        push(
          statement.span.line,
          `DO block: ${BLIND_RULES}` +
            (at >= 0 ? `, and it builds SQL at run time (EXECUTE on line ${line}), which no review can read` : '') +
            `. ${tracedLocks(reviewed)}`,
          'Prefer plain statements the review can check (IF NOT EXISTS / IF EXISTS cover most idempotency needs); ' +
            'otherwise review the block by hand for the locks it takes on existing tables and how long it holds them.',
        );
        continue;
      }
      const fn = nodeAs(ast, 'CreateFunctionStmt');
      if (fn) {
        if (fn.sql_body) continue; // BEGIN ATOMIC: a parsed SQL body, no dynamic SQL
        const body = bodyOf(fn.options);
        const at = dynamicSqlAt(body);
        if (at < 0) continue;
        const kind = fn.is_procedure ? 'procedure' : 'function';
        const name = stringValues(fn.funcname).join('.');
        push(
          lineInStatement(statement, body.text, at),
          `${kind === 'procedure' ? 'Procedure' : 'Function'} ${name} runs dynamic SQL (EXECUTE): the statements it builds exist only ` +
            'when it is called, so what they lock, rewrite or drop cannot be reviewed, and calls to it (from a trigger, a job or a ' +
            'later migration) are not traced.',
          'Review the statements it can build by hand, and quote identifiers in them with format(\'%I\') or quote_ident(); ' +
            'where the SQL is fixed, write it as plain statements instead of EXECUTE.',
          false,
        );
        continue;
      }
      const call = nodeAs(ast, 'CallStmt');
      if (call) {
        const name = stringValues(call.funccall?.funcname).join('.');
        push(
          statement.span.line,
          `CALL ${name}: the statements of the procedure are not part of the migration text, so ${BLIND_RULES.replace('inside it', 'it runs')}. ` +
            tracedLocks(reviewed),
          'Review the procedure\'s body for the locks it takes on existing tables; a procedure that COMMITs inside cannot be ' +
            'called from a transaction block (a framework that wraps migrations) either.',
        );
      }
    }
    return out;
  },
};
