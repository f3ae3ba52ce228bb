// The vocabulary of a review's outcome: severities, layers, findings, verdicts.

export type Severity = 'error' | 'escalate' | 'warning' | 'notice';
export const SEVERITIES: readonly Severity[] = ['error', 'escalate', 'warning', 'notice'];

/** The five layers of RULES.md, plus schema design advice and query review. */
export type Layer = 'input' | 'replay' | 'knowledge' | 'output' | 'escalation' | 'design' | 'query';

export const LAYER_TITLES: Record<Layer, string> = {
  input: 'Layer 1: input validation',
  replay: 'Layer 2: verification by replay',
  knowledge: 'Layer 3: knowledge boundary',
  output: 'Layer 4: output verification',
  escalation: 'Layer 5: escalation',
  design: 'Schema design',
  query: 'Queries',
};

/** How a finding was established: read from the replay trace, from replay success/failure, or from static knowledge. */
export type Verification = 'trace' | 'replay' | 'static';

export type Verdict = 'pass' | 'warn' | 'escalate' | 'fail';

/**
 * Replace whole lines [line, endLine] (1-based, inclusive) with `replacement` (no trailing
 * newline; '' removes the lines). `endLine = line - 1` inserts before `line` without removing.
 */
export interface TextEdit {
  line: number;
  endLine: number;
  replacement: string;
}

/**
 * A mechanical fix: edits to the finding's file (the first one covers the statement itself, so a
 * review suggestion can show it) and, where the framework needs it, new migration files (a
 * follow-up VALIDATE, a statement moved out of a transaction-wrapped migration).
 */
export interface Fix {
  description: string;
  edits: TextEdit[];
  newFiles?: { path: string; content: string }[];
}

export interface Finding {
  ruleId: string;
  layer: Layer;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine: number;
  message: string;
  help: string;
  /** Preformatted evidence, such as query plans before and after; shown as a code block. */
  evidence?: string;
  fix?: Fix;
  verified: Verification;
  /** True when a replay gap earlier in the file (not-replayable) means this could not be confirmed. */
  unverified?: boolean;
  ignored: boolean;
  ignoreReason?: string;
  /**
   * Present in the team's baseline file (accepted when the gate was adopted): reported, kept in
   * JSON and SARIF, but `ignored` too, so it counts in no verdict.
   */
  baselined?: true;
  /**
   * Stable identity across pushes (rule, file and the flagged text, never the line): set when the
   * review is assembled; comments, approvals, baselines and SARIF all key on it.
   */
  fingerprint?: string;
  /** Link to the rule's documentation page. */
  docs: string;
  /**
   * When one pattern with the same fix repeats over several tables of a file, the review reports it
   * once, at the first occurrence, and lists every occurrence here (the first included), with the
   * table it concerns and its own fix when it has one.
   */
  occurrences?: Occurrence[];
}

export interface Occurrence {
  line: number;
  endLine: number;
  table?: string;
  fix?: Fix;
}

export function verdictOf(severities: Iterable<Severity>): Verdict {
  let verdict: Verdict = 'pass';
  for (const s of severities) {
    if (s === 'error') return 'fail';
    if (s === 'escalate') verdict = 'escalate';
    else if (s === 'warning' && verdict === 'pass') verdict = 'warn';
  }
  return verdict;
}

/** Verdict from the findings that count (ignored ones do not). */
export function verdictOfFindings(findings: readonly Finding[]): Verdict {
  return verdictOf(findings.filter((f) => !f.ignored).map((f) => f.severity));
}
