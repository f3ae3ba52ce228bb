// What PostgreSQL 18 really does, end to end on the embedded engine: validation scans measured by
// the replay (StepTrace.scanned), no finding where PostgreSQL skips the scan or the rewrite, the
// foreign keys that need no index, and the integer key advice given on the key.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-types.js';
import { findingAt, hits, lines, listFindings, reviewPullRequest } from './helpers.js';

const BASE = 'migrations/001_init.sql';
const F = 'migrations/002_comments.sql';
const REWRITES = 'migrations/003_maintenance.sql';
const KEYS = 'migrations/004_teams.sql';

describe('exact semantics of scans, rewrites and keys (plain SQL, each statement in its own transaction)', () => {
  let review: Review;

  beforeAll(async () => {
    review = await reviewPullRequest({
      base: {
        [BASE]: lines(
          'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);',
          'CREATE TABLE legacy_codes (id integer PRIMARY KEY, label text NOT NULL);',
          'CREATE TABLE comments (',
          '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
          '  author_id bigint,',
          '  reviewer_id bigint,',
          '  parent_id bigint,',
          '  body text',
          ');',
          'CREATE INDEX comments_author_id_idx ON comments (author_id);',
          'CREATE TABLE audit_log (id bigint PRIMARY KEY, entry text);',
        ),
      },
      pr: {
        [F]: lines(
          "SET lock_timeout = '5s';", //                                                                              1
          '-- all NULL: PostgreSQL validates nothing', //                                                             2
          'ALTER TABLE comments ADD COLUMN locked_by bigint REFERENCES users (id);', //                               3
          '-- a default fills every row, which is validated', //                                                      4
          'ALTER TABLE comments ADD COLUMN editor_id bigint DEFAULT 1 REFERENCES users (id);', //                     5
          'ALTER TABLE comments ADD FOREIGN KEY (author_id) REFERENCES users (id);', //                               6
          'ALTER TABLE comments ADD COLUMN score integer CHECK (score >= 0);', //                                     7
          'ALTER TABLE comments ALTER COLUMN body SET NOT NULL;', //                                                  8
          'ALTER TABLE comments ADD CONSTRAINT comments_reviewer_fkey', //                                            9
          '  FOREIGN KEY (reviewer_id) REFERENCES users (id) NOT ENFORCED;', //                                       10
          'ALTER TABLE comments ADD CONSTRAINT comments_parent_fkey', //                                              11
          '  FOREIGN KEY (parent_id) REFERENCES comments (id) NOT VALID;', //                                         12
          'CREATE INDEX CONCURRENTLY comments_parent_idx ON comments (parent_id) WHERE parent_id IS NOT NULL;', //  13
          'ALTER TABLE comments ADD COLUMN legacy_code_id integer REFERENCES legacy_codes (id);', //                  14
        ),
        [REWRITES]: lines(
          'VACUUM (FULL FALSE) comments;', //                 1
          'VACUUM (FULL) audit_log;', //                      2
          'ALTER TABLE users SET LOGGED;', //                 3
          'ALTER TABLE audit_log SET UNLOGGED;', //           4
        ),
        [KEYS]: lines(
          'CREATE TABLE teams (', //                                                    1
          '  id serial PRIMARY KEY,', //                                                2
          '  name text NOT NULL', //                                                    3
          ');', //                                                                      4
          'CREATE TABLE memberships (', //                                              5
          '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,', //                   6
          '  team_id integer NOT NULL REFERENCES teams (id)', //                        7
          ');', //                                                                      8
          'CREATE INDEX memberships_team_id_idx ON memberships (team_id);', //          9
        ),
      },
    });
  });

  it('replays every statement', () => {
    expect(review.findings.filter((f) => f.ruleId === 'replay-error' || f.ruleId === 'not-replayable').map((f) => `${f.file}:${f.line}`)).toEqual([]);
  });

  it('constraint-without-not-valid where PostgreSQL scans, trace-verified, and not for a new all-NULL column or NOT ENFORCED', () => {
    expect(hits(review, 'constraint-without-not-valid', F).map((h) => h.line), listFindings(review)).toEqual([5, 6, 7]);
    for (const line of [5, 6, 7]) expect(findingAt(review, 'constraint-without-not-valid', F, line).verified).toBe('trace');
    for (const fact of ['score', 'comments_score_check']) expect(findingAt(review, 'constraint-without-not-valid', F, 7).message).toContain(fact);
  });

  it('set-not-null-scans-table with the scan the replay saw', () => {
    expect(findingAt(review, 'set-not-null-scans-table', F, 8).verified).toBe('trace');
  });

  it('unindexed-foreign-key for the new column only: not for NOT ENFORCED nor a key served by a partial index on IS NOT NULL', () => {
    expect(hits(review, 'unindexed-foreign-key', F).map((h) => h.line), listFindings(review)).toEqual([3, 5, 14]);
    const messages = review.findings.filter((f) => f.ruleId === 'unindexed-foreign-key').map((f) => f.message).join('\n');
    expect(messages).not.toContain('comments_reviewer_fkey');
    expect(messages).not.toContain('comments_parent_fkey');
  });

  it('table-rewrite-command only for what rewrote, trace-verified', () => {
    expect(hits(review, 'table-rewrite-command', REWRITES).map((h) => h.line), listFindings(review)).toEqual([2, 4]);
    expect(findingAt(review, 'table-rewrite-command', REWRITES, 2).verified).toBe('trace');
    expect(findingAt(review, 'table-rewrite-command', REWRITES, 4).verified).toBe('trace');
  });

  it('prefer-bigint on the integer key, naming its referencing column, not on a column referencing an integer key', () => {
    expect(hits(review, 'prefer-bigint').map((h) => `${h.file}:${h.line}`), listFindings(review)).toEqual([`${KEYS}:2`]);
    const key = findingAt(review, 'prefer-bigint', KEYS, 2);
    for (const fact of ['memberships.team_id (integer)', 'widened']) expect(key.message).toContain(fact);
    expect(key.fix?.edits.map((e) => e.line)).toEqual([2, 7]);
  });
});

describe('a type change on a partitioned table', () => {
  it('is a rewrite of its partitions, seen by the replay', async () => {
    const review = await reviewPullRequest({
      base: {
        'migrations/001_events.sql': lines(
          'CREATE TABLE events (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);',
          "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
          "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
        ),
      },
      pr: { 'migrations/002_widen.sql': 'ALTER TABLE events ALTER COLUMN id TYPE bigint;\n' },
    });
    const finding = findingAt(review, 'column-type-rewrite', 'migrations/002_widen.sql', 1);
    expect(finding.verified).toBe('trace');
    for (const fact of ['partition', 'events', '(events_2025, events_2026)']) expect(finding.message).toContain(fact);
    expect(hits(review, 'column-type-rewrite')).toHaveLength(1);
  });
});
