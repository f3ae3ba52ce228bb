// The configured `base-schema` file: the schema a history starts from when its first migration
// does not run on an empty database (an ORM made the tables, or the history was squashed into a
// dump). Read here as a migration source; replayed by replay/base-schema.ts.
import { ConfigError } from '../../config/load.js';
import { CONFIG_FILE_NAME } from '../../config/schema.js';
import type { Config } from '../../core/config.js';
import type { MigrationSource } from '../../core/migration-types.js';
import { decodeSqlFile } from './decode-text.js';

/**
 * The base-schema file as a migration source (plain, statement by statement like psql): read
 * from the base tree, else from the head (a pull request that adds it). Throws ConfigError when
 * it is missing or not text.
 */
export function readBaseSchema(config: Config, read: { base: (path: string) => Uint8Array | undefined; head: (path: string) => Uint8Array | undefined }): MigrationSource | undefined {
  const path = config.baseSchema;
  if (!path) return undefined;
  const bytes = read.base(path) ?? read.head(path);
  if (bytes === undefined) {
    throw new ConfigError(`base-schema: ${path} (set in ${CONFIG_FILE_NAME}) does not exist in the repository`);
  }
  const decoded = decodeSqlFile(bytes);
  if (!decoded.ok) throw new ConfigError(`base-schema: ${path}:${decoded.line}: ${decoded.message}`);
  return {
    path,
    framework: 'plain',
    version: [],
    repeatable: false,
    order: -1,
    transaction: 'none',
    transactionReason: 'base-schema, run like psql -f',
    text: decoded.text,
    reviewedText: decoded.text,
    directives: [],
  };
}
