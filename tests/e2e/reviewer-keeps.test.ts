// Findings a reviewer keeps (issue 11, item 4): an enum label rename escalated, lock-held-across-
// statements only for slow work under the lock, locks named on the statement that took them, a
// pattern repeated over many tables reported once, partitions not repeating their parent,
// SET LOCAL inside transactions, redundant-index on the redundant index, column findings on the
// column's line. Real git repositories replayed on PGlite.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { toAnnotations } from '../../src/report/annotations.js';
import { toJsonReport } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { gooseShopBase } from './fixtures.js';
import { findingAt, hits, lines, listFindings, reviewPullRequest } from './helpers.js';

const D = 'migrations';

describe('rename-enum-value: a label of an enum that existed before the pull request', () => {
  const RENAME = `${D}/002_rename_status.sql`;
  const NEW = `${D}/003_new_enum.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/001_orders.sql`]: lines(
          "CREATE TYPE order_status AS ENUM ('pending', 'shipped');",
          'CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);',
        ),
      },
      pr: {
        [RENAME]: lines(
          "SET lock_timeout = '5s';", //                                                  1
          "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';", //           2
          "ALTER TYPE order_status ADD VALUE 'returned';", //                             3
          "ALTER TYPE order_status RENAME VALUE 'returned' TO 'refunded';", //            4
        ),
        [NEW]: lines(
          "CREATE TYPE ticket_state AS ENUM ('open', 'closed');", //                      1
          "ALTER TYPE ticket_state RENAME VALUE 'closed' TO 'resolved';", //              2
        ),
      },
    });
  });

  it('escalates the rename of an existing label, naming the old and new labels', () => {
    const f = findingAt(review, 'rename-enum-value', RENAME, 2);
    expect(f.severity).toBe('escalate');
    for (const fact of ["'shipped'", 'order_status', "'dispatched'"]) expect(f.message).toContain(fact);
    expect(f.help).toContain("add 'dispatched'");
    expect(review.verdict).toBe('escalate');
  });

  it('is silent for a label added and an enum created in the same pull request', () => {
    expect(hits(review, 'rename-enum-value').map((h) => `${h.file}:${h.line}`), listFindings(review)).toEqual([`${RENAME}:2`]);
  });
});

