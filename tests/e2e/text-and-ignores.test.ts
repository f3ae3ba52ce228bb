// Line mapping end to end on awkward text (multibyte characters, CRLF line endings) and ignore
// comments, which users write in the files themselves.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { gooseShopBase, plainShopBase } from './fixtures.js';
import { covered, fileVerdict, findingAt, hits, lines, only, reviewed, reviewPullRequest } from './helpers.js';

describe('ignore comments', () => {
  const D = 'db/migrations';
  const STATEMENT = `${D}/00004_index_orders_status.sql`;
  const WHOLE_FILE = `${D}/00005_orders_cleanup.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(D),
      pr: {
        [STATEMENT]: lines(
          '-- +goose Up', //                                                                                         1
          "SET lock_timeout = '5s';", //                                                                             2
          '', //                                                                                                     3
          '-- pg-migration-review: ignore require-concurrent-index -- orders has 200 rows in production', //         4
          'CREATE INDEX orders_status_idx ON orders (status);', //                                                   5
          '/* pg-migration-review: ignore require-concurrent-index, redundant-index */', //                          6
          'CREATE INDEX payments_order_id_amount_idx', //                                                            7
          '  ON payments (order_id, amount_cents);', //                                                              8
        ),
        [WHOLE_FILE]: lines(
          '-- +goose Up', //                                                                                         1
          '-- pg-migration-review: ignore-file drop-column, constraint-without-not-valid -- approved in OPS-12', //  2
          "SET lock_timeout = '5s';", //                                                                             3
          'ALTER TABLE orders DROP COLUMN note;', //                                                                 4
          '', //                                                                                                     5
          'ALTER TABLE audit_log ADD CONSTRAINT audit_log_user_id_fkey', //                                          6
          '  FOREIGN KEY (user_id) REFERENCES users (id);', //                                                       7
        ),
      },
    });
  });

  it('ignore before a statement: the finding stays, ignored, with the reason', () => {
    const f = findingAt(review, 'require-concurrent-index', STATEMENT, 5);
    expect(f.ignored).toBe(true);
    expect(f.ignoreReason).toBe('orders has 200 rows in production');
  });

  it('the block-comment form silences several rules at once', () => {
    const findings = review.findings.filter((f) => f.file === STATEMENT && f.line === 7);
    expect(findings.map((f) => [f.ruleId, f.ignored]).sort()).toEqual([
      ['redundant-index', true],
      ['require-concurrent-index', true],
    ]);
    expect(findings.every((f) => f.ignoreReason === undefined)).toBe(true);
  });

  it('a file of ignored findings passes', () => {
    expect(fileVerdict(review, STATEMENT)).toBe('pass');
  });

  it('ignore-file silences the named rules everywhere in the file, and only those', () => {
    expect(only(review, 'drop-column', WHOLE_FILE, 4)).toMatchObject({ ignored: true, ignoreReason: 'approved in OPS-12' });
    expect(only(review, 'constraint-without-not-valid', WHOLE_FILE, 6)).toMatchObject({ ignored: true, ignoreReason: 'approved in OPS-12' });
    expect(only(review, 'unindexed-foreign-key', WHOLE_FILE, 6).ignored).toBe(false);
    expect(fileVerdict(review, WHOLE_FILE)).toBe('warn');
  });

  it('the review only warns: ignored errors and escalations do not count', () => {
    expect(review.verdict).toBe('warn');
  });
});

describe('multibyte text', () => {
  const D = 'db/migrations';
  const FILE = `${D}/00004_commandes_spéciales.sql`;
  const VIEW = `${D}/00005_greetings_view.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(D),
      pr: {
        [FILE]: lines(
          '-- +goose Up', //                                                                         1
          '-- Café crème : commandes « spéciales » 🎉🚀', //                                         2
          '-- 日本語のコメント', //                                                                  3
          '/* émoji 👍 in a block comment, ☕ too */', //                                            4
          'CREATE INDEX orders_status_idx ON orders (status);', //                                   5
          "COMMENT ON TABLE orders IS 'Bestellungen 📦 für Zoë';", //                                6
          '-- ünïcödé 🧪', //                                                                        7
          'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total_cents >= 0);', //       8
          "INSERT INTO users (email, name) VALUES ('👋@example.com', 'Zoë 🎉')", //                 9
          '  RETURNIN id;', //                                                                       10
          '/* 🚚 */ ALTER TABLE users', //                                                           11
          '  DROP COLUMN name;', //                                                                  12
        ),
        [VIEW]: lines(
          '-- +goose Up', //                                                                         1
          'CREATE VIEW greetings AS', //                                                             2
          "  SELECT '👋👋👋👋👋👋👋👋👋👋' AS wave,", //                                             3
          '         nickname', //                                                                    4
          '  FROM users;', //                                                                        5
        ),
      },
    });
  });

  it('findings after multibyte comments keep their exact lines', () => {
    expect(reviewed(review, FILE)?.statements).toBe(5);
    only(review, 'require-concurrent-index', FILE, 5);
    only(review, 'constraint-without-not-valid', FILE, 8);
    only(review, 'drop-column', FILE, 11);
  });

  it('a syntax error after emoji in string literals is at the line of the bad token', () => {
    expect(only(review, 'syntax-error', FILE, 10).message).toContain('syntax error at or near "RETURNIN"');
  });

  it('the column of a statement after an emoji on its own line counts UTF-16 code units', () => {
    const f = only(review, 'drop-column', FILE, 11);
    expect(f.column).toBe('/* 🚚 */ '.length + 1);
  });

  // KNOWN-BUGS.md #2: PostgreSQL error positions count characters; the line is computed on
  // UTF-16 code units, so each astral character (emoji) before the error shifts it back by one.
  it('a replay error after emoji in the statement is at the line PostgreSQL points at', () => {
    const f = only(review, 'replay-error', VIEW, 4);
    expect(f.message).toContain('column "nickname" does not exist');
  });
});

