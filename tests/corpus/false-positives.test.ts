// False positives seen when auditing the corpus, each cut down to the few statements that show it:
// migrations that apply cleanly in production must not get an error, and an index that serves
// different queries is not a duplicate.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import type { Review } from '../../src/core/review-types.js';
import { auditHistory } from '../../src/review/audit.js';

const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

async function audit(files: Record<string, string>): Promise<Review> {
  const root = mkdtempSync(join(tmpdir(), 'pgmr-corpus-fp-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const review = await auditHistory({ root, dir: root, config: { ...DEFAULT_CONFIG, rules: {} } });
  expect(review.files.map((f) => f.path)).toEqual(Object.keys(files));
  return review;
}

const summary = (review: Review) => review.findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.line} ${f.message}`);

describe('audit false positives', () => {
  // supabase/storage migrations/tenant/0029-create-prefixes.sql: a batched backfill that commits
  // between batches, in a file the runner applies outside a transaction. PostgreSQL allows COMMIT
  // in a DO block run at top level; the replay wraps the statement in BEGIN to read its locks, so
  // it fails with 2D000 invalid transaction termination.
  it('a DO block that commits, in a file run outside a transaction, is no replay-error', async () => {
    const review = await audit({
      'migrations/0001-create-items.sql': 'CREATE TABLE items (id bigint PRIMARY KEY, level int);\n',
      'migrations/0002-backfill-levels.sql': [
        '-- postgres-migrations disable-transaction',
        'DO $$',
        'BEGIN',
        '  UPDATE items SET level = 1 WHERE level IS NULL;',
        '  COMMIT;',
        'END',
        '$$;',
        '',
      ].join('\n'),
    });
    expect(summary(review).filter((s) => s.startsWith('replay-error'))).toEqual([]);
  });

  // supabase/storage migrations/tenant/0020-list-objects-with-delimiter.sql: an index on
  // (bucket_id, name COLLATE "C") next to the unique (bucket_id, name) is reported as its
  // duplicate, but it orders and prefix-matches name bytewise, which the default collation's
  // index cannot do: the two serve different queries.
  it('an index with another collation is neither a duplicate nor redundant', async () => {
    const review = await audit({
      'migrations/0001-create-objects.sql': [
        'CREATE TABLE objects (id bigint PRIMARY KEY, bucket_id text NOT NULL, name text NOT NULL);',
        'CREATE UNIQUE INDEX bucketid_objname ON objects (bucket_id, name);',
        '',
      ].join('\n'),
      'migrations/0002-index-names-bytewise.sql': 'CREATE INDEX CONCURRENTLY idx_objects_bucket_id_name ON objects (bucket_id, (name COLLATE "C"));\n',
    });
    expect(summary(review).filter((s) => /^(duplicate|redundant)-index/.test(s))).toEqual([]);
  });

  // mckaywrigley/chatbot-ui: every table references auth.users and defaults to uuid_generate_v4(),
  // which the Supabase platform provides before any migration runs. The replay reports them as
  // replay-error (error), and every later statement on the table that could not be created too
  // (198 errors in 25 files), although the history applies on Supabase; a missing platform role
  // in the same history is rightly a not-replayable notice.
  it('statements that need Supabase platform objects do not fail a Supabase history', async () => {
    const review = await audit({
      'supabase/migrations/20240101000000_add_profiles.sql': [
        'CREATE TABLE profiles (',
        '  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),',
        '  user_id uuid NOT NULL REFERENCES auth.users(id) ON DELETE CASCADE,',
        '  bio text NOT NULL',
        ');',
        'CREATE INDEX profiles_user_id_idx ON profiles (user_id);',
        '',
      ].join('\n'),
    });
    expect(review.files[0].framework).toBe('supabase');
    expect(summary(review).filter((s) => s.split(' ')[1] === 'error')).toEqual([]);
  });
});
