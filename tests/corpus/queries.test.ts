// Real application queries from the shared corpus, reviewed as a pull request that adds them on
// top of their project's schema: every query the tool can compile must compile (their projects
// run them), and the anti-pattern and index findings are printed for a person to read.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import type { Review } from '../../src/core/review-types.js';
import { reviewBranch } from '../../src/review/review-branch.js';
import { CORPUS_PRESENT, corpusManifest, corpusPath } from '../helpers/corpus.js';
import { TempRepo } from '../helpers/temp-repo.js';

const QUERIES = corpusPath('queries');

interface QueryEntry {
  dir: string;
  files: string[];
}
const manifest = corpusManifest<QueryEntry>('queries');

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split('\\').join('/'));
}

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

/**
 * A repository whose main branch holds the project's schema as migrations, and a pull request
 * adding its query files under `queries/` (where default discovery finds them).
 */
async function reviewQueries(dir: string, schema: Record<string, string>, config = {}): Promise<Review> {
  const entry = manifest.find((e) => e.dir === dir)!;
  const repo = new TempRepo();
  repos.push(repo);
  repo.write(schema).commit('schema').branch('feature');
  const added: Record<string, string> = {};
  for (const file of entry.files) {
    if (file.endsWith('schema.sql')) continue;
    added[`queries/${file.replaceAll('/', '__')}`] = readFileSync(join(QUERIES, dir, file), 'utf8');
  }
  repo.write(added).commit('queries');
  return reviewBranch({ root: repo.root, base: 'main', config: { ...DEFAULT_CONFIG, ...config } });
}

function schemaOf(dir: string): Record<string, string> {
  const entry = manifest.find((e) => e.dir === dir)!;
  const file = entry.files.find((f) => f.endsWith('schema.sql'))!;
  return { 'db/migrations/0001_schema.sql': readFileSync(join(QUERIES, dir, file), 'utf8') };
}

function summary(review: Review): string {
  const counts: Record<string, number> = {};
  for (const f of review.findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  const advice = review.findings.filter((f) => f.ruleId === "missing-index-for-query").map((f) => `\n  ${f.file}:${f.line} ${f.message}`);
  return JSON.stringify(Object.fromEntries(Object.entries(counts).sort())) + advice.join("");
}

function invalid(review: Review): string[] {
  return review.findings.filter((f) => f.ruleId === 'query-invalid' || f.ruleId === 'syntax-error' || f.ruleId === 'replay-error').map((f) => `${f.file}:${f.line} ${f.message}`);
}

describe.skipIf(!CORPUS_PRESENT)('corpus queries against their schemas', () => {
  it.each(['knadh__listmonk', 'adelsz__pgtyped'])('%s: every query compiles', async (dir) => {
    const review = await reviewQueries(dir, schemaOf(dir));
    console.log(`${dir}: ${review.stats.queries} queries, findings ${summary(review)}`);
    expect(review.stats.queries).toBeGreaterThan(3);
    expect(invalid(review)).toEqual([]);
  });

  // Their schemas are migration histories of the corpus, replayed as the base branch.
  function historyOf(dir: string): Record<string, string> {
    const history = corpusPath(dir);
    return Object.fromEntries(filesUnder(history).map((p) => [`app/${p}`, readFileSync(join(history, p), 'utf8')]));
  }

  it('frain-dev__convoy: every sqlc query compiles against the replayed sql-migrate history', async () => {
    const review = await reviewQueries('frain-dev__convoy', historyOf('frain-dev__convoy'), { framework: 'sql-migrate' });
    console.log(`frain-dev__convoy: ${review.stats.queries} queries, findings ${summary(review)}`);
    expect(review.stats.queries).toBeGreaterThan(200);
    expect(invalid(review)).toEqual([]);
  });

  it('riverqueue__river: only the queries that depend on river filling in its /* TEMPLATE */ comments fail', async () => {
    const review = await reviewQueries('riverqueue__river', historyOf('riverqueue__river'));
    console.log(`riverqueue__river: ${review.stats.queries} queries, findings ${summary(review)}`);
    expect(review.stats.queries).toBeGreaterThan(40);
    // River replaces `/* TEMPLATE: schema */` with a schema prefix at run time, also inside string
    // literals: `nextval('/* TEMPLATE: schema */river_job_id_seq')` is not a valid name until then,
    // and migration 005 rebuilds river_migration (adding `line`) only when
    // `to_regclass('/* TEMPLATE: schema */river_migration')` finds it, which untemplated it never does.
    const failures = invalid(review).map((f) => f.replace(/^queries\/riverdriver__riverpgxv5__internal__dbsqlc__/, ''));
    expect(failures.map((f) => f.split(' does not compile')[0])).toEqual([
      'river_job.sql:298 query JobInsertFastMany',
      'river_migration.sql:19 query RiverMigrationDeleteByLineAndVersionMany',
      'river_migration.sql:39 query RiverMigrationGetByLine',
      'river_migration.sql:44 query RiverMigrationInsert',
      'river_migration.sql:53 query RiverMigrationInsertMany',
    ]);
    expect(failures[0]).toContain('invalid name syntax');
    expect(failures.slice(1).every((f) => f.includes('column "line"'))).toBe(true);
  });
});
