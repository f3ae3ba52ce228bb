// The one place that talks to libpg-query: load the WASM module once, then call it synchronously.
import {
  fingerprintSync as pgFingerprint,
  loadModule,
  parsePlPgSQLSync as pgParsePlpgsql,
  parseSync as pgParse,
  scanSync as pgScan,
  type ScanToken,
} from 'libpg-query';
import type { ParseResult } from '@pgsql/types';
import { Utf8Offsets } from './offsets.js';

export type { ParseResult, ScanToken };

let loading: Promise<void> | undefined;
let ready = false;

/** Loads the parser's WASM module (about 15 ms). Idempotent; everything else in src/sql needs it done. */
export function ensureParser(): Promise<void> {
  loading ??= loadModule().then(
    () => {
      ready = true;
    },
    (error: unknown) => {
      loading = undefined; // let a later call retry
      throw error;
    },
  );
  return loading;
}

export function isParserReady(): boolean {
  return ready;
}

function assertReady(): void {
  if (!ready) throw new Error('The SQL parser is not loaded yet: await ensureParser() before parsing SQL.');
}

/**
 * PostgreSQL rejected the input; `cursor` is where it stopped, as a 0-based offset in characters
 * (code points, as PostgreSQL reports positions), not bytes and not UTF-16 units.
 */
export class SqlParseError extends Error {
  constructor(
    message: string,
    readonly cursor: number,
  ) {
    super(message);
    this.name = 'SqlParseError';
  }
}

/** The scanner could not tokenize the input (unterminated quote or comment, junk after a number, ...). */
export class SqlScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SqlScanError';
  }
}

interface DetailedError {
  sqlDetails?: { message?: string; cursorPosition?: number };
}

/** What PostgreSQL answers to a NUL character in a query. */
const NUL_MESSAGE = 'invalid byte sequence for encoding "UTF8": 0x00 (a NUL character cannot be part of SQL text)';

/** Parses SQL text; throws SqlParseError on a syntax error. Blank input gives no statements. */
export function parseSync(sql: string): ParseResult {
  assertReady();
  // libpg-query rejects empty input; String.trim would also drop U+00A0, which PostgreSQL does not skip.
  if (/^[ \t\n\r\f\v]*$/.test(sql)) return { stmts: [] };
  // libpg-query reads a C string: it would silently stop at a NUL and drop the rest.
  const nul = sql.indexOf('\0');
  if (nul >= 0) throw new SqlParseError(NUL_MESSAGE, new Utf8Offsets(sql).codePointOf(nul));
  try {
    return pgParse(sql);
  } catch (error) {
    const details = (error as DetailedError).sqlDetails;
    if (details && typeof details.cursorPosition === 'number') {
      throw new SqlParseError(details.message ?? String(error), details.cursorPosition);
    }
    throw error;
  }
}

/**
 * Tokenizes SQL text with PostgreSQL's own scanner (offsets are UTF-8 bytes). Comments are tokens.
 * libpg-query reports a lexical error as unparseable JSON; it is rethrown as SqlScanError.
 */
export function scanSync(sql: string): ScanToken[] {
  assertReady();
  if (sql === '') return [];
  // As in parseSync, a NUL would end the scan early; the fallback lexer reads the whole text.
  if (sql.includes('\0')) throw new SqlScanError(NUL_MESSAGE);
  try {
    return pgScan(sql).tokens ?? [];
  } catch (error) {
    // Any failure here is lexical (the JSON error hides PostgreSQL's text; parseSync gives it).
    throw new SqlScanError(error instanceof Error ? error.message : String(error));
  }
}

/** libpg-query's fingerprint: equal for queries that differ only in constants and formatting. */
export function fingerprint(sql: string): string {
  assertReady();
  return pgFingerprint(sql);
}

/**
 * Parses a PL/pgSQL function body with PostgreSQL's own PL/pgSQL grammar; undefined when it does
 * not parse (the caller then knows nothing of it, as before). The parser reads whole CREATE
 * FUNCTION statements, so the body is wrapped in one.
 */
export function parsePlpgsqlBody(body: string): unknown {
  assertReady();
  if (body.includes('\0') || body.includes('$pgmr_body$')) return undefined;
  try {
    const parsed = pgParsePlpgsql(`CREATE FUNCTION pgmr_body() RETURNS void LANGUAGE plpgsql AS $pgmr_body$${body}$pgmr_body$;`) as {
      plpgsql_funcs?: { PLpgSQL_function?: { action?: unknown } }[];
    };
    return parsed.plpgsql_funcs?.[0]?.PLpgSQL_function?.action;
  } catch {
    return undefined;
  }
}
