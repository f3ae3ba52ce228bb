// The engine starts from an initialised empty database shipped in dist/ (made by the bundle
// script with the same PGlite: no template0, 32 MB of shared buffers, only the WAL needed to
// start) instead of running initdb: about 0.5 s instead of 1.8 s, and about 400 MB less peak
// memory, since initdb runs in a WASM instance of its own.
import { readFileSync } from 'node:fs';

export const TEMPLATE_FILE = 'pgdata-template.tar.gz';

/** Next to the bundle; from the TypeScript sources (tests, tsx), the repository's dist/. */
function templateUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL(`../../dist/${TEMPLATE_FILE}`, import.meta.url) : new URL(`./${TEMPLATE_FILE}`, import.meta.url);
}

let cached: Uint8Array | null | undefined;
let version: string | undefined;

/**
 * The PGlite release the template was made with, which the bundle keeps equal to the one it
 * bundles (a test checks the same for the sources): a data directory from another may not load.
 */
export function pgliteVersion(): string {
  if (version === undefined) {
    try {
      const meta = JSON.parse(readFileSync(new URL(TEMPLATE_FILE.replace('.tar.gz', '.json'), templateUrl()), 'utf8')) as { pglite?: string };
      version = meta.pglite ?? 'unknown';
    } catch {
      version = 'unknown';
    }
  }
  return version;
}

/** The template's bytes, or undefined when there is none (the engine then runs initdb). */
export function templateDataDir(): Uint8Array | undefined {
  if (cached === undefined) {
    try {
      cached = new Uint8Array(readFileSync(templateUrl()));
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}
