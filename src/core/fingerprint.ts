// A finding's identity across pushes: rule, file and the text of the flagged lines with whitespace
// collapsed, never the line number, so inserting lines above or re-indenting keeps it. Inline
// comments, approvals, baselines and SARIF all key on it. Where the file's text is unknown (a file
// outside the review), the message stands in, without the positions it mentions.
import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/** Lines [line, endLine] (1-based, inclusive), whitespace collapsed. */
function flaggedText(text: string, line: number, endLine: number): string {
  return text.split(/\r\n|\n|\r/).slice(line - 1, Math.max(line, endLine)).join(' ').replace(/\s+/g, ' ').trim();
}

/** "(line 12, column 5)" in syntax errors moves with the text above; only what identifies the problem stays. */
function withoutPositions(message: string): string {
  return message.replace(/\b(lines?|columns?|col)\s+\d+(\s*[-–]\s*\d+)?/gi, '$1 #').replace(/\s+/g, ' ').trim();
}

/** 16 hex digits of sha256. Identical statements in one file flagged by one rule share a fingerprint. */
export function findingFingerprint(finding: Pick<Finding, 'ruleId' | 'file' | 'line' | 'endLine' | 'message'>, fileText: string | undefined): string {
  const what = fileText === undefined ? `message:${withoutPositions(finding.message)}` : flaggedText(fileText, finding.line, finding.endLine);
  return createHash('sha256').update(`${finding.ruleId}\0${finding.file}\0${what}`).digest('hex').slice(0, 16);
}
