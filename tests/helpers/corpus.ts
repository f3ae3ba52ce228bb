// The real-history corpus is test data kept outside the repository (../shared/corpus in this
// workplace); its location comes from PGMR_CORPUS and nowhere else, so a fresh clone runs with
// nothing beside it. Tests that need it skip when it is absent; corpus-notice.ts says so once.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const configured = process.env.PGMR_CORPUS;

/** The corpus folder when PGMR_CORPUS names one holding a manifest; undefined otherwise. */
export const CORPUS_DIR: string | undefined =
  configured && existsSync(join(resolve(configured), 'manifest.json')) ? resolve(configured) : undefined;

export const CORPUS_PRESENT = CORPUS_DIR !== undefined;

/** A path inside the corpus ('' parts join to the folder itself); a path that never exists when it is absent. */
export function corpusPath(...parts: string[]): string {
  return join(CORPUS_DIR ?? '/nonexistent-pgmr-corpus', ...parts);
}

/** A manifest of the corpus (the histories', or `queries/manifest.json`); empty when the corpus is absent. */
export function corpusManifest<T>(...folder: string[]): T[] {
  return CORPUS_PRESENT ? (JSON.parse(readFileSync(corpusPath(...folder, 'manifest.json'), 'utf8')) as T[]) : [];
}
