// Inline pull-request review comments: one per finding, with a suggestion when the fix is a plain
// replacement of the commented lines, and a fingerprint so re-runs can find their earlier comments.
import { createHash } from 'node:crypto';
import { LAYER_TITLES, SEVERITIES, type Finding, type Fix, type Severity, type TextEdit } from '../core/finding.js';

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', escalate: '🧑‍⚖️', warning: '⚠️', notice: 'ℹ️' };

export interface InlineComment {
  path: string;
  /** Last line of the commented range (GitHub's `line`). */
  line: number;
  /** First line when the range spans several lines. */
  startLine?: number;
  side: 'RIGHT';
  body: string;
}

const FINGERPRINT_PREFIX = '<!-- pg-migration-review:fingerprint=';

/** Lines [line, endLine] (1-based, inclusive) of a text, whitespace collapsed: immune to re-indentation and line shifts. */
function normalisedLines(text: string, line: number, endLine: number): string {
  return text.split(/\r\n|\n|\r/).slice(line - 1, Math.max(line, endLine)).join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * sha256 of rule, path and the commented statement's text, first 16 hex digits. Two identical
 * statements in one file flagged by the same rule share a fingerprint.
 */
export function findingFingerprint(finding: Finding, fileText: string): string {
  const text = normalisedLines(fileText, finding.line, finding.endLine);
  return createHash('sha256').update(`${finding.ruleId}\0${finding.file}\0${text}`).digest('hex').slice(0, 16);
}

export function parseFingerprint(body: string): string | null {
  return /<!-- pg-migration-review:fingerprint=([0-9a-f]{16}) -->/.exec(body)?.[1] ?? null;
}

/** A code fence longer than any backtick run inside the content, so the content cannot close it. */
function fence(content: string, info: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return content === '' ? `${ticks}${info}\n${ticks}` : `${ticks}${info}\n${content}\n${ticks}`;
}

/** The fix is one edit replacing exactly the commented lines: GitHub can apply it as a suggestion. */
function suggestionEdit(finding: Finding): TextEdit | null {
  const fix = finding.fix;
  if (!fix || fix.edits.length !== 1 || (fix.newFiles?.length ?? 0) > 0) return null;
  const [edit] = fix.edits;
  return edit.line === finding.line && edit.endLine === finding.endLine ? edit : null;
}

function describeEdit(edit: TextEdit): string {
  if (edit.endLine < edit.line) return `Insert before line ${edit.line}:`;
  const range = edit.endLine === edit.line ? `line ${edit.line}` : `lines ${edit.line}–${edit.endLine}`;
  return edit.replacement === '' ? `Delete ${range}.` : `Replace ${range} with:`;
}

function fixDetails(fix: Fix): string[] {
  const out = ['<details><summary>Suggested fix: ' + fix.description + '</summary>', ''];
  for (const edit of fix.edits) {
    out.push(describeEdit(edit));
    if (edit.replacement !== '') out.push('', fence(edit.replacement, 'sql'));
    out.push('');
  }
  for (const file of fix.newFiles ?? []) out.push(`New file \`${file.path}\`:`, '', fence(file.content.replace(/\n$/, ''), 'sql'), '');
  out.push('</details>');
  return out;
}

export function inlineComment(finding: Finding, fileText: string): InlineComment {
  const out = [
    `${SEVERITY_ICON[finding.severity]} **${finding.severity}** · ${LAYER_TITLES[finding.layer]} · [\`${finding.ruleId}\`](${finding.docs})`,
    '',
    finding.message,
  ];
  if (finding.unverified) out.push('', '_Not confirmed by replay: an earlier statement in this file could not be replayed._');
  if (finding.help) out.push('', finding.help);
  if (finding.evidence) out.push('', fence(finding.evidence, 'text'));
  const edit = suggestionEdit(finding);
  if (edit && finding.fix) out.push('', `Suggested fix: ${finding.fix.description}`, '', fence(edit.replacement, 'suggestion'));
  else if (finding.fix) out.push('', ...fixDetails(finding.fix));
  out.push('', `${FINGERPRINT_PREFIX}${findingFingerprint(finding, fileText)} -->`);
  const multiLine = finding.endLine > finding.line;
  return {
    path: finding.file,
    line: multiLine ? finding.endLine : finding.line,
    ...(multiLine ? { startLine: finding.line } : {}),
    side: 'RIGHT',
    body: out.join('\n'),
  };
}

const RANK = new Map(SEVERITIES.map((s, i) => [s, i]));

/** Severity first (error, escalate, warning, notice); equal severities keep their input order. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => RANK.get(a.f.severity)! - RANK.get(b.f.severity)! || a.i - b.i).map((x) => x.f);
}

/**
 * Which findings go inline: not ignored, whose lines lie in the diff (`commentable`), most severe
 * first, at most `max`. `rest` holds the other non-ignored findings, for the summary to carry.
 */
export function selectInlineFindings(
  findings: readonly Finding[],
  commentable: (path: string, line: number, endLine: number) => boolean,
  max = 25,
): { inline: Finding[]; rest: Finding[] } {
  const inline: Finding[] = [];
  const rest: Finding[] = [];
  for (const f of bySeverity(findings.filter((f) => !f.ignored))) {
    if (inline.length < max && commentable(f.file, f.line, f.endLine)) inline.push(f);
    else rest.push(f);
  }
  return { inline, rest };
}
