// Line scanning and blanking that keep string indexes and line numbers of the original text.

export interface Line {
  /** Index of the first character of the line. */
  start: number;
  /** Index just past the line's content (before `\r\n` or `\n`). */
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/** A half-open range [start, end) of string indexes. */
export interface Range {
  start: number;
  end: number;
}

/** Replaces every character of the ranges by a space, except line breaks, so positions stay put. */
export function blankRanges(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  const chars = text.split('');
  for (const r of ranges) {
    for (let i = r.start; i < r.end; i++) {
      if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    }
  }
  return chars.join('');
}

/** Whether a line holds only a `--` comment (or nothing). */
export function isCommentOrBlank(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('--');
}
