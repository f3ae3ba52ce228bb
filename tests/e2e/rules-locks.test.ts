// Lock rules of layer 4 end to end on real repositories: a goose history (framework-wrapped
// transactions), plain files with explicit BEGIN ... COMMIT and a Prisma migration. Each fixable
// finding's fix is applied as the pull request's next version, reviewed again, and must be gone
// with every touched or added file replaying cleanly.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { Review } from '../../src/core/review-types.js';
import { applyEdits } from '../../src/rules/fixes/apply-fix.js';
import { gooseShopBase } from './fixtures.js';
import { findingAt, lines, listFindings, reviewPullRequest, type Files } from './helpers.js';

const MINE = [
  'drop-index-without-concurrently', 'reindex-without-concurrently', 'validate-in-same-transaction', 'set-not-null-scans-table',
  'unique-constraint-builds-index', 'table-rewrite-command', 'lock-timeout-missing', 'lock-held-across-statements',
  'refresh-without-concurrently',
];

/** Findings of these rules as `rule file:line`, sorted. */
function mine(review: Review, files?: readonly string[]): string[] {
  return review.findings
    .filter((f) => MINE.includes(f.ruleId) && (!files || files.includes(f.file)))
    .map((f) => `${f.ruleId} ${f.file}:${f.line}`)
    .sort();
}

/** Applies every fix of these rules to the pull request's files; new files must not collide with anything. */
function applyFixes(review: Review, base: Files, pr: Record<string, string>): { files: Record<string, string>; fixed: Finding[] } {
  const files: Record<string, string> = { ...pr };
  const fixed = review.findings.filter((f) => MINE.includes(f.ruleId) && f.fix);
  for (const path of new Set(fixed.map((f) => f.file))) {
    files[path] = applyEdits(pr[path], fixed.filter((f) => f.file === path).flatMap((f) => f.fix!.edits));
  }
  for (const added of fixed.flatMap((f) => f.fix!.newFiles ?? [])) {
    if (added.path in base || added.path in files) throw new Error(`fix would overwrite ${added.path}`);
    files[added.path] = added.content;
  }
  return { files, fixed };
}

function replayProblems(review: Review, paths: readonly string[]): string[] {
  return review.traces
    .filter((t) => paths.includes(t.path) && t.outcome !== 'ok' && t.outcome !== 'skipped')
    .map((t) => `${t.path}#${t.statementIndex}: ${t.error?.message}`);
}

const D = 'db/migrations';

