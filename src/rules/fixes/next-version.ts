// Version arithmetic for a migration placed right after another one: the next free version in the
// framework's own notation, never one an existing migration of the directory already uses.
import { compareVersions } from '../../migrations/version.js';

/** `YYYYMMDDHHMMSS` as a date when the digits are a real UTC time, else undefined. */
function timestamp(digits: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(digits);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const same =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d &&
    date.getUTCHours() === h && date.getUTCMinutes() === mi && date.getUTCSeconds() === s;
  return same && y >= 1970 ? date : undefined;
}

function formatTimestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    String(date.getUTCFullYear()) + two(date.getUTCMonth() + 1) + two(date.getUTCDate()) +
    two(date.getUTCHours()) + two(date.getUTCMinutes()) + two(date.getUTCSeconds())
  );
}

/**
 * The version one step after `digits`: a 14-digit `YYYYMMDDHHMMSS` timestamp one second later
 * (calendar-aware: `20240131235959` -> `20240201000000`), any other number plus one, keeping its
 * zero padding (`00005` -> `00006`). BigInt keeps 20-digit versions exact.
 */
export function bumpDigits(digits: string): string {
  const date = timestamp(digits);
  if (date) return formatTimestamp(new Date(date.getTime() + 1000));
  return (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
}

/**
 * The first free version after `digits` (one leading number: goose, dbmate, golang-migrate,
 * Prisma folders, ...), given the versions `used` in the same directory: right after it when that
 * is free, else after the run of used versions that follows it (`00004` with `00005` and `00006`
 * taken gives `00007`), since renumbering other migrations is not a fix.
 */
export function nextFreeDigits(digits: string, used: readonly string[]): string {
  const taken = new Set(used.map((u) => BigInt(u)));
  let candidate = bumpDigits(digits);
  while (taken.has(BigInt(candidate))) candidate = bumpDigits(candidate);
  return candidate;
}

/**
 * A Flyway version strictly between `version` and the next used one, written with the file's
 * separator: `V3` -> `3_1`, then `3_2` if taken; before an existing `3_1` -> `3_0_1`. Flyway
 * compares versions part by part with missing parts as 0, and there is always room.
 */
export function flywayVersionAfter(version: readonly number[], used: readonly (readonly number[])[], separator: string): string {
  const after = used.filter((u) => compareVersions(u, version) > 0).sort(compareVersions);
  const next = after[0];
  const fits = (c: number[]) => !used.some((u) => compareVersions(u, c) === 0) && (next === undefined || compareVersions(c, next) < 0);
  for (let last = 1; last < 10; last++) {
    const candidate = [...version, last];
    if (fits(candidate)) return candidate.join(separator);
  }
  // `next` extends `version` (V3 then V3_1): pad with zeros up to where `next` differs, then 1.
  const padded = [...version];
  while (next !== undefined && padded.length < next.length && compareVersions([...padded, 0, 1], next) >= 0) padded.push(0);
  let candidate = [...padded, 0, 1];
  while (!fits(candidate)) candidate = [...candidate.slice(0, -1), 0, 1];
  return candidate.join(separator);
}
