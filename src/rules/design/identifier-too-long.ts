// Schema design: names over 63 bytes, which PostgreSQL truncates with only a NOTICE.
// The parser already hands over the truncated name, so the long one is read from the tokens.
import type { Node } from '@pgsql/types';
import type { Fix, TextEdit } from '../../core/finding.js';
import type { ReviewedFile } from '../../core/review-types.js';
import type { SqlStatement } from '../../core/sql-types.js';
import { walk, type BodyOf, stringValues } from '../../sql/ast.js';
import { lexSql } from '../../sql/lexer.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { parsedStatements } from '../lib/statements.js';
import { quoteIdent } from '../../sql/names.js';
import { identifierOf, lineInStatement } from '../lib/column-source.js';
import { frameworkHint } from '../lib/new-columns.js';

/** The same advice in schema.prisma terms: a migration.sql edited by hand drifts from the schema. */
const PRISMA = 'Name the index or constraint explicitly with `map:`, e.g. `@@index([a, b], map: "orders_a_b_idx")`.';

/** NAMEDATALEN - 1. */
const MAX_BYTES = 63;
const encoder = new TextEncoder();

export const byteLength = (s: string): number => encoder.encode(s).length;

/** What PostgreSQL keeps of a long identifier: whole characters up to 63 bytes (pg_mbcliplen). */
export function truncateIdentifier(name: string): string {
  let out = '';
  let bytes = 0;
  for (const ch of name) {
    const n = byteLength(ch);
    if (bytes + n > MAX_BYTES) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** Names of the objects a statement creates or renames (as the parser stored them, truncated). */
export function definedNames(ast: Node): Set<string> {
  const names = new Set<string>();
  const add = (s: string | undefined) => {
    if (s) names.add(s);
  };
  const last = (nodes: Node[] | undefined) => add(stringValues(nodes).at(-1));
  walk(ast, (kind, raw) => {
    const body = raw as never;
    switch (kind) {
      case 'CreateStmt': add((body as BodyOf<'CreateStmt'>).relation?.relname); break;
      case 'CreateSeqStmt': add((body as BodyOf<'CreateSeqStmt'>).sequence?.relname); break;
      case 'ViewStmt': add((body as BodyOf<'ViewStmt'>).view?.relname); break;
      case 'CreateTableAsStmt': {
        const into = (body as BodyOf<'CreateTableAsStmt'>).into;
        add(into?.rel?.relname);
        for (const c of stringValues(into?.colNames)) add(c);
        break;
      }
      case 'CompositeTypeStmt': add((body as BodyOf<'CompositeTypeStmt'>).typevar?.relname); break;
      case 'CreateEnumStmt': last((body as BodyOf<'CreateEnumStmt'>).typeName); break;
      case 'CreateRangeStmt': last((body as BodyOf<'CreateRangeStmt'>).typeName); break;
      case 'CreateDomainStmt': last((body as BodyOf<'CreateDomainStmt'>).domainname); break;
      case 'DefineStmt': last((body as BodyOf<'DefineStmt'>).defnames); break;
      case 'CreateFunctionStmt': last((body as BodyOf<'CreateFunctionStmt'>).funcname); break;
      case 'CreateSchemaStmt': add((body as BodyOf<'CreateSchemaStmt'>).schemaname); break;
      case 'CreateTrigStmt': add((body as BodyOf<'CreateTrigStmt'>).trigname); break;
      case 'CreatePolicyStmt': add((body as BodyOf<'CreatePolicyStmt'>).policy_name); break;
      case 'CreateStatsStmt': last((body as BodyOf<'CreateStatsStmt'>).defnames); break;
      case 'RenameStmt': add((body as BodyOf<'RenameStmt'>).newname); break;
      case 'IndexStmt': add((body as BodyOf<'IndexStmt'>).idxname); break;
      case 'ColumnDef': add((body as BodyOf<'ColumnDef'>).colname); break;
      case 'Constraint': add((body as BodyOf<'Constraint'>).conname); break;
    }
  });
  return names;
}

interface LongName {
  name: string;
  truncated: string;
  /** String indexes in the statement's text of every token spelling it. */
  occurrences: { start: number; end: number; quoted: boolean }[];
}

/** Identifiers over 63 bytes naming something the statement defines. */
function longNames(statement: SqlStatement, ast: Node): LongName[] {
  const defined = definedNames(ast);
  const byName = new Map<string, LongName>();
  for (const token of lexSql(statement.text)) {
    const name = identifierOf(statement.text, token);
    if (name === undefined || byteLength(name) <= MAX_BYTES) continue;
    const truncated = truncateIdentifier(name);
    if (!defined.has(truncated)) continue;
    const entry = byName.get(name) ?? { name, truncated, occurrences: [] };
    entry.occurrences.push({ start: token.start, end: token.end, quoted: token.kind !== 'word' });
    byName.set(name, entry);
  }
  return [...byName.values()];
}

/** Replaces every spelling of the long name in the statement with the name PostgreSQL stores, line by line. */
function renameFix(file: ReviewedFile, statement: SqlStatement, long: LongName): Fix {
  const text = file.source.text;
  const byLine = new Map<number, LongName['occurrences']>();
  for (const o of long.occurrences) {
    const line = lineInStatement(statement, o.start);
    byLine.set(line, [...(byLine.get(line) ?? []), o]);
  }
  const edits: TextEdit[] = [];
  for (const [line, occurrences] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const first = statement.span.start + occurrences[0].start;
    const lineStart = text.lastIndexOf('\n', first - 1) + 1;
    let lineEnd = text.indexOf('\n', first);
    if (lineEnd < 0) lineEnd = text.length;
    if (text[lineEnd - 1] === '\r') lineEnd -= 1;
    let replacement = text.slice(lineStart, lineEnd);
    for (const o of [...occurrences].reverse()) {
      const at = statement.span.start + o.start - lineStart;
      const spelled = o.quoted ? `"${long.truncated.replace(/"/g, '""')}"` : quoteIdent(long.truncated);
      replacement = replacement.slice(0, at) + spelled + replacement.slice(at + o.end - o.start);
    }
    edits.push({ line, endLine: line, replacement });
  }
  return { description: `Write the name PostgreSQL stores (${byteLength(long.truncated)} bytes)`, edits };
}

export const identifierTooLong: Rule = {
  meta: {
    id: 'identifier-too-long',
    layer: 'design',
    severity: 'error',
    summary: 'An identifier over 63 bytes, which PostgreSQL silently truncates.',
    why:
      'PostgreSQL keeps at most 63 bytes of a name (NAMEDATALEN - 1, counted in bytes: é and most non-Latin ' +
      'letters take 2 or 3) and cuts the rest with only a NOTICE. The object then exists under a name the migration ' +
      'never wrote: code that compares constraint or index names (error handlers, ORMs, schema diff tools) does not ' +
      'find it, and two long names that share their first 63 bytes collide ("relation ... already exists"), often ' +
      'only in a later migration.',
    bad:
      'CREATE INDEX orders_customer_reference_and_fulfillment_status_and_placed_at_idx\n  ON orders (customer_reference, fulfillment_status, placed_at);',
    good: 'CREATE INDEX orders_customer_ref_status_placed_at_idx\n  ON orders (customer_reference, fulfillment_status, placed_at);',
    setup:
      'CREATE TABLE orders (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  customer_reference text NOT NULL,\n' +
      '  fulfillment_status text NOT NULL,\n  placed_at timestamptz NOT NULL\n);',
    frameworks: { prisma: PRISMA },
    references: [`${POSTGRES_DOCS_URL}/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS`],
    fixable: true,
    needs: [],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    const seen = new Map<string, { name: string; file: string; line: number }>();
    for (const { file, statement, ast } of parsedStatements(ctx)) {
      for (const long of longNames(statement, ast)) {
        const line = lineInStatement(statement, long.occurrences[0].start);
        const other = seen.get(long.truncated);
        const collision = other && other.name !== long.name ? ` It collides with ${other.name} (${other.file}:${other.line}), which truncates to the same name.` : '';
        if (!other) seen.set(long.truncated, { name: long.name, file: file.source.path, line });
        out.push({
          file: file.source.path,
          statement,
          line,
          message:
            `Identifier ${long.name} is ${byteLength(long.name)} bytes, over PostgreSQL's 63-byte limit: it is stored as ` +
            `${long.truncated}, and anything using the full name will not find it.${collision}`,
          help: `Choose a name of at most 63 bytes (UTF-8), or write the truncated name PostgreSQL stores: ${quoteIdent(long.truncated)}.${frameworkHint(file, PRISMA)}`,
          fix: renameFix(file, statement, long),
          verified: 'static',
        });
      }
    }
    return out;
  },
};
