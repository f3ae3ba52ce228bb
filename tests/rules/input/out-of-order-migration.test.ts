// out-of-order-migration: an added migration that sorts before the newest applied one.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions, migrationDirectory, outOfOrderMigration } from '../../../src/rules/input/out-of-order-migration.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { baseMigration, context, expectFinding, file, loadParser, run } from '../helpers.js';

beforeAll(loadParser);

const ID = 'out-of-order-migration';

describe('out-of-order-migration', () => {
  it('compares versions element by element, numerically', () => {
    expect(compareVersions([1, 10], [1, 9])).toBeGreaterThan(0);
    expect(compareVersions([1], [1, 0])).toBeLessThan(0);
    expect(compareVersions([20240101], [20240101])).toBe(0);
  });

  it('uses the grandparent folder for per-migration folders', () => {
    expect(migrationDirectory('prisma/migrations/20240101_x/migration.sql', 'prisma')).toBe('prisma/migrations');
    expect(migrationDirectory('db/migrations/001_x.sql', 'goose')).toBe('db/migrations');
  });

  it('flags an added migration that sorts before the newest base migration of its directory', () => {
    const history = [baseMigration('db/1_a.sql', [1], 'goose'), baseMigration('db/10_b.sql', [10], 'goose')];
    const f = file('SELECT 1;', { path: 'db/9_c.sql', version: [9], framework: 'goose' });
    const [finding, ...rest] = run(outOfOrderMigration, context([f], { baseHistory: history }));
    expect(rest).toEqual([]);
    // An error for goose, naming the newer applied migration.
    expectFinding(finding, { ruleId: ID, file: 'db/9_c.sql', line: 1, severity: 'error', mentions: ['db/10_b.sql'] });
    expect(finding.severity).toBeUndefined();
  });

  it('flags an equal version too', () => {
    const f = file('SELECT 1;', { path: 'db/10_dup.sql', version: [10] });
    expect(run(outOfOrderMigration, context([f], { baseHistory: [baseMigration('db/10_b.sql', [10])] }))).toHaveLength(1);
  });

  it('lowers to warning for runners that apply missing versions (dbmate, Prisma)', () => {
    const history = [baseMigration('prisma/migrations/20240301_b/migration.sql', [20240301], 'prisma')];
    const f = file('SELECT 1;', { path: 'prisma/migrations/20240201_a/migration.sql', version: [20240201], framework: 'prisma' });
    const [finding] = run(outOfOrderMigration, context([f], { baseHistory: history }));
    expectFinding(finding, { ruleId: ID, severity: 'warning', mentions: ['prisma/migrations/20240301_b/migration.sql'] });
  });

  it('ignores newer versions, other directories, repeatable and unversioned files', () => {
    const history = [baseMigration('db/10_b.sql', [10]), baseMigration('other/50_x.sql', [50])];
    const files = [
      file('SELECT 1;', { path: 'db/11_c.sql', version: [11] }),
      file('SELECT 1;', { path: 'db/R__views.sql', version: [], repeatable: true }),
      file('SELECT 1;', { path: 'db/plain.sql', version: [] }),
      file('SELECT 1;', { path: 'db/3_old.sql', version: [3], status: 'modified' }),
    ];
    expect(run(outOfOrderMigration, context(files, { baseHistory: history }))).toEqual([]);
  });
});

describeDocumentedExamples('out-of-order-migration');
