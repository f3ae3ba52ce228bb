// New migration files placed right after a migration under review, in its framework's naming and
// with its framework's markers: where a fix moves a statement or adds a follow-up step.
import type { Framework } from '../../core/migration-types.js';
import type { ReviewedFile } from '../../core/review-types.js';
import { dialectOf } from '../../migrations/frameworks/index.js';
import { parsePopName } from '../../migrations/frameworks/pop.js';
import { directoryOf } from '../../migrations/order.js';
import { basename, dirname, join } from '../../migrations/paths.js';
import { parseVersionParts } from '../../migrations/version.js';
import type { RuleContext } from '../rule.js';
import { flywayVersionAfter, nextFreeDigits } from './next-version.js';

export interface NewFile {
  path: string;
  content: string;
}

export interface FollowUpOptions {
  /** false: the new migration runs outside any transaction (the framework's opt-out is written). */
  transaction: boolean;
  /** SQL undoing `sql`, for frameworks with a down part or file; a comment says so when absent. */
  down?: string;
}

const FLYWAY_NAME = /^V(\d+(?:[._]\d+)*)__.+\.sql$/;
const LEADING_DIGITS = /^(\d+)([-_.]?)/;

/** Migration names as file names use them: lower case words joined by `_`. */
export function migrationSlug(text: string): string {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let slug = '';
  for (const w of words) {
    if (slug.length + w.length + 1 > 60) break;
    slug = slug ? `${slug}_${w}` : w;
  }
  return slug || 'migration';
}

/** Every migration path known to the review (base branch and pull request) with its framework. */
function knownMigrations(ctx: RuleContext): { path: string; framework: Framework; version: number[] }[] {
  const seen = new Map<string, { path: string; framework: Framework; version: number[] }>();
  for (const m of [...ctx.baseHistory, ...(ctx.proposedMigrations ?? [])]) seen.set(m.path, { path: m.path, framework: m.framework, version: m.version });
  for (const f of ctx.files) {
    if (f.status === 'deleted') continue;
    seen.set(f.source.path, { path: f.source.path, framework: f.source.framework, version: f.source.version });
  }
  return [...seen.values()];
}

/** Leading version digits of the name that carries the version: the file, or its migration folder. */
function versionDigits(path: string, framework: Framework): string | undefined {
  const name = dialectOf(framework).folderPerMigration ? basename(dirname(path)) : basename(path);
  return LEADING_DIGITS.exec(name)?.[1];
}

/** Versions used by migrations of the same directory (the unit in which the runner orders them). */
function usedDigits(ctx: RuleContext, file: ReviewedFile): string[] {
  const { framework } = file.source;
  const dir = directoryOf(file.source);
  const used: string[] = [];
  for (const m of knownMigrations(ctx)) {
    if (m.framework !== framework || directoryOf(m) !== dir) continue;
    const digits = versionDigits(m.path, framework);
    if (digits !== undefined) used.push(digits);
  }
  return used;
}

const UNDO_COMMENT = '-- nothing to undo';

/** The file's `<digits><sep>` start, the separator defaulting to `_`. */
function flatName(file: ReviewedFile): { digits: string; separator: string } | undefined {
  const m = LEADING_DIGITS.exec(basename(file.source.path));
  return m ? { digits: m[1], separator: m[2] || '_' } : undefined;
}

/** Up and down files of runners that keep them apart: golang-migrate, pop, reversible sqlx. */
function upDownPair(dir: string, stem: string, upMarker: string, up: string, down: string | undefined, downMarker = upMarker): NewFile[] {
  return [
    { path: join(dir, `${stem}.up.sql`), content: `${upMarker}${up}\n` },
    { path: join(dir, `${stem}.down.sql`), content: `${downMarker}${down ?? UNDO_COMMENT}\n` },
  ];
}

/**
 * The new migration file(s) placed right after `file` (version +1 or timestamp +1 s, never one in
 * use; Flyway `V1_2_1__`; a Prisma or Hasura folder), holding `sql`; the first is the "up" file.
 * With `transaction: false` the framework's opt-out is written (goose NO TRANSACTION, dbmate
 * transaction:false, sql-migrate notransaction, sqlx no-transaction, pop `.autocommit`); Flyway,
 * Prisma and golang-migrate need nothing when `sql` is one non-transactional statement.
 * Undefined where the layout cannot be extended mechanically: sqitch (its plan lists changes),
 * unnumbered plain files, and Supabase or Hasura migrations that must leave the transaction.
 */
