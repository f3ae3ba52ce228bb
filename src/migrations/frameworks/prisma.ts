// Prisma Migrate: `prisma/migrations/<timestamp>_name/migration.sql`.
import { basename, dirname } from '../paths.js';
import { splitVersion } from '../version.js';
import { wholeFile, type Dialect } from './dialect.js';

/** `<timestamp>_name/migration.sql`, usually under `prisma/migrations/`. */
export function isPrismaPath(path: string): boolean {
  if (basename(path) !== 'migration.sql') return false;
  return /^\d+_/.test(basename(dirname(path))) || /(^|\/)prisma\/migrations\//.test(path);
}

export const prisma: Dialect = {
  framework: 'prisma',
  runner: 'Prisma',
  leaveTransaction: 'create a migration that holds only this statement',
  leaveTransactionBy: 'alone-in-file',
  appliesMissingVersions: true,
  generatedFrom: 'schema.prisma',
  folderPerMigration: true,
  // The version lives in the per-migration folder's name.
  version: (path) => ({ version: splitVersion(basename(dirname(path))), repeatable: false }),
  analyze: wholeFile('implicit', 'Prisma sends migration.sql as one multi-statement script: one implicit transaction'),
};
