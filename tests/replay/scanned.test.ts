// The tables a statement read, as the tracer measures them from PostgreSQL's scan counters inside
// the statement's transaction: validation scans (ADD CHECK, ADD FOREIGN KEY, SET NOT NULL,
// VALIDATE CONSTRAINT) are seen, and the statements PostgreSQL lets skip the scan are not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransactionModel } from '../../src/core/migration-types.js';
import { ReplaySession } from '../../src/replay/session.js';
import { baseStatementsOf, statementsOf } from './statements.js';

let session: ReplaySession;

beforeAll(async () => {
  session = await ReplaySession.start({ statementTimeoutMs: 5000 });
});
afterAll(async () => {
  await session?.close();
});

let n = 0;

/** A fresh users/comments pair (the replay's tables are empty, as in a review), then `sql` traced; `scanned` per statement. */
async function scannedBy(sql: (users: string, comments: string) => string, model: TransactionModel = 'none'): Promise<(string[] | undefined)[]> {
  n++;
  const users = `sc_users_${n}`;
  const comments = `sc_comments_${n}`;
  const base =
    `create table ${users} (id bigint primary key);\n` +
    `create table ${comments} (id bigint primary key, user_id bigint, body text, score int);\n` +
    `create index ${comments}_score on ${comments} (score);`;
  expect(await session.replayBaseFile('base.sql', base, baseStatementsOf(base))).toEqual([]);
  const run = await session.runFile('m.sql', statementsOf(sql(users, comments)), model);
  for (const step of run.steps) expect(step.trace.outcome, step.trace.error?.message).toBe('ok');
  return run.steps.map((s) => s.trace.scanned);
}

describe('scanned: tables whose rows the statement read', () => {
  it('sees the validation scan of ADD FOREIGN KEY, ADD CHECK and SET NOT NULL, each in its own transaction', async () => {
    const steps = await scannedBy(
      (u, c) =>
        `alter table ${c} add foreign key (user_id) references ${u} (id);\n` +
        `alter table ${c} add check (score > 0);\n` +
        `alter table ${c} alter column body set not null;\n` +
        `alter table ${c} add column note text;`,
    );
    const c = `public.sc_comments_${n}`;
    expect(steps).toEqual([[c], [c], [c], []]);
  });

  it('sees no scan where PostgreSQL skips it: ADD COLUMN ... REFERENCES without a default, NOT VALID, NOT ENFORCED, SET NOT NULL proven by a CHECK', async () => {
    const steps = await scannedBy(
      (u, c) =>
        `alter table ${c} add column locked_by bigint references ${u} (id);\n` +
        `alter table ${c} add constraint c_fk foreign key (user_id) references ${u} (id) not valid;\n` +
        `alter table ${c} add constraint c_ne foreign key (user_id) references ${u} (id) not enforced;\n` +
        `alter table ${c} add constraint c_chk check (score > 0) not valid;\n` +
        `alter table ${c} add constraint c_body check (body is not null);\n` +
        `alter table ${c} alter column body set not null;`,
      'wrapped',
    );
    const c = `public.sc_comments_${n}`;
    // Only the validated CHECK reads the rows; SET NOT NULL after it does not.
    expect(steps).toEqual([[], [], [], [], [c], []]);
  });

  it('sees ADD COLUMN ... DEFAULT ... REFERENCES and VALIDATE CONSTRAINT scan, within one transaction', async () => {
    const steps = await scannedBy(
      (u, c) =>
        `alter table ${c} add column owner_id bigint default 1 references ${u} (id);\n` +
        `alter table ${c} add constraint c_fk foreign key (user_id) references ${u} (id) not valid;\n` +
        `alter table ${c} validate constraint c_fk;`,
      'wrapped',
    );
    const c = `public.sc_comments_${n}`;
    expect(steps).toEqual([[c], [], [c]]);
  });

  it('does not count a scan of an earlier transaction that the statistics have not flushed yet', async () => {
    // The first statement scans the table and commits; the second locks it without reading a row.
    const steps = await scannedBy((_u, c) => `alter table ${c} add check (score > 0);\nalter table ${c} add column note text;`);
    expect(steps).toEqual([[`public.sc_comments_${n}`], []]);
  });

  it('records nothing after a failed statement of the block, whose rolled-back scans still count', async () => {
    n++;
    const c = `sc_fail_${n}`;
    const base = `create table ${c} (id bigint primary key, score int); insert into ${c} values (1, -1);`;
    expect(await session.replayBaseFile('base.sql', base, baseStatementsOf(base))).toEqual([]);
    const run = await session.runFile(
      'm.sql',
      statementsOf(`alter table ${c} add check (score > 0);\nalter table ${c} add column note text;`),
      'wrapped',
    );
    expect(run.steps.map((s) => s.trace.outcome)).toEqual(['error', 'ok']);
    expect(run.steps[1].trace.scanned).toBeUndefined();
  });
});
