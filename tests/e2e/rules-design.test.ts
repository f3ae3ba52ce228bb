// Schema design rules end to end on real replays: a goose pull request (wrapped in a transaction)
// that adds tables and columns to the shop schema, a plain file with its own BEGIN/COMMIT, and a
// Prisma-generated migration. Findings sit on the column's line; old columns are never judged.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { gooseShopBase, SHOP_BASE } from './fixtures.js';
import { findingAt, hits, lines, listFindings, reviewPullRequest } from './helpers.js';

const DESIGN = ['prefer-bigint', 'prefer-identity', 'prefer-timestamptz', 'prefer-text', 'ban-char', 'prefer-jsonb', 'missing-primary-key', 'identifier-too-long'];

/** `rule:line` of the design findings in `file`, sorted by line then rule. */
function design(review: Review, file: string): string[] {
  return review.findings
    .filter((f) => DESIGN.includes(f.ruleId) && f.file === file)
    .sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId))
    .map((f) => `${f.ruleId}:${f.line}`);
}

describe('goose pull request adding invoices to the shop', () => {
  const DIR = 'db/migrations';
  const F4 = `${DIR}/00004_invoices.sql`;
  const F5 = `${DIR}/00005_invoice_keys.sql`;
  const long = `invoices_${'customer_reference_'.repeat(3)}and_issued_at_idx`; // 83 bytes
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(DIR),
      pr: {
        [F4]: lines(
          '-- +goose Up', //                                                     1
          'CREATE DOMAIN local_time AS timestamp(0);', //                        2
          '', //                                                                 3
          'CREATE TABLE invoices (', //                                          4
          '  id serial PRIMARY KEY,', //                                         5
          '  order_id integer NOT NULL REFERENCES orders (id),', //              6
          '  currency CHAR(3) NOT NULL,', //                                     7
          '  kind "char" NOT NULL,', //                                          8
          '  customer_reference varchar(64),', //                                9
          '  issued_at timestamp(3) NOT NULL DEFAULT now(),', //                 10
          '  due_on local_time,', //                                             11
          '  lines json NOT NULL,', //                                           12
          '  amount_cents integer NOT NULL', //                                  13
          ');', //                                                               14
          '', //                                                                 15
          'CREATE TABLE invoice_events (', //                                    16
          '  invoice_id bigint NOT NULL,', //                                    17
          '  seq integer NOT NULL,', //                                          18
          '  at timestamptz NOT NULL', //                                        19
          ');', //                                                               20
          '', //                                                                 21
          'CREATE TABLE invoice_exports (path text NOT NULL);', //               22
          '', //                                                                 23
          `CREATE INDEX ${long}`, //                                             24
          '  ON invoices (customer_reference, issued_at);', //                   25
          '', //                                                                 26
          'ALTER TABLE orders ADD COLUMN shipped_at timestamp;', //              27
          '', //                                                                 28
          '-- +goose Down', //                                                   29
          'DROP TABLE invoices;', //                                             30
        ),
        [F5]: lines(
          '-- +goose Up', //                                                     1
          'ALTER TABLE invoice_events ADD PRIMARY KEY (invoice_id, seq);', //    2
          'ALTER TABLE invoices ALTER COLUMN lines TYPE jsonb;', //              3
          'ALTER TABLE payments ALTER COLUMN provider_ref TYPE varchar(128);', // 4
          'ALTER TABLE audit_log ADD COLUMN note varchar(200);', //             5
        ),
      },
    });
  });

  it('flags each new column at its own line, with the replayed types', () => {
    expect(design(review, F4), listFindings(review)).toEqual([
      'prefer-bigint:5',
      'prefer-bigint:6',
      'ban-char:7',
      'prefer-text:9',
      'prefer-timestamptz:10',
      'missing-primary-key:22',
      'identifier-too-long:24',
      'prefer-timestamptz:27',
    ]);
    const currency = findingAt(review, 'ban-char', F4, 7);
    expect(currency.severity).toBe('warning');
    expect(currency.message).toContain('invoices.currency is CHAR(3)');
    expect(currency.verified).toBe('replay');
    // One finding per statement: the domain column of line 11 is named in line 10's.
    for (const fact of ['1 more column', 'due_on local_time']) expect(findingAt(review, 'prefer-timestamptz', F4, 10).message).toContain(fact);
    expect(findingAt(review, 'prefer-text', F4, 9).severity).toBe('notice');
  });

  it('gives the replacement DDL and a one-line fix', () => {
    const issued = findingAt(review, 'prefer-timestamptz', F4, 10);
    expect(issued.help).toContain('issued_at timestamptz(3) NOT NULL DEFAULT now()');
    expect(issued.fix?.edits).toEqual([{ line: 10, endLine: 10, replacement: '  issued_at timestamptz(3) NOT NULL DEFAULT now(),' }]);
    const shipped = findingAt(review, 'prefer-timestamptz', F4, 27);
    expect(shipped.help).toContain('ALTER TABLE orders ADD COLUMN shipped_at timestamptz;');
  });

  it('reports the truncated name of a long index as an error', () => {
    const f = findingAt(review, 'identifier-too-long', F4, 24);
    expect(f.severity).toBe('error');
    expect(f.message).toContain(`${long} is 83 bytes`);
    expect(f.message).toContain(`stored as ${long.slice(0, 63)}`);
  });

  it('counts what the later file of the pull request changes: the key added, json made jsonb', () => {
    expect(hits(review, 'missing-primary-key').map((h) => h.line)).toEqual([22]);
    expect(hits(review, 'prefer-jsonb')).toEqual([]);
  });

  it('does not judge columns that existed before: resizing a varchar, the serial key of audit_log', () => {
    expect(design(review, F5)).toEqual(['prefer-text:5']);
    expect(review.findings.filter((f) => DESIGN.includes(f.ruleId) && f.message.includes('audit_log.id'))).toEqual([]);
  });
});

