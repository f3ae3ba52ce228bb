// The API change source on a shallow checkout (no base commit) must review a pull request exactly
// as the git source does on a full clone, fetching from the API only the base files it needs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import type { Review } from '../../src/core/review-types.js';
import { apiChangeSource, baseCommitAvailable, changesFromFiles, type PullRequestFile } from '../../src/github/changed-files.js';
import { gitChangeSource } from '../../src/review/inputs/change-source.js';
import { discoveryReads } from '../../src/review/inputs/read-history.js';
import { reviewBranch, reviewChanges } from '../../src/review/review-branch.js';
import { TempRepo } from '../helpers/temp-repo.js';

const D = 'db/migrations';
const USERS = `${D}/00001_create_users.sql`;
const MODIFIED = `${D}/00002_create_orders.sql`;
const DELETED = `${D}/00003_create_tags.sql`;
const RENAMED_FROM = `${D}/00004_create_wishlists.sql`;
const RENAMED_TO = `${D}/00004_create_user_wishlists.sql`;
const ADDED = `${D}/00005_index_orders.sql`;
const NOTES = 'docs/notes.md';

const goose = (...sql: string[]): string => `-- +goose Up\n${sql.join('\n')}\n`;
const ORDERS = goose('CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));');

/** The pull request as GitHub's pulls.listFiles reports it. */
const FILES: PullRequestFile[] = [
  { filename: MODIFIED, status: 'modified' },
  { filename: DELETED, status: 'removed' },
  { filename: RENAMED_TO, status: 'renamed', previous_filename: RENAMED_FROM },
  { filename: ADDED, status: 'added' },
  { filename: NOTES, status: 'modified' },
];

const sorted = <T>(items: T[]): T[] => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const findings = (review: Review) =>
  sorted(review.findings.map((f) => ({ rule: f.ruleId, file: f.file, line: f.line, severity: f.severity, message: f.message })));

let repo: TempRepo;
let clone: string;
let baseSha: string;
/** Paths asked of the fake API, in order. */
let fetched: string[];

