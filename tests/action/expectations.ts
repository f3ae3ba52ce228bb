// Reading what a run left behind: the JSON report, the API writes, the fingerprints in comments.
import { readFileSync } from 'node:fs';
import type { FakeGitHub, RecordedRequest } from '../helpers/fake-github.js';
import type { ActionRun } from './run-action.js';

export interface ReportFinding {
  ruleId: string;
  severity: 'error' | 'escalate' | 'warning' | 'notice';
  file: string;
  line: number;
  endLine: number;
  ignored: boolean;
  baselined?: boolean;
  fingerprint: string;
  fix: { edits: { line: number; endLine: number; replacement: string }[]; newFiles?: unknown[] } | null;
}

export interface Report {
  verdict: string;
  findings: ReportFinding[];
}

export function readReport(run: ActionRun): Report {
  return JSON.parse(readFileSync(run.outputs['report-file'], 'utf8')) as Report;
}

export function writesTo(api: FakeGitHub): RecordedRequest[] {
  return api.requests.filter((r) => r.method !== 'GET');
}

export function fingerprintsIn(bodies: readonly string[]): string[] {
  return bodies.flatMap((b) => [...b.matchAll(/<!-- pg-migration-review:fingerprint=([0-9a-f]{16}) -->/g)].map((m) => m[1]));
}

/** The outputs that do not depend on where RUNNER_TEMP is. */
export function stableOutputs(run: ActionRun): Record<string, string> {
  const { 'report-file': _reportFile, ...rest } = run.outputs;
  return rest;
}

/** Annotations that point at a file (the ones GitHub caps at 10 per level and step). */
export function fileAnnotations(run: ActionRun, level: 'error' | 'warning' | 'notice'): { file: string; line: number; title: string }[] {
  return run.annotations
    .filter((a) => a.command === level && a.properties.file !== undefined)
    .map((a) => ({ file: a.properties.file, line: Number(a.properties.line), title: a.properties.title ?? '' }));
}

export function notices(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.command === 'notice').map((a) => a.message);
}

/** Signs that the process died on an exception instead of reporting. */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?\n|Unhandled|uncaught/i;
