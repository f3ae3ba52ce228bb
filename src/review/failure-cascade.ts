// A statement that fails only because an earlier statement could not run (an extension PGlite
// does not ship, a table whose CREATE failed) is a consequence, not a new problem: it is
// reported once, at its cause. This tracks what failed statements would have created.
import type { Node } from '@pgsql/types';
import type { SqlStatement } from '../core/sql-types.js';
import type { StepTrace } from '../core/trace-types.js';
import { nodeAs, relationName, stringValue } from '../sql/index.js';

/** "does not exist" errors: relation, column, type or object, function, schema. */
const MISSING_OBJECT = new Set(['42P01', '42703', '42704', '42883', '3F000']);

function lastName(names: Node[] | undefined): string | undefined {
  const last = names?.at(-1);
  return last ? stringValue(last) : undefined;
}

/** Unqualified names of the objects a statement creates (tables, views, indexes, types, functions). */
export function createdNames(ast: Node | undefined): string[] {
  if (!ast) return [];
  const table = nodeAs(ast, 'CreateStmt') ?? nodeAs(ast, 'CreateTableAsStmt')?.into;
  const out: (string | undefined)[] = [];
  if (table && 'relation' in table) out.push(relationName(table.relation)?.split('.').pop());
  if (table && 'rel' in table) out.push(relationName(table.rel)?.split('.').pop());
  out.push(relationName(nodeAs(ast, 'ViewStmt')?.view)?.split('.').pop());
  out.push(nodeAs(ast, 'IndexStmt')?.idxname);
  out.push(lastName(nodeAs(ast, 'CreateEnumStmt')?.typeName));
  out.push(relationName(nodeAs(ast, 'CompositeTypeStmt')?.typevar)?.split('.').pop());
  out.push(lastName(nodeAs(ast, 'CreateDomainStmt')?.domainname));
  out.push(lastName(nodeAs(ast, 'CreateFunctionStmt')?.funcname));
  out.push(nodeAs(ast, 'CreateSchemaStmt')?.schemaname);
  return out.filter((n): n is string => !!n);
}

/** What the cascade learned from the base history, to carry over a cached base replay. */
export interface CascadeState {
  missing: string[];
  notReplayableSeen: boolean;
}

export class FailureCascade {
  private readonly missing = new Set<string>();
  private notReplayableSeen = false;

  state(): CascadeState {
    return { missing: [...this.missing], notReplayableSeen: this.notReplayableSeen };
  }

  restore(state: CascadeState): void {
    for (const name of state.missing) this.missing.add(name);
    this.notReplayableSeen ||= state.notReplayableSeen;
  }

  /**
   * Records the statement's outcome and says whether its failure follows from an earlier one:
   * its error names an object an earlier failed statement would have created, or it is an
   * unknown type or function after an extension could not be loaded.
   */
  observe(statement: SqlStatement, trace: StepTrace | undefined): boolean {
    if (!trace || (trace.outcome !== 'error' && trace.outcome !== 'not-replayable')) return false;
    const consequence = trace.outcome === 'error' && this.explains(trace);
    if (trace.outcome === 'not-replayable') this.notReplayableSeen = true;
    for (const name of createdNames(statement.ast)) this.missing.add(name.toLowerCase());
    return consequence;
  }

  /** A base migration statement that did not replay: what it creates is missing from then on. */
  observeBaseFailure(statement: SqlStatement | undefined, notReplayable: boolean): void {
    if (notReplayable) this.notReplayableSeen = true;
    for (const name of createdNames(statement?.ast)) this.missing.add(name.toLowerCase());
  }

  private explains(trace: StepTrace): boolean {
    const error = trace.error;
    if (!error || !MISSING_OBJECT.has(error.code)) return false;
    const names = [...error.message.matchAll(/"([^"]+)"|function ([\w.]+)\(/g)].map((m) => (m[1] ?? m[2]).toLowerCase().split('.').pop()!);
    if (names.some((name) => this.missing.has(name))) return true;
    return this.notReplayableSeen && (error.code === '42704' || error.code === '42883');
  }
}
