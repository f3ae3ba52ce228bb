// One pattern repeated over many tables of a file (the same ALTER TABLE ... ADD COLUMN; CREATE
// INDEX block for each of 13 tables), or over many statements on one table (seven UPDATEs of one
// backfill), is one finding listing them, not one each: the reviewer reads the pattern once, and
// every occurrence's line stays in `occurrences`.
import type { Node, RangeVar } from '@pgsql/types';
import type { Finding, Occurrence } from '../core/finding.js';
import { walk } from '../sql/index.js';
import { nodeBody } from '../sql/ast.js';

/** Fewest occurrences reported as one finding. */
export const MIN_GROUP = 3;

/** The first relation a statement names (its target: ALTER TABLE x, CREATE INDEX ... ON x, UPDATE x), unqualified. */
export function statementTable(ast: Node | undefined): string | undefined {
  if (!ast) return undefined;
  // Most statements keep their target in `relation`, as a bare RangeVar the walk does not name.
  const relation = nodeBody(ast).relation as RangeVar | undefined;
  if (relation?.relname) return relation.relname;
  let found: string | undefined;
  walk(ast, (kind, body) => {
    if (found === undefined && kind === 'RangeVar') found = (body as RangeVar).relname;
  });
  return found;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The message with the table's name (also inside identifiers built from it, `orders_user_id_idx`)
 * and line numbers abstracted: two findings of one shape say the same thing about different tables.
 */
export function messageShape(message: string, table: string): string {
  return message
    .replace(new RegExp(`(?<![A-Za-z0-9])${escape(table)}(?![A-Za-z0-9])`, 'g'), '\u0001')
    .replace(/\blines? \d+(?:[–-]\d+)?/g, 'line #');
}

function listNames(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
}

/**
 * Findings with `tables[i]` the table finding i is about. Same rule, file, severity, verification
 * and ignore state, same message shape, at least MIN_GROUP of them: one finding at the first, whose
 * message names the other tables (or, all on one table, the other lines). Escalations stay one per
 * table: an approval covers the escalations it saw, and a grouped one would hide a new table.
 */
export function groupRepeated(findings: readonly Finding[], tables: readonly (string | undefined)[]): Finding[] {
  const groups = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const table = tables[i];
    if (!table || f.severity === 'escalate' || f.occurrences) return;
    const key = [f.ruleId, f.file, f.severity, f.verified, f.ignored, f.ignoreReason ?? '', f.unverified ?? false, messageShape(f.message, table)].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const merged = new Map<number, Finding>();
  const dropped = new Set<number>();
  for (const members of groups.values()) {
    const names = [...new Set(members.map((i) => tables[i]!))];
    if (members.length < MIN_GROUP) continue;
    members.sort((a, b) => findings[a].line - findings[b].line);
    const first = findings[members[0]];
    const occurrences: Occurrence[] = members.map((i) => ({
      line: findings[i].line,
      endLine: findings[i].endLine,
      table: tables[i],
      ...(findings[i].fix ? { fix: findings[i].fix } : {}),
    }));
    const others = names.filter((n) => n !== tables[members[0]]);
    const repeat = others.length
      ? `The same applies to ${others.length} more table${others.length > 1 ? 's' : ''} of this file: ${listNames(others)}.`
      : `The same applies to ${members.length - 1} more statements of this file on ${tables[members[0]]}, at lines ${listNames(members.slice(1).map((i) => String(findings[i].line)))}.`;
    merged.set(members[0], { ...first, message: `${first.message} ${repeat}`, occurrences });
    for (const i of members.slice(1)) dropped.add(i);
  }
  return findings.flatMap((f, i) => (dropped.has(i) ? [] : [merged.get(i) ?? f]));
}