describe('goose: lock rules on existing tables, in the transaction goose wraps around each file', () => {
  const BASE: Files = {
    ...gooseShopBase(D),
    [`${D}/00004_reporting.sql`]: lines(
      '-- +goose Up',
      'CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total_cents) AS total_cents FROM orders GROUP BY user_id;',
      'CREATE UNIQUE INDEX order_totals_user_id_key ON order_totals (user_id);',
      'CREATE MATERIALIZED VIEW daily_orders AS SELECT placed_at::date AS day, count(*) AS n FROM orders GROUP BY 1;',
      'ALTER TABLE orders ADD CONSTRAINT orders_note_present CHECK (note IS NOT NULL) NOT VALID;',
    ),
  };
  const F = (n: string) => `${D}/${n}.sql`;
  const DROP = F('00010_drop_provider_ref_index');
  const REINDEX = F('00020_reindex_orders');
  const FK = F('00030_orders_user_fk');
  const VALIDATE_NOTE = F('00040_validate_note_check');
  const NOT_NULL = F('00050_required_columns');
  const UNIQUE = F('00060_unique_provider_ref');
  const CLUSTER = F('00070_cluster_audit_log');
  const VACUUM = F('00080_vacuum_payments');
  const REFRESH = F('00090_refresh_reports');
  const SHIPMENTS = F('00100_create_shipments');
  const PR: Record<string, string> = {
    [DROP]: lines(
      '-- +goose Up', //                                                                      1
      "SET lock_timeout = '5s';", //                                                          2
      'DROP INDEX payments_provider_ref_idx;', //                                             3
      '', //                                                                                  4
      '-- +goose Down', //                                                                    5
      'CREATE INDEX payments_provider_ref_idx ON payments (provider_ref);', //                 6
    ),
    [REINDEX]: lines(
      '-- +goose Up', //                                                                      1
      "SET lock_timeout = '5s';", //                                                          2
      'REINDEX INDEX orders_user_id_placed_at_idx;', //                                       3
    ),
    [FK]: lines(
      '-- +goose Up', //                                                                      1
      "SET lock_timeout = '5s';", //                                                          2
      'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey', //                             3
      '  FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', //                          4
      'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;', //                       5
    ),
    [VALIDATE_NOTE]: lines(
      '-- +goose Up', //                                                                      1
      'ALTER TABLE orders VALIDATE CONSTRAINT orders_note_present;', //                       2
    ),
    [NOT_NULL]: lines(
      '-- +goose Up', //                                                                      1
      "SET lock_timeout = '5s';", //                                                          2
      'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;', //                                3
      'ALTER TABLE audit_log ALTER COLUMN user_id SET NOT NULL;', //                          4
    ),
    [UNIQUE]: lines(
      '-- +goose Up', //                                                                      1
      "SET lock_timeout = '5s';", //                                                          2
      'ALTER TABLE payments ADD CONSTRAINT payments_provider_ref_key UNIQUE (provider_ref);', // 3
    ),
    [CLUSTER]: lines(
      '-- +goose Up', //                                                                      1
      "SET lock_timeout = '5s';", //                                                          2
      'CLUSTER audit_log USING audit_log_pkey;', //                                           3
    ),
    [VACUUM]: lines(
      '-- +goose NO TRANSACTION', //                                                          1
      '-- +goose Up', //                                                                      2
      "SET lock_timeout = '5s';", //                                                          3
      'VACUUM FULL payments;', //                                                             4
    ),
    [REFRESH]: lines(
      '-- +goose Up', //                                                                      1
      "SET lock_timeout = '5s';", //                                                          2
      'REFRESH MATERIALIZED VIEW order_totals;', //                                           3
      'REFRESH MATERIALIZED VIEW daily_orders;', //                                           4
    ),
    [SHIPMENTS]: lines(
      '-- +goose Up', //                                                                      1
      'CREATE TABLE shipments (id bigint PRIMARY KEY, order_id bigint NOT NULL);', //         2
      'CREATE INDEX shipments_order_id_idx ON shipments (order_id);', //                      3
      'ALTER TABLE shipments ADD CONSTRAINT shipments_order_id_fkey', //                      4
      '  FOREIGN KEY (order_id) REFERENCES orders (id);', //                                  5
      'ALTER TABLE shipments ALTER COLUMN order_id SET NOT NULL, ADD UNIQUE (order_id);', //  6
      '', //                                                                                  7
      '-- +goose Down', //                                                                    8
      'DROP TABLE shipments;', //                                                             9
    ),
  };
  let before: Review;
  let after: Review;
  let fixedFiles: Record<string, string>;

  beforeAll(async () => {
    before = await reviewPullRequest({ base: BASE, pr: PR });
    fixedFiles = applyFixes(before, BASE, PR).files;
    after = await reviewPullRequest({ base: BASE, pr: fixedFiles });
  }, 120_000);

  it('fires each rule at its statement, and nowhere else (new tables, proven SET NOT NULL, session lock_timeout)', () => {
    expect(mine(before), listFindings(before)).toEqual(
      [
        `drop-index-without-concurrently ${DROP}:3`,
        `reindex-without-concurrently ${REINDEX}:3`,
        `validate-in-same-transaction ${FK}:5`,
        `set-not-null-scans-table ${NOT_NULL}:4`,
        `lock-held-across-statements ${NOT_NULL}:3`,
        `unique-constraint-builds-index ${UNIQUE}:3`,
        `table-rewrite-command ${CLUSTER}:3`,
        `table-rewrite-command ${VACUUM}:4`,
        `refresh-without-concurrently ${REFRESH}:3`,
        `refresh-without-concurrently ${REFRESH}:4`,
        `lock-held-across-statements ${REFRESH}:3`,
        `lock-timeout-missing ${SHIPMENTS}:4`,
      ].sort(),
    );
  });

  it('reads the locks from the replay trace and says what they block and for how long', () => {
    const drop = findingAt(before, 'drop-index-without-concurrently', DROP, 3);
    expect(drop.verified).toBe('trace');
    for (const fact of ['ACCESS EXCLUSIVE', 'payments']) expect(drop.message).toContain(fact);
    expect(drop.message).toContain('until the transaction commits');
    const fk = findingAt(before, 'validate-in-same-transaction', FK, 5);
    expect(fk.verified).toBe('trace');
    // The locks the ADD took on both tables, held through the VALIDATE.
    expect(fk.message).toMatch(/SHARE ROW EXCLUSIVE[^.]*orders/);
    expect(fk.message).toMatch(/SHARE ROW EXCLUSIVE[^.]*users/);
    const held = findingAt(before, 'lock-held-across-statements', NOT_NULL, 3);
    expect(held.verified).toBe('trace');
    // The later statement of the block: its line, its kind, the table it scans and why.
    for (const fact of ['line 4', 'ALTER TABLE', 'audit_log', 'NOT NULL']) expect(held.message).toContain(fact);
    const timeout = findingAt(before, 'lock-timeout-missing', SHIPMENTS, 4);
    for (const fact of ['SHARE ROW EXCLUSIVE', 'orders']) expect(timeout.message).toContain(fact);
    expect(timeout.verified).toBe('trace');
    expect(findingAt(before, 'table-rewrite-command', CLUSTER, 3).verified).toBe('trace');
    // VACUUM FULL runs outside a transaction (its lock is static knowledge), but the replay saw its new storage file.
    expect(findingAt(before, 'table-rewrite-command', VACUUM, 4).verified).toBe('trace');
    expect(findingAt(before, 'refresh-without-concurrently', REFRESH, 4).help).toContain('has no unique index');
    expect(findingAt(before, 'unique-constraint-builds-index', UNIQUE, 3).severity).toBe('error');
  });

  it('fixes leave goose its NO TRANSACTION marker or a follow-up migration', () => {
    expect(fixedFiles[DROP]).toBe(
      lines(
        '-- +goose NO TRANSACTION',
        '-- +goose Up',
        "SET lock_timeout = '5s';",
        'DROP INDEX CONCURRENTLY payments_provider_ref_idx;',
        '',
        '-- +goose Down',
        'CREATE INDEX payments_provider_ref_idx ON payments (provider_ref);',
      ),
    );
    expect(fixedFiles[FK]).not.toContain('VALIDATE');
    expect(fixedFiles[F('00031_validate_orders_user_id_fkey')]).toContain('ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;');
    expect(fixedFiles[NOT_NULL]).toContain('ALTER TABLE audit_log ADD CONSTRAINT audit_log_user_id_not_null CHECK (user_id IS NOT NULL) NOT VALID;');
    expect(fixedFiles[F('00051_audit_log_user_id_set_not_null')]).toContain(
      'ALTER TABLE audit_log VALIDATE CONSTRAINT audit_log_user_id_not_null;\nALTER TABLE audit_log ALTER COLUMN user_id SET NOT NULL;',
    );
    expect(fixedFiles[UNIQUE]).toContain('CREATE UNIQUE INDEX CONCURRENTLY payments_provider_ref_key ON payments (provider_ref);');
    expect(fixedFiles[F('00061_attach_payments_provider_ref_key')]).toContain(
      'ALTER TABLE payments ADD CONSTRAINT payments_provider_ref_key UNIQUE USING INDEX payments_provider_ref_key;',
    );
    expect(fixedFiles[SHIPMENTS].split('\n')[3]).toBe("SET LOCAL lock_timeout = '5s';");
  });

  it('the fixed pull request keeps only the findings that have no fix, and replays cleanly', () => {
    // The fix turns line 4 into an instant ADD CONSTRAINT ... NOT VALID: nothing slow follows the lock any more.
    expect(mine(after), listFindings(after)).toEqual(
      [
        `table-rewrite-command ${CLUSTER}:3`,
        `table-rewrite-command ${VACUUM}:4`,
        `refresh-without-concurrently ${REFRESH}:4`,
      ].sort(),
    );
    expect(replayProblems(after, Object.keys(fixedFiles))).toEqual([]);
    expect(after.findings.filter((f) => f.ruleId === 'replay-error' || f.ruleId === 'concurrently-in-transaction').map((f) => `${f.file}:${f.line}`)).toEqual([]);
  });
});

