// Which right-side (new file) lines a pull-request review comment may target. GitHub rejects a
// review comment whose line is outside the diff ("Pull request review thread line must be part
// of the diff"), and a multi-line comment whose start_line and line lie in different hunks; so we
// keep one inclusive range per hunk, never merged with its neighbours.

/** Right-side lines of one hunk, inclusive; `start > end` never occurs (empty hunks are omitted). */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Splits on LF or CRLF; a diff of a CRLF file carries the CR inside each line. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

interface HunkParse {
  range: LineRange | undefined;
  /** Index of the first line after the hunk. */
  next: number;
}

/**
 * Reads the hunk whose header is at lines[at]. Its body length comes from the header counts, so
 * a body line starting with "diff --git" or "@@" is still read as content.
 */
function readHunk(lines: readonly string[], at: number): HunkParse {
  const header = HUNK_HEADER.exec(lines[at]);
  if (!header) return { range: undefined, next: at + 1 };
  let oldLeft = header[2] === undefined ? 1 : Number(header[2]);
  let newLeft = header[4] === undefined ? 1 : Number(header[4]);
  const firstNew = Number(header[3]);
  let i = at + 1;
  while (i < lines.length && (oldLeft > 0 || newLeft > 0)) {
    const line = lines[i];
    const mark = line[0];
    if (mark === '+') newLeft--;
    else if (mark === '-') oldLeft--;
    else if (mark === ' ' || line === '') {
      // Some tools strip the single space of an empty context line.
      oldLeft--;
      newLeft--;
    } else if (mark !== '\\') break; // truncated hunk: stop at whatever follows
    i++;
  }
  // "\ No newline at end of file" may follow the hunk's last line.
  while (i < lines.length && lines[i].startsWith('\\')) i++;
  const count = header[4] === undefined ? 1 : Number(header[4]);
  const range = count > 0 ? { start: firstNew, end: firstNew + count - 1 } : undefined;
  return { range, next: i };
}

/** Ranges of right-side lines open to review comments in a pulls.listFiles `patch`. */
export function commentableRanges(patch: string): LineRange[] {
  const lines = splitLines(patch);
  const ranges: LineRange[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].startsWith('@@')) {
      i++;
      continue;
    }
    const { range, next } = readHunk(lines, i);
    if (range) ranges.push(range);
    i = next;
  }
  return ranges;
}

/** Every right-side line open to review comments in a pulls.listFiles `patch`. */
export function commentableLines(patch: string): Set<number> {
  const lines = new Set<number>();
  for (const range of commentableRanges(patch)) {
    for (let line = range.start; line <= range.end; line++) lines.add(line);
  }
  return lines;
}

/** True when every line from `line` to `endLine` (inclusive, either order) lies in one hunk. */
export function isCommentable(ranges: readonly LineRange[], line: number, endLine: number = line): boolean {
  const low = Math.min(line, endLine);
  const high = Math.max(line, endLine);
  return ranges.some((range) => range.start <= low && high <= range.end);
}

/** Undoes git's C-style quoting of a path ("a/caf\303\251.sql" with octal UTF-8 bytes). */
function unquotePath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"') || raw.length < 2) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, v: 11, a: 7, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      const next = body[i + 1];
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Strips git's "a/" or "b/" prefix (and a trailing tab git adds to names with spaces). */
function stripPrefix(raw: string, prefix: 'a/' | 'b/'): string {
  const path = unquotePath(raw.replace(/\t$/, ''));
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/**
 * Path from "diff --git a/X b/Y" when no ---/+++ or rename line names it (binary files, mode
 * changes). Unquoted names may contain spaces, so this assumes X and Y are equal, which holds
 * for every such section except renames, whose "rename to" line wins anyway.
 */
function pathFromDiffGitLine(line: string): string | undefined {
  const rest = line.slice('diff --git '.length);
  const quoted = /^(?:"(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*")$/.exec(rest);
  if (quoted) return stripPrefix(quoted[1], 'b/');
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === ' ') {
    const right = rest.slice(half + 1);
    if (right.startsWith('b/')) return right.slice(2);
  }
  const at = rest.lastIndexOf(' b/');
  return at >= 0 ? rest.slice(at + 3) : undefined;
}

/**
 * Parses `git diff --unified=3 --no-ext-diff base -- paths...` output (default "a/" and "b/"
 * prefixes) into the commentable ranges of each file, keyed by its path on the right side.
 * Deleted and binary files map to no ranges: they are in the diff, but no right-side line of
 * theirs can carry a comment.
 */
export function hunksFromGitDiff(diffText: string): Map<string, LineRange[]> {
  const result = new Map<string, LineRange[]>();
  const lines = splitLines(diffText);
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].startsWith('diff --git ')) {
      i++;
      continue;
    }
    const headerLine = lines[i];
    let oldPath: string | undefined;
    let newPath: string | undefined;
    let renamedTo: string | undefined;
    let deleted = false;
    const ranges: LineRange[] = [];
    i++;
    // Extended header lines, then ---/+++ and hunks, until the next file's section.
    while (i < lines.length && !lines[i].startsWith('diff --git ')) {
      const line = lines[i];
      if (line.startsWith('@@')) {
        const { range, next } = readHunk(lines, i);
        if (range) ranges.push(range);
        i = next;
        continue;
      }
      if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
        renamedTo = unquotePath(line.slice(line.indexOf(' to ') + 4));
      } else if (line.startsWith('deleted file mode')) {
        deleted = true;
      } else if (line.startsWith('--- ')) {
        const raw = line.slice(4);
        if (raw !== '/dev/null') oldPath = stripPrefix(raw, 'a/');
      } else if (line.startsWith('+++ ')) {
        const raw = line.slice(4);
        if (raw === '/dev/null') deleted = true;
        else newPath = stripPrefix(raw, 'b/');
      }
      i++;
    }
    const path = newPath ?? renamedTo ?? (deleted ? oldPath : undefined) ?? pathFromDiffGitLine(headerLine);
    if (path !== undefined) result.set(path, deleted ? [] : ranges);
  }
  return result;
}
