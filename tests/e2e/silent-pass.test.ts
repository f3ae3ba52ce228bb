// A review that found nothing to review never passes silently: a repository without recognised
// migrations says so in every output (text, JSON, markdown, summary comment, annotation) with
// no pass mark, and SQL files of a pull request that nothing reads are listed by
// unreviewed-sql-file with how to include them.
import { afterAll, describe, expect, it } from 'vitest';
import { TempRepo } from '../helpers/temp-repo.js';
import { runCli } from '../cli/run-cli.js';
import { findingAt, hits, lines, listFindings, reviewPullRequest } from './helpers.js';
import { noMigrationsCommand } from '../../src/report/annotations.js';
import { summaryComment } from '../../src/report/summary-comment.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos.splice(0)) r.dispose();
});

/** Migrations kept where no default layout looks: `database/changes/` without framework markers. */
function unrecognisedLayout(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({ 'database/changes/001_books.sql': lines('CREATE TABLE books (id bigint PRIMARY KEY, title text);'), 'README.md': 'books\n' }).commit('base');
  repo.branch('feature').write({ 'database/changes/002_index.sql': lines('CREATE INDEX books_title_idx ON books (title);') }).commit('pr');
  return repo;
}

describe('no migration anywhere in the repository', () => {
  it('every CLI output says so, none shows a pass mark, and the changed SQL file is listed', async () => {
    const repo = unrecognisedLayout();
    const text = await runCli(['review', '--base', 'main'], repo.root);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/PASS/);
    expect(text.stdout).toMatch(/^WARN no migrations found: /m);
    expect(text.stdout).toContain('No migration was found in the repository');
    expect(text.stdout).toContain('2 .sql files are not recognised as migrations: database/changes/001_books.sql, database/changes/002_index.sql');
    expect(text.stdout).toMatch(/database\/changes\/002_index\.sql:1: warning unreviewed-sql-file/);

    const json = await runCli(['review', '--base', 'main', '--format', 'json'], repo.root);
    const report = JSON.parse(json.stdout) as { verdict: string; stats: { noMigrations?: { reason: string; sqlFiles: number } }; findings: { ruleId: string }[] };
    expect(report.verdict).toBe('warn');
    expect(report.stats.noMigrations?.sqlFiles).toBe(2);
    expect(report.stats.noMigrations?.reason).toMatch(/^No migration was found in the repository, so nothing was replayed or reviewed .*set migrations: in \.pg-migration-review\.yml/);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['unreviewed-sql-file']);

    const markdown = await runCli(['review', '--base', 'main', '--format', 'markdown'], repo.root);
    expect(markdown.stdout).not.toContain('✅');
    expect(markdown.stdout.split('\n')[0]).toBe('## ⚠️ pg-migration-review: no migrations found');
    expect(markdown.stdout).toContain('> No migration was found in the repository');

    // A team that fails on warnings is stopped; the default gate (errors) lets it through, visibly.
    expect((await runCli(['review', '--base', 'main', '--fail-on', 'warning'], repo.root)).code).toBe(1);
  });

  it('audit of a folder without migrations says so too, with no pass', async () => {
    const repo = unrecognisedLayout();
    const audit = await runCli(['audit', 'database'], repo.root);
    expect(audit.code).toBe(0);
    expect(audit.stdout).not.toMatch(/PASS/);
    expect(audit.stdout).toMatch(/^WARN no migrations found: 0 errors, 0 escalations, 0 warnings, 0 notices in 0 files/m);
    expect(audit.stdout).toContain('2 .sql files are not recognised as migrations: database/changes/001_books.sql, database/changes/002_index.sql');
  });

  it('a repository with no SQL at all: still no pass, and the job summary and annotation say why', async () => {
    const review = await reviewPullRequest({ base: { 'README.md': 'hello\n' }, pr: { 'README.md': 'hello again\n' } });
    expect(review.verdict).toBe('warn');
    expect(review.findings).toEqual([]);
    expect(review.stats.noMigrations).toEqual({ reason: expect.stringMatching(/^No migration was found in the repository, so nothing was replayed or reviewed \(looked for folders named migrations/), sqlFiles: 0 });
    const summary = summaryComment(review, { directory: '.' });
    expect(summary).toContain('## ⚠️ pg-migration-review: no migrations found');
    expect(summary).not.toContain('✅');
    expect(noMigrationsCommand(review)).toMatch(/^::warning title=pg-migration-review%3A no migrations found::No migration was found in the repository/);
  });

  it('once migrations: names the folder, the same pull request is reviewed and nothing says "no migrations"', async () => {
    const review = await reviewPullRequest({
      base: { 'database/changes/001_books.sql': lines('CREATE TABLE books (id bigint PRIMARY KEY, title text);') },
      pr: { 'database/changes/002_index.sql': lines('CREATE INDEX books_title_idx ON books (title);') },
      config: { migrations: ['database/changes/*.sql'] },
    });
    expect(review.stats.noMigrations).toBeUndefined();
    expect(noMigrationsCommand(review)).toBeUndefined();
    expect(hits(review, 'unreviewed-sql-file')).toEqual([]);
    expect(hits(review, 'require-concurrent-index')).toEqual([{ ruleId: 'require-concurrent-index', file: 'database/changes/002_index.sql', line: 1 }]);
  });
});

