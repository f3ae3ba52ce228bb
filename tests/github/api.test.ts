import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubApi, type GitHubApiOptions } from '../../src/github/api.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function start(options: FakeGitHubOptions = {}) {
  gh = await startFakeGitHub(options);
  const config: GitHubApiOptions = { token: 't', apiUrl: `${gh.url}/`, owner: 'acme', repo: 'shop', retry: { sleep: async () => {} } };
  return { gh, api: createGitHubApi(config) };
}

describe('createGitHubApi', () => {
  it('lists every page of the pull request files with their patches', async () => {
    const files = Array.from({ length: 230 }, (_, i) => ({ filename: `db/${String(i).padStart(4, '0')}.sql`, patch: '@@ -0,0 +1 @@\n+SELECT 1;' }));
    const { gh, api } = await start({ files: [...files, { filename: 'logo.png', status: 'added' }] });
    const listed = await api.listPullFiles(7);
    expect(listed.truncated).toBe(false);
    expect(listed.files).toHaveLength(231);
    expect(listed.files[0]).toEqual({ filename: 'db/0000.sql', status: 'modified', patch: '@@ -0,0 +1 @@\n+SELECT 1;' });
    expect(listed.files[230]).toEqual({ filename: 'logo.png', status: 'added' });
    expect(gh.requests.map((r) => r.query.page)).toEqual(['1', '2', '3']);
    expect(gh.requests.every((r) => r.headers.authorization === 'token t')).toBe(true);
  });

  it("stops at GitHub's 3,000-file cap and says the list is truncated", async () => {
    const files = Array.from({ length: 3050 }, (_, i) => ({ filename: `f${i}.sql` }));
    const { gh, api } = await start({ files });
    const listed = await api.listPullFiles(7);
    expect(listed).toMatchObject({ truncated: true });
    expect(listed.files).toHaveLength(3000);
    expect(gh.requests).toHaveLength(30);
  });

  it('reads a file at a ref as bytes, undefined when absent', async () => {
    const { gh, api } = await start({ contents: [{ path: 'db/migrations/001 init.sql', ref: 'b'.repeat(40), text: 'CREATE TABLE t (x int);\n-- é\n' }] });
    const content = await api.getFileContent('db/migrations/001 init.sql', 'b'.repeat(40));
    expect(content?.toString('utf8')).toBe('CREATE TABLE t (x int);\n-- é\n');
    expect(await api.getFileContent('db/migrations/001 init.sql', 'c'.repeat(40))).toBeUndefined();
    expect(await api.getFileContent('missing.sql', 'b'.repeat(40))).toBeUndefined();
    expect(gh.requests[0].query).toEqual({ ref: 'b'.repeat(40) });
  });

  it('knows who it is: a user token asks GET /user, the workflow token is github-actions[bot]', async () => {
    const bot = await start();
    expect(await bot.api.whoAmI()).toBe('github-actions[bot]');
    expect(bot.gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /user 403']);
    await bot.gh.close();
    const user = await start({ actor: { login: 'review-bot', type: 'User' } });
    expect(await user.api.whoAmI()).toBe('review-bot');
  });

  it('adds and removes labels and reads them back from the issue events', async () => {
    const { gh, api } = await start({ labels: ['keep'] });
    await api.addLabels(7, ['needs-migration-review']);
    await api.removeLabel(7, 'keep');
    expect(gh.state.labels).toEqual(['needs-migration-review']);
    const events = await api.listIssueEvents(7);
    expect(events.map((e) => [e.event, e.label, e.actor])).toEqual([
      ['labeled', 'needs-migration-review', 'github-actions[bot]'],
      ['unlabeled', 'keep', 'github-actions[bot]'],
    ]);
    expect(gh.invalidRequests).toEqual([]);
  });
});
