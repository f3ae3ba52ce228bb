// Version numbers as frameworks read them, and the natural comparisons that order them.

/**
 * Digits past this count no longer fit a double exactly (2^53 has 16 digits), so a longer
 * run is kept as two numbers: its leading digits and its last 15 digits. Two runs of the
 * same length (pop's 20-digit versions) still compare exactly element by element.
 */
const SAFE_DIGITS = 15;

/** One run of digits as exact numbers: `[n]`, or `[head, last15]` for very long runs. */
export function digitRun(digits: string): number[] {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed.length <= SAFE_DIGITS) return [Number(trimmed)];
  return [Number(trimmed.slice(0, -SAFE_DIGITS)), Number(trimmed.slice(-SAFE_DIGITS))];
}

/** Numbers of a version written as digit runs with separators (`1_2`, `1.2.3`, `2023-01-01-120000`). */
export function parseVersionParts(text: string): number[] {
  return (text.match(/\d+/g) ?? []).flatMap(digitRun);
}

/**
 * The leading version of a file or folder name: its first run of digits (`0002-name.sql` -> [2],
 * `20230101120000_x` -> [20230101120000], `0002_1.7.0_schema.up.sql` -> [2]); [] when the name
 * does not start with a digit.
 */
export function splitVersion(name: string): number[] {
  const m = /^\d+/.exec(name);
  return m ? digitRun(m[0]) : [];
}

/**
 * Element-by-element numeric comparison; a missing element counts as 0, so `1` and `1.0`
 * are the same version (as Flyway reads them) and `V1_2` sorts before `V1_10`.
 */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function compareDigitStrings(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  if (x !== y) return x < y ? -1 : 1;
  return 0;
}

/**
 * Natural string order: digit runs compare by value (`v1.2` < `v1.10`, `0002-` < `00010-`),
 * other runs by code unit; a full tie falls back to plain comparison so the order is total.
 */
export function naturalCompare(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  const n = Math.min(ra.length, rb.length);
  for (let i = 0; i < n; i++) {
    const x = ra[i];
    const y = rb[i];
    const xd = /^\d/.test(x);
    const yd = /^\d/.test(y);
    const c = xd && yd ? compareDigitStrings(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  if (ra.length !== rb.length) return ra.length < rb.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
