// The action as an organisation runs it: two matrix jobs (two migration folders) on one pull
// request, a token that cannot read GET /user, and a workflow_dispatch audit of an old history
// adopted with a baseline, so only new findings fail.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCache, type FakeCache } from '../helpers/fake-cache.js';
import { GITHUB_ERRORS, type FakeGitHub } from '../helpers/fake-github.js';
import { TempRepo } from '../helpers/temp-repo.js';
import { notices, readReport, STACK_TRACE } from './expectations.js';
import { pullRequestPayload, workflowDispatchPayload, type PullRequestShape } from './payloads.js';
import { parse as parseYaml } from 'yaml';
import { bundledAction, disposeRuns, fakeGitHubFor, PULL, ROOT, runAction, type ActionRun } from './run-action.js';
import { dropColumnCheckout, pullRequestCheckout, type PullRequestCheckout } from './workspace.js';

const servers: FakeGitHub[] = [];
const repos: TempRepo[] = [];

afterAll(async () => {
  for (const s of servers) await s.close();
  for (const r of repos) r.dispose();
  disposeRuns();
});

async function serve(checkout: PullRequestCheckout, options: Parameters<typeof fakeGitHubFor>[1] = {}): Promise<FakeGitHub> {
  const api = await fakeGitHubFor(checkout, options);
  servers.push(api);
  return api;
}

const shape = (c: PullRequestCheckout): PullRequestShape => ({ number: PULL, baseSha: c.baseSha, headSha: c.headSha, headRef: c.headRef });

describe('two matrix jobs, one per migrations folder, on one pull request', () => {
  let checkout: PullRequestCheckout;
  let api: FakeGitHub;
  let shop: ActionRun;
  let analytics: ActionRun;
  const SHOP = { migrations: 'db/migrations/*.sql', name: 'shop', 'sarif-file': 'shop.sarif' };
  const ANALYTICS = { migrations: 'analytics/migrations/*.sql', name: 'analytics', 'sarif-file': 'analytics.sarif' };

  beforeAll(async () => {
    checkout = pullRequestCheckout(
      (repo) => {
        repo.write({
          'db/migrations/00001_books.sql': '-- +goose Up\nCREATE TABLE books (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text NOT NULL);\n',
          'analytics/migrations/001_events.sql': 'CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL);\n',
        });
      },
      (repo) => {
        repo.write({
          'db/migrations/00002_books_title.sql': "-- +goose Up\nSET lock_timeout = '5s';\nCREATE INDEX books_title_idx ON books (title);\n",
          'analytics/migrations/002_events_at.sql': "SET lock_timeout = '5s';\nCREATE INDEX events_at_idx ON events (at);\n",
        });
      },
    );
    repos.push(checkout.repo);
    api = await serve(checkout);
    const payload = pullRequestPayload('opened', shape(checkout));
    shop = await runAction({ workspace: checkout.root, event: 'pull_request', payload, api, inputs: SHOP });
    analytics = await runAction({ workspace: checkout.root, event: 'pull_request', payload, api, inputs: ANALYTICS });
  });

  it('reviews each folder in its own job', () => {
    for (const run of [shop, analytics]) expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(readReport(shop).findings.map((f) => f.file)).toContain('db/migrations/00002_books_title.sql');
    expect(readReport(shop).findings.some((f) => f.file.startsWith('analytics/'))).toBe(false);
    expect(readReport(analytics).findings.map((f) => `${f.ruleId} ${f.file}`)).toContain('require-concurrent-index analytics/migrations/002_events_at.sql');
  });

  it("keeps both jobs' inline comments and summaries: the second job deletes nothing of the first", () => {
    expect(api.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    const paths = api.state.reviewComments.map((c) => c.path);
    expect(paths).toContain('db/migrations/00002_books_title.sql');
    expect(paths).toContain('analytics/migrations/002_events_at.sql');
    expect(api.state.issueComments).toHaveLength(2);
    expect(api.state.issueComments.map((c) => c.body.split('\n', 1)[0]).sort()).toEqual([
      '<!-- pg-migration-review:summary:analytics/migrations scope=analytics -->',
      '<!-- pg-migration-review:summary:db/migrations scope=shop -->',
    ]);
  });

  it("has a description the Marketplace accepts (under 125 characters) and every input's default documented", () => {
    const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { description: string; inputs: Record<string, unknown> };
    expect(action.description.length).toBeLessThan(125);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const input of Object.keys(action.inputs)) expect(readme, input).toContain(`| \`${input}\` |`);
  });

  it('files each job under its own code-scanning category', () => {
    const category = (file: string) => (JSON.parse(readFileSync(`${checkout.root}/${file}`, 'utf8')) as { runs: { automationDetails: { id: string } }[] }).runs[0].automationDetails.id;
    expect([category('shop.sarif'), category('analytics.sarif')]).toEqual(['pg-migration-review-shop/', 'pg-migration-review-analytics/']);
  });

  it('re-runs one job without touching the other: no duplicates, nothing deleted', async () => {
    const before = api.state.reviewComments.length;
    const again = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('synchronize', shape(checkout)), api, inputs: SHOP });
    expect(again.code).toBe(shop.code);
    expect(api.state.reviewComments).toHaveLength(before);
    expect(api.state.issueComments).toHaveLength(2);
    expect(api.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
  });
});