/** Stands in for GET /repos/{o}/{r}/contents/{path}?ref=<base sha>: reads the full repository. */
async function readBaseFile(path: string): Promise<Buffer | undefined> {
  fetched.push(path);
  try {
    return execFileSync('git', ['show', `${baseSha}:${path}`], { cwd: repo.root, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

beforeAll(() => {
  repo = new TempRepo();
  repo.write({
    [USERS]: goose('CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);'),
    [MODIFIED]: ORDERS,
    [DELETED]: goose('CREATE TABLE tags (id bigint PRIMARY KEY);'),
    [RENAMED_FROM]: goose('CREATE TABLE wishlists (id bigint PRIMARY KEY, user_id bigint NOT NULL);'),
    [NOTES]: 'notes\n',
  }).commit('base').branch('feature');
  baseSha = repo.git('rev-parse', 'main').trim();
  repo.git('mv', RENAMED_FROM, RENAMED_TO);
  repo.remove(DELETED);
  repo.write({
    [MODIFIED]: ORDERS.replace(');', ', note text);'),
    [ADDED]: goose('CREATE INDEX orders_user_id_idx ON orders (user_id);'),
    [NOTES]: 'more notes\n',
  }).commit('pr');
  // What actions/checkout does by default: the pull request's head only.
  clone = mkdtempSync(join(tmpdir(), 'pgmr-shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.root}`, clone], { stdio: 'ignore' });
});

afterAll(() => {
  repo.dispose();
  rmSync(clone, { recursive: true, force: true });
});

describe('baseCommitAvailable', () => {
  it('is false in a shallow clone that lacks the base commit, true where it exists', () => {
    expect(baseCommitAvailable(clone, baseSha)).toBe(false);
    expect(baseCommitAvailable(repo.root, baseSha)).toBe(true);
    expect(baseCommitAvailable(clone, repo.git('rev-parse', 'feature').trim())).toBe(true);
    expect(baseCommitAvailable(repo.root, '0000000000000000000000000000000000000000')).toBe(false);
    expect(() => gitChangeSource(clone, baseSha)).toThrow(/not a commit/);
  });
});

describe('changesFromFiles', () => {
  it('maps every pulls.listFiles status onto the review statuses', () => {
    expect(
      changesFromFiles([
        { filename: 'a.sql', status: 'added' },
        { filename: 'b.sql', status: 'modified' },
        { filename: 'c.sql', status: 'removed' },
        { filename: 'd.sql', status: 'renamed', previous_filename: 'old-d.sql' },
        { filename: 'e.sql', status: 'copied', previous_filename: 'b.sql' },
        { filename: 'f.sql', status: 'changed' },
        { filename: 'g.sql', status: 'unchanged' },
      ]),
    ).toEqual([
      { status: 'added', path: 'a.sql' },
      { status: 'modified', path: 'b.sql' },
      { status: 'deleted', path: 'c.sql' },
      { status: 'renamed', path: 'd.sql', previousPath: 'old-d.sql' },
      { status: 'added', path: 'e.sql' },
      { status: 'modified', path: 'f.sql' },
    ]);
  });
});

describe('apiChangeSource on a shallow checkout', () => {
  it('rebuilds the base tree, bytes and blob ids the git source reads from the base commit', async () => {
    fetched = [];
    const api = await apiChangeSource({ root: clone, files: FILES, readBaseFile });
    const git = gitChangeSource(repo.root, 'main');
    expect([...api.basePaths()].sort()).toEqual([...git.basePaths()].sort());
    for (const path of git.basePaths()) {
      expect(Buffer.from(api.readBase(path)!).equals(Buffer.from(git.readBase(path)!)), path).toBe(true);
      expect(api.baseSha(path), path).toBe(git.baseSha(path));
    }
    expect(sorted(api.changes())).toEqual(sorted(git.changes()));
    // Without a config every file whose base differs from head is fetched, by its base path.
    expect(fetched.sort()).toEqual([MODIFIED, DELETED, RENAMED_FROM, NOTES].sort());
  });

  it('with the config, fetches only the changed migrations and refuses to guess the others', async () => {
    fetched = [];
    const api = await apiChangeSource({ root: clone, files: FILES, readBaseFile, discover: discoveryReads(DEFAULT_CONFIG) });
    expect(fetched.sort()).toEqual([MODIFIED, DELETED, RENAMED_FROM].sort());
    // The edited migration's base comes from the API, not from the working tree.
    expect(Buffer.from(api.readBase(MODIFIED)!).toString('utf8')).toBe(ORDERS);
    expect(Buffer.from(api.readHead(MODIFIED)!).toString('utf8')).not.toBe(ORDERS);
    expect(() => api.readBase(NOTES)).toThrow(/docs\/notes\.md was not fetched/);
  });

  it('gives the same review as the git source on a full clone', async () => {
    fetched = [];
    const source = await apiChangeSource({ root: clone, files: FILES, readBaseFile, discover: discoveryReads(DEFAULT_CONFIG) });
    const viaApi = await reviewChanges({ source, config: DEFAULT_CONFIG });
    const viaGit = await reviewBranch({ root: repo.root, base: 'main', config: DEFAULT_CONFIG });

    expect(findings(viaApi)).toEqual(findings(viaGit));
    expect(sorted(viaApi.files.map((f) => [f.path, f.status, f.verdict]))).toEqual(sorted(viaGit.files.map((f) => [f.path, f.status, f.verdict])));
    // Not vacuous: the edits are caught and the new index is reviewed against the replayed base.
    const hit = (rule: string) => viaApi.findings.filter((f) => f.ruleId === rule).map((f) => f.file).sort();
    expect(hit('edited-migration')).toEqual([MODIFIED, DELETED, RENAMED_TO].sort());
    expect(hit('require-concurrent-index')).toEqual([ADDED]);
    expect(viaApi.files.find((f) => f.path === RENAMED_TO)?.status).toBe('renamed');
  });
});

describe('apiChangeSource discovery with the config', () => {
  it('also fetches the companions and marker-gated files a changed migration needs', async () => {
    const other = new TempRepo();
    try {
      const FLYWAY = 'db/migration/V2__orders.sql';
      const GATED = 'db/0001_goose_in_db.sql';
      other.write({
        'db/migration/V1__users.sql': 'CREATE TABLE users (id int);\n',
        [FLYWAY]: 'CREATE TABLE orders (id int);\n',
        [`${FLYWAY}.conf`]: 'executeInTransaction=true\n',
        [GATED]: goose('CREATE TABLE gated (id int);'),
        'src/app.ts': 'export {};\n',
      }).commit('base');
      const base = other.git('rev-parse', 'HEAD').trim();
      other.write({
        [FLYWAY]: 'CREATE INDEX CONCURRENTLY orders_id_idx ON orders (id);\n',
        [`${FLYWAY}.conf`]: 'executeInTransaction=false\n',
        [GATED]: goose('CREATE TABLE gated (id bigint);'),
        'src/app.ts': 'export const x = 1;\n',
      });
      const asked: string[] = [];
      const source = await apiChangeSource({
        root: other.root,
        files: [FLYWAY, `${FLYWAY}.conf`, GATED, 'src/app.ts'].map((filename) => ({ filename, status: 'modified' })),
        readBaseFile: async (path) => {
          asked.push(path);
          return execFileSync('git', ['show', `${base}:${path}`], { cwd: other.root });
        },
        discover: discoveryReads(DEFAULT_CONFIG),
      });
      expect(asked.sort()).toEqual([FLYWAY, `${FLYWAY}.conf`, GATED].sort());
      expect(Buffer.from(source.readBase(`${FLYWAY}.conf`)!).toString('utf8')).toBe('executeInTransaction=true\n');
      expect(Buffer.from(source.readBase(GATED)!).toString('utf8')).toContain('id int');
    } finally {
      other.dispose();
    }
  });
});
