// Layer 4: CREATE INDEX without CONCURRENTLY on a table that already holds data.
import type { Catalog } from '../../core/catalog.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore, tableBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { statementFix } from '../fixes/statement-fix.js';
import { nodeAs } from '../../sql/ast.js';
import { displayName, resolveTable } from '../../sql/names.js';
import { duplicatesWarning } from '../lib/indexes.js';
import { holdDuration, lockBlocks, lockName, locksOn, earlierLockOn, heldOn, locksHeldDuring } from '../lib/locks.js';
import { manualWayOut, outsideTransactionFix } from '../fixes/leave-transaction.js';

/** Whether the schema of `table` holds an index named `indexName` in `catalog`. */
function indexExists(catalog: Catalog, table: string, indexName: string): boolean {
  const schema = table.slice(0, table.indexOf('.'));
  return Object.values(catalog.tables).some((t) => t.schema === schema && t.indexes.some((i) => i.name === indexName));
}

const CREATE_INDEX = /^(CREATE\s+(?:UNIQUE\s+)?INDEX)(?=\s)/i;

export const requireConcurrentIndex: Rule = {
  meta: {
    id: 'require-concurrent-index',
    layer: 'output',
    severity: 'error',
    summary: 'CREATE INDEX on an existing table without CONCURRENTLY.',
    why:
      'A plain CREATE INDEX takes a SHARE lock on the table for the whole build: reads continue, but every INSERT, ' +
      'UPDATE and DELETE waits until the index is built (minutes to hours on a large table), and until the ' +
      'transaction commits when it runs in one. CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE instead, ' +
      'which lets writes continue; it scans the table twice, cannot run in a transaction block, and leaves an ' +
      'INVALID index to drop if it fails.',
    setup:
      "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\n" +
      "CREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, note varchar(200), created_at timestamptz NOT NULL DEFAULT now());",
    bad: 'CREATE INDEX orders_user_id_idx ON orders (user_id);',
    good: 'CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);',
    references: [`${POSTGRES_DOCS_URL}/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY`, `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const index = nodeAs(ast, 'IndexStmt');
      const table = resolveTable(ctx, reviewed, index?.relation);
      if (!index || index.concurrent || !table || !existedBefore(ctx, table, reviewed)) continue;
      const kind = tableBefore(ctx, table, reviewed)?.kind;
      // CREATE INDEX ON ONLY (inh absent) a partitioned table builds nothing: it makes an invalid parent index.
      if (kind === 'partitioned' && index.relation?.inh !== true) continue;
      // IF NOT EXISTS naming an index the schema already has builds nothing (PostgreSQL only notices).
      if (index.if_not_exists && index.idxname && indexExists(reviewed.before, table, index.idxname)) continue;
      const name = displayName(table);
      const label = `CREATE INDEX${index.idxname ? ` ${index.idxname}` : ''} on existing table ${name}`;
      const during = holdDuration(reviewed.inTransaction, 'for the whole index build');
      // An earlier statement of the transaction may already hold a stronger lock (an ALTER TABLE's
      // ACCESS EXCLUSIVE): then the build keeps that lock, not only its own SHARE, and says so.
      const earlier = earlierLockOn(file, reviewed, table, 'ShareLock');
      const traced = earlier
        ? earlier.lock.traced
        : locksOn(reviewed.trace, table).some((l) => l.mode === 'ShareLock' && l.relkind !== 'index') ||
          heldOn(locksHeldDuring(file, reviewed), table)?.traced === true;
      const message = earlier
        ? `${label} builds the index while the transaction holds ${lockName(earlier.lock.mode)} on ${name}, taken by the ` +
          `statement at line ${earlier.line}: ${lockBlocks(earlier.lock.mode).replace(/ \(.*\)$/, '')} of ${name} already wait, ${during}.`
        : `${label} takes a SHARE lock on it: INSERT, UPDATE and DELETE on ${name} wait ${during}.`;
      const keys = (index.indexParams ?? []).map((p) => nodeAs(p, 'IndexElem')?.name);
      const duplicates =
        index.unique && !index.whereClause && keys.every((k): k is string => k !== undefined) ? duplicatesWarning(name, keys, tableBefore(ctx, table, reviewed)) : '';
      let help: string;
      let fix: FindingDraft['fix'];
      if (kind === 'partitioned') {
        help =
          `${name} is partitioned, and CONCURRENTLY is not supported on a partitioned table: create the index ON ONLY ${name}, ` +
          'then CREATE INDEX CONCURRENTLY on each partition and ALTER INDEX ... ATTACH PARTITION each one.';
      } else if (reviewed.inTransaction) {
        const concurrent = CREATE_INDEX.test(statement.text) ? statement.text.replace(CREATE_INDEX, '$1 CONCURRENTLY') : undefined;
        fix = concurrent === undefined ? undefined : outsideTransactionFix(ctx, file, reviewed, concurrent, 'Build the index with CONCURRENTLY');
        help =
          'Use CREATE INDEX CONCURRENTLY, which lets writes continue; it cannot run in a transaction block' +
          (fix ? `. Suggested fix: ${fix.description}.` : `, so ${manualWayOut(file)}.`);
      } else {
        help = 'Use CREATE INDEX CONCURRENTLY, which lets writes continue; if it fails, drop the INVALID index it leaves and retry.';
        const m = CREATE_INDEX.exec(statement.text);
        if (m) {
          fix = statementFix(file, statement, statement.text.replace(CREATE_INDEX, '$1 CONCURRENTLY'), 'Build the index with CONCURRENTLY');
        }
      }
      out.push({ file: file.source.path, statement, message: duplicates ? `${message} ${duplicates}` : message, help, fix, verified: traced ? 'trace' : 'static' });
    }
    return out;
  },
};
