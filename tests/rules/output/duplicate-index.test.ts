// duplicate-index on literal catalogs.
import { beforeAll, describe, expect, it } from 'vitest';
import { duplicateIndex } from '../../../src/rules/output/duplicate-index.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, context, expectFinding, file, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'duplicate-index';
const users = table('users', { indexes: [index('users', 'users_pkey', ['id'], { primary: true, unique: true, constraint: 'users_pkey' })] });

describe('duplicate-index', () => {
  it('flags an added index identical to a constraint index and suggests dropping the plain one', () => {
    const before = catalog(users);
    const final = catalog(table('users', { indexes: [...users.indexes, index('users', 'users_id_idx', ['id'])] }));
    const f = file('SELECT 1;\nCREATE INDEX users_id_idx ON users (id);', { steps: [before, before, final] });
    const [finding, ...rest] = run(duplicateIndex, context([f], { base: before, final }));
    expect(rest).toEqual([]);
    // Both indexes, and the constraint the kept one backs.
    expectFinding(finding, { ruleId: ID, line: 2, severity: 'warning', mentions: ['users_id_idx', 'users_pkey', 'constraint'], helpMentions: ['users_id_idx'] });
  });

  it('ignores indexes differing in predicate, opclass or method, and pairs that predate the pull request', () => {
    const t = table('t', {
      indexes: [
        index('t', 'a1', ['a']),
        index('t', 'a2', ['a'], { predicate: '(a > 0)' }),
        index('t', 'a3', ['a'], { opclasses: ['text_pattern_ops'] }),
        index('t', 'a4', ['a'], { method: 'hash' }),
      ],
    });
    const old = catalog(table('o', { indexes: [index('o', 'b1', ['b']), index('o', 'b2', ['b'])] }));
    const final = catalog(t, old.tables['public.o']);
    expect(run(duplicateIndex, context([file('SELECT 1;')], { base: old, final }))).toEqual([]);
  });
});

describeDocumentedExamples('duplicate-index');
