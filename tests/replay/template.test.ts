// The engine starts from the initialised empty database shipped in dist/, not from initdb.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PgliteEngine } from '../../src/replay/engine.js';
import { templateDataDir } from '../../src/replay/template.js';

const root = new URL('../../', import.meta.url);

describe('the shipped data directory template', () => {
  it('was made by the PGlite version installed (a PGlite upgrade makes the bundle rebuild it)', () => {
    const meta = JSON.parse(readFileSync(new URL('dist/pgdata-template.json', root), 'utf8')) as { pglite: string; bytes: number };
    const installed = JSON.parse(readFileSync(new URL('node_modules/@electric-sql/pglite/package.json', root), 'utf8')) as { version: string };
    expect(meta.pglite).toBe(installed.version);
    expect(templateDataDir()?.length).toBe(meta.bytes);
  });

  it('gives an empty database that loads contrib extensions', async () => {
    const engine = await PgliteEngine.start({ extensions: ['pgcrypto'] });
    try {
      const tables = await engine.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace`);
      expect(tables[0].n).toBe(0);
      await engine.exec('CREATE EXTENSION pgcrypto');
      const [row] = await engine.query<{ ok: boolean }>(`SELECT length(gen_random_bytes(4)) = 4 AS ok`);
      expect(row.ok).toBe(true);
      const [version] = await engine.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
      expect(version.v).toMatch(/^18\./);
    } finally {
      await engine.close();
    }
  });
});
