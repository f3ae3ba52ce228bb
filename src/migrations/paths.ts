// POSIX path helpers for repository-relative paths (no I/O, no platform separators).

/** The folder part of `a/b/c.sql` (`a/b`); '' at the repository root. */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** The last segment of `a/b/c.sql` (`c.sql`). */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Joins segments, dropping empty ones so that the root folder '' joins cleanly. */
export function join(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/');
}

/** Resolves `.` and `..` segments and doubled slashes (`a/./b/../c/` -> `a/c`); '..' above the root is dropped. */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