describe('plain file with its own transaction, and a Prisma migration', () => {
  const PLAIN = 'migrations/004_tags.sql';
  const D = 'prisma/migrations';
  const PRISMA = `${D}/20240301090000_add_coupons/migration.sql`;
  let plain: Review;
  let prisma: Review;

  beforeAll(async () => {
    plain = await reviewPullRequest({
      base: {
        'migrations/001_create_users.sql': SHOP_BASE.users,
        'migrations/002_create_orders.sql': SHOP_BASE.orders,
      },
      pr: {
        [PLAIN]: lines(
          'BEGIN;', //                                                           1
          'CREATE TABLE tags (', //                                              2
          '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,', //            3
          '  name text NOT NULL UNIQUE', //                                      4
          ');', //                                                               5
          'CREATE TABLE order_tags (', //                                        6
          '  order_id integer NOT NULL REFERENCES orders (id),', //              7
          '  tag_id bigint NOT NULL REFERENCES tags (id)', //                    8
          ');', //                                                               9
          'ALTER TABLE order_tags ALTER COLUMN order_id TYPE bigint;', //        10
          'COMMIT;', //                                                          11
        ),
      },
    });
    prisma = await reviewPullRequest({
      base: {
        [`${D}/migration_lock.toml`]: 'provider = "postgresql"\n',
        [`${D}/20240101090000_init/migration.sql`]: `-- CreateTable\n${SHOP_BASE.users}`,
      },
      pr: {
        [PRISMA]: lines(
          '-- CreateTable', //                                                   1
          'CREATE TABLE "Coupon" (', //                                          2
          '    "id" SERIAL NOT NULL,', //                                        3
          '    "code" VARCHAR(32) NOT NULL,', //                                 4
          '    "userId" BIGINT NOT NULL,', //                                    5
          '    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,', // 6
          '    "meta" JSONB,', //                                                7
          '', //                                                                 8
          '    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")', //                  9
          ');', //                                                               10
          '', //                                                                 11
          '-- AddForeignKey', //                                                 12
          'ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;', // 13
        ),
      },
    });
  });

  it('judges a column retyped later in the same transaction by its final type, and suggests the join key', () => {
    expect(design(plain, PLAIN), listFindings(plain)).toEqual(['missing-primary-key:6']);
    expect(findingAt(plain, 'missing-primary-key', PLAIN, 6).help).toContain('ALTER TABLE order_tags ADD PRIMARY KEY (order_id, tag_id);');
  });

  it("flags Prisma's generated SERIAL key, TIMESTAMP(3) and VARCHAR at their lines, with quoted names", () => {
    expect(design(prisma, PRISMA), listFindings(prisma)).toEqual([
      'prefer-bigint:3',
      'prefer-text:4',
      'prefer-timestamptz:6',
    ]);
    const key = findingAt(prisma, 'prefer-bigint', PRISMA, 3);
    expect(key.message).toContain('Primary key "Coupon".id is SERIAL');
    // one finding for the key: it carries prefer-identity's advice too
    expect(key.help).toContain('id bigint GENERATED BY DEFAULT AS IDENTITY');
    const createdAt = findingAt(prisma, 'prefer-timestamptz', PRISMA, 6);
    expect(createdAt.help).toContain('"createdAt" timestamptz(3) NOT NULL DEFAULT CURRENT_TIMESTAMP');
    // the generated file is regenerated from schema.prisma: the help says what to write there
    for (const fact of ['Prisma', '`DateTime @db.Timestamptz(3)`']) expect(createdAt.help).toContain(fact);
    expect(findingAt(plain, 'missing-primary-key', PLAIN, 6).help).not.toContain('In Prisma');
  });
});
