// Layer 2: the statement succeeds on the replayed (empty) tables and fails once they hold rows.
// The review replays the pull request a second time, rolled back, with two synthetic rows in each
// pre-existing table it names (src/review/replay/existing-rows-replay.ts); this rule reports the
// statements that failed there with a data error, when the row shape that broke them is one
// production rows have too: NULL in a nullable column, a column's constant default, or what the
// pull request itself gave a column. Values the generator invented are no evidence, so failures
// that hinge on them (a CHECK on an invented value, a foreign key to invented keys) are not reported.
import type { Node } from '@pgsql/types';
import type { CatalogTable } from '../../core/catalog.js';
import type { SyntheticShape, SyntheticTable, WithRowsFailure } from '../../core/review-types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { parsedStatements, type ParsedRef } from '../lib/statements.js';
import { alterTableCmds, nodeAs } from '../../sql/ast.js';
import { quoteIdent } from '../../sql/names.js';
import { addColumnRequired } from './add-column-required.js';

/** How a column of the failing table held the rows: a synthetic shape, or `new` (added by the pull request). */
type Shape = SyntheticShape | 'new';

/** Shapes production rows have too: a failure that needs only these is a real risk. */
const EVIDENCE: ReadonlySet<Shape> = new Set(['null', 'default', 'new']);

interface Explained {
  /** What the rows looked like: `a row has student_id NULL`. */
  shape: string;
  help: string;
  /** Extra sentence (the UPDATE that fills the column runs later). */
  note?: string;
  /** What failed, when the statement's own label is too broad (one command of an ALTER TABLE). */
  label?: string;
}

function match(text: string | undefined, re: RegExp): RegExpExecArray | null {
  return text ? re.exec(text) : null;
}

/** The table of the failing statement by the name PostgreSQL's message gives, as it was just before. */
function findTable(ref: ParsedRef, failure: WithRowsFailure, name: string | undefined): { table: CatalogTable; rows: SyntheticTable } | undefined {
  const candidates = Object.values(ref.reviewed.before.tables).filter((t) => name === undefined || t.name === name);
  for (const table of candidates) {
    const rows = failure.tables.find((r) => r.oid === table.oid);
    if (rows) return { table, rows };
  }
  return undefined;
}

/** The shape of `column` (its current name) in the synthetic rows, by attribute number so a rename keeps it. */
function shapeOf(found: { table: CatalogTable; rows: SyntheticTable }, column: string): { shape: Shape; value?: string } | undefined {
  const current = found.table.columns.find((c) => c.name === column);
  const synthetic = current && found.rows.columns.find((c) => c.attnum === current.attnum);
  if (synthetic) return { shape: synthetic.shape, ...(synthetic.value !== undefined ? { value: synthetic.value } : {}) };
  // Added by the pull request: the rows hold what it gave them, its default when it has a constant one.
  return { shape: 'new', ...(current?.default != null && current.defaultVolatility === 'immutable' ? { value: current.default } : {}) };
}

/** `(a, lower(b))` of a DETAIL's `Key (...)`: the table's column names that appear in it. */
function keyColumns(table: CatalogTable, key: string): string[] {
  const words = new Set(key.match(/"[^"]+"|[^\s(),"]+/g)?.map((w) => w.replace(/^"|"$/g, '')) ?? []);
  return table.columns.filter((c) => words.has(c.name)).map((c) => c.name);
}

function describe(column: string, shape: { shape: Shape; value?: string }): string {
  switch (shape.shape) {
    case 'null':
      return `${quoteIdent(column)} NULL`;
    case 'default':
      return `${quoteIdent(column)} = ${shape.value ?? 'its default'} (its default)`;
    default:
      return shape.value !== undefined
        ? `${quoteIdent(column)} = ${shape.value}, the default this pull request added it with`
        : `${quoteIdent(column)} as this pull request set it`;
  }
}

/** Statements after (or before) `ref` that UPDATE `column` of `table`. */
function updatesOf(ctx: RuleContext, ref: ParsedRef, table: CatalogTable, column: string): { later?: ParsedRef; earlier?: ParsedRef } {
  const out: { later?: ParsedRef; earlier?: ParsedRef } = {};
  for (const other of parsedStatements(ctx)) {
    const update = nodeAs(other.ast, 'UpdateStmt');
    if (!update || update.relation?.relname !== table.name || other.reviewed.trace?.outcome !== 'ok') continue;
    const sets = (update.targetList ?? []).some((t) => nodeAs(t, 'ResTarget')?.name === column);
    if (!sets) continue;
    if (other.seq > ref.seq) out.later ??= other;
    else if (other.seq < ref.seq) out.earlier = other;
  }
  return out;
}

function where(ref: ParsedRef, other: ParsedRef): string {
  return other.file === ref.file ? `line ${other.statement.span.line}` : `${other.file.source.path} line ${other.statement.span.line}`;
}

