// Each query rule's documented examples: on a database built from its `setup`, the bad query
// file fires and the good one does not (what the docs pages promise).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReplaySession } from '../../../src/replay/index.js';
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
import { POSTGRES_DOCS_URL as DOCS } from '../../../src/core/docs-urls.js';
import { check } from './harness.js';

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

let session: ReplaySession;

beforeAll(async () => {
  await ensureParser();
  session = await ReplaySession.start({ extensions: ['pg_trgm'] });
});
afterAll(async () => {
  await session?.close();
});

/** The schema of one rule's examples, on an emptied public schema. */
async function schemaOf(rule: Rule) {
  expect(await session.replayBaseFile('reset.sql', 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;')).toEqual([]);
  expect(await session.replayBaseFile('setup.sql', rule.meta.setup ?? '')).toEqual([]);
  return session.catalog();
}

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  it('has query-layer meta with manual references', () => {
    expect(rule.meta.layer).toBe('query');
    expect(rule.meta.references.length).toBeGreaterThan(0);
    for (const ref of rule.meta.references) expect(ref.startsWith(DOCS)).toBe(true);
  });

  it('fires on the bad example and not on the good one', async () => {
    const catalog = await schemaOf(rule);
    const bad = check(rule, rule.meta.bad, { catalog });
    expect(bad).toHaveLength(1);
    expect(bad[0].message).toMatch(/^Query \w+/);
    expect(check(rule, rule.meta.good, { catalog })).toEqual([]);
  });

  it('both examples compile on the setup schema', async () => {
    await schemaOf(rule);
    for (const example of [rule.meta.bad, rule.meta.good]) {
      // PREPARE parses and analyses without running; $n parameters get their types inferred.
      const text = example.replace(/^--.*\n/gm, '').replace(/;\s*$/, '');
      await expect(session.engine.exec(`PREPARE example AS ${text}; DEALLOCATE example;`)).resolves.toBeUndefined();
    }
  });
});
