// What the parts of a replay session share (base batches, transaction state, step trace): the
// engine, the log of SQL that rebuilds its committed state after a restart, and what was last
// read from the database (catalog, user relations, search_path), kept until it may have changed.
import type { Catalog } from '../core/catalog.js';
import { emptyCatalog } from '../core/catalog.js';
import type { PgErrorInfo } from '../core/trace-types.js';
import { shareUnchanged } from './catalog-diff.js';
import { readCatalog, type RelationInfo } from './catalog-query.js';
import { EngineStoppedError, PgError, type PgliteEngine } from './engine.js';

export class SessionState {
  /** SQL that rebuilds the committed state, in order. */
  readonly log: string[] = [];
  /** User relations as of the last traced step; dropped whenever other SQL runs. */
  relations: Map<number, RelationInfo> | undefined;
  /** The session's search_path as last read; undefined when something may have changed it. */
  searchPath: string[] | undefined;
  /** Whether the catalog read last is still the schema (false once the database may have changed). */
  catalogFresh = false;
  private current: Catalog = emptyCatalog();

  /**
   * `recover` runs after a failed request: nothing for a PostgreSQL error, a restart and rebuild
   * for a stopped engine (see ReplaySession); anything else is thrown again.
   */
  constructor(
    readonly engine: PgliteEngine,
    readonly recover: (err: unknown) => Promise<void>,
  ) {}

  /**
   * Takes `catalog` as the schema now, without reading it: for a database loaded from a cached
   * base replay whose catalog was saved with it (same data directory, so the same oids).
   */
  assumeCatalog(catalog: Catalog): void {
    this.current = catalog;
    this.catalogFresh = true;
  }

  /** The schema now (cached until the database changes). */
  async catalog(): Promise<Catalog> {
    if (!this.catalogFresh) {
      this.current = shareUnchanged(this.current, await readCatalog(this.engine));
      this.catalogFresh = true;
    }
    return this.current;
  }

  /**
   * The schema after a statement: only the tables it touched are read again when that is known
   * (a full read of 100 tables costs 70 to 250 ms, one table about 8 ms); the rest is shared
   * with the previous snapshot.
   */
  async refreshCatalog(touched: Set<number> | 'all', kind?: string): Promise<Catalog> {
    if (touched === 'all') {
      this.catalogFresh = false;
      return this.catalog();
    }
    // Nothing locked or changed (SET lock_timeout first in a file): the schema is as it was,
    // unless the statement adds or drops an extension, which locks no table.
    if (touched.size === 0 && kind !== 'CreateExtensionStmt' && kind !== 'DropStmt') {
      this.catalogFresh = true;
      return this.current;
    }
    const partial = await readCatalog(this.engine, { tableOids: [...touched] });
    const tables = { ...this.current.tables };
    for (const [key, t] of Object.entries(tables)) if (touched.has(t.oid)) delete tables[key];
    Object.assign(tables, partial.tables);
    this.current = shareUnchanged(this.current, { tables, extensions: partial.extensions });
    this.catalogFresh = true;
    return this.current;
  }
}

/** A failed request as a step or a base problem records it. */
export function errorInfo(err: unknown): PgErrorInfo {
  if (err instanceof PgError) return err.info;
  if (err instanceof EngineStoppedError) return { code: '57014', message: err.message };
  return { code: 'XX000', message: err instanceof Error ? err.message : String(err) };
}

/**
 * COPY ... FROM/TO PROGRAM or a server file: reaches outside the database, so the review never
 * runs it (PGlite answers OK without running anything, then hangs).
 */
export function serverSideCopy(s: { ast?: unknown }): boolean {
  const copy = (s.ast as { CopyStmt?: { is_program?: boolean; filename?: string } } | undefined)?.CopyStmt;
  return copy !== undefined && (copy.is_program === true || copy.filename !== undefined);
}

/** What a server-side COPY is reported with, in the base history and under review alike. */
export const SERVER_SIDE_COPY: PgErrorInfo = { code: '0A000', message: 'COPY with a server-side file or PROGRAM is not run by the review' };
