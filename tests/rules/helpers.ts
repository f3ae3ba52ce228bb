// Builders for rule tests: statements parsed with libpg-query, hand-written catalogs and traces.
import { parseSync } from 'libpg-query';
import { expect } from 'vitest';
import { ensureParser } from '../../src/sql/parser.js';
import type { Node } from '@pgsql/types';
import type { Catalog, CatalogColumn, CatalogConstraint, CatalogIndex, CatalogTable } from '../../src/core/catalog.js';
import { DEFAULT_CONFIG, type Config } from '../../src/core/config.js';
import type { Severity, TextEdit, Verification } from '../../src/core/finding.js';
import type { FileStatus, Framework, MigrationSource, TransactionModel } from '../../src/core/migration-types.js';
import type { BaseMigration, ReviewedFile } from '../../src/core/review-types.js';
import type { SqlStatement } from '../../src/core/sql-types.js';
import type { LockMode, LockTaken, StepTrace } from '../../src/core/trace-types.js';
import type { FindingDraft, Rule, RuleContext } from '../../src/rules/rule.js';
import { applyEdits } from '../../src/rules/fixes/apply-fix.js';

/** Fixes are line edits: the rule tests read them applied (re-exported so rule tests import no helper module of src/rules). */
export { applyEdits };

export async function loadParser(): Promise<void> {
  await ensureParser();
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function columnAt(text: string, index: number): number {
  return index - (text.lastIndexOf('\n', index - 1) + 1) + 1;
}

/** Split and parse an ASCII SQL text into statements with exact spans (the sql layer's job in the product). */
export function parseStatements(sql: string): SqlStatement[] {
  const { stmts } = parseSync(sql) as { stmts: { stmt: Node; stmt_location?: number; stmt_len?: number }[] };
  return stmts.map((s, index) => {
    let start = s.stmt_location ?? 0;
    const rawEnd = s.stmt_len ? start + s.stmt_len : sql.length;
    // Skip leading whitespace and comments to the first token.
    for (;;) {
      const rest = sql.slice(start);
      const m = /^(\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)/.exec(rest);
      if (!m) break;
      start += m[0].length;
    }
    let end = rawEnd;
    while (end > start && /\s/.test(sql[end - 1])) end--;
    if (sql[end] === ';') end++;
    const text = sql.slice(start, end);
    return {
      index,
      text,
      span: { start, end, line: lineAt(sql, start), column: columnAt(sql, start), endLine: lineAt(sql, end), endColumn: columnAt(sql, end) },
      ast: s.stmt,
      kind: Object.keys(s.stmt)[0],
      ignores: [],
    };
  });
}

export interface FileOptions {
  path?: string;
  framework?: Framework;
  status?: FileStatus;
  version?: number[];
  repeatable?: boolean;
  transaction?: TransactionModel;
  transactionReason?: string;
  previousPath?: string;
  /** In a transaction: all statements, or per statement index. Default: transaction !== 'none'. */
  inTransaction?: boolean | ((index: number) => boolean);
  traces?: Record<number, Partial<StepTrace>>;
  /** Schema before statement i is steps[i], after it steps[i + 1] (the last one repeats). */
  steps?: Catalog[];
  /** Index of the first statement after a not-replayable one. */
  gapFrom?: number;
  /** Statements to add as unparseable, with their error. */
  syntaxErrors?: { text: string; line: number; column: number; message: string }[];
}

export function file(sql: string, opts: FileOptions = {}): ReviewedFile {
  const path = opts.path ?? 'migrations/002_change.sql';
  const transaction = opts.transaction ?? 'none';
  const steps = opts.steps ?? [emptyCatalogLiteral()];
  const at = (i: number) => steps[Math.min(i, steps.length - 1)];
  const source: MigrationSource = {
    path,
    framework: opts.framework ?? 'plain',
    version: opts.version ?? [2],
    repeatable: opts.repeatable ?? false,
    order: 0,
    transaction,
    transactionReason: opts.transactionReason ?? '',
    text: sql,
    reviewedText: sql,
    directives: [],
  };
  const statements = sql.trim() ? parseStatements(sql) : [];
  for (const e of opts.syntaxErrors ?? []) {
    const start = sql.indexOf(e.text);
    statements.push({
      index: statements.length,
      text: e.text,
      span: { start, end: start + e.text.length, line: lineAt(sql, start), column: columnAt(sql, start), endLine: lineAt(sql, start + e.text.length), endColumn: 1 },
      kind: 'Unparsed',
      syntaxError: { message: e.message, line: e.line, column: e.column },
      ignores: [],
    });
  }
  const inTx = (i: number) =>
    typeof opts.inTransaction === 'function' ? opts.inTransaction(i) : (opts.inTransaction ?? transaction !== 'none');
  return {
    source,
    status: opts.status ?? 'added',
    previousPath: opts.previousPath,
    fileIgnores: [],
    statements: statements.map((statement, i) => {
      const t = opts.traces?.[i];
      return {
        statement,
        inTransaction: inTx(i),
        transactionId: inTx(i) ? 1 : null,
        trace: t ? trace(path, i, { inTransaction: inTx(i), ...t }) : undefined,
        before: at(i),
        after: at(i + 1),
        afterReplayGap: opts.gapFrom !== undefined && i >= opts.gapFrom,
      };
    }),
  };
}

/** A lock of the trace on public.<relation> (an index or a sequence names its table as owner). */
export function lock(relation: string, mode: LockMode, relkind: LockTaken['relkind'] = 'table', owner = relation): LockTaken {
  return { relation: `public.${relation}`, relkind, table: `public.${owner}`, mode };
}

/** A CHECK constraint as the catalog holds it (pg_get_constraintdef). */
export function checkConstraint(name: string, definition: string, validated = true): CatalogConstraint {
  return { name, kind: 'check', columns: [], validated, definition };
}

export function trace(path: string, statementIndex: number, t: Partial<StepTrace> = {}): StepTrace {
  return {
    path, statementIndex, outcome: 'ok', inTransaction: false, locks: [], lockSource: 'trace',
    rewritten: [], created: [], altered: [], dropped: [], durationMs: 1, ...t,
  };
}

function emptyCatalogLiteral(): Catalog {
  return { tables: {}, extensions: [] };
}

export function catalog(...tables: CatalogTable[]): Catalog {
  return { tables: Object.fromEntries(tables.map((t) => [`${t.schema}.${t.name}`, t])), extensions: [] };
}

/** `varchar(50)`, `numeric(12,2)`, `bigint`, `text`, `timestamp`, ... as the catalog reports them. */
export function column(name: string, type: string, attnum = 1): CatalogColumn {
  const m = /^(\w[\w ]*?)(?:\((\d+)(?:,(\d+))?\))?$/.exec(type);
  const base = m?.[1] ?? type;
  const names: Record<string, string> = {
    varchar: 'varchar', 'character varying': 'varchar', bigint: 'int8', integer: 'int4', int: 'int4', text: 'text',
    numeric: 'numeric', timestamp: 'timestamp', timestamptz: 'timestamptz', cidr: 'cidr', inet: 'inet', varbit: 'varbit',
  };
  const typeName = names[base] ?? base;
  let typmod = -1;
  if (m?.[2] && typeName === 'varchar') typmod = Number(m[2]) + 4;
  if (m?.[2] && typeName === 'numeric') typmod = ((Number(m[2]) << 16) | Number(m[3] ?? 0)) + 4;
  if (m?.[2] && typeName === 'varbit') typmod = Number(m[2]);
  return {
    name, attnum, type, typeName, typmod, notNull: false, default: null, defaultVolatility: null, identity: null, generated: null,
  };
}

/** A catalog column with the typname, printed type and typmod PostgreSQL reports (typmod -1 unless given). */
export function typedColumn(name: string, typeName: string, type: string, attnum: number, extra: Partial<CatalogColumn> = {}): CatalogColumn {
  return { ...column(name, 'text', attnum), typeName, type, typmod: -1, ...extra };
}

export function primaryKey(name: string, columns: string[]): CatalogConstraint {
  return { name, kind: 'primary', columns, validated: true, definition: `PRIMARY KEY (${columns.join(', ')})` };
}

export function index(tableName: string, name: string, keys: string[], opts: Partial<CatalogIndex> = {}): CatalogIndex {
  const table = tableName.includes('.') ? tableName : `public.${tableName}`;
  const i: CatalogIndex = {
    name, table, columns: keys.map((k) => (/^\w+$/.test(k) ? k : null)), keys, include: [], opclasses: keys.map(() => ''), collations: keys.map(() => ''), orders: keys.map(() => ''),
    predicate: null, method: 'btree', unique: false, primary: false, valid: true, constraint: null, definition: '', ...opts,
  };
  i.definition ||= `CREATE ${i.unique ? 'UNIQUE ' : ''}INDEX ${name} ON ${table} USING ${i.method} (${keys.join(', ')})${i.predicate ? ` WHERE ${i.predicate}` : ''}`;
  return i;
}

export function foreignKey(name: string, columns: string[], refTable: string, refColumns = ['id'], validated = true): CatalogConstraint {
  const ref = refTable.includes('.') ? refTable : `public.${refTable}`;
  return {
    name, kind: 'foreign', columns, validated, definition: `FOREIGN KEY (${columns.join(', ')}) REFERENCES ${refTable}(${refColumns.join(', ')})`,
    references: { table: ref, columns: refColumns },
  };
}

function nameOid(qualified: string): number {
  let h = 0;
  for (const ch of qualified) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000;
  return 16384 + h;
}

export function table(
  name: string,
  parts: { columns?: CatalogColumn[]; indexes?: CatalogIndex[]; constraints?: CatalogConstraint[]; oid?: number; kind?: CatalogTable['kind']; schema?: string } = {},
): CatalogTable {
  return {
    // Distinct names get distinct oids: rules follow a table by oid (its identity), not by name.
    oid: parts.oid ?? nameOid(`${parts.schema ?? 'public'}.${name}`),
    schema: parts.schema ?? 'public',
    name,
    kind: parts.kind ?? 'table',
    persistence: 'permanent',
    columns: parts.columns ?? [column('id', 'bigint')],
    indexes: parts.indexes ?? [],
    constraints: parts.constraints ?? [],
  };
}

export function context(
  files: ReviewedFile[],
  opts: { base?: Catalog; final?: Catalog; baseHistory?: BaseMigration[]; config?: Partial<Config>; mode?: 'review' | 'audit' } = {},
): RuleContext {
  const base = opts.base ?? emptyCatalogLiteral();
  return {
    mode: opts.mode ?? 'review',
    config: { ...DEFAULT_CONFIG, ...opts.config },
    files,
    baseHistory: opts.baseHistory ?? [],
    baseCatalog: base,
    finalCatalog: opts.final ?? base,
    queries: [],
  };
}

export function baseMigration(path: string, version: number[], framework: Framework = 'plain'): BaseMigration {
  return { path, framework, version, repeatable: false, sha: 'abc' };
}

/** A finding draft reduced to what tests assert: where it points and its severity override. */
export interface Located {
  ruleId: string;
  file: string;
  line: number;
  endLine?: number;
  /** The draft's override of the rule's severity, undefined when it keeps the default. */
  severity?: Severity;
  /** The severity the review gives the finding: the override, else the rule's default. */
  effectiveSeverity: Severity;
  message: string;
  help: string;
  verified: string;
  draft: FindingDraft;
}

export function run(rule: Rule, ctx: RuleContext): Located[] {
  return rule.check(ctx).map((d) => located(rule, d));
}

export function located(rule: Rule, d: FindingDraft): Located {
  return {
    ruleId: rule.meta.id,
    file: d.file,
    line: d.line ?? d.statement?.span.line ?? 1,
    endLine: d.statement?.span.endLine,
    severity: d.severity,
    effectiveSeverity: d.severity ?? rule.meta.severity,
    message: d.message,
    help: d.help,
    verified: d.verified,
    draft: d,
  };
}

/** What a rule test checks of a finding: what a user relies on (rule, place, severity, the facts it names), not its wording. */
export interface ExpectedFinding {
  ruleId?: string;
  file?: string;
  line?: number;
  /** The severity the review gives it (the rule's default unless the finding overrides it). */
  severity?: Severity;
  verified?: Verification;
  /** Facts the message names: tables, columns, lock modes, lines, counts. */
  mentions?: (string | RegExp)[];
  /** Facts the message must not name. */
  omits?: (string | RegExp)[];
  /** Facts the help names: the key SQL of the safe way, the framework's way out. */
  helpMentions?: (string | RegExp)[];
}

function expectMentions(text: string, facts: (string | RegExp)[], what: string, not = false): void {
  for (const fact of facts) {
    const found = typeof fact === 'string' ? text.includes(fact) : fact.test(text);
    expect(found, `${what} ${not ? 'names' : 'does not name'} ${String(fact)}:\n${text}`).toBe(!not);
  }
}

/** Checks one finding against what the test expects of it; fails naming the finding. */
export function expectFinding(found: Located | undefined, expected: ExpectedFinding): asserts found is Located {
  expect(found, `no finding where ${JSON.stringify(expected)} was expected`).toBeDefined();
  const f = found!;
  const actual: Partial<Record<keyof ExpectedFinding, unknown>> = {};
  const wanted: Partial<Record<keyof ExpectedFinding, unknown>> = {};
  for (const key of ['ruleId', 'file', 'line', 'severity', 'verified'] as const) {
    if (expected[key] === undefined) continue;
    wanted[key] = expected[key];
    actual[key] = key === 'severity' ? f.effectiveSeverity : f[key];
  }
  expect(actual, f.message).toEqual(wanted);
  expectMentions(f.message, expected.mentions ?? [], 'the message');
  expectMentions(f.message, expected.omits ?? [], 'the message', true);
  expectMentions(f.help, expected.helpMentions ?? [], 'the help');
}

/** The finding's fix applied to `text` (the file the finding is in). */
export function applyFix(text: string, finding: Located): string {
  const edits: TextEdit[] = finding.draft.fix?.edits ?? [];
  expect(finding.draft.fix, `no fix on: ${finding.message}`).toBeDefined();
  return applyEdits(text, edits);
}
