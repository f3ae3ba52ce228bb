// Layer 4: ADD COLUMN that makes PostgreSQL rewrite an existing table (and rebuild its indexes).
import type { ColumnDef, Node } from '@pgsql/types';
import type { CatalogColumn } from '../../core/catalog.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore, tableBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { alterTableCmds, columnConstraints, nodeAs, stringValues } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';
import { holdDuration, lockBlocks, lockName, tracedLockOn } from '../lib/locks.js';
import { walk } from '../../sql/index.js';
import { columnSpan, locateColumn } from '../lib/column-source.js';

const SERIAL_TYPES = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);

// Volatile functions commonly used as defaults, for when the replayed catalog cannot say (not replayed).
const VOLATILE_FUNCTIONS = new Set([
  'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7', 'clock_timestamp',
  'timeofday', 'random', 'random_normal', 'nextval', 'gen_random_bytes', 'txid_current', 'pg_current_xact_id',
]);

// Subcommands that rewrite on their own: a rewrite seen with them is column-type-rewrite's or table-rewrite-command's.
const OTHER_REWRITERS = new Set(['AT_AlterColumnType', 'AT_SetTableSpace', 'AT_SetLogged', 'AT_SetUnLogged', 'AT_SetAccessMethod']);

type Cause = 'identity' | 'serial' | 'stored' | 'volatile' | 'old-default';

interface Added {
  column: string;
  cause?: Cause;
  /** The default or expression as PostgreSQL stored it (or the function called), for messages. */
  expression?: string;
}

function calledFunctions(expr: Node | undefined): string[] {
  const names: string[] = [];
  walk(expr, (kind, body) => {
    if (kind !== 'FuncCall') return;
    const parts = stringValues((body as { funcname?: Node[] }).funcname);
    if (parts.length) names.push(parts[parts.length - 1].toLowerCase());
  });
  return names;
}

function isNullConstant(expr: Node | undefined): boolean {
  return nodeAs(expr, 'A_Const')?.isnull === true;
}

/** Why adding this column rewrites the table, from the tree and the catalog just after the statement. */
function causeOf(col: ColumnDef, after: CatalogColumn | undefined, postgresVersion: number): Added {
  const column = col.colname ?? '?';
  const cons = columnConstraints(col);
  const typeParts = stringValues(col.typeName?.names);
  const typeName = typeParts[typeParts.length - 1]?.toLowerCase() ?? '';
  if (after?.identity || cons.some((c) => c.contype === 'CONSTR_IDENTITY')) return { column, cause: 'identity' };
  if (typeParts.length === 1 && SERIAL_TYPES.has(typeName)) return { column, cause: 'serial', expression: typeName };
  const generated = cons.find((c) => c.contype === 'CONSTR_GENERATED');
  if (after?.generated === 'stored' || generated?.generated_kind === 's') {
    return { column, cause: 'stored', expression: after?.default ?? undefined };
  }
  if (after?.generated === 'virtual' || generated) return { column };
  const def = cons.find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
  const hasDefault = after ? after.default !== null : def !== undefined && !isNullConstant(def);
  if (!hasDefault) return { column };
  const volatileCall = calledFunctions(def).find((f) => VOLATILE_FUNCTIONS.has(f));
  const expression = after?.default ?? (volatileCall ? `${volatileCall}()` : undefined);
  const volatile = after?.defaultVolatility ? after.defaultVolatility === 'volatile' : volatileCall !== undefined;
  if (volatile) return { column, cause: 'volatile', expression };
  if (postgresVersion < 11) return { column, cause: 'old-default', expression };
  return { column };
}

function describe(a: Added): string {
  const col = quoteIdent(a.column);
  switch (a.cause) {
    case 'identity': return `${col} as an identity column (every existing row gets a value from its sequence)`;
    case 'serial': return `${col} ${a.expression} (its DEFAULT nextval(...) is volatile: every existing row gets a value)`;
    case 'stored': return `${col} GENERATED ... STORED${a.expression ? ` AS (${a.expression})` : ''} (computed and stored for every existing row)`;
    case 'volatile': return `${col} with volatile DEFAULT ${a.expression ?? '(volatile expression)'} (evaluated for every existing row)`;
    case 'old-default': return `${col} with DEFAULT ${a.expression ?? '...'} (written into every existing row)`;
    default: return col;
  }
}

function helpFor(causes: Set<Cause>, table: string, postgresVersion: number): string {
  const steps: string[] = [];
  if (causes.has('volatile') || causes.has('serial') || causes.has('old-default')) {
    steps.push(
      postgresVersion < 11
        ? `Add the column without a default, then ALTER TABLE ${table} ALTER COLUMN ... SET DEFAULT ... (applies to new rows only, no rewrite), ` +
          'and backfill existing rows in batches outside the migration transaction.'
        : 'Add the column without a default (or with a constant default, which PostgreSQL 11+ keeps in the catalog without ' +
          'touching rows), backfill existing rows in batches outside the migration transaction, then ' +
          `ALTER TABLE ${table} ALTER COLUMN ... SET DEFAULT ... for new rows (no rewrite).`,
    );
  }
  if (causes.has('identity')) {
    steps.push(
      'For an identity column: add a plain bigint column, backfill it in batches, make it NOT NULL (through a validated CHECK), ' +
        'then ALTER COLUMN ... ADD GENERATED BY DEFAULT AS IDENTITY (catalog only) and setval its sequence past the largest value.',
    );
  }
  if (causes.has('stored')) {
    steps.push(
      'For a stored generated column: on PostgreSQL 18 a VIRTUAL generated column is computed on read and adds no rewrite; ' +
        'otherwise add a plain column kept up to date by a trigger and backfill it in batches.',
    );
  }
  if (steps.length === 0) steps.push('Add the column without the clause that forces the rewrite, backfill it in batches, then set it up for new rows.');
  return steps.join('\n');
}

