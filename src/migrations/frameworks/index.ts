// Every framework dialect, by name.
import type { Framework } from '../../core/migration-types.js';
import { dbmate } from './dbmate.js';
import { diesel } from './diesel.js';
import type { Dialect } from './dialect.js';
import { flyway } from './flyway.js';
import { golangMigrate } from './golang-migrate.js';
import { goose } from './goose.js';
import { hasura } from './hasura.js';
import { plain } from './plain.js';
import { pop } from './pop.js';
import { prisma } from './prisma.js';
import { sqitch } from './sqitch.js';
import { sqlMigrate } from './sql-migrate.js';
import { sqlx } from './sqlx.js';
import { supabase } from './supabase.js';

export const DIALECTS: Record<Framework, Dialect> = {
  plain,
  'golang-migrate': golangMigrate,
  goose,
  dbmate,
  flyway,
  prisma,
  supabase,
  sqitch,
  'sql-migrate': sqlMigrate,
  sqlx,
  pop,
  hasura,
  diesel,
};

/** The dialect of a framework: the one place its runner's name and transaction handling are read from. */
export function dialectOf(framework: Framework): Dialect {
  return DIALECTS[framework];
}

export type { Dialect, DialectFile, FileAnalysis, LeaveTransactionBy, TransactionOptOut, VersionInfo } from './dialect.js';
export { optOutInstruction, optOutPhrase } from './dialect.js';
