// Replays the configured `base-schema` file (read by inputs/read-base-schema.ts) before the base
// history, like a psql script: what pg_dump writes for the server it came from (session settings,
// owners and grants for its roles) is made harmless. Also the messages of the knowledge gaps a
// history without it opens.
import type { ParsedSql } from '../../core/sql-types.js';
import type { ReplaySession } from '../../replay/index.js';
import type { BaseFile, BaseFileProblem } from '../../replay/session.js';
import { CONFIG_FILE_NAME } from '../../config/schema.js';
import type { KnowledgeGap } from './failure-cascade.js';

/** Session settings a statement sets for the rest of the session (pg_dump's SET and set_config(..., false)). */
function settingsChanged(parsed: ParsedSql): string[] {
  const names = new Set<string>();
  for (const s of parsed.statements) {
    const set = (s.ast as { VariableSetStmt?: { name?: string; is_local?: boolean } } | undefined)?.VariableSetStmt;
    if (set?.name && !set.is_local) names.add(set.name.toLowerCase());
    for (const m of s.text.matchAll(/set_config\s*\(\s*'([^']+)'[^)]*,\s*false\s*\)/gi)) names.add(m[1].toLowerCase());
  }
  return [...names];
}

const literal = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/**
 * Replays the schema file, then puts back the session settings it changed: pg_dump empties
 * search_path and turns check_function_bodies off, which must not carry over to the migrations.
 */
export async function replaySchema(session: ReplaySession, file: BaseFile, parsed: ParsedSql): Promise<BaseFileProblem[][]> {
  const names = settingsChanged(parsed);
  const saved = names.length > 0
    ? await session.engine.query<{ name: string; value: string | null }>('SELECT n AS name, current_setting(n, true) AS value FROM unnest($1::text[]) AS n', [names])
    : [];
  const problems = await session.replayBaseFiles([file]);
  const restore = saved.filter((s) => s.value !== null).map((s) => `SELECT pg_catalog.set_config(${literal(s.name)}, ${literal(s.value!)}, false);`);
  if (restore.length > 0) await session.replayBaseFiles([{ path: file.path, sql: restore.join('\n') }]);
  return problems;
}

/**
 * Failures of a schema dump that are the source server's business, skipped quietly: roles it
 * names (OWNER TO, GRANT), settings of older servers (default_with_oids), and the objects every
 * database already has (the public schema, plpgsql).
 */
export function isDumpNoise(p: BaseFileProblem): boolean {
  const message = p.message.startsWith(`${p.code}: `) ? p.message.slice(p.code.length + 2) : p.message;
  if (p.code === '42704') return /^role ".*" does not exist|^unrecognized configuration parameter/.test(message);
  if (p.code === '42P06' || p.code === '42710') return /^(schema "public"|extension "plpgsql") already exists/.test(message);
  return false;
}

/** The base problem of a knowledge gap: what it is, what follows from it, what to do. */
export function gapMessage(gap: KnowledgeGap, message: string): string {
  const hidden = gap.consequences > 0 ? ` (${gap.consequences} in the base history, not listed)` : '';
  if (gap.kind === 'code') {
    return (
      `${gap.detail} migration: the review cannot run it, so what it does to the schema is unknown; later failures on ` +
      `missing objects are taken as its consequences${hidden}.`
    );
  }
  return (
    `${message}: no earlier migration creates it, so the history does not start from an empty database (its schema came ` +
    `from an ORM, a dump, the hosting platform or another tool). Later failures on missing objects are taken as consequences of this${hidden}; ` +
    `set base-schema in ${CONFIG_FILE_NAME} to a schema-only dump of the schema the first migration runs on to review them.`
  );
}