export const addColumnRewrite: Rule = {
  meta: {
    id: 'add-column-rewrite',
    layer: 'output',
    severity: 'error',
    summary: 'ADD COLUMN that rewrites an existing table: volatile default, serial or identity, GENERATED ... STORED, or any default before PostgreSQL 11.',
    why:
      'Since PostgreSQL 11, ADD COLUMN with no default or a non-volatile default (a constant, now()) only changes the ' +
      'catalog: existing rows report the default without being touched. A volatile default (gen_random_uuid(), ' +
      'clock_timestamp(), random(), nextval(...)), a serial or identity column, and a GENERATED ... STORED column need ' +
      'a value computed for every existing row, so PostgreSQL rewrites the whole table and rebuilds every index while ' +
      'holding ACCESS EXCLUSIVE: all reads and writes wait until it finishes (and until commit). Before PostgreSQL 11 ' +
      'any non-null default rewrote the table. The rule reads the rewrite from the replay (the relfilenode of the ' +
      'table changes) and falls back to the column definition when the statement could not be replayed.',
    setup: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nCREATE INDEX users_email_idx ON users (email);',
    bad: 'ALTER TABLE users ADD COLUMN api_token uuid DEFAULT gen_random_uuid();',
    good:
      'ALTER TABLE users ADD COLUMN api_token uuid;\n' +
      '-- backfill in batches outside the migration, e.g. UPDATE users SET api_token = gen_random_uuid() WHERE id BETWEEN 1 AND 10000;\n' +
      'ALTER TABLE users ALTER COLUMN api_token SET DEFAULT gen_random_uuid();',
    references: [`${POSTGRES_DOCS_URL}/sql-altertable.html#SQL-ALTERTABLE-NOTES`, `${POSTGRES_DOCS_URL}/ddl-alter.html#DDL-ALTER-ADDING-A-COLUMN`],
    fixable: false,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    const version = ctx.config.postgresVersion;
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const table = resolveTable(ctx, reviewed, nodeAs(ast, 'AlterTableStmt')?.relation);
      const cmds = alterTableCmds(ast);
      const adds = cmds.filter((c) => c.subtype === 'AT_AddColumn');
      if (!table || adds.length === 0 || !existedBefore(ctx, table, reviewed)) continue;
      const trace = reviewed.trace;
      if (trace?.outcome === 'error') continue; // replay-error reports it
      const before = tableBefore(ctx, table, reviewed);
      const afterTable = reviewed.after.tables[table];
      const added: Added[] = [];
      for (const cmd of adds) {
        const col = nodeAs(cmd.def, 'ColumnDef');
        // ADD COLUMN IF NOT EXISTS of a column that is already there does nothing.
        if (!col?.colname || before?.columns.some((c) => c.name === col.colname)) continue;
        added.push(causeOf(col, afterTable?.columns.find((c) => c.name === col.colname), version));
      }
      const causing = added.filter((a) => a.cause !== undefined);
      const traced = trace?.outcome === 'ok';
      // A partitioned table has no storage of its own: its partitions are what gets rewritten.
      const rewroteInTrace =
        traced &&
        (trace.rewritten.includes(table) ||
          (before?.kind === 'partitioned' && trace.rewritten.some((r) => reviewed.before.tables[r]?.kind === 'table')));
      const onlyAdds = !cmds.some((c) => c.subtype !== undefined && OTHER_REWRITERS.has(c.subtype));

      let reported: Added[];
      let verified: 'trace' | 'static';
      if (version < 11 && causing.some((a) => a.cause === 'old-default')) {
        // The engine is PostgreSQL 18: a rewrite that only older servers do is static knowledge.
        reported = causing;
        verified = 'static';
      } else if (traced) {
        if (!rewroteInTrace || !(causing.length > 0 || onlyAdds)) continue;
        reported = causing.length ? causing : added;
        verified = 'trace';
      } else {
        if (causing.length === 0) continue;
        reported = causing;
        verified = 'static';
      }
      if (reported.length === 0) continue;

      const name = displayName(table);
      const traceLock = tracedLockOn(trace, table);
      const lock = traceLock ?? 'AccessExclusiveLock';
      const indexes = before?.indexes.length ?? 0;
      const rewriteOf = `the whole rewrite of ${name}${indexes ? ` and its ${indexes} index${indexes === 1 ? '' : 'es'}` : ''}`;
      const old = version < 11 && reported.some((a) => a.cause === 'old-default') ? 'On PostgreSQL 10 and older, ' : '';
      const why = reported.some((a) => a.cause) ? '' : ' (the replay shows PostgreSQL rewrote it, e.g. for a domain type with constraints)';
      out.push({
        file: file.source.path,
        statement,
        message:
          `${old}ADD COLUMN ${reported.map(describe).join(', ')} rewrites existing table ${name}${why}: ${lockName(lock)} on ${name} ` +
          `blocks ${lockBlocks(lock)} ${holdDuration(reviewed.inTransaction, `for ${rewriteOf}`)}.`,
        help: helpFor(new Set(reported.map((a) => a.cause).filter((c) => c !== undefined)), name, version),
        // One column to blame: point at its definition rather than the whole ALTER TABLE.
        span: reported.length === 1 ? columnSpan(statement, locateColumn(statement.text, 'add-column', reported[0].column)) : undefined,
        verified,
      });
    }
    return out;
  },
};
