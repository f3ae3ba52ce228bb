// Histories that do not start from an empty database (the schema came from an ORM or a dump) and
// histories with code migrations: one explanation at the cause instead of a replay-error per
// statement, and the `base-schema` file that lets such histories review fully.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/load.js';
import { covered, findingAt, hits, lines, listFindings, reviewPullRequest } from './helpers.js';
import { TempRepo } from '../helpers/temp-repo.js';
import { reviewBranch } from '../../src/review/review-branch.js';
import { renderText } from '../../src/report/text.js';
import { runCli } from '../cli/run-cli.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const M = 'db/migrations';

/** The first migration alters tables an ORM created: nothing of the history creates them. */
const ORM_HISTORY = {
  [`${M}/00001_add_email.sql`]: lines('-- +goose Up', 'ALTER TABLE users ADD COLUMN email text;', 'ALTER TABLE orders ADD COLUMN note text;', 'CREATE INDEX orders_note_idx ON orders (note);'),
};

/** The pull request: an index on a table of the ORM's schema, then a mistake (no such column). */
const PR = {
  [`${M}/00002_index_email.sql`]: lines(
    '-- +goose Up',
    'CREATE INDEX users_email_idx ON users (email);',
    'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;',
    'ALTER TABLE users DROP COLUMN nickname;',
  ),
};

/** What `pg_dump --schema-only` writes for the ORM's schema, with roles of the production server. */
const DUMP = lines(
  '--',
  '-- PostgreSQL database dump',
  '--',
  '\\restrict 3kX9pQ',
  "SET statement_timeout = 0;",
  "SET lock_timeout = 0;",
  "SET client_encoding = 'UTF8';",
  'SET standard_conforming_strings = on;',
  "SELECT pg_catalog.set_config('search_path', '', false);",
  'SET check_function_bodies = false;',
  'SET default_with_oids = false;',
  'SET row_security = off;',
  "COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';",
  "SET default_tablespace = '';",
  'CREATE TABLE public.users (',
  '    id bigint NOT NULL,',
  '    name text NOT NULL,',
  '    nickname text',
  ');',
  'ALTER TABLE public.users OWNER TO app_owner;',
  'CREATE TABLE public.orders (id bigint NOT NULL, user_id bigint);',
  'ALTER TABLE public.orders OWNER TO app_owner;',
  'ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);',
  'GRANT SELECT ON TABLE public.users TO readonly;',
  '\\unrestrict 3kX9pQ',
);

describe('a history that does not start from an empty database', () => {
  it('explains the gap once: one base problem at its cause, one finding at the first pull-request statement, no replay-error', async () => {
    const review = await reviewPullRequest({ base: ORM_HISTORY, pr: PR });
    expect(hits(review, 'replay-error'), listFindings(review)).toEqual([]);
    const finding = findingAt(review, 'incomplete-history', `${M}/00002_index_email.sql`, 2);
    expect(finding.message).toContain('relation "users" does not exist');
    expect(finding.message).toContain(`${M}/00001_add_email.sql:2`);
    expect(finding.help).toContain('base-schema');
    expect(hits(review, 'incomplete-history')).toHaveLength(1);
    // The base history: only the cause is listed, with how many failures followed from it.
    expect(review.baseProblems).toHaveLength(1);
    expect(review.baseProblems[0]).toMatchObject({ path: `${M}/00001_add_email.sql`, line: 2 });
    for (const fact of ['empty database', '2 in the base history', 'base-schema']) expect(review.baseProblems[0].message).toContain(fact);
    expect(review.stats.knowledgeGaps).toEqual([
      { kind: 'history', path: `${M}/00001_add_email.sql`, line: 2, detail: 'relation "users" does not exist', consequences: 2 },
    ]);
    // The tables came from elsewhere and hold data in production: the statements are still judged
    // from their text (nothing was traced), so the blocking index build and the dropped column show.
    const judged = review.findings.filter((f) => f.ruleId !== 'incomplete-history').map((f) => `${f.ruleId}:${f.line}:${f.verified}`);
    expect(judged, listFindings(review)).toEqual(expect.arrayContaining(['require-concurrent-index:2:static', 'set-not-null-scans-table:3:static', 'drop-column:4:static']));
    expect(review.verdict).toBe('fail');
  });

  it('a cached base replay remembers the gap: the same finding, base problem and stats on a hit', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'pgmr-cache-'));
    const repo = new TempRepo();
    try {
      repo.write(ORM_HISTORY).commit('base').branch('feature').write(PR).commit('pr');
      const run = () => reviewBranch({ root: repo.root, base: 'main', config: DEFAULT_CONFIG, cacheDir });
      const miss = await run();
      const hit = await run();
      expect([miss.stats.cache, hit.stats.cache]).toEqual(['miss', 'hit']);
      expect(hit.findings).toEqual(miss.findings);
      expect(hit.baseProblems).toEqual(miss.baseProblems);
      expect(hit.stats.knowledgeGaps).toEqual(miss.stats.knowledgeGaps);
      findingAt(hit, 'incomplete-history', `${M}/00002_index_email.sql`, 2);
    } finally {
      repo.dispose();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('a history that does start from an empty database keeps its replay-errors', async () => {
    const review = await reviewPullRequest({
      base: { [`${M}/00001_users.sql`]: lines('-- +goose Up', 'CREATE TABLE users (id bigint PRIMARY KEY);') },
      pr: { [`${M}/00002_typo.sql`]: lines('-- +goose Up', 'CREATE INDEX users_email_idx ON usres (email);') },
    });
    expect(covered(review)).toEqual(['replay-error:2']);
    expect(hits(review, 'incomplete-history')).toEqual([]);
    expect(review.stats.knowledgeGaps).toBeUndefined();
  });
});

