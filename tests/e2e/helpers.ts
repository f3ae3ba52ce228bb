// End-to-end helpers: build a real git repository (base history on `main`, the pull request on
// `feature`), review it with reviewBranch exactly as the CLI does, and read findings back.
import { afterAll } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/core/config.js';
import type { Finding } from '../../src/core/finding.js';
import type { Review } from '../../src/core/review-types.js';
import { reviewBranch } from '../../src/review/review-branch.js';
import { TempRepo } from '../helpers/temp-repo.js';

export type Files = Record<string, string | Uint8Array>;

export interface PullRequest {
  /** Files of the base branch (`main`), committed as one commit. */
  base: Files;
  /** Files the pull request writes (added or modified) on `feature`. */
  pr?: Files;
  /** Base paths the pull request deletes. */
  remove?: string[];
  /** Base paths the pull request renames (`git mv`), old -> new. */
  rename?: Record<string, string>;
  config?: Partial<Config>;
}

const repos: TempRepo[] = [];

/** Removes the temp repositories built so far. Registered once per evaluation of this module; test files that share a module cache (the rule tests) register it themselves. */
export function disposeRepos(): void {
  for (const repo of repos.splice(0)) repo.dispose();
}
afterAll(disposeRepos);

/** Builds the repository and reviews `feature` against `main`. Temp folders are removed after the file's tests. */
export async function reviewPullRequest(pr: PullRequest): Promise<Review> {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write(pr.base).commit('base').branch('feature');
  for (const [from, to] of Object.entries(pr.rename ?? {})) repo.git('mv', from, to);
  for (const path of pr.remove ?? []) repo.remove(path);
  repo.write(pr.pr ?? {}).commit('pr');
  return reviewBranch({ root: repo.root, base: 'main', config: { ...DEFAULT_CONFIG, ...pr.config } });
}

/** The fields a user reads in a finding, for compact equality checks. */
export interface Hit {
  ruleId: string;
  file: string;
  line: number;
}

export function hits(review: Review, ruleId: string, file?: string): Hit[] {
  return review.findings
    .filter((f) => f.ruleId === ruleId && (file === undefined || f.file === file))
    .map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line }));
}

/** Exactly one finding of `ruleId` in `file`, at `line`; returns it for further checks. */
export function only(review: Review, ruleId: string, file: string, line: number): Finding {
  const found = review.findings.filter((f) => f.ruleId === ruleId && f.file === file);
  if (found.length !== 1 || found[0].line !== line) {
    throw new Error(
      `expected one ${ruleId} in ${file} at line ${line}, got ${JSON.stringify(found.map((f) => [f.line, f.message]))}\n` +
        `all findings: ${listFindings(review)}`,
    );
  }
  return found[0];
}

/** One line per finding (rule file:line severity), for readable failure messages. */
export function listFindings(review: Review): string {
  return review.findings.map((f) => `\n  ${f.ruleId} ${f.file}:${f.line} ${f.severity}${f.ignored ? ' (ignored)' : ''}`).join('');
}

export function fileVerdict(review: Review, path: string): string | undefined {
  return review.files.find((f) => f.path === path)?.verdict;
}

/** Joins lines with `\n`; writing files as arrays keeps their line numbers visible in the tests. */
export function lines(...content: string[]): string {
  return content.join('\n') + '\n';
}

/** The rules these end-to-end tests cover; "nothing fires" checks look only at them, so rules added later do not break them. */
export const COVERED_RULES: readonly string[] = [
  'syntax-error', 'edited-migration', 'out-of-order-migration', 'concurrently-in-transaction', 'replay-error', 'not-replayable',
  'require-concurrent-index', 'constraint-without-not-valid', 'column-type-rewrite', 'unindexed-foreign-key', 'duplicate-index',
  'redundant-index', 'drop-table', 'drop-column',
];

/** Findings of the covered rules in `file` (all files when omitted), as `rule:line`. */
export function covered(review: Review, file?: string): string[] {
  return review.findings
    .filter((f) => COVERED_RULES.includes(f.ruleId) && (file === undefined || f.file === file))
    .map((f) => `${f.ruleId}:${f.line}`);
}

/** The file was discovered and reviewed with this status and framework (so "nothing fires" is not vacuous). */
export function reviewed(review: Review, path: string): { status: string; framework: string; statements: number } | undefined {
  const f = review.files.find((x) => x.path === path);
  return f && { status: f.status, framework: f.framework, statements: f.statements };
}

/** Exactly one finding of `ruleId` at `line` of `file` (others of the rule may sit on other lines). */
export function findingAt(review: Review, ruleId: string, file: string, line: number): Finding {
  const found = review.findings.filter((f) => f.ruleId === ruleId && f.file === file && f.line === line);
  if (found.length !== 1) {
    throw new Error(`expected one ${ruleId} at ${file}:${line}, got ${found.length}\nall findings: ${listFindings(review)}`);
  }
  return found[0];
}
