// Position arithmetic: libpg-query speaks UTF-8 byte offsets, editors speak lines and UTF-16 columns.
import type { Position } from '../core/sql-types.js';

// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Converts the offsets libpg-query reports into string (UTF-16) indexes of one text: statement
 * locations and scanner tokens are UTF-8 byte offsets, but a syntax error's cursor position is
 * counted in characters (code points), as PostgreSQL reports it to clients.
 */
export class Utf8Offsets {
  /** Byte offset of each string index (length + 1 entries); absent for pure ASCII, where both agree. */
  private readonly byteAt: Uint32Array | undefined;
  /** String indexes where a surrogate pair (one code point, two UTF-16 units) starts, ascending. */
  private readonly pairs: number[] = [];
  readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    if (ASCII_ONLY.test(text)) return;
    const byteAt = new Uint32Array(text.length + 1);
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      byteAt[i] = bytes;
      const code = text.charCodeAt(i);
      if (code < 0x80) bytes += 1;
      else if (code < 0x800) bytes += 2;
      else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
        // A surrogate pair is one 4-byte character; its second unit shares the pair's start.
        byteAt[i + 1] = bytes;
        this.pairs.push(i);
        bytes += 4;
        i++;
      } else bytes += 3; // BMP character, or a lone surrogate (encoded as 3 bytes)
    }
    byteAt[text.length] = bytes;
    this.byteAt = byteAt;
  }

  /** Total UTF-8 length of the text. */
  get byteLength(): number {
    return this.byteAt ? this.byteAt[this.length] : this.length;
  }

  /** String index of the character starting at `byte` (a byte inside a character rounds up to the next one). */
  indexOf(byte: number): number {
    const byteAt = this.byteAt;
    if (byte <= 0) return 0;
    if (!byteAt) return Math.min(byte, this.length);
    if (byte >= byteAt[this.length]) return this.length;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byteAt[mid] < byte) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** UTF-8 byte offset of string index `index`. */
  byteOf(index: number): number {
    const clamped = Math.max(0, Math.min(index, this.length));
    return this.byteAt ? this.byteAt[clamped] : clamped;
  }

  /** Code point offset of string index `index`. */
  codePointOf(index: number): number {
    const clamped = Math.max(0, Math.min(index, this.length));
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid] < clamped) lo = mid + 1;
      else hi = mid;
    }
    // Every pair that starts before the index is two units but one code point.
    return clamped - lo;
  }

  /** String index of the code point at offset `codePoint`. */
  indexOfCodePoint(codePoint: number): number {
    if (codePoint <= 0) return 0;
    // The j-th pair sits at code point pairs[j] - j; count the pairs before `codePoint`.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid] - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(codePoint + lo, this.length);
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Line starts of one text, built once, for index -> 1-based line/column by binary search.
 * Only `\n` ends a line, so in CRLF files the `\r` stays at the end of its own line and never
 * shifts the next line's columns.
 */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line of string index `index` (clamped to the text). */
  lineAt(index: number): number {
    const target = Math.max(0, Math.min(index, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid] <= target) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based line and column (in UTF-16 units, like editors) of string index `index`. */
  position(index: number): Position {
    const target = Math.max(0, Math.min(index, this.text.length));
    const line = this.lineAt(target);
    return { line, column: target - this.starts[line - 1] + 1 };
  }

  /** String index where 1-based `line` starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(1, Math.min(line, this.starts.length)) - 1];
  }
}

/** One-off convenience: line and column of `index` in `text` (build a LineMap for repeated use). */
export function lineColumnAt(text: string, index: number): Position {
  return new LineMap(text).position(index);
}