export function followUpMigrationFiles(
  ctx: RuleContext,
  file: ReviewedFile,
  name: string,
  sql: string,
  options: FollowUpOptions,
): NewFile[] | undefined {
  const files = newMigrationFiles(ctx, file, name, sql, options);
  // Later fixes of this review see these files as taken: two fixes never share a version.
  for (const f of files ?? []) {
    const flyway = FLYWAY_NAME.exec(basename(f.path));
    ctx.proposedMigrations?.push({ path: f.path, framework: file.source.framework, version: flyway ? parseVersionParts(flyway[1]) : [], repeatable: false, sha: '' });
  }
  return files;
}

function newMigrationFiles(ctx: RuleContext, file: ReviewedFile, name: string, sql: string, options: FollowUpOptions): NewFile[] | undefined {
  const src = file.source;
  const dir = dirname(src.path);
  const slug = migrationSlug(name);
  const tx = options.transaction;
  const down = options.down;
  const body = sql.replace(/\s+$/, '');

  if (src.framework === 'flyway') {
    const m = FLYWAY_NAME.exec(basename(src.path));
    if (!m) return undefined;
    const used = knownMigrations(ctx).filter((x) => x.framework === 'flyway' && FLYWAY_NAME.test(basename(x.path))).map((x) => x.version);
    const separator = m[1].includes('.') ? '.' : '_';
    const version = flywayVersionAfter(parseVersionParts(m[1]), used, separator);
    return [{ path: join(dir, `V${version}__${slug}.sql`), content: `${body}\n` }];
  }

  if (dialectOf(src.framework).folderPerMigration) {
    if (src.framework !== 'prisma' && !tx) return undefined;
    const digits = versionDigits(src.path, src.framework);
    // Only plain-number folders are extended here, not diesel's `2024-01-01-120000_x`.
    if (digits === undefined || !/^\d+_/.test(basename(dirname(src.path)))) return undefined;
    const folder = join(dirname(dirname(src.path)), `${nextFreeDigits(digits, usedDigits(ctx, file))}_${slug}`);
    if (src.framework === 'prisma') return [{ path: join(folder, 'migration.sql'), content: `${body}\n` }];
    return [
      { path: join(folder, 'up.sql'), content: `${body}\n` },
      { path: join(folder, 'down.sql'), content: `${down ?? UNDO_COMMENT}\n` },
    ];
  }

  if (src.framework === 'sqitch' || (src.framework === 'supabase' && !tx)) return undefined;
  const flat = flatName(file);
  if (!flat) return undefined;
  const stem = `${nextFreeDigits(flat.digits, usedDigits(ctx, file))}${flat.separator}${slug}`;
  const path = join(dir, `${stem}.sql`);
  const undo = down ?? UNDO_COMMENT;

  switch (src.framework) {
    case 'goose':
      return [{ path, content: `${tx ? '' : '-- +goose NO TRANSACTION\n'}-- +goose Up\n${body}\n\n-- +goose Down\n${undo}\n` }];
    case 'dbmate': {
      const option = tx ? '' : ' transaction:false';
      return [{ path, content: `-- migrate:up${option}\n${body}\n\n-- migrate:down${option}\n${undo}\n` }];
    }
    case 'sql-migrate': {
      const option = tx ? '' : ' notransaction';
      return [{ path, content: `-- +migrate Up${option}\n${body}\n\n-- +migrate Down${option}\n${undo}\n` }];
    }
    case 'sqlx': {
      const marker = tx ? '' : '-- no-transaction\n';
      if (src.path.endsWith('.up.sql')) return upDownPair(dir, stem, marker, body, down);
      return [{ path, content: `${marker}${body}\n` }];
    }
    case 'golang-migrate':
      return upDownPair(dir, stem, '', body, down);
    case 'pop': {
      // Keep the dialect segment (`.postgres`) so pop still runs the file on PostgreSQL.
      const dialect = parsePopName(basename(src.path))?.dialect;
      return upDownPair(dir, `${stem}${dialect ? `.${dialect}` : ''}${tx ? '' : '.autocommit'}`, '', body, down);
    }
    case 'plain': {
      // A directory run by postgres-migrations wraps each file unless it opts out on its first lines.
      const optOut = !tx && /postgres-migrations/.test(src.transactionReason) ? '-- postgres-migrations disable-transaction\n' : '';
      return [{ path, content: `${optOut}${body}\n` }];
    }
    default:
      return [{ path, content: `${body}\n` }];
  }
}
