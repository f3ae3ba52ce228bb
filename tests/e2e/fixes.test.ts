// Fixes end to end: every fixable finding's fix is applied to the pull request (edits to the file,
// new migration files added), the fixed pull request is reviewed again on a real repository, and
// the rule must be gone with the history replaying cleanly. One repository holds a migrations
// directory per framework, each on its own schema so the directories replay side by side.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { Review } from '../../src/core/review-types.js';
import { applyEdits } from '../../src/rules/fixes/apply-fix.js';
import { findingAt, lines, listFindings, reviewed, reviewPullRequest, type Files } from './helpers.js';

function schema(s: string): string {
  return lines(
    `CREATE SCHEMA ${s};`,
    `CREATE TABLE ${s}.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);`,
    `CREATE TABLE ${s}.orders (`,
    '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
    '  user_id bigint NOT NULL,',
    "  status text NOT NULL DEFAULT 'pending',",
    '  total_cents integer NOT NULL,',
    '  placed_at timestamptz NOT NULL DEFAULT now()',
    ');',
  );
}

const BASE: Files = {
  'goose/migrations/00001_base.sql': `-- +goose Up\n${schema('g')}\n-- +goose Down\nDROP SCHEMA g CASCADE;\n`,
  'dbmate/migrations/20240101000000_base.sql': `-- migrate:up\n${schema('d')}\n-- migrate:down\nDROP SCHEMA d CASCADE;\n`,
  'sqlmigrate/migrations/1_base.sql': `-- +migrate Up\n${schema('sm')}\n-- +migrate Down\nDROP SCHEMA sm CASCADE;\n`,
  'sqlx/migrations/20240101000000_base.sql': schema('sx'),
  'flyway/migration/V1__base.sql': schema('fw'),
  'prisma/migrations/20240101000000_base/migration.sql': schema('pr'),
  'gm/migrations/000001_base.up.sql': schema('gm'),
  'gm/migrations/000001_base.down.sql': 'DROP SCHEMA gm CASCADE;\n',
  'plain/migrations/001_base.sql': schema('pl'),
};

const RCI = 'require-concurrent-index';
const CIT = 'concurrently-in-transaction';
const CWNV = 'constraint-without-not-valid';

interface Scenario {
  rule: string;
  file: string;
  /** Line of the finding. */
  line: number;
  text: string;
  framework: string;
  /** Paths of the new files the fix adds. */
  adds: string[];
}