/** Columns a statement changes the type of (a USING cast that fails on the rows' values). */
function retypedColumns(ast: Node): string[] {
  return alterTableCmds(ast).filter((c) => c.subtype === 'AT_AlterColumnType' && c.name).map((c) => c.name!);
}

function explain(ctx: RuleContext, ref: ParsedRef, failure: WithRowsFailure): Explained | undefined {
  const { code, message, detail } = failure.error;
  if (code === '23502') {
    // SET NOT NULL, ADD PRIMARY KEY: "column x of relation t contains null values".
    const m = match(message, /column "(.+?)" of relation "(.+?)" contains null values/);
    const found = m ? findTable(ref, failure, m[2]) : undefined;
    const shape = found && shapeOf(found, m![1]);
    if (!found || !shape || (shape.shape !== 'null' && shape.shape !== 'new')) return undefined;
    const column = m![1];
    const { later, earlier } = updatesOf(ctx, ref, found.table, column);
    const note = later
      ? `The UPDATE that fills it runs later, at ${where(ref, later)}.`
      : earlier
        ? `The UPDATE at ${where(ref, earlier)} does not reach every such row.`
        : shape.shape === 'null'
          ? `${quoteIdent(column)} is nullable, so existing rows may hold NULL, and nothing in the pull request fills it first.`
          : `Nothing in the pull request fills ${quoteIdent(column)} for the existing rows first.`;
    const setNotNull = alterTableCmds(ref.ast).some((c) => c.subtype === 'AT_SetNotNull' && c.name === column);
    return {
      shape: `a row has ${quoteIdent(column)} NULL`,
      note,
      ...(setNotNull ? { label: 'SET NOT NULL' } : {}),
      help: later
        ? `Run the UPDATE that fills ${quoteIdent(column)} before this statement (on a large table, backfill in batches first).`
        : `Backfill ${quoteIdent(column)} for the existing rows before this statement, or give them a value through a DEFAULT. ` +
          'If every row already holds a value (filled outside the migrations), say so in an ignore comment with that reason.',
    };
  }
  if (code === '23505' || code === '23P01') {
    const key = match(detail, /^Key \((.+)\)=\((.*)\) (?:is duplicated|already exists|conflicts with existing key)/s);
    const table = findStatementTable(ref, failure);
    if (!key || !table) return undefined;
    const columns = keyColumns(table.table, key[1]);
    const shapes = columns.map((c) => ({ column: c, shape: shapeOf(table, c)! }));
    if (columns.length === 0 || shapes.some((s) => !EVIDENCE.has(s.shape.shape))) return undefined;
    return {
      shape: `two rows have the same ${columns.map(quoteIdent).join(', ')} (${shapes.map((s) => describe(s.column, s.shape)).join(', ')})`,
      help:
        'A value every existing row shares (a constant default, NULL under NULLS NOT DISTINCT) cannot be unique: give the rows distinct ' +
        'values first (a backfill), or make the index partial so it leaves them out.',
    };
  }
  if (code === '23514' || code === '23503') {
    // The constraint as the traced replay added it (or as it was, for VALIDATE CONSTRAINT).
    const m = match(message, /constraint "(.+?)"/);
    const table = findStatementTable(ref, failure);
    if (!m || !table) return undefined;
    const constraint = (ref.reviewed.after.tables[table.table.schema + '.' + table.table.name] ?? table.table).constraints.find((c) => c.name === m[1]) ??
      table.table.constraints.find((c) => c.name === m[1]);
    if (!constraint || constraint.columns.length === 0) return undefined;
    const shapes = constraint.columns.map((c) => ({ column: c, shape: shapeOf(table, c)! }));
    if (shapes.some((s) => !EVIDENCE.has(s.shape.shape))) return undefined;
    return {
      shape: `a row has ${shapes.map((s) => describe(s.column, s.shape)).join(', ')}`,
      help:
        code === '23514'
          ? 'Fix the existing rows first, or add the constraint NOT VALID (new rows are checked at once) and VALIDATE it once the data is clean.'
          : 'Existing rows must reference existing keys: fix them first, or add the foreign key NOT VALID and VALIDATE it once they do.',
    };
  }
  if (code.startsWith('22') || code.startsWith('21')) {
    const table = findStatementTable(ref, failure);
    const columns = retypedColumns(ref.ast);
    if (!table || columns.length === 0) return undefined;
    const shapes = columns.map((c) => ({ column: c, shape: shapeOf(table, c)! }));
    if (shapes.some((s) => !EVIDENCE.has(s.shape.shape) || s.shape.shape === 'null')) return undefined;
    return {
      shape: `a row has ${shapes.map((s) => describe(s.column, s.shape)).join(', ')}`,
      help: 'Convert or clean the existing values first, or write a USING expression that accepts every value the column holds.',
    };
  }
  return undefined;
}

