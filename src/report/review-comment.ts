// Inline pull-request review comments: one per line, the findings on it most severe first, with a
// one-click suggestion when the fix maps onto lines of the file, and a hidden marker per finding
// (fingerprint and scope) so re-runs find their own comments and leave other jobs' alone.
import { LAYER_TITLES, SEVERITIES, type Finding, type Fix, type Severity, type TextEdit } from '../core/finding.js';
import { findingFingerprint } from '../core/fingerprint.js';

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', escalate: '🧑‍⚖️', warning: '⚠️', notice: 'ℹ️' };

export interface InlineComment {
  path: string;
  /** Last line of the commented range (GitHub's `line`). */
  line: number;
  /** First line when the range spans several lines. */
  startLine?: number;
  side: 'RIGHT';
  body: string;
  /** Fingerprints of the findings the comment carries. */
  fingerprints: string[];
}

const MARKER = /<!-- pg-migration-review:fingerprint=([0-9a-f]{16})(?: scope=([^\s>]*))? -->/g;

/** A scope as it appears in markers: no spaces, `>` or `--`, so it cannot end the HTML comment. */
export function markerScope(scope: string): string {
  return encodeURIComponent(scope).replace(/-/g, '%2D');
}

function marker(fingerprint: string, scope: string): string {
  return `<!-- pg-migration-review:fingerprint=${fingerprint}${scope ? ` scope=${markerScope(scope)}` : ''} -->`;
}

/** The finding's fingerprint: the one the review assembled, else computed from the file's text. */
export function fingerprintOf(finding: Finding, fileText: string | undefined): string {
  return finding.fingerprint ?? findingFingerprint(finding, fileText);
}

/** The fingerprints a comment's markers carry for `scope` ('' is the default scope of a job without one). */
export function parseFingerprints(body: string, scope = ''): string[] {
  const want = markerScope(scope);
  return [...body.matchAll(MARKER)].filter((m) => (m[2] ?? '') === want).map((m) => m[1]);
}

/** The first fingerprint of `scope` in a comment, or null. */
export function parseFingerprint(body: string, scope = ''): string | null {
  return parseFingerprints(body, scope)[0] ?? null;
}

/** A code fence longer than any backtick run inside the content, so the content cannot close it. */
function fence(content: string, info: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return content === '' ? `${ticks}${info}\n${ticks}` : `${ticks}${info}\n${content}\n${ticks}`;
}

/** Where a finding's comment sits, and the suggestion that replaces exactly those lines. */
export interface Anchor {
  line: number;
  endLine: number;
  suggestion?: string;
}

/**
 * The lines a fix's single in-file edit replaces, with the suggested text: a replacement as is; an
 * insertion as the line it goes before, preceded by the inserted lines (after the last line when
 * it appends). Null when the fix has several edits or none.
 */
function suggestionAnchor(fix: Fix | undefined, lines: string[]): Anchor | null {
  if (!fix || fix.edits.length !== 1) return null;
  const [edit] = fix.edits;
  // A statement moved to a new file: a one-click deletion would drop it and leave the new file to
  // be made by hand, so the whole move is shown instead.
  if (edit.replacement === '' && (fix.newFiles?.length ?? 0) > 0) return null;
  if (edit.endLine >= edit.line) return { line: edit.line, endLine: edit.endLine, suggestion: edit.replacement };
  if (edit.line <= lines.length) return { line: edit.line, endLine: edit.line, suggestion: `${edit.replacement}\n${lines[edit.line - 1]}` };
  const last = lines.length;
  return last > 0 ? { line: last, endLine: last, suggestion: `${lines[last - 1]}\n${edit.replacement}` } : null;
}

/**
 * A finding's anchor: the lines its fix replaces when they can be commented (so the suggestion
 * applies with one click), else the finding's own lines without a suggestion.
 */
export function anchorOf(finding: Finding, fileText: string, commentable: (line: number, endLine: number) => boolean): Anchor {
  const lines = fileText.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  const suggested = suggestionAnchor(finding.fix, lines);
  if (suggested && commentable(suggested.line, suggested.endLine)) return suggested;
  return { line: finding.line, endLine: Math.max(finding.line, finding.endLine) };
}

function describeEdit(edit: TextEdit): string {
  if (edit.endLine < edit.line) return `Insert before line ${edit.line}:`;
  const range = edit.endLine === edit.line ? `line ${edit.line}` : `lines ${edit.line}–${edit.endLine}`;
  return edit.replacement === '' ? `Delete ${range}.` : `Replace ${range} with:`;
}

