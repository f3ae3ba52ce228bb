// Layer 4: ALTER COLUMN TYPE that rewrites an existing table (and rebuilds its indexes).
import type { Node } from '@pgsql/types';
import type { ReviewedFile } from '../../core/review-types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { partitionsOf } from '../lib/partitions.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore, tableBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { qualifiedIndexName } from '../lib/indexes.js';
import { alterTableCmds, nodeAs, stringValues, writtenType } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';
import { holdDuration } from '../lib/locks.js';
import { judgeConversion, shapeOfColumn, shapeOfWritten, shapeText, type ConversionVerdict } from '../lib/type-conversions.js';

const UTC_NAMES = /^(utc|gmt|etc\/utc|etc\/gmt|etc\/universal|universal|zulu|z|gmt0|etc\/gmt0|uct)$/i;

/** Whether an earlier statement of the file set the session TimeZone to a zero-offset zone. */
function setsUtcBefore(file: ReviewedFile, index: number): boolean {
  let utc = false;
  for (const r of file.statements) {
    if (r.statement.index >= index) break;
    const set = nodeAs(r.statement.ast, 'VariableSetStmt');
    if (set?.name?.toLowerCase() !== 'timezone') continue;
    const value = nodeAs(set.args?.[0], 'A_Const')?.sval?.sval;
    utc = set.kind === 'VAR_SET_VALUE' && value !== undefined && UTC_NAMES.test(value);
  }
  return utc;
}

/** A USING expression that is only the column itself (optionally cast) converts like no USING at all. */
function trivialUsing(expr: Node | undefined, column: string): boolean {
  if (!expr) return true;
  const cast = nodeAs(expr, 'TypeCast');
  const ref = nodeAs(cast ? cast.arg : expr, 'ColumnRef');
  const parts = stringValues(ref?.fields);
  return parts.length === 1 && parts[0] === column;
}

interface Change {
  column: string;
  to: string;
  verdict: ConversionVerdict | 'unknown';
  from?: string;
}