describe('what opens a history gap', () => {
  it('a base migration failing on a missing column is a plain base problem: later missing tables are still replay-errors', async () => {
    const review = await reviewPullRequest({
      base: { [`${M}/00001_users.sql`]: lines('-- +goose Up', 'CREATE TABLE users (id bigint PRIMARY KEY);', 'CREATE INDEX users_email_idx ON users (email);') },
      pr: { [`${M}/00002_typo.sql`]: lines('-- +goose Up', 'ALTER TABLE usres ADD COLUMN email text;') },
    });
    expect(review.baseProblems.map((p) => [p.line, p.message])).toEqual([[3, '42703: column "email" does not exist']]);
    expect(review.stats.knowledgeGaps).toBeUndefined();
    expect(covered(review)).toEqual(['replay-error:2']);
  });

  it('a table a base migration made but the replay could not is existing: an index on it is reported, not a replay-error', async () => {
    const file = `${M}/00002_index.sql`;
    const review = await reviewPullRequest({
      base: {
        // nofn() comes from outside the history: the CREATE fails in the replay, not in production.
        [`${M}/00001_events.sql`]: lines('-- +goose Up', 'CREATE TABLE events (id bigint, updated timestamptz, CONSTRAINT c CHECK (nofn(id)));'),
      },
      pr: { [file]: lines('-- +goose Up', "SET lock_timeout = '5s';", 'CREATE INDEX events_updated_idx ON events (updated);') },
    });
    expect(review.baseProblems.map((p) => p.line)).toEqual([2]);
    expect(covered(review)).toEqual(['require-concurrent-index:3']);
    expect(findingAt(review, 'require-concurrent-index', file, 3).verified).toBe('static');
  });

  it('a pull request using a schema nothing creates (another project makes it): one warning, not a replay-error per statement', async () => {
    const file = `${M}/00002_reports.sql`;
    const review = await reviewPullRequest({
      base: { [`${M}/00001_users.sql`]: lines('-- +goose Up', 'CREATE TABLE users (id bigint PRIMARY KEY);') },
      pr: {
        [file]: lines(
          '-- +goose Up',
          'CREATE TABLE reports (id bigint PRIMARY KEY, machine_id bigint REFERENCES fsm.state_machine (id));',
          "INSERT INTO fsm.statechart (name) VALUES ('reports');",
          "UPDATE usres SET id = 1 WHERE id = 0;",
        ),
      },
    });
    const finding = findingAt(review, 'incomplete-history', file, 2);
    expect(finding.message).toContain('schema "fsm" does not exist');
    expect(finding.message).toContain('outside the history');
    expect(hits(review, 'incomplete-history')).toHaveLength(1);
    // Past the gap the failures on missing objects are its consequences: the typo is not told apart.
    expect(hits(review, 'replay-error'), listFindings(review)).toEqual([]);
    expect(review.stats.knowledgeGaps?.map((g) => [g.kind, g.path, g.line])).toEqual([['history', file, 2]]);
    expect(review.verdict).toBe('warn');
  });
});

