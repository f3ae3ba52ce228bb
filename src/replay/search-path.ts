// The session's search_path as the tracer records it on each statement, so that rules resolve
// unqualified names the way PostgreSQL did when the statement ran.

/**
 * Schema names of a search_path setting as `current_setting('search_path')` shows it
 * (`app, "My Schema", public`): unquoted names are folded to lower case as PostgreSQL does when
 * it reads the list, quoted ones kept with `""` undone. `"$user"`, `pg_catalog` and `pg_temp`
 * are left out: the first names no schema of the review's, the others hold no migration tables.
 */
export function parseSearchPath(setting: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < setting.length) {
    while (i < setting.length && /[\s,]/.test(setting[i])) i++;
    if (i >= setting.length) break;
    let name: string;
    if (setting[i] === '"') {
      name = '';
      i++;
      while (i < setting.length) {
        if (setting[i] === '"') {
          if (setting[i + 1] === '"') {
            name += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        name += setting[i++];
      }
      if (name === '$user') continue;
    } else {
      const start = i;
      while (i < setting.length && setting[i] !== ',') i++;
      name = setting.slice(start, i).trim().toLowerCase();
    }
    if (name === '' || name === 'pg_catalog' || name === 'pg_temp' || name.startsWith('pg_temp_') || name === '$user') continue;
    out.push(name);
  }
  return out;
}

/**
 * Whether running this statement may have changed the session's search_path: SET/RESET
 * of search_path, RESET ALL, DISCARD ALL, and anything that can call set_config (SELECT, DO, CALL, or a
 * text naming search_path). Transaction ends are handled by the session itself.
 */
export function mayChangeSearchPath(s: { kind: string; text: string; ast?: unknown }): boolean {
  switch (s.kind) {
    case 'VariableSetStmt': {
      // SET lock_timeout leaves the path alone; SET search_path, RESET search_path and RESET ALL do not.
      const set = (s.ast as { VariableSetStmt?: { kind?: string; name?: string } } | undefined)?.VariableSetStmt;
      return set === undefined || set.kind === 'VAR_RESET_ALL' || set.name === undefined || set.name.toLowerCase() === 'search_path';
    }
    case 'DiscardStmt':
    case 'SelectStmt':
    case 'DoStmt':
    case 'CallStmt':
      return true;
    default:
      return /search_path/i.test(s.text);
  }
}
