// Acceptance: default discovery, detection and ordering against the 16 real histories of the
// shared corpus. Each history folder keeps its repository paths, so it is read as a repository.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/migration-types.js';
import { loadMigrations } from '../../src/migrations/load.js';
import { lineCount } from './helpers.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

interface History {
  name: string;
  dir: string;
  files: string[];
}

const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as History[];

/**
 * Histories the defaults cannot find: temporal keeps its SQL in `versioned/vX.Y/` folders with no
 * `migrations` segment and no framework markers, so it needs a config glob.
 */
const CONFIG_GLOBS: Record<string, string[]> = {
  'temporalio/temporal': ['schema/postgresql/v12/temporal/versioned/**/*.sql'],
};

/**
 * Framework each history is detected as. river uses its own rivermigrate, whose names are
 * golang-migrate's (`001_name.up.sql`), so it is read as golang-migrate; temporal-sql-tool
 * runs files statement by statement, which is plain SQL.
 */
const EXPECTED_FRAMEWORK: Record<string, Framework> = {
  'goharbor/harbor': 'golang-migrate',
  'ory/kratos': 'pop',
  'triggerdotdev/trigger.dev': 'prisma',
  'langfuse/langfuse': 'prisma',
  'kestra-io/kestra': 'flyway',
  'dhis2/dhis2-core': 'flyway',
  'temporalio/temporal': 'plain',
  'frain-dev/convoy': 'sql-migrate',
  'openfga/openfga': 'goose',
  'riverqueue/river': 'golang-migrate',
  'supabase/storage': 'plain',
  'UPchieve/subway': 'dbmate',
  'OpenFn/db': 'sqitch',
  'Lucy-Family-Institute/pace-admin': 'hasura',
  'atuinsh/atuin': 'sqlx',
  'mckaywrigley/chatbot-ui': 'supabase',
};

function walk(dir: string, root: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, root, out);
    else out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

function load(history: History) {
  const root = join(CORPUS, history.dir);
  return loadMigrations({
    paths: walk(root, root),
    read: (p) => readFileSync(join(root, p), 'utf8'),
    config: { migrations: CONFIG_GLOBS[history.name] ?? [] },
  });
}

describe('the corpus histories', () => {
  it('lists 16 histories, each with an expected framework', () => {
    expect(manifest.map((h) => h.name).sort()).toEqual(Object.keys(EXPECTED_FRAMEWORK).sort());
  });

  for (const history of manifest) {
    it(`${history.name}: finds exactly the manifest's files in apply order`, () => {
      const sources = load(history);
      expect(sources.map((s) => s.path)).toEqual(history.files);
      expect(sources.map((s) => s.order)).toEqual(history.files.map((_, i) => i));
      expect(new Set(sources.map((s) => s.framework))).toEqual(new Set([EXPECTED_FRAMEWORK[history.name]]));
      for (const s of sources) {
        expect(s.reviewedText.length).toBe(s.text.length);
        expect(lineCount(s.reviewedText)).toBe(lineCount(s.text));
      }
    });
  }

  it('reads the corpus transaction opt-outs', () => {
    const byName = (name: string) => load(manifest.find((h) => h.name === name) as History);
    const optOuts = (name: string) => byName(name).filter((s) => s.transaction === 'none').length;
    // Counted with grep over the corpus: 10 `.autocommit.` files in kratos, 9 disable-transaction
    // files in supabase/storage, 33 `+migrate Up notransaction` in convoy, 1 goose NO TRANSACTION
    // in openfga; every sqitch script runs as written.
    expect(optOuts('ory/kratos')).toBe(10);
    expect(optOuts('frain-dev/convoy')).toBe(33);
    expect(optOuts('openfga/openfga')).toBe(1);
    expect(optOuts('supabase/storage')).toBe(9);
    expect(optOuts('OpenFn/db')).toBe(6);
    expect(byName('goharbor/harbor').every((s) => s.transaction === 'implicit')).toBe(true);
  });

  it('keeps the down SQL after subway\'s indented -- migrate:down out of review', () => {
    const subway = load(manifest.find((h) => h.name === 'UPchieve/subway') as History);
    const cities = subway.find((s) => s.path.endsWith('20211026205335_create_cities_table.sql'));
    expect(cities?.reviewedText).toContain('ADD CONSTRAINT unique_city_name_state UNIQUE');
    expect(cities?.reviewedText).not.toContain('DROP TABLE');
  });
});