function fixDetails(fix: Fix, editsShown: boolean): string[] {
  const out = ['<details><summary>' + (editsShown ? 'New files of the fix' : 'Suggested fix: ' + fix.description) + '</summary>', ''];
  if (!editsShown) {
    for (const edit of fix.edits) {
      out.push(describeEdit(edit));
      if (edit.replacement !== '') out.push('', fence(edit.replacement, 'sql'));
      out.push('');
    }
  }
  for (const file of fix.newFiles ?? []) out.push(`New file \`${file.path}\`:`, '', fence(file.content.replace(/\n$/, ''), 'sql'), '');
  out.push('</details>');
  return out;
}

/** One finding's part of a comment; `suggestion` when this finding's fix is the comment's suggestion. */
function findingBlock(finding: Finding, fingerprint: string, scope: string, suggestion: string | undefined): string[] {
  const out = [
    `${SEVERITY_ICON[finding.severity]} **${finding.severity}** · ${LAYER_TITLES[finding.layer]} · [\`${finding.ruleId}\`](${finding.docs})`,
    '',
    finding.message,
  ];
  if (finding.unverified) out.push('', '_Not confirmed by replay: an earlier statement in this file could not be replayed._');
  if (finding.help) out.push('', finding.help);
  if (finding.evidence) out.push('', fence(finding.evidence, 'text'));
  if (finding.fix && suggestion !== undefined) {
    // Some rules' help already names the fix.
    if (!finding.help.includes('Suggested fix:')) out.push('', `Suggested fix: ${finding.fix.description}`);
    out.push('', fence(suggestion, 'suggestion'));
    if ((finding.fix.newFiles?.length ?? 0) > 0) out.push('', ...fixDetails(finding.fix, true));
  } else if (finding.fix) out.push('', ...fixDetails(finding.fix, false));
  out.push('', marker(fingerprint, scope));
  return out;
}

export interface CommentGroup {
  path: string;
  anchor: Anchor;
  /** Most severe first; the first one's fix is the suggestion. */
  findings: Finding[];
}

/** The comment for findings that share a line: the anchor's suggestion belongs to the first. */
export function groupComment(group: CommentGroup, fileText: string, scope = ''): InlineComment {
  const fingerprints = group.findings.map((f) => fingerprintOf(f, fileText));
  const blocks = group.findings.map((f, i) => findingBlock(f, fingerprints[i], scope, i === 0 ? group.anchor.suggestion : undefined));
  const body = blocks.map((b) => b.join('\n')).join('\n\n---\n\n');
  const { line, endLine } = group.anchor;
  return { path: group.path, line: endLine, ...(endLine > line ? { startLine: line } : {}), side: 'RIGHT', body, fingerprints };
}

/** One finding's comment, anchored on its own lines or, when it fits, on the lines its fix replaces. */
export function inlineComment(finding: Finding, fileText: string, scope = ''): InlineComment {
  return groupComment({ path: finding.file, anchor: anchorOf(finding, fileText, () => true), findings: [finding] }, fileText, scope);
}

const RANK = new Map(SEVERITIES.map((s, i) => [s, i]));

/** Severity first (error, escalate, warning, notice); equal severities keep their input order. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => RANK.get(a.f.severity)! - RANK.get(b.f.severity)! || a.i - b.i).map((x) => x.f);
}

export interface InlineSelection {
  /** One group per commented line, most severe first, at most `max`. */
  groups: CommentGroup[];
  /** The other findings that count, for the summary to carry. */
  rest: Finding[];
}

/**
 * Which findings go inline: not ignored, at least `minSeverity` (notices stay in the summary by
 * default), anchored inside the diff. Findings whose anchors overlap share a comment, on the
 * lines of the most severe one.
 */
export function selectInlineFindings(
  findings: readonly Finding[],
  options: {
    textOf: (path: string) => string | undefined;
    commentable: (path: string, line: number, endLine: number) => boolean;
    minSeverity?: Severity;
    max?: number;
  },
): InlineSelection {
  const floor = RANK.get(options.minSeverity ?? 'warning')!;
  const max = options.max ?? 25;
  const groups = new Map<string, CommentGroup>();
  const rest: Finding[] = [];
  for (const f of bySeverity(findings.filter((x) => !x.ignored))) {
    const text = options.textOf(f.file);
    if (text === undefined || RANK.get(f.severity)! > floor) {
      rest.push(f);
      continue;
    }
    const anchor = anchorOf(f, text, (line, endLine) => options.commentable(f.file, line, endLine));
    if (!options.commentable(f.file, anchor.line, anchor.endLine)) {
      rest.push(f);
      continue;
    }
    // Findings whose lines overlap an earlier comment's join it: one comment per line.
    const group = [...groups.values()].find((g) => g.path === f.file && anchor.line <= g.anchor.endLine && g.anchor.line <= anchor.endLine);
    const key = `${f.file}\0${anchor.line}\0${anchor.endLine}`;
    if (group) group.findings.push(f);
    else if (groups.size < max) groups.set(key, { path: f.file, anchor, findings: [f] });
    else rest.push(f);
  }
  return { groups: [...groups.values()], rest };
}
