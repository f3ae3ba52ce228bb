// edited-migration: applied migrations the pull request modifies, renames or deletes.
import { beforeAll, describe, expect, it } from 'vitest';
import { editedMigration } from '../../../src/rules/input/edited-migration.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { baseMigration, context, expectFinding, file, loadParser, run } from '../helpers.js';

beforeAll(loadParser);

const ID = 'edited-migration';

describe('edited-migration', () => {
  const history = [baseMigration('db/001_init.sql', [1]), baseMigration('db/002_users.sql', [2])];

  it('flags modified, renamed and deleted base migrations', () => {
    const files = [
      file('SELECT 1;', { path: 'db/001_init.sql', status: 'modified' }),
      file('SELECT 1;', { path: 'db/002_people.sql', status: 'renamed', previousPath: 'db/002_users.sql' }),
      file('', { path: 'db/001_init.sql', status: 'deleted' }),
    ];
    const found = run(editedMigration, context(files, { baseHistory: history }));
    expect(found.map((f) => [f.file, f.line])).toEqual([
      ['db/001_init.sql', 1],
      ['db/002_people.sql', 1],
      ['db/001_init.sql', 1],
    ]);
    expectFinding(found[0], { ruleId: ID, severity: 'error', mentions: ['db/001_init.sql'] });
    expectFinding(found[1], { ruleId: ID, mentions: ['renames', 'db/002_users.sql', 'db/002_people.sql'] });
    expectFinding(found[2], { ruleId: ID, mentions: ['deletes', 'db/001_init.sql'] });
  });

  it('ignores added files and files that are not on the base branch', () => {
    const files = [
      file('SELECT 1;', { path: 'db/003_new.sql', status: 'added' }),
      file('SELECT 1;', { path: 'db/004_wip.sql', status: 'modified' }),
    ];
    expect(run(editedMigration, context(files, { baseHistory: history }))).toEqual([]);
  });
});

describeDocumentedExamples('edited-migration');
