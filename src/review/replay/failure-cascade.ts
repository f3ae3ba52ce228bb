// A statement that fails only because an earlier statement could not run (an extension PGlite
// does not ship, a table whose CREATE failed) is a consequence, not a new problem: it is
// reported once, at its cause. This tracks what failed statements would have created.
import type { Node } from '@pgsql/types';
import type { SqlStatement } from '../../core/sql-types.js';
import type { StepTrace } from '../../core/trace-types.js';
import { nodeAs, relationName, stringValue } from '../../sql/index.js';

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
  if (table && 'relation' in table) out.push(relationName(table.relation).split('.').pop());
  if (table && 'rel' in table) out.push(relationName(table.rel).split('.').pop());
  out.push(relationName(nodeAs(ast, 'ViewStmt')?.view).split('.').pop());
  out.push(nodeAs(ast, 'IndexStmt')?.idxname);
  out.push(lastName(nodeAs(ast, 'CreateEnumStmt')?.typeName));
  out.push(relationName(nodeAs(ast, 'CompositeTypeStmt')?.typevar).split('.').pop());
  out.push(lastName(nodeAs(ast, 'CreateDomainStmt')?.domainname));
  out.push(lastName(nodeAs(ast, 'CreateFunctionStmt')?.funcname));
  out.push(nodeAs(ast, 'CreateSchemaStmt')?.schemaname);
  return out.filter((n): n is string => !!n);
}

/**
 * Where the replayed history stops knowing the schema: a code migration the review cannot run,
 * or a history that does not start from an empty database (its first failure on an object no
 * migration created). From a gap on, failures on missing objects are its consequences.
 */
export interface KnowledgeGap {
  kind: 'code' | 'history';
  path: string;
  line: number;
  /** The code migration's language, or the first missing-object error of the history. */
  detail: string;
  /** Later base-history failures taken as consequences (not listed one by one). */
  consequences: number;
}

/** What the cascade learned from the base history, to carry over a cached base replay. */
export interface CascadeState {
  missing: string[];
  notReplayableSeen: boolean;
  gaps?: KnowledgeGap[];
}

/** Why a failure is a consequence: a failed CREATE, an extension not loaded, or a knowledge gap. */
/**
 * Why a failure follows from an earlier one: `base-missing`, an object a base migration would have
 * made (it ran in production, not in the replay); `missing`, one a failed statement of the pull
 * request would have made; `extension`, an extension that could not be loaded; `gap`, a knowledge gap.
 */
export type Consequence = 'base-missing' | 'missing' | 'extension' | 'gap' | undefined;

/** A failure as both replays report it. */
interface Failure {
  code: string;
  message: string;
}

/**
 * An object of the schema that does not exist. A missing role, tablespace or language is the
 * platform's business (not-replayable); an unknown setting (42704 too) is no object at all.
 */
function missingObject(error: Failure): boolean {
  return MISSING_OBJECT.has(error.code) && /does not exist/.test(error.message) && !/^(role|tablespace|language|server|foreign-data wrapper) "/.test(error.message);
}

/**
 * A base failure that shows the history starts from a schema made elsewhere: a relation, schema
 * or type that nothing created. A missing column or function alone more likely is a platform's
 * object the replay lacks a part of, or a mistake of that migration: it stays a plain problem.
 */
