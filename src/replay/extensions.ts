// The contrib extensions PGlite ships, by the name CREATE EXTENSION uses.
// Every import is written out literally so that a bundler can follow it (a variable import cannot be bundled).
import type { Extension } from '@electric-sql/pglite';

type Loader = () => Promise<Extension>;

const LOADERS: Record<string, Loader> = {
  amcheck: async () => (await import('@electric-sql/pglite/contrib/amcheck')).amcheck,
  auto_explain: async () => (await import('@electric-sql/pglite/contrib/auto_explain')).auto_explain,
  bloom: async () => (await import('@electric-sql/pglite/contrib/bloom')).bloom,
  btree_gin: async () => (await import('@electric-sql/pglite/contrib/btree_gin')).btree_gin,
  btree_gist: async () => (await import('@electric-sql/pglite/contrib/btree_gist')).btree_gist,
  citext: async () => (await import('@electric-sql/pglite/contrib/citext')).citext,
  cube: async () => (await import('@electric-sql/pglite/contrib/cube')).cube,
  dict_int: async () => (await import('@electric-sql/pglite/contrib/dict_int')).dict_int,
  dict_xsyn: async () => (await import('@electric-sql/pglite/contrib/dict_xsyn')).dict_xsyn,
  earthdistance: async () => (await import('@electric-sql/pglite/contrib/earthdistance')).earthdistance,
  file_fdw: async () => (await import('@electric-sql/pglite/contrib/file_fdw')).file_fdw,
  fuzzystrmatch: async () => (await import('@electric-sql/pglite/contrib/fuzzystrmatch')).fuzzystrmatch,
  hstore: async () => (await import('@electric-sql/pglite/contrib/hstore')).hstore,
  intarray: async () => (await import('@electric-sql/pglite/contrib/intarray')).intarray,
  isn: async () => (await import('@electric-sql/pglite/contrib/isn')).isn,
  lo: async () => (await import('@electric-sql/pglite/contrib/lo')).lo,
  ltree: async () => (await import('@electric-sql/pglite/contrib/ltree')).ltree,
  // The "spi" bundle holds moddatetime, autoinc, insert_username and refint.
  moddatetime: async () => (await import('@electric-sql/pglite/contrib/moddatetime')).moddatetime,
  pageinspect: async () => (await import('@electric-sql/pglite/contrib/pageinspect')).pageinspect,
  pg_buffercache: async () => (await import('@electric-sql/pglite/contrib/pg_buffercache')).pg_buffercache,
  pg_freespacemap: async () => (await import('@electric-sql/pglite/contrib/pg_freespacemap')).pg_freespacemap,
  pg_stat_statements: async () => (await import('@electric-sql/pglite/contrib/pg_stat_statements')).pg_stat_statements,
  pg_surgery: async () => (await import('@electric-sql/pglite/contrib/pg_surgery')).pg_surgery,
  pg_trgm: async () => (await import('@electric-sql/pglite/contrib/pg_trgm')).pg_trgm,
  pg_visibility: async () => (await import('@electric-sql/pglite/contrib/pg_visibility')).pg_visibility,
  pg_walinspect: async () => (await import('@electric-sql/pglite/contrib/pg_walinspect')).pg_walinspect,
  pgcrypto: async () => (await import('@electric-sql/pglite/contrib/pgcrypto')).pgcrypto,
  seg: async () => (await import('@electric-sql/pglite/contrib/seg')).seg,
  tablefunc: async () => (await import('@electric-sql/pglite/contrib/tablefunc')).tablefunc,
  tcn: async () => (await import('@electric-sql/pglite/contrib/tcn')).tcn,
  tsm_system_rows: async () => (await import('@electric-sql/pglite/contrib/tsm_system_rows')).tsm_system_rows,
  tsm_system_time: async () => (await import('@electric-sql/pglite/contrib/tsm_system_time')).tsm_system_time,
  unaccent: async () => (await import('@electric-sql/pglite/contrib/unaccent')).unaccent,
  uuid_ossp: async () => (await import('@electric-sql/pglite/contrib/uuid_ossp')).uuid_ossp,
};

/** SQL extension name -> PGlite module name, where they differ. */
const MODULE_OF: Record<string, string> = {
  'uuid-ossp': 'uuid_ossp',
  autoinc: 'moddatetime',
  insert_username: 'moddatetime',
  refint: 'moddatetime',
};

/** Extensions whose CREATE EXTENSION needs another one installed (CASCADE or an earlier statement). */
const REQUIRES: Record<string, string[]> = {
  earthdistance: ['cube'],
};

/** SQL names of the extensions the embedded engine can install (plpgsql is built in). */
export const SHIPPED_EXTENSIONS: readonly string[] = [
  'plpgsql',
  ...Object.keys(LOADERS).filter((m) => m !== 'uuid_ossp'),
  ...Object.keys(MODULE_OF),
].sort();

function moduleName(sqlName: string): string | undefined {
  const name = sqlName.toLowerCase();
  const mod = MODULE_OF[name] ?? name;
  return Object.hasOwn(LOADERS, mod) ? mod : undefined;
}

/** Whether `CREATE EXTENSION <name>` can work on the embedded engine. */
export function isShippedExtension(sqlName: string): boolean {
  return sqlName.toLowerCase() === 'plpgsql' || moduleName(sqlName) !== undefined;
}

/**
 * Loads the PGlite extension modules for the given SQL names (and what they require), keyed by
 * module name as PGlite.create expects. Unknown names are skipped: their CREATE EXTENSION then
 * fails with "extension ... is not available", which replay reports as not replayable.
 */
export async function loadExtensions(sqlNames: readonly string[]): Promise<{ modules: Record<string, Extension>; loaded: string[] }> {
  const wanted = new Set<string>();
  const visit = (name: string): void => {
    const mod = moduleName(name);
    if (!mod || wanted.has(mod)) return;
    wanted.add(mod);
    for (const dep of REQUIRES[mod] ?? []) visit(dep);
  };
  sqlNames.forEach(visit);
  const modules: Record<string, Extension> = {};
  for (const mod of wanted) modules[mod] = await LOADERS[mod]();
  return { modules, loaded: [...wanted].sort() };
}
