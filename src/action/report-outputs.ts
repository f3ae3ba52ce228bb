// Everything the action reports without the GitHub API, so forks and read-only tokens get it all:
// the JSON and SARIF files, annotations, the job summary and the step outputs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import type { Review } from '../core/review-types.js';
import { formatWorkflowCommand, noMigrationsCommand, toAnnotations } from '../report/annotations.js';
import { countFindings } from '../report/counts.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { VERSION } from '../version.js';

export interface WrittenReports {
  reportFile: string;
  sarifFile?: string;
  annotationsOmitted: number;
}

function resolveIn(workspace: string, path: string): string {
  return isAbsolute(path) ? path : join(workspace, path);
}

export function writeReports(review: Review, options: { workspace: string; sarifFile?: string; scope: string; summaryMarkdown: string }): WrittenReports {
  const base = process.env.RUNNER_TEMP || tmpdir();
  const reportFile = join(base, 'pg-migration-review', 'report.json');
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, renderJson(review));

  let sarifFile: string | undefined;
  if (options.sarifFile) {
    sarifFile = resolveIn(options.workspace, options.sarifFile);
    mkdirSync(dirname(sarifFile), { recursive: true });
    writeFileSync(sarifFile, JSON.stringify(renderSarif(review, { toolVersion: VERSION, scope: options.scope }), null, 2) + '\n');
  }

  const { annotations, omitted } = toAnnotations(review);
  const nothing = noMigrationsCommand(review);
  if (nothing) process.stdout.write(nothing + '\n');
  for (const a of annotations) process.stdout.write(formatWorkflowCommand(a) + '\n');

  const counts = countFindings(review.findings);
  core.setOutput('verdict', review.verdict);
  core.setOutput('errors', String(counts.error));
  core.setOutput('warnings', String(counts.warning));
  core.setOutput('escalations', String(counts.escalate));
  core.setOutput('findings', String(review.findings.length));
  core.setOutput('report-file', reportFile);
  core.setOutput('sarif-file', sarifFile ?? '');
  core.setOutput('cache', review.stats.cache ?? 'off');
  core.setOutput('cache-key', review.stats.cacheKey ?? '');

  const note = omitted > 0 ? `\n\n_${omitted} more finding(s) are not shown as annotations (GitHub shows 10 per level and step); all are listed above._\n` : '';
  if (process.env.GITHUB_STEP_SUMMARY) {
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, options.summaryMarkdown + note + '\n', { flag: 'a' });
  }
  return { reportFile, ...(sarifFile ? { sarifFile } : {}), annotationsOmitted: omitted };
}
