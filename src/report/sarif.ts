// SARIF 2.1.0 log for GitHub code scanning (github/codeql-action/upload-sarif): one run whose
// driver lists every rule the review applied, one result per finding, ignored findings as suppressed results.
import { PROJECT_URL } from '../core/docs-urls.js';
import type { Finding, Severity } from '../core/finding.js';
import { findingFingerprint } from '../core/fingerprint.js';
import type { Review, RuleSummary } from '../core/review-types.js';

export interface SarifOptions {
  toolVersion: string;
  /** The job's scope (see the action's `name` input): sets runs[].automationDetails.id. */
  scope?: string;
  informationUri?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const TOOL_NAME = 'pg-migration-review';
/** Our own fingerprint key; upload-sarif still adds its content-based primaryLocationLineHash next to it. */
export const FINGERPRINT_KEY = 'pgMigrationReview/v2';

export type SarifLevel = 'error' | 'warning' | 'note';

/** Escalations block the merge like errors (a human must decide), so code scanning shows them as errors. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' || severity === 'escalate' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** `require-concurrent-index` -> `RequireConcurrentIndex`: SARIF's readable rule name, distinct from the id. */
function ruleName(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function helpMarkdown(meta: RuleSummary): string {
  return [meta.summary, '', meta.why, '', 'Flagged:', '```sql', meta.bad, '```', '', 'Instead:', '```sql', meta.good, '```'].join('\n');
}

function sarifRule(meta: RuleSummary): object {
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.summary },
    fullDescription: { text: meta.why },
    helpUri: meta.docs,
    // SARIF requires `text` whenever `markdown` is given (multiformatMessageString).
    help: { text: `${meta.summary}\n\n${meta.why}\n\nFlagged:\n${meta.bad}\n\nInstead:\n${meta.good}`, markdown: helpMarkdown(meta) },
    defaultConfiguration: { level: sarifLevel(meta.severity) },
    properties: { tags: [meta.layer] },
  };
}

/** Repo-relative path as a relative URI reference (upload-sarif decodes it before resolving against the checkout). */
function artifactUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
}

/**
 * Stable identity of a finding across pushes: its fingerprint (rule, file, flagged text; never the
 * line), so code scanning keeps one alert when lines are inserted above. Identical statements
 * flagged twice in one file share a fingerprint; the occurrence number tells them apart.
 */
function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = f.fingerprint ?? findingFingerprint(f, undefined);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return occurrence === 1 ? key : `${key}:${occurrence}`;
  });
}

/** The code-scanning category of a job: one per scope, so matrix jobs' alerts do not close each other's. */
export function sarifCategory(scope: string): string {
  const slug = scope.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return slug ? `pg-migration-review-${slug}` : 'pg-migration-review';
}

function sarifResult(f: Finding, fingerprint: string, ruleIndex: Map<string, number>): object {
  const index = ruleIndex.get(f.ruleId);
  return {
    ruleId: f.ruleId,
    // A finding of a rule the review does not list (none today) still reports, just without an index.
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: sarifLevel(f.severity),
    message: { text: [f.message, f.help, f.evidence].filter(Boolean).join('\n') },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: Math.max(f.line, f.endLine) },
        },
      },
    ],
    // The other occurrences of a grouped finding, so code scanning shows each of them.
    ...(f.occurrences && f.occurrences.length > 1
      ? {
          relatedLocations: f.occurrences.slice(1).map((o, i) => ({
            id: i + 1,
            physicalLocation: {
              artifactLocation: { uri: artifactUri(f.file), uriBaseId: '%SRCROOT%' },
              region: { startLine: o.line, endLine: Math.max(o.line, o.endLine) },
            },
            message: { text: o.table ? `also here, on ${o.table}` : 'also here' },
          })),
        }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    // A baselined finding was accepted outside the source (the baseline file); an ignore comment is in it.
    ...(f.ignored ? { suppressions: [{ kind: f.baselined ? 'external' : 'inSource', ...(f.ignoreReason ? { justification: f.ignoreReason } : {}) }] } : {}),
    properties: { severity: f.severity, layer: f.layer, verified: f.verified, ...(f.unverified ? { unverified: true } : {}) },
  };
}

export function renderSarif(review: Review, options: SarifOptions): object {
  const ruleIndex = new Map(review.rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(review.findings);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: options.toolVersion,
            informationUri: options.informationUri ?? PROJECT_URL,
            rules: review.rules.map(sarifRule),
          },
        },
        // The category code scanning files these alerts under (upload-sarif's `category` overrides it).
        automationDetails: { id: `${sarifCategory(options.scope ?? '')}/` },
        // Finding columns count UTF-16 code units (src/core/sql-types.ts).
        columnKind: 'utf16CodeUnits',
        results: review.findings.map((f, i) => sarifResult(f, prints[i], ruleIndex)),
      },
    ],
  };
}
