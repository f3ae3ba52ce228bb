// Queries compiled and planned on a real PGlite with production-sized planner statistics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReplaySession } from '../../src/replay/index.js';
import { QueryProber } from '../../src/replay/query-probe.js';
import { indexesUsed, scanNodes } from '../../src/sql/query/explain-plan.js';

const SCHEMA = `
CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, org_id bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL DEFAULT true, CONSTRAINT email_len CHECK (length(email) > 3));
CREATE INDEX users_org_created ON users (org_id, created_at);
CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), state order_state NOT NULL,
  total numeric(12,2) NOT NULL, placed_at timestamptz NOT NULL);
`;

describe('QueryProber', () => {
  let session: ReplaySession;
  const tables = [
    { table: 'public.users', rows: 1_000_000 },
    { table: 'public.orders', rows: 5_000_000 },
  ];

  beforeAll(async () => {
    session = await ReplaySession.start();
    const problems = await session.replayBaseFile('schema.sql', SCHEMA);
    expect(problems).toEqual([]);
  }, 60_000);
  afterAll(() => session?.close());

  it('plans with the injected row counts and uses an existing composite index', async () => {
    const prober = await QueryProber.open(session.engine, tables);
    try {
      const served = await prober.probe('SELECT * FROM users WHERE org_id = $1 ORDER BY created_at DESC LIMIT 20;');
      expect(served.ok).toBe(true);
      expect([...indexesUsed(served.plan!)]).toEqual(['users_org_created']);
      const scan = await prober.probe('SELECT id FROM orders WHERE user_id = $1');
      expect(scanNodes(scan.plan!)[0]).toMatchObject({ type: 'Seq Scan', relation: 'public.orders' });
      expect(scan.plan!.totalCost).toBeGreaterThan(50_000);
    } finally {
      await prober.close();
    }
  });

  it('reports PostgreSQL errors with a position inside the query', async () => {
    const prober = await QueryProber.open(session.engine, tables);
    try {
      const bad = await prober.probe('SELECT id, emial FROM users WHERE id = $1');
      expect(bad.ok).toBe(false);
      expect(bad.error).toMatchObject({ code: '42703', position: 12 });
      // The transaction survives a failed PREPARE: the next query still compiles.
      expect((await prober.probe('SELECT email FROM users WHERE id = $1')).ok).toBe(true);
    } finally {
      await prober.close();
    }
  });

  it('measures a candidate index and leaves neither it nor the statistics behind', async () => {
    const prober = await QueryProber.open(session.engine, tables);
    let before: number;
    try {
      before = (await prober.probe('SELECT id FROM orders WHERE user_id = $1')).plan!.totalCost;
      const after = await prober.planWithIndexes('SELECT id FROM orders WHERE user_id = $1', [{ create: 'CREATE INDEX ON orders (user_id)', table: 'public.orders' }]);
      expect(after).toBeDefined();
      expect(scanNodes(after!)[0].type).toMatch(/Index|Bitmap/);
      expect(after!.totalCost).toBeLessThan(before / 10);
      // Undone: the same query plans as before.
      expect((await prober.probe('SELECT id FROM orders WHERE user_id = $1')).plan!.totalCost).toBe(before);
    } finally {
      await prober.close();
    }
    const left = await session.engine.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'orders'`);
    expect(left[0].n).toBe(1);
    const stats = await session.engine.query<{ reltuples: number }>(`SELECT reltuples FROM pg_class WHERE relname = 'orders'`);
    expect(stats[0].reltuples).toBeLessThan(1);
  });
});