describe('base-schema', () => {
  it('replays a pg_dump file before the history, so the pull request is reviewed fully', async () => {
    const review = await reviewPullRequest({ base: { ...ORM_HISTORY, 'db/structure.sql': DUMP }, pr: PR, config: { baseSchema: 'db/structure.sql' } });
    // Owners, grants to production roles, old settings and the plpgsql comment pass quietly.
    expect(review.baseProblems).toEqual([]);
    expect(review.stats.knowledgeGaps).toBeUndefined();
    expect(hits(review, 'incomplete-history')).toEqual([]);
    // The statement rules see existing tables, and a real mistake is a replay-error again.
    const file = `${M}/00002_index_email.sql`;
    expect(covered(review, file)).toEqual(['require-concurrent-index:2', 'drop-column:4']);
    expect(review.schema.before.tables['public.users']?.columns.map((c) => c.name)).toEqual(['id', 'name', 'nickname', 'email']);
  });

  it('a real pg_dump --schema-only file (PostgreSQL 15, roles of its server) replays without a problem', async () => {
    const dump = readFileSync(new URL('../fixtures/base-schema/pg15-schema-only.sql', import.meta.url), 'utf8');
    const review = await reviewPullRequest({
      base: { 'db/structure.sql': dump, [`${M}/00001_name.sql`]: lines('-- +goose Up', 'ALTER TABLE users ADD COLUMN name text;') },
      pr: { [`${M}/00002_index.sql`]: lines('-- +goose Up', 'CREATE INDEX orders_status_idx ON orders (status);', 'ALTER TABLE billing.invoices ADD COLUMN note text;') },
      config: { baseSchema: 'db/structure.sql' },
    });
    expect(review.baseProblems).toEqual([]);
    expect(covered(review)).toEqual(['require-concurrent-index:2']);
    expect(Object.keys(review.schema.before.tables).sort()).toEqual(['billing.invoices', 'public.orders', 'public.paid_orders', 'public.users']);
  });

  it('puts back the session settings the dump changed: unqualified names of later migrations resolve in public', async () => {
    const review = await reviewPullRequest({
      base: { ...ORM_HISTORY, 'db/structure.sql': DUMP, [`${M}/00002_audit.sql`]: lines('-- +goose Up', 'CREATE TABLE audit (id bigint PRIMARY KEY);') },
      pr: { [`${M}/00003_audit_note.sql`]: lines('-- +goose Up', 'ALTER TABLE audit ADD COLUMN note text;') },
      config: { baseSchema: 'db/structure.sql' },
    });
    expect(review.baseProblems).toEqual([]);
    expect(review.schema.before.tables['public.audit']).toBeDefined();
    expect(covered(review)).toEqual([]);
  });

  it('a statement of the file that fails, or does not parse, is named by file and line', async () => {
    const broken = DUMP.replace('CREATE TABLE public.orders (id bigint NOT NULL, user_id bigint);', 'CREATE TABLE public.orders (id bigint NOT NULL, user_id bigint REFERENCES public.accounts (id));')
      .replace("SET default_tablespace = '';", "SET default_tablespace = '';\nCREATE TABLE public.broken (id bigint NOT NULL,);");
    const review = await reviewPullRequest({ base: { ...ORM_HISTORY, 'db/structure.sql': broken }, pr: PR, config: { baseSchema: 'db/structure.sql' } });
    const lineOf = (text: string) => broken.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(review.baseProblems.map((p) => [p.path, p.line, p.about])).toEqual([
      ['db/structure.sql', lineOf('public.broken'), 'base-schema'],
      ['db/structure.sql', lineOf('public.accounts'), 'base-schema'],
    ]);
    expect(review.baseProblems[0].message).toMatch(/^42601: syntax error at or near "\)"/);
    expect(review.baseProblems[1].message).toContain('relation "public.accounts" does not exist');
    const text = renderText(review);
    expect(text).toContain(`note: base-schema db/structure.sql:${lineOf('public.accounts')} did not replay: 42P01: relation "public.accounts" does not exist`);
  });

  it('audit: the history gap opens at its cause, and the base-schema file closes it', async () => {
    const repo = new TempRepo();
    try {
      repo.write({
        ...ORM_HISTORY,
        [`${M}/00002_more.sql`]: lines('-- +goose Up', 'ALTER TABLE invoices ADD COLUMN paid boolean;'),
        'db/structure.sql': DUMP,
      }).commit('base');
      const gapFindings = async () =>
        (JSON.parse((await runCli(['audit', '--format', 'json'], repo.root)).stdout) as { findings: { ruleId: string; file: string; line: number }[] }).findings
          .filter((f) => f.ruleId === 'replay-error' || f.ruleId === 'incomplete-history')
          .map((f) => `${f.ruleId} ${f.file}:${f.line}`);
      // One explanation at the first migration; the second file's missing table is its consequence.
      expect(await gapFindings()).toEqual([`incomplete-history ${M}/00001_add_email.sql:2`]);
      repo.write({ '.pg-migration-review.yml': 'base-schema: db/structure.sql\n' }).commit('config');
      // With the dump, the ORM's tables exist: only the table it does not have either is a replay-error.
      expect(await gapFindings()).toEqual([`replay-error ${M}/00002_more.sql:2`]);
    } finally {
      repo.dispose();
    }
  });

  it('a file that is not there stops the review with a message naming it', async () => {
    await expect(reviewPullRequest({ base: ORM_HISTORY, pr: PR, config: { baseSchema: 'db/missing.sql' } })).rejects.toThrow(
      new ConfigError('base-schema: db/missing.sql (set in .pg-migration-review.yml) does not exist in the repository'),
    );
  });

  it('is part of the base-snapshot cache key: another dump is a miss, the same one a hit', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'pgmr-cache-'));
    const repo = new TempRepo();
    try {
      repo.write({ ...ORM_HISTORY, 'db/structure.sql': DUMP }).commit('base').branch('feature').write(PR).commit('pr');
      const run = () => reviewBranch({ root: repo.root, base: 'main', config: { ...DEFAULT_CONFIG, baseSchema: 'db/structure.sql' }, cacheDir });
      expect((await run()).stats.cache).toBe('miss');
      const hit = await run();
      expect(hit.stats.cache).toBe('hit');
      expect(covered(hit, `${M}/00002_index_email.sql`)).toEqual(['require-concurrent-index:2', 'drop-column:4']);
      repo.git('checkout', '-q', 'main');
      repo.write({ 'db/structure.sql': DUMP.replace('nickname text', 'nickname varchar(40)') }).commit('dump changed');
      repo.git('checkout', '-q', 'feature');
      repo.git('rebase', '-q', 'main');
      expect((await run()).stats.cache).toBe('miss');
    } finally {
      repo.dispose();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('code migrations', () => {
  const GO = lines('package migrations', '', 'import "github.com/pressly/goose/v3"', '', 'func init() { goose.AddMigration(up0002, down0002) }');

  it('in the base history: one base problem naming the Go file; later failures on what it made are its consequences', async () => {
    const review = await reviewPullRequest({
      base: {
        [`${M}/00001_jobs.sql`]: lines('-- +goose Up', 'CREATE TABLE jobs (id bigint PRIMARY KEY);'),
        [`${M}/00002_external_job_id.go`]: GO,
        [`${M}/00003_index.sql`]: lines('-- +goose Up', 'CREATE INDEX jobs_external_job_id_idx ON jobs (external_job_id);'),
      },
      pr: { [`${M}/00004_use_it.sql`]: lines('-- +goose Up', 'ALTER TABLE jobs ALTER COLUMN external_job_id SET NOT NULL;', 'CREATE TABLE runs (id bigint PRIMARY KEY);') },
    });
    expect(review.baseProblems).toHaveLength(1);
    expect(review.baseProblems[0]).toMatchObject({ path: `${M}/00002_external_job_id.go`, line: 1 });
    for (const fact of ['Go migration', '1 in the base history']) expect(review.baseProblems[0].message).toContain(fact);
    expect(hits(review, 'replay-error')).toEqual([]);
    const finding = findingAt(review, 'incomplete-history', `${M}/00004_use_it.sql`, 2);
    for (const fact of [`${M}/00002_external_job_id.go`, 'Go migration']) expect(finding.message).toContain(fact);
    expect(finding.message).toContain('column "external_job_id" of relation "jobs" does not exist');
  });

  it('added by the pull request: one warning on the Go file, and statements after it that fail on missing objects are not replay-errors', async () => {
    const review = await reviewPullRequest({
      base: { [`${M}/00001_jobs.sql`]: lines('-- +goose Up', 'CREATE TABLE jobs (id bigint PRIMARY KEY);') },
      pr: {
        [`${M}/00002_external_job_id.go`]: GO,
        [`${M}/00003_not_null.sql`]: lines('-- +goose Up', 'ALTER TABLE jobs ALTER COLUMN external_job_id SET NOT NULL;'),
      },
    });
    expect(review.files.map((f) => [f.path, f.status])).toEqual([
      [`${M}/00002_external_job_id.go`, 'added'],
      [`${M}/00003_not_null.sql`, 'added'],
    ]);
    const finding = findingAt(review, 'opaque-code', `${M}/00002_external_job_id.go`, 1);
    expect(finding.severity).toBe('warning');
    for (const fact of ['Go migration', 'cannot run']) expect(finding.message).toContain(fact);
    expect(hits(review, 'replay-error')).toEqual([]);
    expect(hits(review, 'incomplete-history')).toEqual([]);
    expect(review.verdict, listFindings(review)).toBe('warn');
  });
});
