// Layer 4: two indexes of a table with the same keys, operator classes, predicate and method.
import type { CatalogIndex } from '../../core/catalog.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { displayName, quoteIdent } from '../../sql/names.js';
import { indexAddedSince, keysText, sameIndexShape, statementCreatingIndex } from '../lib/indexes.js';
import { mirroredOnParent } from '../lib/partitions.js';

/** Which of two identical indexes to drop: never one backing a constraint, prefer a non-unique one. */
function dropCandidate(a: CatalogIndex, b: CatalogIndex): CatalogIndex | undefined {
  const rank = (i: CatalogIndex) => (i.constraint ? 2 : i.unique ? 1 : 0);
  if (rank(a) === 2 && rank(b) === 2) return undefined;
  return rank(a) <= rank(b) ? a : b;
}

export const duplicateIndex: Rule = {
  meta: {
    id: 'duplicate-index',
    layer: 'output',
    severity: 'warning',
    summary: 'An index with the same table, keys, operator classes, predicate and method as another.',
    why:
      'PostgreSQL accepts any number of identical indexes under different names. Each one is maintained on every ' +
      'INSERT and on updates of its columns, takes disk and cache, and adds planning work, while the planner only ' +
      'ever needs one. A common case is an explicit index on a column that a PRIMARY KEY or UNIQUE constraint ' +
      'already indexes.',
    bad: 'CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);\nCREATE INDEX users_email_idx ON users (email);',
    good: 'CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);\n-- the UNIQUE constraint already indexes email',
    references: [`${POSTGRES_DOCS_URL}/indexes-unique.html`, `${POSTGRES_DOCS_URL}/indexes-intro.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const [qualified, table] of Object.entries(ctx.finalCatalog.tables)) {
      const indexes = table.indexes.filter((i) => i.valid);
      for (let i = 0; i < indexes.length; i++) {
        for (let j = i + 1; j < indexes.length; j++) {
          const [a, b] = [indexes[i], indexes[j]];
          if (!sameIndexShape(a, b) || mirroredOnParent(ctx.finalCatalog, qualified, sameIndexShape, a, b)) continue;
          const addedA = indexAddedSince(ctx, a);
          const addedB = indexAddedSince(ctx, b);
          if (!addedA && !addedB) continue;
          // Point at the added index created last: it is the one that made the pair.
          const candidates = [
            { added: a, other: b, ref: addedA ? statementCreatingIndex(ctx, a) : undefined, is: addedA },
            { added: b, other: a, ref: addedB ? statementCreatingIndex(ctx, b) : undefined, is: addedB },
          ].filter((c) => c.is);
          const { added, other, ref } = candidates.reduce((x, y) => ((y.ref?.seq ?? -1) > (x.ref?.seq ?? -1) ? y : x));
          const file = ref?.file.source.path ?? ctx.files[ctx.files.length - 1]?.source.path;
          if (!file) continue;
          const drop = dropCandidate(added, other);
          out.push({
            file,
            statement: ref?.statement,
            message:
              `Index ${added.name} on ${displayName(qualified)} ${keysText(added)} duplicates ${other.name}` +
              `${other.constraint ? ` (backing constraint ${other.constraint})` : ''}: same keys, operator classes, predicate ` +
              `and method (${added.method}); every write maintains both.`,
            help: drop
              ? `Keep one: ${drop === added ? `do not create ${added.name}` : `DROP INDEX CONCURRENTLY ${quoteIdent(drop.name)};`}`
              : 'Both back constraints; drop one of the constraints.',
            verified: 'replay',
          });
        }
      }
    }
    return out;
  },
};
