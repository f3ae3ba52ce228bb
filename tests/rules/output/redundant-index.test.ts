// redundant-index on literal catalogs.
import { beforeAll, describe, expect, it } from 'vitest';
import { redundantIndex } from '../../../src/rules/output/redundant-index.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, context, expectFinding, file, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'redundant-index';

describe('redundant-index', () => {
  it('flags an added single-column index that prefixes an existing composite index', () => {
    const base = catalog(table('orders', { indexes: [index('orders', 'o_user_created', ['user_id', 'created_at'])] }));
    const final = catalog(table('orders', { indexes: [...base.tables['public.orders'].indexes, index('orders', 'o_user', ['user_id'])] }));
    const f = file('CREATE INDEX o_user ON orders (user_id);', { steps: [base, final] });
    const [finding, ...rest] = run(redundantIndex, context([f], { base, final }));
    expect(rest).toEqual([]);
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'warning', mentions: ['o_user', 'orders (user_id)', 'o_user_created'] });
  });

  it('flags an existing short index when the pull request adds the longer one', () => {
    const base = catalog(table('orders', { indexes: [index('orders', 'o_user', ['user_id'])] }));
    const final = catalog(table('orders', { indexes: [...base.tables['public.orders'].indexes, index('orders', 'o_user_created', ['user_id', 'created_at'])] }));
    const f = file('CREATE INDEX o_user_created ON orders (user_id, created_at);', { steps: [base, final] });
    const [finding] = run(redundantIndex, context([f], { base, final }));
    expectFinding(finding, { ruleId: ID, line: 1, helpMentions: ['DROP INDEX CONCURRENTLY o_user;'] });
  });

  it('never calls a unique index redundant, and requires the same predicate and a btree', () => {
    const final = catalog(
      table('t', {
        indexes: [
          index('t', 'u', ['a'], { unique: true }),
          index('t', 'p', ['a'], { predicate: '(b IS NULL)' }),
          index('t', 'g', ['a'], { method: 'gin' }),
          index('t', 'long', ['a', 'b']),
        ],
      }),
    );
    expect(run(redundantIndex, context([file('SELECT 1;')], { final }))).toEqual([]);
  });
});

describeDocumentedExamples('redundant-index');