describe('CRLF line endings', () => {
  const D = 'migrations';
  const PLAIN = `${D}/004_windows_editor.sql`;
  let review: Review;
  const crlf = (...content: string[]) => content.join('\r\n') + '\r\n';

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: plainShopBase(D),
      pr: {
        [PLAIN]: crlf(
          '-- pg-migration-review: ignore require-concurrent-index -- small table', //  1
          'CREATE INDEX users_name_idx ON users (name);', //                             2
          '', //                                                                         3
          '-- not ignored: the directive covers one statement', //                       4
          'CREATE INDEX orders_status_idx', //                                           5
          '  ON orders (status);', //                                                    6
          '', //                                                                         7
          '-- pg-migration-review: ignore drop-table -- names another rule', //          8
          'ALTER TABLE payments', //                                                     9
          '  ALTER COLUMN amount_cents TYPE bigint;', //                                 10
          'ALTER TABLE users ADD COLUMN phone text NOT NUL;', //                         11
          'BEGIN;', //                                                                   12
          'CREATE INDEX CONCURRENTLY payments_amount_idx ON payments (amount_cents);', // 13
          'COMMIT;', //                                                                  14
          'ALTER TABLE orders DROP COLUMN note;', //                                     15
        ),
      },
    });
  });

  it('maps every finding to its line', () => {
    expect(reviewed(review, PLAIN)?.statements).toBe(8);
    expect(covered(review, PLAIN)).toEqual([
      'require-concurrent-index:2',
      'require-concurrent-index:5',
      'column-type-rewrite:9',
      'syntax-error:11',
      'concurrently-in-transaction:13',
      'drop-column:15',
    ]);
  });

  it('the ignore comment covers the next statement only, and its reason has no carriage return', () => {
    expect(findingAt(review, 'require-concurrent-index', PLAIN, 2)).toMatchObject({ ignored: true, ignoreReason: 'small table' });
    expect(findingAt(review, 'require-concurrent-index', PLAIN, 5).ignored).toBe(false);
    expect(only(review, 'column-type-rewrite', PLAIN, 9).ignored).toBe(false);
    expect(only(review, 'syntax-error', PLAIN, 11).message).toContain('syntax error at or near "NUL"');
    expect(review.verdict).toBe('fail');
  });

  it('findings end on the statement last line', () => {
    const f = findingAt(review, 'require-concurrent-index', PLAIN, 5);
    expect(f.endLine).toBe(6);
  });
});

describe('CRLF goose file with NO TRANSACTION', () => {
  const D = 'db/migrations';
  const FILE = `${D}/00004_index_payments_amount.sql`;
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: gooseShopBase(D),
      pr: {
        [FILE]: [
          '-- +goose NO TRANSACTION',
          '-- +goose Up',
          '',
          '-- written on Windows',
          'CREATE INDEX CONCURRENTLY payments_amount_idx ON payments (amount_cents);',
          'CREATE INDEX orders_status_idx ON orders (status);',
          '-- +goose Down',
          'DROP INDEX payments_amount_idx;',
          '',
        ].join('\r\n'),
      },
    });
  });

  it('the markers are read: no concurrently-in-transaction, and the plain build is reported at line 6', () => {
    expect(reviewed(review, FILE)).toEqual({ status: 'added', framework: 'goose', statements: 2 });
    expect(hits(review, 'concurrently-in-transaction')).toEqual([]);
    expect(covered(review, FILE)).toEqual(['require-concurrent-index:6']);
  });
});