describe('a token that cannot read GET /user (404, as some app and enterprise tokens answer)', () => {
  let checkout: PullRequestCheckout;
  let api: FakeGitHub;
  let first: ActionRun;

  beforeAll(async () => {
    checkout = dropColumnCheckout({ small: true });
    repos.push(checkout.repo);
    api = await serve(checkout, { actor: { login: 'acme-migrations[bot]', type: 'Bot' } });
    api.inject({ method: 'GET', path: /^\/user$/, ...GITHUB_ERRORS.notFound(), attempts: 'every' });
    first = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('opened', shape(checkout)), api });
  });

  it('still publishes the inline review and the summary, and says what it could not read', () => {
    expect(first.stderr).not.toMatch(STACK_TRACE);
    expect(first.outputs.verdict).toBe('escalate');
    expect(api.state.reviewComments).toHaveLength(1);
    expect(api.state.issueComments).toHaveLength(1);
    expect(notices(first).some((n) => /GET \/user/.test(n))).toBe(true);
  });

  it("recognises its own comments by their markers on the next run: nothing is posted twice (and the config's fail-on holds)", async () => {
    // The team's config says escalations do not fail the step; no fail-on input overrides it.
    writeFileSync(join(checkout.root, '.pg-migration-review.yml'), 'fail-on: never\n');
    const again = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('synchronize', shape(checkout)), api });
    expect([first.code, again.code]).toEqual([1, 0]);
    expect(again.outputs.verdict).toBe('escalate');
    expect(api.state.reviewComments).toHaveLength(1);
    expect(api.state.issueComments).toHaveLength(1);
    expect(api.requests.filter((r) => r.operation === 'issues/update-comment')).toHaveLength(1);
  });
});

describe("the built-in base cache in GitHub's cache service", () => {
  let checkout: PullRequestCheckout;
  let api: FakeGitHub;
  let cache: FakeCache;
  let first: ActionRun;
  let second: ActionRun;
  let runnerTemp: string;

  beforeAll(async () => {
    checkout = dropColumnCheckout({ small: true });
    repos.push(checkout.repo);
    api = await serve(checkout);
    cache = await startFakeCache();
    // Two runs of the pull request on fresh runners: RUNNER_TEMP is the same path on every hosted
    // runner (the cache's version hashes it) and starts empty.
    runnerTemp = mkdtempSync(join(tmpdir(), 'pgmr-runner-temp-'));
    const run = (action: 'opened' | 'synchronize') => {
      rmSync(runnerTemp, { recursive: true, force: true });
      return runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload(action, shape(checkout)), api, inputs: { comment: 'none' }, cacheUrl: cache.url, runnerTemp });
    };
    first = await run('opened');
    second = await run('synchronize');
  });

  afterAll(async () => {
    await cache.close();
    rmSync(runnerTemp, { recursive: true, force: true });
  });

  it('saves the replayed base after the first run and restores it on the next, with the same review', () => {
    for (const r of [first, second]) expect(r.stderr).not.toMatch(STACK_TRACE);
    expect([first.outputs.cache, second.outputs.cache]).toEqual(['miss', 'hit']);
    expect(cache.entries.filter((e) => e.committed).map((e) => e.key)).toEqual([expect.stringMatching(new RegExp(`^pg-migration-review-base-v1-[0-9a-f]{12}-${checkout.baseSha}$`))]);
    expect(readReport(second).findings.map((f) => f.fingerprint)).toEqual(readReport(first).findings.map((f) => f.fingerprint));
    expect([first.code, second.code]).toEqual([1, 1]);
  });

  it('saves nothing again when the exact entry was restored', () => {
    expect(cache.requests.filter((r) => r.method === 'POST' && r.path === '/_apis/artifactcache/caches')).toHaveLength(1);
  });

  it('is off with cache: false, and a broken cache service costs a notice, never the review', async () => {
    const off = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('synchronize', shape(checkout)), api, inputs: { comment: 'none', cache: 'false' }, cacheUrl: cache.url });
    expect(off.outputs.cache).toBe('off');
    const down = await startFakeCache({ refuse: 400 });
    try {
      const broken = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('synchronize', shape(checkout)), api, inputs: { comment: 'none' }, cacheUrl: down.url });
      expect(broken.stderr).not.toMatch(STACK_TRACE);
      expect([broken.code, broken.outputs.verdict, broken.outputs.cache]).toEqual([1, 'escalate', 'miss']);
      expect(down.requests.length).toBeGreaterThan(0);
    } finally {
      await down.close();
    }
  });
});