describe('explicit BEGIN ... COMMIT in plain files, and a Prisma migration', () => {
  const BASE: Files = {
    'plain/migrations/001_base.sql': lines(
      'CREATE SCHEMA pl;',
      'CREATE TABLE pl.users (id bigint PRIMARY KEY, email text NOT NULL);',
      "CREATE TABLE pl.orders (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'new', total_cents integer NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());",
    ),
    'prisma/migrations/20240101000000_init/migration.sql': lines(
      '-- CreateSchema',
      'CREATE SCHEMA "pr";',
      '',
      '-- CreateTable',
      'CREATE TABLE "pr"."order_items" (',
      '    "order_id" BIGINT NOT NULL,',
      '    "product_id" BIGINT NOT NULL,',
      '    "quantity" INTEGER NOT NULL DEFAULT 1',
      ');',
    ),
  };
  const SHIPPING = 'plain/migrations/002_shipping.sql';
  const CHECK = 'plain/migrations/003_total_check.sql';
  const PRISMA = 'prisma/migrations/20240301090000_order_items_pk/migration.sql';
  const PR: Record<string, string> = {
    [SHIPPING]: lines(
      'BEGIN;', //                                                                            1
      "SET LOCAL lock_timeout = '3s';", //                                                    2
      'ALTER TABLE pl.orders ADD COLUMN shipped_at timestamptz;', //                          3
      'CREATE INDEX orders_shipped_at_idx ON pl.orders (shipped_at);', //                     4
      "UPDATE pl.orders SET shipped_at = placed_at WHERE status = 'shipped';", //             5
      'COMMIT;', //                                                                           6
      'ALTER TABLE pl.users ADD CONSTRAINT users_email_key UNIQUE (email);', //               7
    ),
    [CHECK]: lines(
      'BEGIN;', //                                                                            1
      "SET LOCAL lock_timeout = '3s';", //                                                    2
      'ALTER TABLE pl.orders ADD CONSTRAINT orders_total_positive CHECK (total_cents > 0) NOT VALID;', // 3
      'ALTER TABLE pl.orders VALIDATE CONSTRAINT orders_total_positive;', //                  4
      'COMMIT;', //                                                                           5
    ),
    [PRISMA]: lines(
      '-- AlterTable', //                                                                     1
      'ALTER TABLE "pr"."order_items" ADD COLUMN "price_cents" INTEGER NOT NULL DEFAULT 0;', // 2
      '', //                                                                                  3
      '-- AlterTable', //                                                                     4
      'ALTER TABLE "pr"."order_items" ADD CONSTRAINT "order_items_pkey" PRIMARY KEY ("order_id", "product_id");', // 5
    ),
  };
  let before: Review;
  let after: Review;
  let fixedFiles: Record<string, string>;

  beforeAll(async () => {
    before = await reviewPullRequest({ base: BASE, pr: PR });
    fixedFiles = applyFixes(before, BASE, PR).files;
    after = await reviewPullRequest({ base: BASE, pr: fixedFiles });
  }, 120_000);

  it('SET LOCAL lasts until COMMIT; the ACCESS EXCLUSIVE statements are followed inside their blocks', () => {
    expect(mine(before), listFindings(before)).toEqual(
      [
        `lock-timeout-missing ${SHIPPING}:7`,
        `unique-constraint-builds-index ${SHIPPING}:7`,
        `lock-held-across-statements ${CHECK}:3`,
        `validate-in-same-transaction ${CHECK}:4`,
        `lock-timeout-missing ${PRISMA}:2`,
        `unique-constraint-builds-index ${PRISMA}:5`,
      ].sort(),
    );
    // The slow work under the lock is on pl.orders itself: the index build and the backfill each name
    // the ACCESS EXCLUSIVE line 3 took, so lock-held-across-statements does not repeat them.
    for (const fact of ['ACCESS EXCLUSIVE on pl.orders', 'line 3']) expect(findingAt(before, 'require-concurrent-index', SHIPPING, 4).message).toContain(fact);
    expect(findingAt(before, 'data-migration', SHIPPING, 5).message).toContain('ACCESS EXCLUSIVE on pl.orders');
    expect(findingAt(before, 'validate-in-same-transaction', CHECK, 4).message).toMatch(/ACCESS EXCLUSIVE[^.]*pl\.orders/);
  });

  it('fixes: in place after COMMIT, a follow-up file after the block, Prisma folders numbered one after the other', () => {
    expect(fixedFiles[SHIPPING].split('\n').slice(6, 9)).toEqual([
      "SET lock_timeout = '5s';",
      'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON pl.users (email);',
      'ALTER TABLE pl.users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
    ]);
    expect(fixedFiles['plain/migrations/004_validate_orders_total_positive.sql']).toContain('VALIDATE CONSTRAINT orders_total_positive;');
    const added = Object.keys(fixedFiles).filter((p) => p.startsWith('prisma/') && p !== PRISMA).sort();
    expect(added).toHaveLength(2);
    expect(fixedFiles[added[0]]).toContain('CREATE UNIQUE INDEX CONCURRENTLY order_items_pkey ON pr.order_items (order_id, product_id);');
    expect(fixedFiles[added[1]]).toContain('PRIMARY KEY USING INDEX order_items_pkey;');
  });

  it('the fixed pull request keeps only what has no fix, and replays cleanly', () => {
    expect(mine(after), listFindings(after)).toEqual([]);
    expect(replayProblems(after, Object.keys(fixedFiles))).toEqual([]);
    expect(after.findings.filter((f) => f.ruleId === 'replay-error' || f.ruleId === 'concurrently-in-transaction').map((f) => `${f.file}:${f.line}`)).toEqual([]);
  });
});
