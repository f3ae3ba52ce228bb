// Locks a statement takes, known from the PostgreSQL manual and source rather than observed.
// Used for statements that cannot run inside a transaction block (where pg_locks cannot be read
// between the statement and its commit), and available for target versions older than the engine.
// Modes follow PostgreSQL 18: "Explicit Locking" (table-level lock modes), ALTER TABLE's notes and
// tablecmds.c AlterTableGetLockLevel; where a statement takes different locks in phases (DETACH
// PARTITION CONCURRENTLY), the strongest one on each relation is listed.
import type { LockMode, LockTaken } from '../core/trace-types.js';
import { qualify } from '../core/catalog.js';

/** Finds the table an index belongs to, by qualified index name; undefined when unknown. */
export type IndexTableResolver = (indexName: string) => string | undefined;

interface RangeVarLike { schemaname?: string; relname?: string }
type Obj = Record<string, unknown>;

const LOCK_STMT_MODES: LockMode[] = [
  'AccessShareLock', 'RowShareLock', 'RowExclusiveLock', 'ShareUpdateExclusiveLock',
  'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock',
];

const STRENGTH = new Map<LockMode, number>(LOCK_STMT_MODES.map((m, i) => [m, i]));

/** The stronger of two modes (the numbering of lock.h is ordered by strength). */
export function strongerLock(a: LockMode, b: LockMode): LockMode {
  return (STRENGTH.get(a) ?? 0) >= (STRENGTH.get(b) ?? 0) ? a : b;
}

function hasOption(params: unknown, name: string): boolean {
  return Array.isArray(params) && params.some((p) => ((p as Obj).DefElem as Obj | undefined)?.defname === name);
}

/** Qualifies a relation name written without a schema, as the session's search_path resolves it. */
export type NameQualifier = (name: string) => string;

const PUBLIC: NameQualifier = (name) => qualify(name);

class LockList {
  readonly locks: LockTaken[] = [];
  constructor(
    private readonly resolve: IndexTableResolver | undefined,
    private readonly qualifyName: NameQualifier,
  ) {}

  /** Qualified name of a RangeVar. */
  rangeVar(rv: RangeVarLike | undefined): string | undefined {
    if (!rv?.relname) return undefined;
    return rv.schemaname ? `${rv.schemaname}.${rv.relname}` : this.qualifyName(rv.relname);
  }

  /** `["s", "i1"]` (a List of String nodes) -> `s.i1`. */
  list(node: unknown): string | undefined {
    const items = ((node as Obj)?.List as Obj | undefined)?.items as Obj[] | undefined;
    if (!items?.length) return undefined;
    const parts = items.map((i) => (i.String as Obj | undefined)?.sval as string | undefined);
    if (parts.some((p) => p === undefined)) return undefined;
    return parts.length === 1 ? this.qualifyName(parts[0]!) : parts.slice(-2).join('.');
  }

  /** `t.a` or `s.t.a` (a column's List name) -> the qualified table. */
  columnTable(node: unknown): string | undefined {
    const items = ((node as Obj)?.List as Obj | undefined)?.items as Obj[] | undefined;
    const parts = (items ?? []).map((i) => (i.String as Obj | undefined)?.sval as string);
    if (parts.length < 2) return undefined;
    const table = parts.slice(0, -1);
    return table.length === 1 ? this.qualifyName(table[0]) : table.slice(-2).join('.');
  }

  table(name: string | undefined, mode: LockMode): void {
    if (name) this.add({ relation: name, relkind: 'table', table: name, mode });
  }

  /** A lock on an index, plus `tableMode` on its table when the table is known. */
  index(name: string | undefined, mode: LockMode, tableMode: LockMode | undefined): void {
    if (!name) return;
    const table = this.resolve?.(name);
    this.add({ relation: name, relkind: 'index', table: table ?? name, mode });
    if (table && tableMode) this.table(table, tableMode);
  }

  private add(lock: LockTaken): void {
    const same = this.locks.find((l) => l.relation === lock.relation);
    if (same) same.mode = strongerLock(same.mode, lock.mode);
    else this.locks.push(lock);
  }
}

/**
 * Lock of one ALTER TABLE subcommand on the altered table (AlterTableGetLockLevel). Storage
 * parameters (SET/RESET) count as ShareUpdateExclusive, true of fillfactor and autovacuum_*.
 */
