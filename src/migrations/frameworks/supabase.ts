// Supabase CLI: `supabase/migrations/<timestamp>_name.sql`.
import { basename } from '../paths.js';
import { splitVersion } from '../version.js';
import { wholeFile, type Dialect } from './dialect.js';

export function isSupabaseDirectory(dir: string): boolean {
  return /(^|\/)supabase\/migrations$/.test(dir);
}

export const supabase: Dialect = {
  framework: 'supabase',
  runner: 'the Supabase CLI',
  leaveTransaction: 'apply this statement in a separate migration run outside the CLI (with psql)',
  leaveTransactionBy: 'manual',
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze: wholeFile('wrapped', 'the Supabase CLI sends the statements of each file as one batch in a transaction'),
};