describe('lock-held-across-statements: only when a later statement of the transaction does work that grows with the data', () => {
  const G = 'db/migrations';
  const INSTANT = `${G}/00004_instant.sql`;
  const BACKFILL = `${G}/00005_backfill.sql`;
  const INDEX = `${G}/00006_index.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(G),
      pr: {
        [INSTANT]: lines(
          '-- +goose Up', //                                                     1
          "SET lock_timeout = '5s';", //                                         2
          'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;', //            3
          "COMMENT ON COLUMN orders.shipped_at IS 'when it left';", //           4
          "ALTER TABLE orders ADD COLUMN carrier text DEFAULT 'post';", //       5
          'GRANT SELECT ON orders TO PUBLIC;', //                                6
          'CREATE TABLE carriers (name text PRIMARY KEY);', //                   7
          'CREATE INDEX carriers_lower_idx ON carriers (lower(name));', //       8
          "SET LOCAL statement_timeout = '1min';", //                            9
        ),
        [BACKFILL]: lines(
          '-- +goose Up', //                                                     1
          "SET lock_timeout = '5s';", //                                         2
          'ALTER TABLE users ADD COLUMN nickname text;', //                      3
          "COMMENT ON COLUMN users.nickname IS 'shown name';", //                4
          'UPDATE users SET nickname = name;', //                                5
          "UPDATE orders SET note = NULL WHERE status = 'void';", //             6
        ),
        [INDEX]: lines(
          '-- +goose Up', //                                                     1
          "SET lock_timeout = '5s';", //                                         2
          'ALTER TABLE payments ADD COLUMN refunded boolean;', //                3
          'CREATE INDEX payments_refunded_idx ON payments (refunded);', //       4
          'CREATE INDEX payments_amount_idx ON payments (amount_cents);', //     5
        ),
      },
    });
  });

  it('is silent when every later statement is instant (COMMENT, ADD COLUMN with a constant default, GRANT, CREATE TABLE, SET)', () => {
    expect(hits(review, 'lock-held-across-statements', INSTANT), listFindings(review)).toEqual([]);
  });

  it('names the later statement on another table and what it does; work on the locked table itself is left to its own finding', () => {
    const backfill = findingAt(review, 'lock-held-across-statements', BACKFILL, 3);
    // The lock and its table, then the later statement: its line, its kind and its table.
    for (const fact of ['ACCESS EXCLUSIVE', 'users', 'line 6', 'UPDATE', 'orders']) expect(backfill.message).toContain(fact);
    expect(backfill.message).not.toMatch(/line [45]\b/);
    // The backfill of users itself says how long users stays locked.
    expect(findingAt(review, 'data-migration', BACKFILL, 5).message).toContain('ACCESS EXCLUSIVE on users');
    // The index builds on payments: require-concurrent-index names the lock (below), nothing repeats it.
    expect(hits(review, 'lock-held-across-statements').map((h) => `${h.file}:${h.line}`), listFindings(review)).toEqual([`${BACKFILL}:3`]);
  });

  it('require-concurrent-index names the ACCESS EXCLUSIVE an earlier ALTER TABLE took, not a SHARE lock that lets reads continue', () => {
    for (const line of [4, 5]) {
      const f = findingAt(review, 'require-concurrent-index', INDEX, line);
      // The lock the transaction already holds, its table and the line that took it.
      for (const fact of ['ACCESS EXCLUSIVE on payments', 'line 3', 'all reads and writes']) expect(f.message).toContain(fact);
      expect(f.message).not.toMatch(/SHARE|reads continue|INSERT, UPDATE and DELETE/);
      expect(f.verified).toBe('trace');
    }
  });
});

describe('redundant-index: on the statement that creates the redundant index', () => {
  const FIRST = `${D}/004_order_indexes.sql`;
  const SECOND = `${D}/005_wider_index.sql`;
  const RENAME = `${D}/006_rename.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/001_orders.sql`]: lines(
          'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL, note text);',
          'CREATE TABLE items (id bigint PRIMARY KEY, order_id bigint NOT NULL, sku text NOT NULL);',
          'CREATE INDEX items_order_id_sku_idx ON items (order_id, sku);',
        ),
      },
      pr: {
        [FIRST]: lines(
          "SET lock_timeout = '5s';", //                                                       1
          'CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);', //     2
          'CREATE INDEX CONCURRENTLY items_order_id_idx ON items (order_id);', //             3
        ),
        [SECOND]: lines(
          "SET lock_timeout = '5s';", //                                                                            1
          'CREATE INDEX CONCURRENTLY orders_customer_id_placed_at_idx ON orders (customer_id, placed_at);', //      2
        ),
        [RENAME]: lines(
          "SET lock_timeout = '5s';", //                                                       1
          'ALTER TABLE orders RENAME COLUMN customer_id TO client_id;', //                    2
          'ALTER TABLE items RENAME TO order_items;', //                                       3
        ),
      },
    });
  });

  it('points at the CREATE INDEX of the redundant index, not at the wider one or a later rename', () => {
    const found = hits(review, 'redundant-index').map((h) => `${h.file}:${h.line}`).sort();
    expect(found, listFindings(review)).toEqual([`${FIRST}:2`, `${FIRST}:3`]);
    expect(findingAt(review, 'redundant-index', FIRST, 2).message).toContain('orders_customer_id_idx');
    expect(findingAt(review, 'redundant-index', FIRST, 3).message).toContain('items_order_id_idx');
  });
});

describe('partitions: a change on a partitioned table is reported once, at the parent', () => {
  const FILE = `${D}/002_events.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [`${D}/001_events.sql`]: lines(
          'CREATE TABLE accounts (id bigint PRIMARY KEY);',
          'CREATE TABLE events (id bigint NOT NULL, account_id bigint NOT NULL, at timestamptz NOT NULL, kind int NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);',
          "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
          "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
          'CREATE INDEX events_account_id_at_idx ON events (account_id, at);',
        ),
      },
      pr: {
        [FILE]: lines(
          'BEGIN;', //                                                                  1
          "SET LOCAL lock_timeout = '5s';", //                                          2
          'CREATE INDEX events_account_id_idx ON events (account_id);', //             3
          'CREATE INDEX events_kind_idx ON events (kind);', //                          4
          'CREATE INDEX events_kind_again_idx ON events (kind);', //                    5
          'ALTER TABLE events ALTER COLUMN kind TYPE bigint;', //                       6
          'UPDATE events SET kind = 2 WHERE kind = 1;', //                              7
          'COMMIT;', //                                                                 8
        ),
      },
    });
  });

  it('redundant-index and duplicate-index once, for the parent, not for each partition copy', () => {
    expect(hits(review, 'redundant-index').map((h) => h.line), listFindings(review)).toEqual([3]);
    expect(findingAt(review, 'redundant-index', FILE, 3).message).toContain('events_account_id_idx on events (account_id)');
    expect(hits(review, 'duplicate-index').map((h) => h.line), listFindings(review)).toEqual([5]);
  });

  it('data-migration names the lock held on the parent, not the partitions its lock cascaded to', () => {
    // The UPDATE is on the locked table itself: its own finding says how long events stays locked.
    expect(hits(review, 'lock-held-across-statements'), listFindings(review)).toEqual([]);
    const backfill = findingAt(review, 'data-migration', FILE, 7);
    expect(backfill.message).toContain('ACCESS EXCLUSIVE on events');
    expect(backfill.message).not.toContain('events_20');
    // Only the rewrite says which partitions it rewrites; nothing is reported per partition.
    expect(review.findings.filter((f) => f.file === FILE && /events_202[45]/.test(f.message)).map((f) => `${f.ruleId}:${f.line}`), listFindings(review)).toEqual(['column-type-rewrite:6']);
  });
});

