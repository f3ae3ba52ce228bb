// Every query rule over the real-world query files of the corpus, with an empty catalog: no rule
// may throw on SQL it was not written against, and every finding must point at a query it was given.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureParser } from '../../../src/sql/index.js';
import type { Rule } from '../../../src/rules/rule.js';
import { updateDeleteWithoutWhere } from '../../../src/rules/query/update-delete-without-where.js';
import { nonSargablePredicate } from '../../../src/rules/query/non-sargable-predicate.js';
import { leadingWildcardLike } from '../../../src/rules/query/leading-wildcard-like.js';
import { notInSubqueryRule } from '../../../src/rules/query/not-in-subquery.js';
import { orderByRandom } from '../../../src/rules/query/order-by-random.js';
import { selectStar } from '../../../src/rules/query/select-star.js';
import { offsetPagination } from '../../../src/rules/query/offset-pagination.js';
import { correlatedSubquery } from '../../../src/rules/query/correlated-subquery.js';
import { queries, queryContext } from './harness.js';
import { CORPUS_PRESENT, corpusManifest, corpusPath } from '../../helpers/corpus.js';

const RULES: Rule[] = [
  updateDeleteWithoutWhere,
  nonSargablePredicate,
  leadingWildcardLike,
  notInSubqueryRule,
  orderByRandom,
  selectStar,
  offsetPagination,
  correlatedSubquery,
];

const manifest = corpusManifest<{ dir: string; files: string[] }>('queries');
const files = manifest.flatMap((p) => p.files.filter((f) => !f.endsWith('schema.sql')).map((f) => `${p.dir}/${f}`));

/** sqlc and pgtyped parameters as `$1`, so more of the corpus parses (the query loader does this properly). */
function withPositionalParams(text: string): string {
  return text
    .replace(/sqlc\.(?:n?arg|slice)\(\s*'?\w+'?\s*\)/g, () => '$1')
    .replace(/(?<![\w@])@\w+/g, () => '$1')
    .replace(/\$\$?\(?[a-z_]\w*\)?!?|(?<![:\w]):[a-z_]\w*!?/gi, () => '$1');
}

beforeAll(ensureParser);

describe.skipIf(!CORPUS_PRESENT)('query rules on the corpus query files', () => {
  it('covers the corpus', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('%s', (path) => {
    const qs = queries(withPositionalParams(readFileSync(corpusPath('queries', path), 'utf8')), { file: path });
    expect(qs.filter((q) => q.statement.ast).length).toBeGreaterThan(0);
    const ctx = queryContext(qs);
    for (const rule of RULES) {
      for (const f of rule.check(ctx)) {
        expect(f.file).toBe(path);
        expect(qs.map((q) => q.statement)).toContain(f.statement);
        expect(f.message.length).toBeGreaterThan(20);
        expect(f.help.length).toBeGreaterThan(10);
        expect(f.verified).toBe('static');
      }
    }
  });
});
