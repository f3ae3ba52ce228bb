// fails-on-existing-rows as a pure rule: which second-replay failures count as evidence. The
// second replay itself runs end to end in tests/e2e/fails-on-existing-rows.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogTable } from '../../../src/core/catalog.js';
import type { ReviewedFile, SyntheticColumn, SyntheticTable } from '../../../src/core/review-types.js';
import type { PgErrorInfo } from '../../../src/core/trace-types.js';
import { failsOnExistingRows } from '../../../src/rules/replay/fails-on-existing-rows.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'fails-on-existing-rows';
const accounts: CatalogTable = table('accounts', {
  columns: [
    { ...column('id', 'bigint', 1), notNull: true },
    { ...column('email', 'text', 2), notNull: true },
    { ...column('plan', 'text', 3), notNull: true, default: "'free'::text", defaultVolatility: 'immutable' },
    column('referrer_id', 'bigint', 4),
  ],
});
const base = catalog(accounts);

/** The rows as the generator held each column of accounts. */
function rows(shapes: Record<string, SyntheticColumn['shape']>): SyntheticTable {
  return {
    table: 'public.accounts', oid: accounts.oid, rows: 2,
    columns: accounts.columns.map((c) => ({ name: c.name, attnum: c.attnum, shape: shapes[c.name] ?? 'distinct', ...(c.default ? { value: c.default } : {}) })),
  };
}

const SHAPES = { id: 'distinct', email: 'distinct', plan: 'default', referrer_id: 'null' } as const;

function check(sql: string, failures: Record<number, PgErrorInfo>, opts: { gap?: boolean; final?: CatalogTable } = {}): ReturnType<typeof run> {
  const f: ReviewedFile = file(sql, {
    steps: [base, ...(opts.final ? [catalog(opts.final)] : [])],
    traces: Object.fromEntries(sql.split(';').map((_, i) => [i, {}])),
    ...(opts.gap ? { gapFrom: 0 } : {}),
  });
  for (const [i, error] of Object.entries(failures)) f.statements[Number(i)].withRows = { error, tables: [rows(SHAPES)] };
  return run(failsOnExistingRows, context([f], { base }));
}

describe('fails-on-existing-rows', () => {
  it('a NULL in a nullable column breaks SET NOT NULL; the later UPDATE of that column is named with its line', () => {
    const found = check(
      ['ALTER TABLE accounts ALTER COLUMN referrer_id SET NOT NULL;', '', 'UPDATE accounts SET referrer_id = 1 WHERE referrer_id IS NULL;'].join('\n'),
      { 0: { code: '23502', message: 'column "referrer_id" of relation "accounts" contains null values' } },
    );
    expect(found.map((f) => f.line)).toEqual([1]);
    // What fails, on which value, and the UPDATE that comes too late (its line).
    expectFinding(found[0], { ruleId: ID, line: 1, severity: 'error', verified: 'replay', mentions: ['SET NOT NULL', 'referrer_id NULL', 'UPDATE', 'line 3'] });
  });

  it('names SET NOT NULL within an ALTER TABLE of several commands', () => {
    const found = check('ALTER TABLE accounts ALTER referrer_id SET NOT NULL, ADD CONSTRAINT accounts_referrer_fk FOREIGN KEY (referrer_id) REFERENCES accounts (id);', {
      0: { code: '23502', message: 'column "referrer_id" of relation "accounts" contains null values' },
    });
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: ['SET NOT NULL', 'referrer_id NULL', 'nullable'] });
  });

  it('a constant default shared by every row breaks a UNIQUE index on it', () => {
    const found = check('CREATE UNIQUE INDEX accounts_plan_key ON accounts (plan);', {
      0: { code: '23505', message: 'could not create unique index "accounts_plan_key"', detail: 'Key (plan)=(free) is duplicated.' },
    });
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: ['CREATE UNIQUE INDEX', 'same plan', "plan = 'free'::text", 'its default'] });
  });

  it('a failure that hinges on a value the generator invented is no evidence: CHECK on it, duplicate of it', () => {
    const checked: CatalogTable = {
      ...accounts,
      constraints: [{ name: 'email_ok', kind: 'check', columns: ['email'], validated: true, definition: "CHECK (email ~~ '%@%')" }],
    };
    expect(
      check("ALTER TABLE accounts ADD CONSTRAINT email_ok CHECK (email LIKE '%@%');", {
        0: { code: '23514', message: 'check constraint "email_ok" of relation "accounts" is violated by some row' },
      }, { final: checked }),
    ).toEqual([]);
    expect(
      check('CREATE UNIQUE INDEX accounts_email_key ON accounts (email);', {
        0: { code: '23505', message: 'could not create unique index "accounts_email_key"', detail: 'Key (email)=(1) is duplicated.' },
      }),
    ).toEqual([]);
  });

  it('a CHECK that the default breaks is reported with the default', () => {
    const checked: CatalogTable = {
      ...accounts,
      constraints: [{ name: 'plan_paid', kind: 'check', columns: ['plan'], validated: true, definition: "CHECK (plan <> 'free'::text)" }],
    };
    const found = check("ALTER TABLE accounts ADD CONSTRAINT plan_paid CHECK (plan <> 'free');", {
      0: { code: '23514', message: 'check constraint "plan_paid" of relation "accounts" is violated by some row' },
    }, { final: checked });
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: ['ADD CONSTRAINT', "plan = 'free'::text", 'its default'] });
  });

  it('is silent after a replay gap, on errors that are not about data, and on ADD COLUMN NOT NULL (add-column-required)', () => {
    const notNull = { 0: { code: '23502', message: 'column "referrer_id" of relation "accounts" contains null values' } };
    expect(check('ALTER TABLE accounts ALTER COLUMN referrer_id SET NOT NULL;', notNull, { gap: true })).toEqual([]);
    expect(check('ALTER TABLE accounts ALTER COLUMN referrer_id SET NOT NULL;', { 0: { code: '42703', message: 'column "x" does not exist' } })).toEqual([]);
    expect(
      check('ALTER TABLE accounts ADD COLUMN locale text NOT NULL;', { 0: { code: '23502', message: 'column "locale" of relation "accounts" contains null values' } }),
    ).toEqual([]);
  });
});

describeDocumentedExamples('fails-on-existing-rows');
