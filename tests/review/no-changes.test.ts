// A pull request that touches no migration answers at once: pass, no replay.
import { afterAll, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { reviewBranch } from '../../src/review/review-branch.js';
import { TempRepo } from '../helpers/temp-repo.js';

const repo = new TempRepo();
afterAll(() => repo.dispose());

it('passes without starting the engine when no migration changed', async () => {
  repo.write({ 'db/migrations/00001_init.sql': '-- +goose Up\nCREATE TABLE a (id bigint PRIMARY KEY);\n' }).commit('base');
  repo.branch('feature').write({ 'README.md': 'docs only\n' }).commit('docs');
  const review = await reviewBranch({ root: repo.root, base: 'main', config: { ...DEFAULT_CONFIG } });
  expect(review.verdict).toBe('pass');
  expect(review.files).toEqual([]);
  expect(review.stats.baseFiles).toBe(1);
  expect(review.stats.timings['base-replay']).toBeUndefined();
});
