// Files matching the migration globs that are not reviewable SQL, or are huge or absurdly nested:
// each becomes a finding at a file and line, the review goes on, and time and memory stay bounded.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { covered, hits, lines, only, reviewed, reviewPullRequest } from '../e2e/helpers.js';
import { MAX_NESTING } from '../../src/sql/depth.js';
import { concatBytes, lineOfFirst, measure, pseudoRandomBytes, type Measured } from './measure.js';

const D = 'migrations';
const BASE = { [`${D}/001_base.sql`]: lines('CREATE TABLE t (id bigint PRIMARY KEY, note text, other text, third text);') };
const enc = new TextEncoder();

describe('binary, non-UTF-8 and NUL-bearing files, and absurd nesting, in one pull request', () => {
  const BLOB = `${D}/002_random_blob.sql`;
  const NOT_UTF8 = `${D}/003_binary_without_nul.sql`;
  const LATIN1 = `${D}/004_latin1_seed.sql`;
  const NUL_IN_SQL = `${D}/005_nul_in_sql.sql`;
  const PARENS_10K = `${D}/006_parens_10k.sql`;
  const PARENS_100K = `${D}/007_parens_100k.sql`;
  const PLUS_10K = `${D}/008_plus_10k.sql`;
  const DEEP_BUT_SAFE = `${D}/009_deep_but_safe.sql`;
  const AFTER = `${D}/010_after.sql`;

  // 256 KB of noise: certainly a NUL somewhere, and the line breaks noise happens to contain before it.
  const blob = pseudoRandomBytes(256 * 1024);
  // A text header, then bytes that are neither UTF-8 nor NUL (0xc3 0x28 is a broken two-byte sequence).
  const header = enc.encode('-- exported image\n-- do not edit\n');
  const notUtf8 = concatBytes(header, new Uint8Array([0xc3, 0x28]), pseudoRandomBytes(4096).map((b) => b || 1));
  let run: Measured<Review>;
  let review: Review;

  beforeAll(async () => {
    run = await measure(() =>
      reviewPullRequest({
        base: BASE,
        pr: {
          [BLOB]: blob,
          [NOT_UTF8]: notUtf8,
          // "café" in Latin-1 inside a string literal on line 3.
          [LATIN1]: concatBytes(enc.encode('CREATE TABLE menu (id int, name text);\n-- seed\nINSERT INTO menu VALUES (1, \'caf'), new Uint8Array([0xe9]), enc.encode("');\n")),
          [NUL_IN_SQL]: enc.encode("CREATE TABLE notes (id int);\nSELECT 1;\nINSERT INTO notes VALUES (1)\u0000;\n"),
          [PARENS_10K]: lines('-- ten thousand parentheses', 'SELECT ' + '('.repeat(10_000) + '1' + ')'.repeat(10_000) + ';', 'CREATE INDEX t_note_idx ON t (note);'),
          [PARENS_100K]: lines('SELECT ' + '('.repeat(100_000) + '1' + ')'.repeat(100_000) + ';', 'CREATE INDEX t_other_idx ON t (other);'),
          [PLUS_10K]: lines('SELECT 1' + ' + 1'.repeat(10_000) + ';', 'CREATE INDEX t_third_idx ON t (third);'),
          // Just under the nesting limit: parsed, replayed and walked by every rule without overflowing a stack.
          [DEEP_BUT_SAFE]: lines(
            'SELECT 1' + ' + 1'.repeat(MAX_NESTING - 10) + ';',
            'SELECT ' + '(SELECT '.repeat(MAX_NESTING / 2 - 10) + '1' + ')'.repeat(MAX_NESTING / 2 - 10) + ';',
            'UPDATE t SET note = (' + 'NOT '.repeat(MAX_NESTING - 10) + 'true)::text WHERE id IN (SELECT 1' + ' UNION SELECT 2'.repeat(MAX_NESTING - 20) + ');',
            'CREATE INDEX CONCURRENTLY t_expr_idx ON t ((id' + ' + 1'.repeat(MAX_NESTING - 10) + '));',
            'CREATE INDEX t_id_third_idx ON t (id, third);',
          ),
          [AFTER]: lines('-- a normal file after them', 'CREATE INDEX t_id_note_idx ON t (id, note);'),
        },
      }),
    );
    review = run.value;
  });

  it('a random binary blob: syntax-error at the line of its first NUL, saying it is binary', () => {
    const f = only(review, 'syntax-error', BLOB, lineOfFirst(blob, 0));
    expect(f.message).toMatch(/NUL bytes: it is binary, not SQL text/);
  });

  it('binary bytes without NUL: syntax-error at the first invalid byte, naming it and its offset', () => {
    const f = only(review, 'syntax-error', NOT_UTF8, 3);
    expect(f.message).toContain(`not valid UTF-8 (byte 0xc3 at offset ${header.length})`);
  });

  it('a Latin-1 file: syntax-error at the line of the invalid byte', () => {
    expect(only(review, 'syntax-error', LATIN1, 3).message).toContain('0xe9');
  });

  it('a NUL byte in otherwise valid SQL: syntax-error at its line', () => {
    expect(only(review, 'syntax-error', NUL_IN_SQL, 3).message).toMatch(/NUL/);
  });

  it('deep nesting: a syntax-error on the nested statement, and the statement after it is still reviewed', () => {
    for (const [file, line] of [[PARENS_10K, 2], [PARENS_100K, 1], [PLUS_10K, 1]] as const) {
      expect(only(review, 'syntax-error', file, line).message).toMatch(/nested too deeply to be parsed safely/);
      only(review, 'require-concurrent-index', file, line + 1);
      expect(reviewed(review, file)?.statements).toBe(2);
    }
  });

  it('deep but parseable statements are parsed, replayed and checked like any other', () => {
    expect(reviewed(review, DEEP_BUT_SAFE)?.statements).toBe(5);
    expect(review.traces.filter((t) => t.path === DEEP_BUT_SAFE).map((t) => t.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    only(review, 'require-concurrent-index', DEEP_BUT_SAFE, 5);
  });

  it('later files are reviewed, nothing else fires, and no undecodable file reaches the replay', () => {
    only(review, 'require-concurrent-index', AFTER, 2);
    expect(covered(review).sort()).toEqual(
      [
        `syntax-error:${lineOfFirst(blob, 0)}`, 'syntax-error:3', 'syntax-error:3', 'syntax-error:3', 'syntax-error:2', 'syntax-error:1',
        'syntax-error:1', 'require-concurrent-index:3', 'require-concurrent-index:2', 'require-concurrent-index:2', 'require-concurrent-index:2',
        'require-concurrent-index:5',
      ].sort(),
    );
    expect(hits(review, 'replay-error')).toEqual([]);
  });

  it('stays within bounds (guards against hangs and blow-ups, not benchmarks)', () => {
    console.log(`hostile files: ${run.seconds.toFixed(1)} s, peak ${run.peakMb} MB`);
    expect(run.peakMb).toBeLessThan(3000);
  });
});

describe('a 20 MB migration', () => {
  const BIG = `${D}/002_seed_20mb.sql`;
  const row = "(1, '" + 'x'.repeat(200) + "')";
  const rows = Math.ceil(20e6 / (row.length + 2));
  const big = 'CREATE TABLE seed (id int PRIMARY KEY, note text);\nINSERT INTO seed (id, note) VALUES\n' + Array.from({ length: rows }, () => row).join(',\n') + ';\nCREATE INDEX t_note_idx ON t (note);\n';
  let run: Measured<Review>;

  beforeAll(async () => {
    expect(big.length).toBeGreaterThan(20e6);
    // Generated here into the temporary repository, never committed to this one.
    run = await measure(() => reviewPullRequest({ base: BASE, pr: { [BIG]: big, [`${D}/003_after.sql`]: lines('CREATE INDEX t_other_idx ON t (other);') } }));
  });

  it('is parsed and replayed: its three statements are reviewed, the last one at its line', () => {
    const review = run.value;
    expect(reviewed(review, BIG)?.statements).toBe(3);
    only(review, 'require-concurrent-index', BIG, rows + 3);
    only(review, 'require-concurrent-index', `${D}/003_after.sql`, 1);
    // The INSERT repeats id 1: the replay ran it for real and PostgreSQL rejected it.
    expect(only(review, 'replay-error', BIG, 2).message).toContain('23505');
  });

  it('in bounded time and memory', () => {
    console.log(`20 MB migration: ${run.seconds.toFixed(1)} s, peak ${run.peakMb} MB`);
    expect(run.peakMb).toBeLessThan(3000);
  });
});