export const columnTypeRewrite: Rule = {
  meta: {
    id: 'column-type-rewrite',
    layer: 'output',
    severity: 'error',
    summary: 'ALTER COLUMN TYPE that rewrites an existing table and its indexes.',
    why:
      'Changing a column type takes ACCESS EXCLUSIVE on the table. When the old and new types are not binary ' +
      'compatible (int to bigint, shrinking a varchar, changing numeric scale), PostgreSQL rewrites every row and ' +
      'rebuilds every index while holding it: reads and writes wait for the whole rewrite. Widening a varchar, ' +
      'varchar to text, raising numeric precision and cidr to inet only change the catalog. timestamp to timestamptz ' +
      '(and back) needs no rewrite only when the session TimeZone is UTC (PostgreSQL 12+). The rule reads the ' +
      "rewrite from the replay (the table's relfilenode changes) and falls back to that table of safe conversions " +
      'when the statement could not be replayed.',
    setup:
      "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\n" +
      "CREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, note varchar(200), created_at timestamptz NOT NULL DEFAULT now());",
    bad: 'ALTER TABLE orders ALTER COLUMN id TYPE bigint;',
    good: "ALTER TABLE orders ALTER COLUMN note TYPE varchar(500); -- was varchar(200): no rewrite",
    references: [`${POSTGRES_DOCS_URL}/sql-altertable.html#SQL-ALTERTABLE-NOTES`, `${POSTGRES_DOCS_URL}/datatype-datetime.html`],
    fixable: false,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const table = resolveTable(ctx, reviewed, nodeAs(ast, 'AlterTableStmt')?.relation);
      const cmds = alterTableCmds(ast).filter((c) => c.subtype === 'AT_AlterColumnType' && c.name);
      if (!table || cmds.length === 0 || !existedBefore(ctx, table, reviewed)) continue;
      const trace = reviewed.trace;
      if (trace?.outcome === 'error') continue; // replay-error reports it
      const before = tableBefore(ctx, table, reviewed);
      const name = displayName(table);
      const changes: Change[] = cmds.map((cmd) => {
        const def = nodeAs(cmd.def, 'ColumnDef');
        const target = writtenType(def?.typeName);
        const col = before?.columns.find((c) => c.name === cmd.name);
        const to = target ? shapeOfWritten(target) : undefined;
        const column = cmd.name as string;
        if (!col || !to) return { column, to: to ? shapeText(to) : '?', verdict: 'unknown' };
        const from = shapeOfColumn(col);
        let verdict: ConversionVerdict = judgeConversion(from, to);
        if (!trivialUsing(def?.raw_default, column)) verdict = 'rewrite';
        return { column, from: col.type, to: shapeText(to), verdict };
      });
      const list = (cs: Change[]) => cs.map((c) => `${quoteIdent(c.column)}${c.from ? ` (${c.from} to ${c.to})` : ` (to ${c.to})`}`).join(', ');
      const help =
        'Avoid the rewrite: add a new column of the new type, backfill it in batches, switch reads and writes to it, then drop ' +
        'the old one. To limit a varchar, add CHECK (length(col) <= n) NOT VALID and validate it instead of shrinking the type.';
      const during = 'for the whole rewrite';

      let rewriting: Change[] = [];
      let verified: 'trace' | 'static' = 'static';
      let what = '';
      if (trace?.outcome === 'ok') {
        const indexes = (before?.indexes ?? []).filter((ix) => trace.rewritten.includes(qualifiedIndexName(ix)));
        // A partitioned table has no storage: its partitions are what PostgreSQL rewrites.
        const partitions = partitionsOf(table, reviewed.before).filter((p) => trace.rewritten.includes(p));
        if (trace.rewritten.includes(table)) {
          rewriting = changes;
          what = `rewrites existing table ${name}${indexes.length ? ` and rebuilds its ${indexes.length} index${indexes.length > 1 ? 'es' : ''}` : ''}`;
        } else if (partitions.length) {
          rewriting = changes;
          what = `rewrites every partition of existing partitioned table ${name} (${partitionList(partitions.map(displayName))}) with their indexes`;
        } else if (indexes.length) {
          rewriting = changes;
          what = `rebuilds index${indexes.length > 1 ? 'es' : ''} ${indexes.map((i) => i.name).join(', ')} of existing table ${name}`;
        }
        verified = 'trace';
      } else {
        rewriting = changes.filter((c) => c.verdict === 'rewrite' || c.verdict === 'unknown');
        if (rewriting.length) {
          what = `rewrites existing table ${name} and its ${before?.indexes.length ?? 0} index(es) (not replayed: judged from the types)`;
        }
      }
      if (rewriting.length) {
        out.push({
          file: file.source.path,
          statement,
          message:
            `ALTER COLUMN ... TYPE ${list(rewriting)} ${what} under ACCESS EXCLUSIVE: all reads and writes of ${name} wait ` +
            `${holdDuration(reviewed.inTransaction, during)}.`,
          help,
          verified,
        });
        continue;
      }
      // The replay ran with TimeZone UTC; production sessions may not.
      const tz = changes.filter((c) => c.verdict === 'safe-if-utc');
      if (tz.length && !setsUtcBefore(file, statement.index)) {
        out.push({
          file: file.source.path,
          statement,
          severity: 'warning',
          message:
            `ALTER COLUMN ... TYPE ${list(tz)} on existing table ${name} is a catalog-only change only when the session TimeZone ` +
            `is UTC; otherwise PostgreSQL rewrites the table under ACCESS EXCLUSIVE, blocking reads and writes ${during}.`,
          help: "Run SET LOCAL TimeZone = 'UTC'; (or SET TimeZone) before the statement in the same migration.",
          verified: 'static',
        });
      }
    }
    return out;
  },
};

/** Names a few partitions and counts the rest: a table may have hundreds. */
function partitionList(names: readonly string[]): string {
  const shown = names.slice(0, 4).join(', ');
  return names.length > 4 ? `${shown} and ${names.length - 4} more` : shown;
}
