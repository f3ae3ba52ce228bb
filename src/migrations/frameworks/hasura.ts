// Hasura CLI: `migrations/<ms timestamp>_name/up.sql`, applied through run_sql in a transaction.
// diesel shares the folder layout; detection tells them apart (see isDieselDirectory).
import { basename, dirname } from '../paths.js';
import { parseVersionParts } from '../version.js';
import { wholeFile, type Dialect } from './dialect.js';

const FOLDER = /^(\d+(?:-\d+)*)_/;

export function isHasuraPath(path: string): boolean {
  return basename(path) === 'up.sql' && FOLDER.test(basename(dirname(path)));
}

export const hasura: Dialect = {
  framework: 'hasura',
  runner: 'Hasura',
  leaveTransaction: 'run this statement in a migration that is not wrapped in a transaction',
  leaveTransactionBy: 'manual',
  folderPerMigration: true,
  version: (path) => {
    const m = FOLDER.exec(basename(dirname(path)));
    return { version: m ? parseVersionParts(m[1]) : [], repeatable: false };
  },
  analyze: wholeFile('wrapped', 'Hasura applies up.sql through run_sql, inside a transaction'),
};
