// golang-migrate: `N_name.up.sql` / `N_name.down.sql`, the up file sent as one query string.
import { basename } from '../paths.js';
import { splitVersion } from '../version.js';
import { wholeFile, type Dialect } from './dialect.js';

const UP_FILE = /^\d+_.*\.up\.sql$/;

export function isGolangMigrateName(name: string): boolean {
  return UP_FILE.test(name);
}

export const golangMigrate: Dialect = {
  framework: 'golang-migrate',
  runner: 'golang-migrate',
  leaveTransaction: 'put the statement alone in its own migration file (a single statement is not wrapped)',
  leaveTransactionBy: 'alone-in-file',
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze: wholeFile(
    'implicit',
    'golang-migrate sends the file as one query string: several statements run as one implicit transaction, a single one alone',
  ),
};