describe('an audit of an old history, adopted with a baseline', () => {
  let repo: TempRepo;
  let before: ActionRun;
  let adopted: ActionRun;
  let regressed: ActionRun;

  const audit = () => runAction({ workspace: repo.root, event: 'workflow_dispatch', payload: workflowDispatchPayload() });

  beforeAll(async () => {
    repo = new TempRepo();
    repos.push(repo);
    // An old history with findings nobody will rewrite: an index built with writes blocked, a dropped column.
    repo.write({
      'db/migrations/00001_books.sql': '-- +goose Up\nCREATE TABLE books (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text NOT NULL, note text);\n',
      'db/migrations/00002_books_title.sql': '-- +goose Up\nCREATE INDEX books_title_idx ON books (title);\n',
      'db/migrations/00003_drop_note.sql': '-- +goose Up\nALTER TABLE books DROP COLUMN note;\n',
    });
    repo.commit('old history');
    before = await audit();
    // What a team runs once, then commits.
    execFileSync(process.execPath, [bundledAction().replace(/index\.js$/, 'cli.js'), 'baseline'], { cwd: repo.root, stdio: 'pipe' });
    repo.commit('accept the existing findings');
    adopted = await audit();
    repo.write({ 'db/migrations/00004_books_id_title.sql': "-- +goose Up\nSET lock_timeout = '5s';\nCREATE INDEX books_id_title_idx ON books (id, title);\n" });
    repo.commit('a new migration');
    regressed = await audit();
  });

  it('fails the old history at first, with a rollup by rule and by file leading the job summary', () => {
    expect(before.stderr).not.toMatch(STACK_TRACE);
    expect(before.code).toBe(1);
    expect(before.summary.indexOf('### Findings by rule')).toBeGreaterThan(0);
    expect(before.summary.indexOf('### Findings by rule')).toBeLessThan(before.summary.indexOf('| file | framework |'));
    expect(before.summary).toContain('### Files with the most findings');
    expect(Buffer.byteLength(before.summary)).toBeLessThan(1024 * 1024);
  });

  it('passes once the baseline accepts those findings, keeping them in the report as baselined', () => {
    expect(adopted.code).toBe(0);
    const report = readReport(adopted);
    expect(report.findings.length).toBe(readReport(before).findings.length);
    expect(report.findings.filter((f) => !f.ignored)).toEqual([]);
    expect(report.findings.filter((f) => f.baselined).length).toBeGreaterThan(0);
    expect(adopted.outputs.errors).toBe('0');
    expect(adopted.summary).toMatch(/accepted in the baseline `\.pg-migration-review-baseline\.json`/);
  });

  it('fails again on a new finding only', () => {
    expect(regressed.code).toBe(1);
    const live = readReport(regressed).findings.filter((f) => !f.ignored);
    expect(live.map((f) => `${f.ruleId} ${f.file}`)).toEqual(['require-concurrent-index db/migrations/00004_books_id_title.sql']);
    expect(regressed.outputs.errors).toBe('1');
  });

  it('matches the findings by the fingerprints the baseline file holds', () => {
    const file = JSON.parse(readFileSync(`${repo.root}/.pg-migration-review-baseline.json`, 'utf8')) as { version: number; findings: { fingerprint: string }[] };
    expect(file.version).toBe(1);
    const baselined = readReport(adopted).findings.filter((f) => f.baselined).map((f) => f.fingerprint);
    expect(baselined.sort()).toEqual(file.findings.map((f) => f.fingerprint).sort());
  });
});