const SCENARIOS: Scenario[] = [
  // goose: alone (a timeout setting kept) -> NO TRANSACTION; with other statements -> a new migration.
  {
    rule: RCI, framework: 'goose', file: 'goose/migrations/00010_index_status.sql', line: 4, adds: [],
    text: lines(
      '-- +goose Up', //                                                  1
      '-- dashboard filter', //                                           2
      "SET lock_timeout = '5s';", //                                      3
      'CREATE INDEX orders_status_idx ON g.orders (status);', //          4
      '', //                                                              5
      '-- +goose Down', //                                                6
      'DROP INDEX g.orders_status_idx;', //                               7
    ),
  },
  {
    rule: RCI, framework: 'goose', file: 'goose/migrations/00020_note_and_index.sql', line: 3,
    adds: ['goose/migrations/00021_create_index_orders_total_idx.sql'],
    text: lines(
      '-- +goose Up', //                                                                  1
      'ALTER TABLE g.orders ADD COLUMN note text;', //                                    2
      'CREATE INDEX orders_total_idx ON g.orders (total_cents);', //                      3
    ),
  },
  {
    rule: CIT, framework: 'goose', file: 'goose/migrations/00030_tags.sql', line: 3,
    adds: ['goose/migrations/00031_create_index_orders_placed_idx.sql'],
    text: lines(
      '-- +goose Up', //                                                                  1
      'CREATE TABLE g.tags (id bigint PRIMARY KEY, name text NOT NULL);', //              2
      'CREATE INDEX CONCURRENTLY orders_placed_idx ON g.orders (placed_at);', //          3
      '-- +goose Down', //                                                                4
      'DROP TABLE g.tags;', //                                                            5
    ),
  },
  {
    rule: CWNV, framework: 'goose', file: 'goose/migrations/00040_orders_user_fk.sql', line: 2,
    adds: ['goose/migrations/00041_validate_orders_user_fkey.sql'],
    text: lines(
      '-- +goose Up',
      'ALTER TABLE g.orders ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES g.users (id) ON DELETE CASCADE;',
      '-- +goose Down',
      'ALTER TABLE g.orders DROP CONSTRAINT orders_user_fkey;',
    ),
  },
  // dbmate: transaction:false on the marker when alone, else a new migration one second later.
  {
    rule: RCI, framework: 'dbmate', file: 'dbmate/migrations/20240301090000_index_status.sql', line: 2, adds: [],
    text: lines('-- migrate:up', 'CREATE INDEX orders_status_idx ON d.orders (status);', '', '-- migrate:down', 'DROP INDEX d.orders_status_idx;'),
  },
  {
    rule: CIT, framework: 'dbmate', file: 'dbmate/migrations/20240302090000_note.sql', line: 3,
    adds: ['dbmate/migrations/20240302090001_create_index_orders_placed_idx.sql'],
    text: lines('-- migrate:up', 'ALTER TABLE d.orders ADD COLUMN note text;', 'CREATE INDEX CONCURRENTLY orders_placed_idx ON d.orders (placed_at);', '-- migrate:down'),
  },
  {
    rule: CWNV, framework: 'dbmate', file: 'dbmate/migrations/20240303090000_positive_total.sql', line: 2,
    adds: ['dbmate/migrations/20240303090001_validate_orders_total_positive.sql'],
    text: lines('-- migrate:up', 'ALTER TABLE d.orders ADD CONSTRAINT orders_total_positive CHECK (total_cents > 0);', '-- migrate:down'),
  },
  // sql-migrate: notransaction on the Up marker; a follow-up VALIDATE migration.
  {
    rule: CIT, framework: 'sql-migrate', file: 'sqlmigrate/migrations/2_index_status.sql', line: 2, adds: [],
    text: lines('-- +migrate Up', 'CREATE INDEX CONCURRENTLY orders_status_idx ON sm.orders (status);', '-- +migrate Down', 'DROP INDEX sm.orders_status_idx;'),
  },
  {
    rule: CWNV, framework: 'sql-migrate', file: 'sqlmigrate/migrations/3_orders_user_fk.sql', line: 2,
    adds: ['sqlmigrate/migrations/4_validate_orders_user_id_fkey.sql'],
    text: lines('-- +migrate Up', 'ALTER TABLE sm.orders ADD FOREIGN KEY (user_id) REFERENCES sm.users (id);'),
  },
  // sqlx: -- no-transaction joined to a statement on line 1.
  {
    rule: RCI, framework: 'sqlx', file: 'sqlx/migrations/20240301090000_index_status.sql', line: 1, adds: [],
    text: lines('CREATE INDEX orders_status_idx ON sx.orders (status);'),
  },
  // Flyway: a script of only the statement runs outside a transaction; mixed scripts split off V<n>_1__.
  {
    rule: RCI, framework: 'flyway', file: 'flyway/migration/V2__index_status.sql', line: 2, adds: [],
    text: lines('-- orders by status for the dashboard', 'CREATE INDEX orders_status_idx ON fw.orders (status);'),
  },
  {
    rule: CIT, framework: 'flyway', file: 'flyway/migration/V3__note.sql', line: 2,
    adds: ['flyway/migration/V3_1__create_index_orders_placed_idx.sql'],
    text: lines('ALTER TABLE fw.orders ADD COLUMN note text;', 'CREATE INDEX CONCURRENTLY orders_placed_idx ON fw.orders (placed_at);'),
  },
  {
    rule: CWNV, framework: 'flyway', file: 'flyway/migration/V4__orders_user_fk.sql', line: 1,
    adds: ['flyway/migration/V4_1__validate_orders_user_fkey.sql'],
    text: lines('ALTER TABLE fw.orders ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES fw.users (id);'),
  },
  // Prisma: a generated migration.sql (one implicit transaction); the statement gets a folder of its own.
  {
    rule: RCI, framework: 'prisma', file: 'prisma/migrations/20240301090000_add_note/migration.sql', line: 5,
    adds: ['prisma/migrations/20240301090001_create_index_orders_status_idx/migration.sql'],
    text: lines(
      '-- AlterTable', //                                                      1
      'ALTER TABLE "pr"."orders" ADD COLUMN "note" TEXT;', //                  2
      '', //                                                                   3
      '-- CreateIndex', //                                                     4
      'CREATE INDEX "orders_status_idx" ON "pr"."orders"("status");', //       5
    ),
  },
  {
    rule: CIT, framework: 'prisma', file: 'prisma/migrations/20240302090000_placed_index/migration.sql', line: 2,
    adds: ['prisma/migrations/20240302090001_create_index_orders_placed_idx/migration.sql'],
    text: lines('ALTER TABLE "pr"."orders" ADD COLUMN "flag" BOOLEAN;', 'CREATE INDEX CONCURRENTLY "orders_placed_idx" ON "pr"."orders"("placed_at");'),
  },
  {
    rule: CWNV, framework: 'prisma', file: 'prisma/migrations/20240303090000_user_fk/migration.sql', line: 2,
    adds: ['prisma/migrations/20240303090001_validate_orders_user_id_fkey/migration.sql'],
    text: lines(
      '-- AddForeignKey',
      'ALTER TABLE "pr"."orders" ADD CONSTRAINT "orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "pr"."users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;',
    ),
  },
  // golang-migrate: a multi-statement file is one implicit transaction; the statement moves to N+1 with a down file.
  {
    rule: RCI, framework: 'golang-migrate', file: 'gm/migrations/000002_note_and_index.up.sql', line: 2,
    adds: ['gm/migrations/000003_create_index_orders_status_idx.up.sql', 'gm/migrations/000003_create_index_orders_status_idx.down.sql'],
    text: lines('ALTER TABLE gm.orders ADD COLUMN note text;', 'CREATE INDEX orders_status_idx ON gm.orders (status);'),
  },
  {
    rule: CIT, framework: 'golang-migrate', file: 'gm/migrations/000004_flag.up.sql', line: 2,
    adds: ['gm/migrations/000005_create_index_orders_placed_idx.up.sql', 'gm/migrations/000005_create_index_orders_placed_idx.down.sql'],
    text: lines('ALTER TABLE gm.orders ADD COLUMN flag boolean;', 'CREATE INDEX CONCURRENTLY orders_placed_idx ON gm.orders (placed_at);'),
  },
  {
    rule: CWNV, framework: 'golang-migrate', file: 'gm/migrations/000006_positive_total.up.sql', line: 1,
    adds: ['gm/migrations/000007_validate_orders_total_positive.up.sql', 'gm/migrations/000007_validate_orders_total_positive.down.sql'],
    text: lines('ALTER TABLE gm.orders ADD CONSTRAINT orders_total_positive CHECK (total_cents > 0);'),
  },
  // Plain SQL with an explicit BEGIN ... COMMIT: the statement moves after the COMMIT.
  {
    rule: RCI, framework: 'plain', file: 'plain/migrations/002_note_and_index.sql', line: 3, adds: [],
    text: lines('BEGIN;', 'ALTER TABLE pl.orders ADD COLUMN note text;', 'CREATE INDEX orders_status_idx ON pl.orders (status);', 'COMMIT;'),
  },
  {
    rule: CIT, framework: 'plain', file: 'plain/migrations/003_placed_index.sql', line: 3, adds: [],
    text: lines('BEGIN;', "SET LOCAL lock_timeout = '5s';", 'CREATE INDEX CONCURRENTLY orders_placed_idx ON pl.orders (placed_at);', 'COMMIT;'),
  },
  {
    rule: CWNV, framework: 'plain', file: 'plain/migrations/004_user_fk.sql', line: 2,
    adds: ['plain/migrations/005_validate_orders_user_fkey.sql'],
    text: lines('BEGIN;', 'ALTER TABLE pl.orders ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES pl.users (id);', 'COMMIT;'),
  },
];

