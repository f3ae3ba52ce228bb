// `doctor`: proves the parser and the embedded PostgreSQL (with a contrib extension) start here.
import type { Writable } from 'node:stream';
import { ensureParser, parseSqlFile } from '../sql/index.js';
import { startEngine } from '../replay/engine.js';
import { VERSION } from '../version.js';

export async function runDoctor(out: Writable): Promise<number> {
  const t0 = Date.now();
  await ensureParser();
  const parsed = parseSqlFile('CREATE INDEX CONCURRENTLY i ON t (a);');
  const parserOk = parsed.statements.length === 1 && parsed.statements[0].kind === 'IndexStmt';
  const engine = await startEngine({ extensions: ['pgcrypto'] });
  try {
    const [{ version }] = await engine.query<{ version: string }>('select version()');
    await engine.exec('CREATE EXTENSION pgcrypto');
    const [{ digest }] = await engine.query<{ digest: string }>("select encode(digest('x', 'sha256'), 'hex') as digest");
    out.write(
      [
        `pg-migration-review ${VERSION} on Node ${process.versions.node}`,
        `parser:   ${parserOk ? 'ok' : 'FAILED'} (libpg-query, PostgreSQL 18 grammar)`,
        `engine:   ok (${version.split(' on ')[0]}, PGlite)`,
        `pgcrypto: ${digest.length === 64 ? 'ok' : 'FAILED'}`,
        `ready in ${Date.now() - t0} ms`,
      ].join('\n') + '\n',
    );
    return parserOk ? 0 : 1;
  } finally {
    await engine.close();
  }
}
