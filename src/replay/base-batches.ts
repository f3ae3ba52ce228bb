// The base history, applied fast and untraced: a file runs whole in one exec (one implicit
// transaction) when that is safe, else statement by statement in autocommit, so that as much
// schema as possible reaches later files. Texts go to the engine in batches, one round trip for
// many, each still its own transaction. Failures are returned per file: context for the review,
// not findings.
import { lineOfCharPosition } from '../core/positions.js';
import type { BaseReplayProblem } from '../core/review-types.js';
import type { PgErrorInfo } from '../core/trace-types.js';
import { notReplayableReason } from './classify-error.js';
import { PgError } from './engine.js';
import { errorInfo, SERVER_SIDE_COPY, type SessionState } from './session-state.js';

/** A statement of a base file, for the statement-by-statement retry. */
export interface BaseStatement {
  text: string;
  /** 1-based line of the statement's first token in the file. */
  line: number;
  /** Parse tree node type (`TransactionStmt`, ...); transaction control is recognised by it. */
  kind?: string;
  nonTransactional?: boolean;
  /** Never sent to the engine (see serverSideCopy): reported as not replayable. */
  serverSideCopy?: boolean;
}

/** A file of the base history: its text, and its statements when it parsed. */
export interface BaseFile {
  path: string;
  sql: string;
  statements?: BaseStatement[] | undefined;
}

export interface BaseFileProblem extends BaseReplayProblem {
  code: string;
  /** The engine, not the migration, is at fault (missing extension or role, ...). */
  notReplayable: boolean;
}

/**
 * A base file runs whole, in one exec, when its statements are known and none controls the
 * transaction or refuses to run in one (see unparsedBaseFile for a file without statements).
 */
function onFastPath(file: BaseFile): boolean {
  return file.statements !== undefined && !file.statements.some((s) => s.nonTransactional || s.serverSideCopy || isTransactionControl(s));
}

const TRANSACTION_CONTROL = /^\s*(begin|start\s+transaction|commit|end|rollback|abort|savepoint|release|prepare\s+transaction)\b/i;

function isTransactionControl(s: { kind?: string; text: string }): boolean {
  return s.kind !== undefined ? s.kind === 'TransactionStmt' : TRANSACTION_CONTROL.test(s.text);
}

/** A text of the base history run on its own: a whole file, or one statement of a file that cannot run whole. */
interface BaseUnit {
  file: number;
  text: string;
  statement?: BaseStatement;
}

/** How many texts go to the engine in one request, at most (a message is copied whole). */
const BATCH_TEXTS = 200;
const BATCH_CHARS = 1 << 20;

/** End (exclusive) of the batch starting at `start`: items while `size` accepts them (returns their length), within the bounds. */
export function batchEnd<T>(items: readonly T[], start: number, size: (item: T) => number | undefined): number {
  let end = start;
  for (let chars = 0; end < items.length && end - start < BATCH_TEXTS && chars < BATCH_CHARS; end++) {
    const n = size(items[end]);
    if (n === undefined) break;
    chars += n;
  }
  return end;
}

/**
 * Applies files of the base history in order. Fast path: a whole file in one exec. If it fails,
 * or the file holds transaction control or statements that cannot run in a transaction, each
 * statement runs alone in autocommit. What would be sent one request at a time (whole files, or
 * the statements of a file that cannot run whole) goes to the engine in batches, one round trip
 * for many, each text still its own transaction. Returns each file's failures.
 */
export async function replayBaseFiles(state: SessionState, files: readonly BaseFile[]): Promise<BaseFileProblem[][]> {
  const { engine, log } = state;
  state.catalogFresh = false;
  state.relations = undefined;
  const problems: BaseFileProblem[][] = files.map(() => []);
  // What runs, in order: fast-path files whole, the others statement by statement.
  const units: BaseUnit[] = [];
  const statementUnits = (i: number): BaseUnit[] => {
    const file = files[i];
    const out: BaseUnit[] = [];
    for (const statement of file.statements ?? []) {
      if (statement.serverSideCopy) problems[i].push(problem(file.path, statement.line, SERVER_SIDE_COPY));
      else if (!isTransactionControl(statement)) out.push({ file: i, text: statement.text, statement });
    }
    return out;
  };
  const flush = async (): Promise<void> => {
    for (let i = 0; i < units.length; ) {
      const run = await engine.execEach(units.slice(i, batchEnd(units, i, (u) => u.text.length)).map((u) => u.text));
      log.push(...units.slice(i, i + run.completed).map((u) => u.text));
      i += run.completed;
      if (!run.error) continue;
      await state.recover(run.error);
      const { file, statement } = units[i];
      if (statement) {
        const info = errorInfo(run.error);
        problems[file].push(problem(files[file].path, lineOfCharPosition(statement.text, info.position, statement.line), info));
        i++;
      } else {
        // A whole file failed: it runs again statement by statement, so that what works of it
        // reaches later files. It may have opened a block of its own before failing.
        if (run.error instanceof PgError) await engine.exec('ROLLBACK');
        units.splice(i, 1, ...statementUnits(file));
      }
    }
    units.length = 0;
  };
  for (const [i, file] of files.entries()) {
    if (!file.statements) {
      await flush();
      problems[i] = await unparsedBaseFile(state, file);
    } else if (onFastPath(file)) {
      units.push({ file: i, text: file.sql });
    } else {
      units.push(...statementUnits(i));
    }
  }
  await flush();
  return problems;
}

/**
 * A base file given without its statements runs whole; what failed is placed by the error's
 * position. A file that BEGINs without COMMIT is closed like the runner's next file would.
 */
async function unparsedBaseFile(state: SessionState, file: BaseFile): Promise<BaseFileProblem[]> {
  try {
    await state.engine.exec(file.sql);
    state.log.push(file.sql);
    await state.engine.exec('COMMIT');
    return [];
  } catch (err) {
    await state.recover(err);
    if (err instanceof PgError) await state.engine.exec('ROLLBACK');
    const info = errorInfo(err);
    return [problem(file.path, lineOfCharPosition(file.sql, info.position), info)];
  }
}

function problem(path: string, line: number, info: PgErrorInfo): BaseFileProblem {
  return { path, line, message: `${info.code}: ${info.message}`, code: info.code, notReplayable: notReplayableReason(info) !== undefined };
}