/** Rules a fixed pull request must not trigger on the files the fixes touched or added. */
const GONE = [RCI, CIT, CWNV, 'replay-error', 'syntax-error', 'out-of-order-migration', 'validate-in-same-transaction'];

describe('fixes applied to a pull request pass a second review', () => {
  const pr: Files = Object.fromEntries(SCENARIOS.map((s) => [s.file, s.text]));
  let before: Review;
  let after: Review;
  const fixes = new Map<string, Finding>();
  const fixed: Record<string, string> = {};

  beforeAll(async () => {
    before = await reviewPullRequest({ base: BASE, pr });
    for (const s of SCENARIOS) {
      const finding = findingAt(before, s.rule, s.file, s.line);
      fixes.set(s.file, finding);
      if (!finding.fix) continue;
      fixed[s.file] = applyEdits(s.text, finding.fix.edits);
      for (const added of finding.fix.newFiles ?? []) {
        if (added.path in pr || added.path in BASE || added.path in fixed) throw new Error(`fix would overwrite ${added.path}`);
        fixed[added.path] = added.content;
      }
    }
    after = await reviewPullRequest({ base: BASE, pr: { ...pr, ...fixed } });
  }, 60_000);

  it('each scenario fires its rule in its framework, with a fix adding the expected files', () => {
    for (const s of SCENARIOS) {
      expect(reviewed(before, s.file), s.file).toMatchObject({ status: 'added', framework: s.framework });
      const fix = fixes.get(s.file)?.fix;
      expect(fix, `${s.rule} in ${s.file}`).toBeDefined();
      expect(fix?.edits[0].line, s.file).toBeLessThanOrEqual(s.line);
      expect(fix?.edits[0].endLine, s.file).toBeGreaterThanOrEqual(s.line);
      expect((fix?.newFiles ?? []).map((f) => f.path), s.file).toEqual(s.adds);
    }
  });

  it('the fixed pull request no longer fires, and every touched or new file replays', () => {
    const problems = after.findings.filter((f) => f.file in fixed && GONE.includes(f.ruleId));
    expect(problems.map((f) => `${f.ruleId} ${f.file}:${f.line}`), listFindings(after)).toEqual([]);
    for (const path of Object.keys(fixed)) {
      if (path.endsWith('.down.sql')) continue;
      const framework = SCENARIOS.find((s) => s.file === path || s.adds.includes(path))?.framework;
      expect(reviewed(after, path), path).toMatchObject({ status: 'added', framework });
      const traces = after.traces.filter((t) => t.path === path);
      expect(traces.length, path).toBeGreaterThan(0);
      expect(traces.filter((t) => t.outcome !== 'ok' && t.outcome !== 'skipped').map((t) => `${t.statementIndex}: ${t.error?.message}`), path).toEqual([]);
    }
  });

  it('the edits keep the author text and put the way out where each framework reads it', () => {
    expect(fixed['goose/migrations/00010_index_status.sql']).toBe(
      lines(
        '-- +goose NO TRANSACTION',
        '-- +goose Up',
        '-- dashboard filter',
        "SET lock_timeout = '5s';",
        'CREATE INDEX CONCURRENTLY orders_status_idx ON g.orders (status);',
        '',
        '-- +goose Down',
        'DROP INDEX g.orders_status_idx;',
      ),
    );
    expect(fixed['dbmate/migrations/20240301090000_index_status.sql']?.split('\n').slice(0, 2)).toEqual([
      '-- migrate:up transaction:false',
      'CREATE INDEX CONCURRENTLY orders_status_idx ON d.orders (status);',
    ]);
    expect(fixed['sqlx/migrations/20240301090000_index_status.sql']).toBe(lines('-- no-transaction', 'CREATE INDEX CONCURRENTLY orders_status_idx ON sx.orders (status);'));
    expect(fixed['plain/migrations/002_note_and_index.sql']).toBe(
      lines('BEGIN;', 'ALTER TABLE pl.orders ADD COLUMN note text;', 'COMMIT;', 'CREATE INDEX CONCURRENTLY orders_status_idx ON pl.orders (status);'),
    );
    expect(fixed['gm/migrations/000003_create_index_orders_status_idx.down.sql']).toBe('DROP INDEX CONCURRENTLY IF EXISTS gm.orders_status_idx;\n');
    expect(fixed['prisma/migrations/20240303090001_validate_orders_user_id_fkey/migration.sql']).toBe(
      'ALTER TABLE pr.orders VALIDATE CONSTRAINT orders_user_id_fkey;\n',
    );
    expect(fixed['prisma/migrations/20240303090000_user_fk/migration.sql']).toContain('ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;');
    // Prisma's generated header comment moves with its statement.
    expect(fixed['prisma/migrations/20240301090000_add_note/migration.sql']).toBe(lines('-- AlterTable', 'ALTER TABLE "pr"."orders" ADD COLUMN "note" TEXT;', ''));
    expect(fixed['prisma/migrations/20240301090001_create_index_orders_status_idx/migration.sql']).toBe(
      lines('-- CreateIndex', 'CREATE INDEX CONCURRENTLY "orders_status_idx" ON "pr"."orders"("status");'),
    );
  });

  it('the moved statements and follow-up VALIDATEs ran in the second review', () => {
    const ran = (path: string) => after.traces.some((t) => t.path === path && t.outcome === 'ok');
    for (const s of SCENARIOS) for (const path of s.adds.filter((p) => !p.endsWith('.down.sql'))) expect(ran(path), path).toBe(true);
  });
});

describe('fixes of one review that each add a migration', () => {
  it('give their new files different versions, so the runner takes every one', async () => {
    const review = await reviewPullRequest({
      base: { 'goose/migrations/00001_base.sql': `-- +goose Up\n${schema('g')}\n` },
      pr: {
        'goose/migrations/00002_indexes.sql': lines(
          '-- +goose Up',
          'CREATE INDEX orders_user_id_idx ON g.orders (user_id);',
          'CREATE INDEX orders_placed_at_idx ON g.orders (placed_at);',
          'CREATE INDEX users_email_idx ON g.users (email);',
        ),
      },
    });
    const paths = review.findings.filter((f) => f.ruleId === RCI).flatMap((f) => [f, ...(f.occurrences ?? [])]).flatMap((x) => x.fix?.newFiles ?? []).map((f) => f.path);
    expect(paths.length, listFindings(review)).toBeGreaterThanOrEqual(3);
    const versions = paths.map((p) => p.split('/').at(-1)!.split('_')[0]);
    expect(new Set(versions).size).toBe(versions.length);
  });
});