describe('column-level findings point at the column definition', () => {
  const FILE = `${D}/002_shipments.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: { [`${D}/001_orders.sql`]: lines('CREATE TABLE orders (id bigint PRIMARY KEY, total_cents integer NOT NULL);') },
      pr: {
        [FILE]: lines(
          "SET lock_timeout = '5s';", //                                         1
          'CREATE TABLE shipments (', //                                         2
          '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,', //            3
          '  carrier varchar(40) NOT NULL,', //                                  4
          '  country char(2) NOT NULL,', //                                      5
          '  shipped_at timestamp,', //                                          6
          '  note text', //                                                      7
          ');', //                                                               8
          'ALTER TABLE orders', //                                               9
          '  ADD COLUMN archived boolean NOT NULL DEFAULT false,', //            10
          '  ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();', // 11
        ),
      },
    });
  });

  it('line and endLine are the column\'s, for prefer-text, ban-char, prefer-timestamptz and add-column-rewrite', () => {
    const at = (rule: string, line: number) => {
      const f = findingAt(review, rule, FILE, line);
      expect(f.endLine, rule).toBe(line);
      return f;
    };
    at('prefer-text', 4);
    at('ban-char', 5);
    const ts = at('prefer-timestamptz', 6);
    at('add-column-rewrite', 11);
    // The type fix edits exactly the finding's line: a one-line review suggestion.
    expect(ts.fix?.edits[0]).toMatchObject({ line: 6, endLine: 6 });
    expect(ts.fix?.edits[0].replacement).toBe('  shipped_at timestamptz,');
  });
});

describe('one pattern over many tables of a file is one finding listing the tables', () => {
  const G = 'db/migrations';
  const FILE = `${G}/00004_tenant_ids.sql`;
  const TABLES = ['users', 'orders', 'payments', 'audit_log'];
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(G),
      pr: {
        [FILE]: lines(
          '-- +goose Up', //                                                              1
          "SET lock_timeout = '5s';", //                                                  2
          // lines 3-4, 5-6, 7-8, 9-10
          ...TABLES.flatMap((t) => [`ALTER TABLE ${t} ADD COLUMN tenant_id bigint;`, `CREATE INDEX ${t}_tenant_id_idx ON ${t} (tenant_id);`]),
        ),
      },
    });
  });

  it('require-concurrent-index once, at the first CREATE INDEX, naming the other tables; every line kept', () => {
    const f = findingAt(review, 'require-concurrent-index', FILE, 4);
    expect(hits(review, 'require-concurrent-index').length, listFindings(review)).toBe(1);
    expect(f.severity).toBe('error');
    for (const fact of ['users_tenant_id_idx', 'users', '3 more tables', 'orders, payments and audit_log']) expect(f.message).toContain(fact);
    expect(f.occurrences?.map((o) => [o.line, o.table])).toEqual([[4, 'users'], [6, 'orders'], [8, 'payments'], [10, 'audit_log']]);
    expect(f.occurrences?.every((o) => o.fix !== undefined)).toBe(true);
    expect(review.verdict).toBe('fail');
  });

  it('the JSON report keeps every occurrence with its line and fix', () => {
    const json = toJsonReport(review) as { findings: { ruleId: string; occurrences?: { line: number; endLine: number; table?: string; fix?: unknown }[] }[] };
    const grouped = json.findings.find((f) => f.ruleId === 'require-concurrent-index');
    expect(grouped?.occurrences?.map((o) => `${o.line}-${o.endLine} ${o.table}`)).toEqual(['4-4 users', '6-6 orders', '8-8 payments', '10-10 audit_log']);
    expect(grouped?.occurrences?.every((o) => o.fix !== undefined)).toBe(true);
  });

  it('the text and markdown reports list the other lines compactly', () => {
    expect(renderText(review)).toContain('also at: 6 (orders), 8 (payments), 10 (audit_log)');
    expect(renderMarkdown(review)).toContain(`\`${FILE}:4\`<br>also lines 6 (orders), 8 (payments), 10 (audit_log)`);
  });

  it('the annotation names the other lines, and SARIF gives each one as a related location', () => {
    const annotation = toAnnotations(review).annotations.find((a) => a.title === 'error require-concurrent-index');
    expect(annotation?.startLine).toBe(4);
    expect(annotation?.message).toContain('Also at lines 6 (orders), 8 (payments), 10 (audit_log).');
    const sarif = renderSarif(review, { toolVersion: 'test' }) as { runs: { results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } }[] }[] }[] };
    const result = sarif.runs[0].results.find((r) => r.ruleId === 'require-concurrent-index');
    expect(result?.relatedLocations?.map((l) => [l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine, l.message.text])).toEqual([
      [FILE, 6, 'also here, on orders'],
      [FILE, 8, 'also here, on payments'],
      [FILE, 10, 'also here, on audit_log'],
    ]);
  });

  it('the same backfill repeated on one table is one finding naming the other lines; a different statement stays apart', async () => {
    const file = `${G}/00004_backfill_names.sql`;
    const backfill = await reviewPullRequest({
      base: gooseShopBase(G),
      pr: {
        [file]: lines(
          '-- +goose Up', //                                                  1
          "UPDATE users SET name = 'a' WHERE name = 'A';", //                 2
          "UPDATE users SET name = 'b' WHERE name = 'B';", //                 3
          "UPDATE users SET name = 'c' WHERE name = 'C';", //                 4
          'DELETE FROM users WHERE name IS NULL;', //                          5
        ),
      },
    });
    expect(hits(backfill, 'data-migration').map((h) => h.line), listFindings(backfill)).toEqual([2, 5]);
    const grouped = findingAt(backfill, 'data-migration', file, 2);
    for (const fact of ['2 more statements', 'users', 'lines 3 and 4']) expect(grouped.message).toContain(fact);
    expect(grouped.occurrences?.map((o) => o.line)).toEqual([2, 3, 4]);
    expect(findingAt(backfill, 'data-migration', file, 5).occurrences).toBeUndefined();
  });
});