const ALTER_LABELS: Record<string, string> = {
  AT_SetNotNull: 'SET NOT NULL',
  AT_AddConstraint: 'ADD CONSTRAINT',
  AT_ValidateConstraint: 'VALIDATE CONSTRAINT',
  AT_AlterColumnType: 'ALTER COLUMN ... TYPE',
  AT_AddColumn: 'ADD COLUMN',
  AT_AddIndex: 'ADD CONSTRAINT',
};

/** What the statement is, for the message: `SET NOT NULL`, `CREATE UNIQUE INDEX`, `UPDATE`. */
function label(ast: Node): string {
  const cmds = alterTableCmds(ast);
  if (cmds.length === 1 && cmds[0].subtype && ALTER_LABELS[cmds[0].subtype]) return ALTER_LABELS[cmds[0].subtype];
  if (cmds.length > 0) return 'ALTER TABLE';
  const index = nodeAs(ast, 'IndexStmt');
  if (index) return index.unique ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX';
  if (nodeAs(ast, 'UpdateStmt')) return 'UPDATE';
  if (nodeAs(ast, 'InsertStmt')) return 'INSERT';
  return 'The statement';
}

/** The filled table the statement works on (its ALTER TABLE, CREATE INDEX or UPDATE target). */
function findStatementTable(ref: ParsedRef, failure: WithRowsFailure): { table: CatalogTable; rows: SyntheticTable } | undefined {
  const relation =
    nodeAs(ref.ast, 'AlterTableStmt')?.relation ?? nodeAs(ref.ast, 'IndexStmt')?.relation ?? nodeAs(ref.ast, 'UpdateStmt')?.relation ?? nodeAs(ref.ast, 'InsertStmt')?.relation;
  if (!relation?.relname) return undefined;
  const found = findTable(ref, failure, relation.relname);
  return found && (!relation.schemaname || found.table.schema === relation.schemaname) ? found : undefined;
}

export const failsOnExistingRows: Rule = {
  meta: {
    id: 'fails-on-existing-rows',
    layer: 'replay',
    severity: 'error',
    summary: 'The statement succeeds on empty tables and fails on the rows an existing table holds.',
    why:
      'Replay builds the schema on an empty database, where SET NOT NULL, a UNIQUE index or a CHECK constraint always succeeds. ' +
      'Production tables hold rows: a nullable column holds NULLs, a column added with a constant default holds that value in every ' +
      'row. The review therefore replays the pull request a second time, rolled back, after giving each pre-existing table it ' +
      'touches two synthetic rows (NULL in nullable columns, the default where there is one, distinct values in unique keys, ' +
      'foreign keys pointing at parent rows), and reports a statement that fails there with a data error and the row shape that ' +
      'broke it. The deploy fails the same way on the first such row. Failures that depend only on a value the generator ' +
      'invented are not reported. A table that cannot be filled (a CHECK or trigger rejects the rows) is skipped and counted ' +
      'in the review\'s stats (syntheticRows). Setting this rule to off also skips the second replay. Pull-request reviews ' +
      'only: an audit replays a whole history, whose early migrations ran when their tables were still empty.',
    bad: 'ALTER TABLE enrolments ALTER COLUMN student_id SET NOT NULL;\nUPDATE enrolments SET student_id = 0 WHERE student_id IS NULL;',
    good: 'UPDATE enrolments SET student_id = 0 WHERE student_id IS NULL;\nALTER TABLE enrolments ALTER COLUMN student_id SET NOT NULL;',
    setup: 'CREATE TABLE enrolments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, course text NOT NULL, student_id bigint);',
    references: [`${POSTGRES_DOCS_URL}/sql-altertable.html`, `${POSTGRES_DOCS_URL}/ddl-constraints.html`],
    fixable: false,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    // ADD COLUMN ... NOT NULL without a default fails on rows too; add-column-required says so.
    const reported = new Set(addColumnRequired.check(ctx).map((f) => `${f.file}\u0000${f.statement?.index}`));
    for (const ref of parsedStatements(ctx)) {
      const failure = ref.reviewed.withRows;
      if (!failure || ref.reviewed.afterReplayGap || ref.reviewed.trace?.outcome !== 'ok') continue;
      if (reported.has(`${ref.file.source.path}\u0000${ref.statement.index}`)) continue;
      const explained = explain(ctx, ref, failure);
      if (!explained) continue;
      const e = failure.error;
      out.push({
        file: ref.file.source.path,
        statement: ref.statement,
        message:
          `${explained.label ?? label(ref.ast)} fails when ${explained.shape}. ${explained.note ? `${explained.note} ` : ''}It succeeded on the replayed, empty ` +
          `tables; with synthetic existing rows PostgreSQL rejects it: ERROR ${e.code}: ${e.message}${e.detail ? ` DETAIL: ${e.detail}` : ''}`,
        help: explained.help,
        verified: 'replay',
      });
    }
    return out;
  },
};
