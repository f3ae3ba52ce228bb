// Layer 4: a non-unique btree index whose keys are a leading prefix of another btree index.
import type { CatalogIndex } from '../../core/catalog.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { displayName, quoteIdent } from '../../sql/names.js';
import { indexAddedSince, isStrictPrefix, keysText, sameIndexShape, statementCreatingIndex } from '../lib/indexes.js';
import { mirroredOnParent } from '../lib/partitions.js';

/** `short` can go: its lookups are served by `long` and it enforces nothing itself. */
function isRedundant(short: CatalogIndex, long: CatalogIndex): boolean {
  if (short.unique || short.primary || short.constraint || short.method !== 'btree' || long.method !== 'btree') return false;
  if (!short.valid || !long.valid || short.predicate !== long.predicate || !isStrictPrefix(short, long)) return false;
  // INCLUDE columns used for index-only scans must be available from the longer index too.
  const available = new Set([...long.keys, ...long.include]);
  return short.include.every((c) => available.has(c));
}

export const redundantIndex: Rule = {
  meta: {
    id: 'redundant-index',
    layer: 'output',
    severity: 'warning',
    summary: 'A non-unique btree index whose keys are a leading prefix of another btree index with the same predicate.',
    why:
      'A btree index on (a, b) serves lookups and ordering on a alone as well as on (a, b), so a separate ' +
      'non-unique index on (a) is rarely used, yet it is maintained on every write and takes disk and cache. The ' +
      'shorter index is only worth keeping when measurements show the smaller size matters. Unique and primary ' +
      'key indexes are never reported as the redundant one: they enforce a constraint.',
    setup:
      "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\n" +
      "CREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, note varchar(200), created_at timestamptz NOT NULL DEFAULT now());",
    bad: 'CREATE INDEX orders_user_id_idx ON orders (user_id);\nCREATE INDEX orders_user_id_created_at_idx ON orders (user_id, created_at);',
    good: 'CREATE INDEX orders_user_id_created_at_idx ON orders (user_id, created_at);',
    references: [`${POSTGRES_DOCS_URL}/indexes-multicolumn.html`, `${POSTGRES_DOCS_URL}/indexes-types.html#INDEXES-TYPES-BTREE`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const [qualified, table] of Object.entries(ctx.finalCatalog.tables)) {
      for (const short of table.indexes) {
        const shortAdded = indexAddedSince(ctx, short);
        const long = table.indexes.find((l) => l !== short && isRedundant(short, l) && (shortAdded || indexAddedSince(ctx, l)));
        // The parent's finding covers the copies PostgreSQL made on its partitions.
        if (!long || mirroredOnParent(ctx.finalCatalog, qualified, sameIndexShape, short, long)) continue;
        const ref = statementCreatingIndex(ctx, shortAdded ? short : long);
        const file = ref?.file.source.path ?? ctx.files[ctx.files.length - 1]?.source.path;
        if (!file) continue;
        out.push({
          file,
          statement: ref?.statement,
          message:
            `Index ${short.name} on ${displayName(qualified)} ${keysText(short)} is redundant: its keys are a leading prefix of ` +
            `${long.name} ${keysText(long)}, which serves the same lookups; every write maintains both.`,
          help: shortAdded
            ? `Do not create ${short.name}; ${long.name} already serves queries on ${short.keys.join(', ')}.`
            : `Drop the older, shorter index once ${long.name} exists: DROP INDEX CONCURRENTLY ${quoteIdent(short.name)};`,
          verified: 'replay',
        });
      }
    }
    return out;
  },
};