function alterTableCmdLock(cmd: Obj): LockMode {
  switch (cmd.subtype) {
    case 'AT_SetStatistics':
    case 'AT_ClusterOn':
    case 'AT_DropCluster':
    case 'AT_SetOptions':
    case 'AT_ResetOptions':
    case 'AT_ValidateConstraint':
    case 'AT_AttachPartition':
    case 'AT_DetachPartitionFinalize':
    case 'AT_SetRelOptions':
    case 'AT_ResetRelOptions':
      return 'ShareUpdateExclusiveLock';
    case 'AT_EnableTrig':
    case 'AT_EnableAlwaysTrig':
    case 'AT_EnableReplicaTrig':
    case 'AT_EnableTrigAll':
    case 'AT_EnableTrigUser':
    case 'AT_DisableTrig':
    case 'AT_DisableTrigAll':
    case 'AT_DisableTrigUser':
      return 'ShareRowExclusiveLock';
    case 'AT_DetachPartition':
      return ((cmd.def as Obj | undefined)?.PartitionCmd as Obj | undefined)?.concurrent ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock';
    case 'AT_AddConstraint': {
      const con = (cmd.def as Obj | undefined)?.Constraint as Obj | undefined;
      return con?.contype === 'CONSTR_FOREIGN' ? 'ShareRowExclusiveLock' : 'AccessExclusiveLock';
    }
    default:
      return 'AccessExclusiveLock';
  }
}

function alterTable(stmt: Obj, out: LockList): void {
  const target = out.rangeVar(stmt.relation as RangeVarLike);
  const cmds = ((stmt.cmds as Obj[] | undefined) ?? []).map((c) => c.AlterTableCmd as Obj).filter(Boolean);
  if (stmt.objtype === 'OBJECT_INDEX') {
    // ALTER INDEX: SET/RESET options and ATTACH PARTITION are ShareUpdateExclusive, the rest AccessExclusive.
    let mode: LockMode = 'ShareUpdateExclusiveLock';
    for (const cmd of cmds) mode = strongerLock(mode, alterTableCmdLock(cmd));
    out.index(target, mode, undefined);
    return;
  }
  let mode: LockMode | undefined;
  for (const cmd of cmds) {
    const m = alterTableCmdLock(cmd);
    mode = mode ? strongerLock(mode, m) : m;
    const def = cmd.def as Obj | undefined;
    const con = def?.Constraint as Obj | undefined;
    if (cmd.subtype === 'AT_AddConstraint' && con?.contype === 'CONSTR_FOREIGN') {
      out.table(out.rangeVar(con.pktable as RangeVarLike), 'ShareRowExclusiveLock');
    }
    const part = def?.PartitionCmd as Obj | undefined;
    if (cmd.subtype === 'AT_AttachPartition' || cmd.subtype === 'AT_DetachPartition') {
      // The partition itself is locked AccessExclusive (DETACH CONCURRENTLY: in its second transaction).
      out.table(out.rangeVar(part?.name as RangeVarLike), 'AccessExclusiveLock');
    }
  }
  if (mode) out.table(target, mode);
}

function foreignKeyTargets(elements: unknown[] | undefined, out: LockList): void {
  for (const el of elements ?? []) {
    const col = (el as Obj).ColumnDef as Obj | undefined;
    const cons = col ? ((col.constraints as Obj[] | undefined) ?? []) : [el as Obj];
    for (const c of cons) {
      const con = c.Constraint as Obj | undefined;
      if (con?.contype === 'CONSTR_FOREIGN') out.table(out.rangeVar(con.pktable as RangeVarLike), 'ShareRowExclusiveLock');
    }
  }
}

/**
 * The relation locks a statement takes on existing relations, from its parse tree (a `Node` such
 * as `{ IndexStmt: {...} }`). A name written without a schema is qualified by `qualifyName` (the
 * session's search_path), `public.` by default.
 * Statements this table does not know return [] (which means "unknown", not "no lock").
 */