function opensHistoryGap(error: Failure): boolean {
  return missingObject(error) && (error.code === '42P01' || error.code === '3F000' || (error.code === '42704' && /^type "/.test(error.message)));
}

export class FailureCascade {
  /**
   * `declaredStart`: the schema the history starts from is given (base-schema), so a missing
   * object opens no history gap: it is a mistake like any other.
   */
  constructor(private readonly declaredStart = false) {}

  private readonly missing = new Set<string>();
  /** Of `missing`, the names base migrations would have made. */
  private readonly missingInBase = new Set<string>();
  private notReplayableSeen = false;
  private readonly gapList: KnowledgeGap[] = [];

  state(): CascadeState {
    return { missing: [...this.missing], notReplayableSeen: this.notReplayableSeen, gaps: this.gapList.map((g) => ({ ...g })) };
  }

  restore(state: CascadeState): void {
    // A cached base replay: everything it lacks, a base migration would have made.
    for (const name of state.missing) {
      this.missing.add(name);
      this.missingInBase.add(name);
    }
    this.notReplayableSeen ||= state.notReplayableSeen;
    this.gapList.push(...(state.gaps ?? []).map((g) => ({ ...g })));
  }

  /** The knowledge gaps seen so far, in apply order. */
  get gaps(): readonly KnowledgeGap[] {
    return this.gapList;
  }

  /** A code migration (goose `.go`, Flyway Java) in the history: what it did is unknown from here on. */
  observeCodeMigration(path: string, code: 'go' | 'java'): KnowledgeGap {
    const gap: KnowledgeGap = { kind: 'code', path, line: 1, detail: code === 'go' ? 'Go' : 'Java', consequences: 0 };
    this.gapList.push(gap);
    return gap;
  }

  /**
   * Records the statement's outcome and says whether its failure follows from an earlier one:
   * its error names an object an earlier failed statement would have created, it is an unknown
   * type or function after an extension could not be loaded, or it is a missing object after a
   * knowledge gap.
   */
  observe(statement: SqlStatement, trace: StepTrace | undefined, opening: { path: string; audit: boolean }): Consequence {
    if (!trace || (trace.outcome !== 'error' && trace.outcome !== 'not-replayable')) return undefined;
    let consequence = trace.outcome === 'error' && trace.error ? this.explains(trace.error) : undefined;
    if (trace.outcome === 'not-replayable') this.notReplayableSeen = true;
    for (const name of createdNames(statement.ast)) this.missing.add(name.toLowerCase());
    // An audit replays the whole history as files under review: its first unexplained missing
    // relation opens the history gap there, as a base failure does in a review. In a review, a
    // schema that does not exist opens it too: a typo is rarely a whole schema, while a schema made
    // outside the history (another project's migrations, the platform) is common.
    const opens = opening.audit ? opensHistoryGap : (error: Failure) => missingObject(error) && error.code === '3F000';
    if (!this.declaredStart && !consequence && trace.error && opens(trace.error)) {
      this.gapList.push({ kind: 'history', path: opening.path, line: statement.span.line, detail: trace.error.message, consequences: 0 });
      consequence = 'gap';
    }
    return consequence;
  }

  /**
   * A base migration statement that did not replay: what it creates is missing from then on.
   * The first failure on a missing object nothing explains opens a `history` gap (the history
   * does not start from an empty database). Returns what explains the failure, or 'cause' when
   * it opened that gap.
   */
  observeBaseFailure(statement: SqlStatement | undefined, failure: Failure & { path: string; line: number; notReplayable: boolean }): Consequence | 'cause' {
    if (failure.notReplayable) this.notReplayableSeen = true;
    for (const name of createdNames(statement?.ast)) {
      this.missing.add(name.toLowerCase());
      this.missingInBase.add(name.toLowerCase());
    }
    if (failure.notReplayable) return undefined;
    const consequence = this.explains(failure);
    if (consequence === 'gap') this.gapList.at(-1)!.consequences++;
    if (consequence || this.declaredStart || !opensHistoryGap(failure)) return consequence;
    this.gapList.push({ kind: 'history', path: failure.path, line: failure.line, detail: failure.message, consequences: 0 });
    return 'cause';
  }

  private explains(error: Failure): Consequence {
    if (!missingObject(error)) return undefined;
    const names = [...error.message.matchAll(/"([^"]+)"|function ([\w.]+)\(/g)].map((m) => (m[1] ?? m[2]).toLowerCase().split('.').pop()!);
    if (names.some((name) => this.missingInBase.has(name))) return 'base-missing';
    if (names.some((name) => this.missing.has(name))) return 'missing';
    if (this.notReplayableSeen && (error.code === '42704' || error.code === '42883')) return 'extension';
    return this.gapList.length > 0 ? 'gap' : undefined;
  }
}
