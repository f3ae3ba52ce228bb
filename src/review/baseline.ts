// The baseline: fingerprints of the findings a team accepted when it adopted the gate on an old
// history (`pg-migration-review baseline`). Reviews and audits report a finding found in it as
// baselined: kept in every report, counted in no verdict, so only new findings fail.
import type { Config } from '../core/config.js';
import type { Finding, Severity } from '../core/finding.js';
import { ConfigError } from '../config/load.js';

export const BASELINE_FILE = '.pg-migration-review-baseline.json';
const FORMAT_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  /** Where it was when the baseline was written; matching never uses it. */
  line: number;
  severity: Severity;
}

export interface Baseline {
  /** Repository-relative path it was read from, for the reports. */
  path: string;
  entries: BaselineEntry[];
}

/** The baseline file's content for today's findings: every finding that counts (ignored ones need no entry). */
export function baselineFile(findings: readonly Finding[], toolVersion: string): string {
  const entries: BaselineEntry[] = findings
    .filter((f) => !f.ignored && f.fingerprint)
    .map((f) => ({ fingerprint: f.fingerprint as string, ruleId: f.ruleId, file: f.file, line: f.line, severity: f.severity }));
  return JSON.stringify({ version: FORMAT_VERSION, tool: `pg-migration-review ${toolVersion}`, created: new Date().toISOString(), findings: entries }, null, 2) + '\n';
}

/**
 * The baseline the config names, else the default file when the repository has one. A named file
 * that is missing, and any file that is not a baseline, stop the run: a silently dropped baseline
 * would turn the gate red, a misread one could hide findings.
 */
export function readBaseline(config: Pick<Config, 'baseline'>, read: (path: string) => Uint8Array | undefined): Baseline | undefined {
  const path = config.baseline ?? BASELINE_FILE;
  const bytes = read(path);
  if (bytes === undefined) {
    if (config.baseline) throw new ConfigError(`${path}: the baseline file named in the config does not exist (write it with: pg-migration-review baseline --output ${path})`);
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (err) {
    throw new ConfigError(`${path}: the baseline is not valid JSON (${(err as Error).message})`);
  }
  const doc = data as { version?: unknown; findings?: unknown };
  if (doc?.version !== FORMAT_VERSION || !Array.isArray(doc.findings)) {
    throw new ConfigError(`${path}: not a pg-migration-review baseline of version ${FORMAT_VERSION} (expected {"version": 1, "findings": [...]})`);
  }
  const entries = doc.findings as BaselineEntry[];
  const bad = entries.findIndex((e) => typeof e?.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(e.fingerprint));
  if (bad >= 0) throw new ConfigError(`${path}: findings[${bad}] has no valid fingerprint (16 hex digits)`);
  return { path, entries };
}

/**
 * Marks findings present in the baseline. Entries are counted: a baseline holding one copy of a
 * statement covers one finding, so a second identical statement added later is new.
 */
export function applyBaseline(findings: Finding[], baseline: Baseline): void {
  const left = new Map<string, number>();
  for (const e of baseline.entries) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + 1);
  for (const f of findings) {
    if (f.ignored || !f.fingerprint) continue;
    const n = left.get(f.fingerprint) ?? 0;
    if (n === 0) continue;
    left.set(f.fingerprint, n - 1);
    f.ignored = true;
    f.baselined = true;
    f.ignoreReason = `accepted in the baseline (${baseline.path})`;
  }
}