export function staticLocks(ast: unknown, resolveTable?: IndexTableResolver, qualifyName: NameQualifier = PUBLIC): LockTaken[] {
  const out = new LockList(resolveTable, qualifyName);
  if (!ast || typeof ast !== 'object') return out.locks;
  const [kind, body] = Object.entries(ast as Obj)[0] ?? [];
  const stmt = (body ?? {}) as Obj;
  switch (kind) {
    case 'IndexStmt':
      out.table(out.rangeVar(stmt.relation as RangeVarLike), stmt.concurrent ? 'ShareUpdateExclusiveLock' : 'ShareLock');
      break;
    case 'DropStmt': {
      const names = ((stmt.objects as unknown[] | undefined) ?? []).map((n) => out.list(n));
      if (stmt.removeType === 'OBJECT_INDEX') {
        const mode: LockMode = stmt.concurrent ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock';
        for (const n of names) out.index(n, mode, mode);
      } else if (['OBJECT_TABLE', 'OBJECT_MATVIEW', 'OBJECT_VIEW', 'OBJECT_FOREIGN_TABLE'].includes(stmt.removeType as string)) {
        for (const n of names) out.table(n, 'AccessExclusiveLock');
      }
      break;
    }
    case 'ReindexStmt': {
      const concurrent = hasOption(stmt.params, 'concurrently');
      const name = out.rangeVar(stmt.relation as RangeVarLike);
      // Plain REINDEX: ShareLock on the table, AccessExclusive on the index(es) it rebuilds.
      if (stmt.kind === 'REINDEX_OBJECT_INDEX') {
        out.index(name, concurrent ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock', concurrent ? 'ShareUpdateExclusiveLock' : 'ShareLock');
      } else if (stmt.kind === 'REINDEX_OBJECT_TABLE') {
        out.table(name, concurrent ? 'ShareUpdateExclusiveLock' : 'ShareLock');
      }
      break;
    }
    case 'VacuumStmt': {
      const full = stmt.is_vacuumcmd === true && hasOption(stmt.options, 'full');
      for (const r of (stmt.rels as Obj[] | undefined) ?? []) {
        out.table(out.rangeVar((r.VacuumRelation as Obj | undefined)?.relation as RangeVarLike), full ? 'AccessExclusiveLock' : 'ShareUpdateExclusiveLock');
      }
      break;
    }
    case 'AlterTableStmt':
      alterTable(stmt, out);
      break;
    case 'CreateStmt':
      // A new partition or child locks its parent; inline foreign keys lock the referenced tables.
      for (const parent of (stmt.inhRelations as Obj[] | undefined) ?? []) {
        out.table(out.rangeVar(parent.RangeVar as RangeVarLike), 'AccessExclusiveLock');
      }
      foreignKeyTargets(stmt.tableElts as unknown[] | undefined, out);
      break;
    case 'RenameStmt': {
      const name = out.rangeVar(stmt.relation as RangeVarLike);
      if (stmt.renameType === 'OBJECT_INDEX') out.index(name, 'ShareUpdateExclusiveLock', undefined);
      else if (name) out.table(name, 'AccessExclusiveLock');
      break;
    }
    case 'CreateTrigStmt':
      out.table(out.rangeVar(stmt.relation as RangeVarLike), 'ShareRowExclusiveLock');
      break;
    case 'CreatePolicyStmt':
    case 'AlterPolicyStmt':
      out.table(out.rangeVar(stmt.table as RangeVarLike), 'AccessExclusiveLock');
      break;
    case 'RuleStmt':
      out.table(out.rangeVar(stmt.relation as RangeVarLike), 'AccessExclusiveLock');
      break;
    case 'TruncateStmt':
      for (const r of (stmt.relations as Obj[] | undefined) ?? []) out.table(out.rangeVar(r.RangeVar as RangeVarLike), 'AccessExclusiveLock');
      break;
    case 'ClusterStmt':
      out.table(out.rangeVar(stmt.relation as RangeVarLike), 'AccessExclusiveLock');
      break;
    case 'RefreshMatViewStmt': {
      const name = out.rangeVar(stmt.relation as RangeVarLike);
      if (name) out.locks.push({ relation: name, relkind: 'matview', table: name, mode: stmt.concurrent ? 'ExclusiveLock' : 'AccessExclusiveLock' });
      break;
    }
    case 'LockStmt': {
      const mode = LOCK_STMT_MODES[((stmt.mode as number | undefined) ?? 8) - 1] ?? 'AccessExclusiveLock';
      for (const r of (stmt.relations as Obj[] | undefined) ?? []) out.table(out.rangeVar(r.RangeVar as RangeVarLike), mode);
      break;
    }
    case 'CommentStmt':
      if (stmt.objtype === 'OBJECT_TABLE') out.table(out.list(stmt.object), 'ShareUpdateExclusiveLock');
      if (stmt.objtype === 'OBJECT_COLUMN') out.table(out.columnTable(stmt.object), 'ShareUpdateExclusiveLock');
      break;
  }
  return out.locks;
}
