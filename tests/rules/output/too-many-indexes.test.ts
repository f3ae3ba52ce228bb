// too-many-indexes on literal catalogs.
import { beforeAll, describe, expect, it } from 'vitest';
import { tooManyIndexes } from '../../../src/rules/output/too-many-indexes.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, context, expectFinding, file, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'too-many-indexes';

describe('too-many-indexes', () => {
  const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  const manyBase = catalog(table('events', { indexes: keys.map((k) => index('events', `events_${k}_idx`, [k])) }));
  const withIndexes = (...extra: string[]) =>
    catalog(table('events', { indexes: [...manyBase.tables['public.events'].indexes, ...extra.map((k) => index('events', `events_${k}_idx`, [k]))] }));

  it('reports once, at the statement that pushed the table over the limit, listing the indexes', () => {
    const ten = withIndexes('j');
    const eleven = withIndexes('j', 'k');
    const twelve = withIndexes('j', 'k', 'l');
    const f = file('CREATE INDEX events_j_idx ON events (j);\nCREATE INDEX events_k_idx ON events (k);\nCREATE INDEX events_l_idx ON events (l);', {
      steps: [manyBase, ten, eleven, twelve],
    });
    const [finding, ...rest] = run(tooManyIndexes, context([f], { base: manyBase, final: twelve }));
    expect(rest).toEqual([]);
    // The table, its count at the end of the pull request, the limit, and the indexes (the new ones marked).
    expectFinding(finding, { ruleId: ID, line: 2, severity: 'notice', mentions: ['events', '12 indexes', 'limit is 10', 'events_a_idx, ', 'events_l_idx (new)'] });
  });

  it('follows maxIndexesPerTable, and ignores tables the pull request added no index to', () => {
    const ten = withIndexes('j');
    const f = file('CREATE INDEX events_j_idx ON events (j);', { steps: [manyBase, ten] });
    expect(run(tooManyIndexes, context([f], { base: manyBase, final: ten }))).toEqual([]);
    expect(run(tooManyIndexes, context([f], { base: manyBase, final: ten, config: { maxIndexesPerTable: 9 } }))).toHaveLength(1);
    const other = file('ALTER TABLE events ADD COLUMN z int;', { steps: [manyBase] });
    expect(run(tooManyIndexes, context([other], { base: manyBase, final: manyBase, config: { maxIndexesPerTable: 3 } }))).toEqual([]);
  });
});

describeDocumentedExamples('too-many-indexes');