describe('constraint-without-not-valid names a lock on the statement that took it', () => {
  const G = 'db/migrations';
  const FILE = `${G}/00004_carriers.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(G),
      pr: {
        [FILE]: lines(
          '-- +goose Up', //                                                                                           1
          "SET lock_timeout = '5s';", //                                                                               2
          'CREATE TABLE carriers (id bigint PRIMARY KEY);', //                                                         3
          'ALTER TABLE orders ADD COLUMN carrier_id bigint;', //                                                       4
          'ALTER TABLE orders ADD CONSTRAINT orders_carrier_fk FOREIGN KEY (carrier_id) REFERENCES carriers (id);', // 5
          'ALTER TABLE payments ADD COLUMN refunded_cents integer;', //                                                6
          'ALTER TABLE payments ADD CONSTRAINT payments_amount_check CHECK (amount_cents >= 0);', //                   7
        ),
      },
    });
  });

  it('the ACCESS EXCLUSIVE of an earlier ALTER TABLE is named with its line; a new referenced table\'s lock is not named', () => {
    const fk = findingAt(review, 'constraint-without-not-valid', FILE, 5);
    for (const fact of ['ACCESS EXCLUSIVE on orders', 'line 4']) expect(fk.message).toContain(fact);
    expect(fk.message).not.toContain('carriers (');
    expect(fk.message).not.toMatch(/on the referenced table carriers/);
    const check = findingAt(review, 'constraint-without-not-valid', FILE, 7);
    for (const fact of ['ACCESS EXCLUSIVE', 'line 6']) expect(check.message).toContain(fact);
  });
});
