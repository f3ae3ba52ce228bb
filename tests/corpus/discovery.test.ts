// Default discovery, detection and ordering against every real history of the shared corpus. Each
// history folder keeps its repository paths, so it is read as a repository: the files found must
// be the manifest's `files` in apply order, with its `code_migrations` in their version places.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/migration-types.js';
import { loadMigrations } from '../../src/migrations/load.js';
import { CORPUS_PRESENT, corpusManifest, corpusPath } from '../helpers/corpus.js';


interface History {
  name: string;
  dir: string;
  files: string[];
  code_migrations?: string[];
}

const manifest = corpusManifest<History>();

/** Histories the defaults cannot find (none today: temporal's versioned folders are found by their manifest.json). */
const CONFIG_GLOBS: Record<string, string[]> = {};

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
  'cryptomator/hub': 'flyway',
  'Aardwolf-Social/aardwolf': 'diesel',
  'amirkhan7javi/chainlink': 'goose',
  'kronor-io/smart-csv': 'sqitch',
};

function walk(dir: string, root: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, root, out);
    else out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

function load(history: History, migrations = CONFIG_GLOBS[history.name] ?? []) {
  const root = corpusPath(history.dir);
  return loadMigrations({
    paths: walk(root, root),
    read: (p) => readFileSync(join(root, p), 'utf8'),
    config: { migrations },
  });
}

function byName(name: string): History {
  return manifest.find((h) => h.name === name) as History;
}

/** First number of a file name (`V2__x.java` -> 2, `0036_x.go` -> 36), read independently of the loader. */
function leadingNumber(path: string): number {
  return Number(/\d+/.exec(path.slice(path.lastIndexOf('/') + 1))?.[0] ?? NaN);
}

/** The manifest's files with each code migration inserted before the first file of a higher version. */
function expectedOrder(history: History): string[] {
  const order = [...history.files];
  for (const code of history.code_migrations ?? []) {
    const at = order.findIndex((f) => leadingNumber(f) > leadingNumber(code));
    order.splice(at < 0 ? order.length : at, 0, code);
  }
  return order;
}

describe.skipIf(!CORPUS_PRESENT)('discovery of the corpus histories', () => {
  it('every history has an expected framework', () => {
    expect(manifest.map((h) => h.name).sort()).toEqual(Object.keys(EXPECTED_FRAMEWORK).sort());
  });

  for (const history of manifest) {
    it(`${history.name}: finds exactly the manifest's files and code migrations in apply order`, () => {
      const sources = load(history);
      expect(sources.map((s) => s.path)).toEqual(expectedOrder(history));
      expect(sources.map((s) => s.order)).toEqual(sources.map((_, i) => i));
      expect(sources.filter((s) => s.code !== undefined).map((s) => s.path)).toEqual(history.code_migrations ?? []);
      expect(new Set(sources.map((s) => s.framework))).toEqual(new Set([EXPECTED_FRAMEWORK[history.name]]));
      for (const s of sources) {
        expect(s.reviewedText.length).toBe(s.text.length);
        expect(s.reviewedText.split('\n').length).toBe(s.text.split('\n').length);
      }
    });
  }

  it('reads the corpus transaction opt-outs', () => {
    const optOuts = (name: string) => load(byName(name)).filter((s) => s.transaction === 'none').length;
    // Counted with grep over the corpus: 10 `.autocommit.` files in kratos, 9 disable-transaction
    // files in supabase/storage, 33 `+migrate Up notransaction` in convoy, 1 goose NO TRANSACTION
    // in openfga; every sqitch script runs as written; aardwolf has no metadata.toml.
    expect(optOuts('ory/kratos')).toBe(10);
    expect(optOuts('frain-dev/convoy')).toBe(33);
    expect(optOuts('openfga/openfga')).toBe(1);
    expect(optOuts('supabase/storage')).toBe(9);
    expect(optOuts('OpenFn/db')).toBe(6);
    expect(optOuts('kronor-io/smart-csv')).toBe(12);
    expect(optOuts('Aardwolf-Social/aardwolf')).toBe(0);
    expect(load(byName('goharbor/harbor')).every((s) => s.transaction === 'implicit')).toBe(true);
  });

  it('keeps the down SQL after subway\'s indented -- migrate:down out of review', () => {
    const subway = load(byName('UPchieve/subway'));
    const cities = subway.find((s) => s.path.endsWith('20211026205335_create_cities_table.sql'));
    expect(cities?.reviewedText).toContain('ADD CONSTRAINT unique_city_name_state UNIQUE');
    expect(cities?.reviewedText).not.toContain('DROP TABLE');
  });

  it('smart-csv: a migrations glob keeps the plan order of sqitch.conf\'s top_dir, not the alphabet', () => {
    const history = byName('kronor-io/smart-csv');
    const globbed = load(history, ['database/deploy/*.sql']).map((s) => s.path);
    expect(globbed).toEqual(history.files);
    expect(globbed).not.toEqual([...history.files].sort());
  });

  it('cryptomator: the baseline B14 stays out, the Java V2 sits between V1 and V3 with no text', () => {
    const sources = load(byName('cryptomator/hub'));
    expect(sources.some((s) => s.path.includes('/B14__'))).toBe(false);
    const v2 = sources[1];
    expect(v2).toMatchObject({ code: 'java', framework: 'flyway', version: [2], text: '', reviewedText: '' });
    expect(sources[0].path).toMatch(/\/V1__/);
    expect(sources[2].path).toMatch(/\/V3__/);
  });
});
