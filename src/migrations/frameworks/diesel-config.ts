// diesel.toml: where a project's diesel migrations live (`[migrations_directory] dir`), read once
// per tree with the other layout files (src/migrations/layouts.ts).
import { basename, dirname, join, normalize } from '../paths.js';

/**
 * Migrations folders a `diesel.toml` names (`[migrations_directory] dir = "..."`, relative to
 * the diesel.toml), and folders holding a diesel.toml without that key (diesel then finds the
 * `migrations` folder of the crate below it).
 */
export interface DieselConfig {
  dirs: string[];
  roots: string[];
}

/** Reads `[migrations_directory] dir` from diesel.toml text; undefined when absent. */
export function dieselMigrationsDir(text: string): string | undefined {
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (header) {
      section = header[1];
      continue;
    }
    const m = /^dir\s*=\s*["']([^"']*)["']$/.exec(line);
    if (m && section === 'migrations_directory') return m[1];
  }
  return undefined;
}

export function findDieselConfig(paths: readonly string[], read: (path: string) => string | undefined): DieselConfig {
  const config: DieselConfig = { dirs: [], roots: [] };
  for (const p of paths) {
    if (basename(p) !== 'diesel.toml') continue;
    const dir = dieselMigrationsDir(read(p) ?? '');
    // An absolute dir (a developer's machine path) says nothing about the repository.
    if (dir === undefined) config.roots.push(dirname(p));
    else if (!dir.startsWith('/')) config.dirs.push(normalize(join(dirname(p), dir)));
  }
  return config;
}