describe('unreviewed-sql-file', () => {
  const base = { 'db/migrations/00001_orders.sql': lines('-- +goose Up', 'CREATE TABLE orders (id bigint PRIMARY KEY);') };
  const pr = {
    'db/migrations/00002_note.sql': lines('-- +goose Up', 'ALTER TABLE orders ADD COLUMN note text;'),
    'scripts/backfill_notes.sql': lines("UPDATE orders SET note = '' WHERE note IS NULL;"),
    'ops/hotfix.sql': lines('ALTER TABLE orders ADD COLUMN flag boolean;'),
    // Left out on purpose: none of these is listed.
    'db/migrations/00002_note.down.sql': lines('ALTER TABLE orders DROP COLUMN note;'),
    'vendor/github.com/lib/schema.sql': lines('CREATE TABLE lib (id int);'),
    'db/mysql/00001_orders.sql': lines('CREATE TABLE orders (id int AUTO_INCREMENT PRIMARY KEY);'),
    'tests/fixtures/orders.sql': lines("INSERT INTO orders VALUES (1, 'x');"),
    'node_modules/pkg/setup.sql': lines('SELECT 1;'),
  };

  it('one finding listing the changed SQL files nothing reviewed, with how to include them', async () => {
    const review = await reviewPullRequest({ base, pr });
    expect(hits(review, 'unreviewed-sql-file'), listFindings(review)).toHaveLength(1);
    const finding = findingAt(review, 'unreviewed-sql-file', 'ops/hotfix.sql', 1);
    expect(finding.severity).toBe('warning');
    // How many files and which, in one finding; the help names the settings that include them.
    for (const fact of ['2 .sql files', 'ops/hotfix.sql, scripts/backfill_notes.sql']) expect(finding.message).toContain(fact);
    for (const fact of ['migrations:', '.pg-migration-review.yml', 'queries:']) expect(finding.help).toContain(fact);
    expect(review.stats.noMigrations).toBeUndefined();
    expect(review.files.map((f) => f.path)).toEqual(['db/migrations/00002_note.sql']);
  });

  it('files a glob takes in (queries:) or leaves out on purpose (a !glob) are not listed', async () => {
    const review = await reviewPullRequest({ base, pr, config: { queries: ['scripts/**/*.sql'], migrations: ['!ops/**'] } });
    expect(hits(review, 'unreviewed-sql-file'), listFindings(review)).toEqual([]);
  });

  it('a pull request that changes only unrecognised SQL files is not a silent pass', async () => {
    const review = await reviewPullRequest({ base, pr: { 'ops/hotfix.sql': lines('ALTER TABLE orders ADD COLUMN flag boolean;') } });
    expect(review.files).toEqual([]);
    expect(review.verdict).toBe('warn');
    findingAt(review, 'unreviewed-sql-file', 'ops/hotfix.sql', 1);
  });
});
