// The action: read inputs and the event, review (or audit), report what needs no API first, then
// publish to the pull request, then set the gate. Only this file decides the step's outcome.
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { Config } from '../core/config.js';
import type { Review } from '../core/review-types.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { GitError } from '../git/run-git.js';
import { RULE_IDS } from '../rules/index.js';
import { auditHistory } from '../review/audit.js';
import { gateFails } from '../review/gate.js';
import { renderMarkdown } from '../report/markdown.js';
import { readEvent, type EventPlan } from '../github/event.js';
import { createGitHubApi } from '../github/api.js';
import { mergeGroupApproval, queuedPulls } from '../github/merge-queue.js';
import { commitMessages } from '../git/repository.js';
import { InputError, parseInputs, type ActionInputs } from './inputs.js';
import { writeReports } from './report-outputs.js';
import { reviewForEvent } from './review-for-event.js';
import { planCache, restoreBaseCache, saveBaseCache } from './cache-service.js';
import { publishToPullRequest, type Publication } from './publish.js';

function configFor(inputs: ActionInputs, workspace: string): Config {
  const config = loadConfig({ root: workspace, file: inputs.config ? `${workspace}/${inputs.config}` : undefined, knownRuleIds: RULE_IDS });
  if (inputs.migrations.length > 0) config.migrations = inputs.migrations;
  if (inputs.queries.length > 0) config.queries = inputs.queries;
  if (inputs.postgresVersion !== undefined) config.postgresVersion = inputs.postgresVersion;
  if (inputs.failOn !== undefined) config.failOn = inputs.failOn;
  return config;
}

type MergeGroupPlan = Extract<EventPlan, { kind: 'merge-group' }>;

/** The base commit a review replays, which keys the built-in cache; audits replay no base. */
function baseOf(plan: Exclude<EventPlan, { kind: 'unsupported' }>): string | undefined {
  if (plan.kind === 'pull-request' || plan.kind === 'merge-group') return plan.baseSha;
  return plan.kind === 'push' ? plan.before : undefined;
}

async function review(plan: Exclude<EventPlan, { kind: 'unsupported' }>, inputs: ActionInputs, config: Config, workspace: string, notices: string[]): Promise<Review> {
  if (plan.kind === 'audit') return auditHistory({ root: workspace, dir: workspace, config });
  const cacheDir = inputs.cacheDir ? resolve(workspace, inputs.cacheDir) : undefined;
  const cached = planCache({
    enabled: inputs.cache,
    ...(cacheDir ? { dir: cacheDir } : {}),
    runnerTemp: process.env.RUNNER_TEMP || tmpdir(),
    scope: inputs.scope,
    baseSha: baseOf(plan),
  });
  const restored = cached ? await restoreBaseCache(cached, notices) : undefined;
  const dir = cached?.dir ?? cacheDir;
  const result = await reviewForEvent(plan, { workspace, config, token: inputs.githubToken, ...(dir ? { cacheDir: dir } : {}) });
  // A snapshot the review had to make is worth keeping for the next run of this base.
  if (cached && result.stats.cache === 'miss') await saveBaseCache(cached, restored, notices);
  return result;
}

/** GitHub drops a job summary over 1 MiB; leave room for the annotations note. */
const JOB_SUMMARY_BYTES = 1_000_000;

/** The merge queue: the queued pull requests' recorded approvals decide, nothing is written. */
async function approveInQueue(result: Review, plan: MergeGroupPlan, inputs: ActionInputs, workspace: string, env: NodeJS.ProcessEnv): Promise<Publication> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  const api = createGitHubApi({ token: inputs.githubToken, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', owner, repo });
  try {
    const pulls = queuedPulls(plan.headRef, commitMessages(workspace, plan.baseSha, plan.headSha));
    const escalations = result.findings.filter((f) => f.severity === 'escalate' && !f.ignored);
    const queue = await mergeGroupApproval(api, { pulls, approveLabel: inputs.approveLabel, owner: { login: await api.whoAmI(), scope: inputs.scope }, escalations });
    const notices = [...queue.notices];
    if (queue.approved) notices.push(`Merge group of ${pulls.map((n) => `#${n}`).join(', ')}: escalations approved (${queue.approvals.join(', ')}).`);
    else notices.push(`Merge group of ${pulls.map((n) => `#${n}`).join(', ') || 'unknown pull requests'}: not approved: ${queue.uncovered.map((f) => `${f.ruleId} at ${f.file}:${f.line}`).join(', ')}.`);
    return { notices, approved: queue.approved };
  } catch (err) {
    return { notices: [`Could not read the queued pull requests' approvals: ${(err as Error).message}`], approved: false };
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = parseInputs(env);
  } catch (err) {
    if (err instanceof InputError) return core.setFailed(err.message);
    throw err;
  }
  const plan = readEvent(env);
  if (plan.kind === 'unsupported') {
    core.notice(plan.message);
    return;
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  let result: Review;
  let config: Config;
  const cacheNotices: string[] = [];
  try {
    config = configFor(inputs, workspace);
    result = await review(plan, inputs, config, workspace, cacheNotices);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof GitError) return core.setFailed(err.message);
    throw err;
  }

  // Everything that needs no write access comes first, so forks get the full result.
  const markdown = renderMarkdown(result, { maxBytes: JOB_SUMMARY_BYTES });
  let publication: Publication = { notices: [], approved: false };
  if (plan.kind === 'merge-group' && inputs.githubToken && result.verdict === 'escalate') {
    publication = await approveInQueue(result, plan, inputs, workspace, env);
  }
  if (plan.kind === 'pull-request' && inputs.githubToken) {
    try {
      publication = await publishToPullRequest(result, plan, inputs, env);
    } catch (err) {
      // The review stands on its own: an API failure costs the comments, never the result.
      publication = { notices: [`Could not publish to the pull request: ${(err as Error).message}`], approved: false };
    }
  }
  const written = writeReports(result, { workspace, sarifFile: inputs.sarifFile, scope: inputs.scope, summaryMarkdown: publication.summary ?? markdown });
  for (const notice of [...cacheNotices, ...publication.notices]) core.notice(notice);

  const failing = gateFails(result.verdict, config.failOn);
  if (result.verdict === 'escalate' && publication.approved) {
    core.notice(`Escalations approved by ${publication.approvedBy ? `@${publication.approvedBy}` : 'their pull requests'} with the "${inputs.approveLabel}" label.`);
    return;
  }
  if (failing) {
    const why =
      result.verdict === 'escalate'
        ? plan.kind === 'merge-group'
          ? `need a person's decision, and the queued pull request's approval does not cover them: add the "${inputs.approveLabel}" label on the pull request`
          : `need a person's decision: someone with write access adds the "${inputs.approveLabel}" label to approve`
        : result.verdict === 'fail'
          ? 'have errors'
          : 'have warnings (fail-on: warning)';
    core.setFailed(`pg-migration-review: the migrations ${why} (verdict ${result.verdict}; report: ${written.reportFile})`);
  }
}
