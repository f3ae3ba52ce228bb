// Schema design rules on parse trees and literal catalogs: which new columns and tables they
// flag, at which line, what they suggest, and that they stay silent on what existed before.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogColumn, CatalogConstraint } from '../../src/core/catalog.js';
import type { Rule } from '../../src/rules/rule.js';
import { applyEdits } from '../../src/rules/fixes/apply-fix.js';
import { preferBigint } from '../../src/rules/design/prefer-bigint.js';
import { preferIdentity } from '../../src/rules/design/prefer-identity.js';
import { preferTimestamptz } from '../../src/rules/design/prefer-timestamptz.js';
import { preferText } from '../../src/rules/design/prefer-text.js';
import { banChar } from '../../src/rules/design/ban-char.js';
import { preferJsonb } from '../../src/rules/design/prefer-jsonb.js';
import { missingPrimaryKey } from '../../src/rules/design/missing-primary-key.js';
import { identifierTooLong, truncateIdentifier } from '../../src/rules/design/identifier-too-long.js';
import { catalog, column, context, file, foreignKey, loadParser, run, table } from './helpers.js';

beforeAll(loadParser);

/** A catalog column with the typname and typmod PostgreSQL reports. */
function col(name: string, typeName: string, type: string, attnum: number, extra: Partial<CatalogColumn> = {}): CatalogColumn {
  return { ...column(name, 'text', attnum), typeName, type, typmod: -1, ...extra };
}

const pk = (name: string, columns: string[]): CatalogConstraint => ({ name, kind: 'primary', columns, validated: true, definition: `PRIMARY KEY (${columns.join(', ')})` });

const users = table('users', { oid: 100, columns: [col('id', 'int4', 'integer', 1)], constraints: [pk('users_pkey', ['id'])] });
const orders = table('orders', {
  oid: 101,
  columns: [col('id', 'int8', 'bigint', 1), col('legacy_ref', 'int4', 'integer', 2), col('note', 'varchar', 'character varying(50)', 3, { typmod: 54 })],
  constraints: [pk('orders_pkey', ['id'])],
});
const base = catalog(users, orders);

/** Lines the rule reports for `sql` run against one before/after pair of catalogs. */
function lines(rule: Rule, sql: string, opts: { steps?: Catalog[]; final?: Catalog } = {}): number[] {
  const steps = opts.steps ?? [base];
  const f = file(sql, { steps });
  return run(rule, context([f], { base, final: opts.final ?? steps[steps.length - 1] })).map((x) => x.line);
}

describe('prefer-bigint', () => {
  const sql = [
    'CREATE TABLE invoices (', //                              1
    '  id serial PRIMARY KEY,', //                             2
    '  order_id integer NOT NULL REFERENCES orders (id),', //  3
    '  user_id int REFERENCES users (id),', //                 4
    '  qty integer NOT NULL,', //                              5
    '  total bigint', //                                       6
    ');',
  ].join('\n');

  it('flags integer key columns at their own line, not plain integer columns nor one referencing an integer key', () => {
    const found = run(preferBigint, context([file(sql, { steps: [base] })], { base }));
    // Line 4 references users.id, an integer: it cannot outgrow it, and bigint there would only make the types differ.
    expect(found.map((x) => x.line)).toEqual([2, 3]);
    expect(found[0].message).toContain('Primary key invoices.id is serial');
    expect(found[0].message).toContain('2,147,483,647');
    expect(found[0].help).toContain('id bigserial PRIMARY KEY');
    expect(found[1].message).toContain('Foreign key column invoices.order_id is integer and holds ids of orders.id (bigint)');
    expect(found[0].verified).toBe('static');
  });

  it('fixes the type on the line, and the fixed file is clean', () => {
    const f = file(sql, { steps: [base] });
    const [first, second] = run(preferBigint, context([f], { base }));
    const fixed = applyEdits(applyEdits(sql, first.draft.fix?.edits ?? []), second.draft.fix?.edits ?? []);
    expect(fixed.split('\n').slice(1, 3)).toEqual(['  id bigserial PRIMARY KEY,', '  order_id bigint NOT NULL REFERENCES orders (id),']);
  });

  it('gives the advice on the key, naming the columns referencing it, and widens them together', () => {
    const keySql = [
      'CREATE TABLE accounts (', //                          1
      '  id serial PRIMARY KEY', //                          2
      ');', //                                               3
      'CREATE TABLE members (', //                           4
      '  id bigint PRIMARY KEY,', //                         5
      '  account_id integer REFERENCES accounts (id)', //    6
      ');',
    ].join('\n');
    const accounts = table('accounts', {
      oid: 300,
      columns: [col('id', 'int4', 'integer', 1, { default: "nextval('accounts_id_seq'::regclass)", defaultVolatility: 'volatile' })],
      constraints: [pk('accounts_pkey', ['id'])],
    });
    const members = table('members', {
      oid: 301,
      columns: [col('id', 'int8', 'bigint', 1), col('account_id', 'int4', 'integer', 2)],
      constraints: [pk('members_pkey', ['id']), foreignKey('members_account_id_fkey', ['account_id'], 'accounts')],
    });
    const one = catalog(users, orders, accounts);
    const both = catalog(users, orders, accounts, members);
    const found = run(preferBigint, context([file(keySql, { steps: [base, one, both] })], { base, final: both }));
    expect(found.map((x) => x.line)).toEqual([2]);
    expect(found[0].message).toContain('members.account_id (integer) references it and must be widened with it');
    expect(found[0].help).toContain('account_id bigint REFERENCES accounts (id)');
    const fixed = applyEdits(keySql, found[0].draft.fix?.edits ?? []).split('\n');
    expect([fixed[1], fixed[5]]).toEqual(['  id bigserial PRIMARY KEY', '  account_id bigint REFERENCES accounts (id)']);
  });

  it('offers no fix when a column referencing the key is declared elsewhere, and names it', () => {
    const accounts = table('accounts', { oid: 300, columns: [col('id', 'int4', 'integer', 1)], constraints: [pk('accounts_pkey', ['id'])] });
    const linked = { ...orders, constraints: [...orders.constraints, foreignKey('orders_legacy_fkey', ['legacy_ref'], 'accounts')] };
    const final = catalog(users, linked, accounts);
    const found = run(preferBigint, context([file('CREATE TABLE accounts (id integer PRIMARY KEY);', { steps: [base, catalog(users, orders, accounts)] })], { base, final }));
    expect(found.map((x) => x.line)).toEqual([1]);
    expect(found[0].message).toContain('orders.legacy_ref (integer) references it');
    expect(found[0].help).toContain('ALTER TABLE orders ALTER COLUMN legacy_ref TYPE bigint;');
    expect(found[0].draft.fix).toBeUndefined();
  });

  it('reads keys from the catalog at the end of the pull request: a key added later counts, a composite position does not', () => {
    const created = catalog(users, orders, table('lines', { oid: 200, columns: [col('order_id', 'int8', 'bigint', 1), col('line_no', 'int4', 'integer', 2), col('ref', 'int4', 'integer', 3)] }));
    const keyed = catalog(users, orders, table('lines', {
      oid: 200,
      columns: created.tables['public.lines'].columns,
      constraints: [pk('lines_pkey', ['order_id', 'line_no']), foreignKey('lines_ref_fkey', ['ref'], 'orders')],
    }));
    const twoStatements = 'CREATE TABLE lines (order_id bigint, line_no integer, ref integer);\nALTER TABLE lines ADD PRIMARY KEY (order_id, line_no), ADD FOREIGN KEY (ref) REFERENCES orders (id);';
    expect(lines(preferBigint, twoStatements, { steps: [base, created, keyed], final: keyed })).toEqual([1]);
  });

  it('is silent on columns that existed before the pull request', () => {
    const withFk = catalog(users, { ...orders, constraints: [...orders.constraints, foreignKey('orders_legacy_fkey', ['legacy_ref'], 'users')] });
    expect(lines(preferBigint, 'ALTER TABLE orders ADD CONSTRAINT orders_legacy_fkey FOREIGN KEY (legacy_ref) REFERENCES users (id);', { steps: [base, withFk] })).toEqual([]);
  });
});

describe('prefer-identity', () => {
  it('a serial foreign key column is a warning of its own: its sequence default invents ids; prefer-bigint leaves it alone', () => {
    const sql = 'CREATE TABLE mappings (id integer PRIMARY KEY);\nCREATE TABLE submissions (\n  id bigint PRIMARY KEY,\n  mapping serial REFERENCES mappings (id) ON DELETE CASCADE\n);';
    const [finding, ...rest] = run(preferIdentity, context([file(sql)]));
    expect(rest).toEqual([]);
    expect([finding.line, finding.severity]).toEqual([4, 'warning']);
    expect(finding.message).toContain('submissions.mapping is serial but a foreign key to mappings');
    expect(finding.help).toContain('mapping integer REFERENCES mappings (id) ON DELETE CASCADE');
    expect(applyEdits(sql, finding.draft.fix?.edits ?? []).split('\n')[3]).toBe('  mapping integer REFERENCES mappings (id) ON DELETE CASCADE');
    expect(run(preferBigint, context([file(sql)])).map((x) => x.line)).toEqual([1]);
  });

  it('flags serial columns and suggests an identity column of the width prefer-bigint asks for', () => {
    const sql = 'CREATE TABLE t (\n  id bigserial PRIMARY KEY,\n  seq smallserial,\n  n integer GENERATED ALWAYS AS IDENTITY\n);';
    const found = run(preferIdentity, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([2, 3]);
    expect(found[0].help).toContain('id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY');
    expect(found[1].help).toContain('seq smallint GENERATED BY DEFAULT AS IDENTITY');
    expect(applyEdits(sql, found[0].draft.fix?.edits ?? []).split('\n')[1]).toBe('  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,');
    // a serial key is an integer key: the identity it suggests is bigint
    const [serialKey] = run(preferIdentity, context([file('CREATE TABLE u (id serial PRIMARY KEY);')]));
    expect(serialKey.help).toContain('id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY');
  });

  it('is silent when the pull request turns the serial column into an identity later', () => {
    const made = catalog(users, orders, table('t', { oid: 300, columns: [col('id', 'int8', 'bigint', 1, { default: "nextval('t_id_seq'::regclass)" })] }));
    const identity = catalog(users, orders, table('t', { oid: 300, columns: [col('id', 'int8', 'bigint', 1, { identity: 'always' })] }));
    const sql = 'CREATE TABLE t (id bigserial);\nALTER TABLE t ALTER COLUMN id DROP DEFAULT;\nALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;';
    expect(lines(preferIdentity, sql, { steps: [base, made, made, identity], final: identity })).toEqual([]);
  });
});

describe('prefer-timestamptz', () => {
  it('flags timestamp in every spelling, arrays and domains the pull request creates', () => {
    const sql = [
      'CREATE DOMAIN local_time AS timestamp(0);',
      'CREATE TABLE events (',
      '  a timestamp,',
      '  b TIMESTAMP(3) WITHOUT TIME ZONE NOT NULL,',
      '  c timestamp[],',
      '  d local_time,',
      '  e timestamptz,',
      '  f timestamp with time zone',
      ');',
    ].join('\n');
    const [finding, ...rest] = run(preferTimestamptz, context([file(sql)]));
    // One finding for the table, at its first such column, naming the others.
    expect(rest).toEqual([]);
    expect(finding.line).toBe(3);
    expect(finding.message).toContain('events.a is timestamp');
    expect(finding.message).toContain('3 more columns of this statement: b TIMESTAMP(3) WITHOUT TIME ZONE, c timestamp[], d local_time');
    expect(finding.help).toContain('b timestamptz(3) NOT NULL');
    expect(finding.help).toContain('c timestamptz[]');
    // The domain column has no mechanical fix; the others are edited on their own lines.
    expect(applyEdits(sql, finding.draft.fix?.edits ?? []).split('\n').slice(2, 6)).toEqual([
      '  a timestamptz,',
      '  b timestamptz(3) NOT NULL,',
      '  c timestamptz[],',
      '  d local_time,',
    ]);
    const domain = run(preferTimestamptz, context([file('CREATE DOMAIN local_time AS timestamp(0);\nCREATE TABLE e (d local_time);')]));
    expect(domain[0].message).toContain('a domain over timestamp');
    expect(domain[0].draft.fix).toBeUndefined();
  });

  it('judges the type the catalog reports after the statement', () => {
    const after = catalog(users, { ...orders, columns: [...orders.columns, col('shipped_at', 'timestamp', 'timestamp without time zone', 4)] });
    const found = run(preferTimestamptz, context([file('ALTER TABLE orders ADD COLUMN shipped_at timestamp;', { steps: [base, after] })], { base, final: after }));
    expect(found.map((x) => [x.line, x.verified])).toEqual([[1, 'replay']]);
    expect(found[0].help).toBe(
      "Use timestamptz (same 8 bytes, an absolute instant shown in each session's zone):\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;",
    );
  });

  it('is silent when the existing schema keeps time without a zone by convention (Prisma DateTime), not when it mixes both', () => {
    const zoneless = catalog(
      table('jobs', { columns: ['created_at', 'updated_at', 'run_at'].map((n, i) => col(n, 'timestamp', 'timestamp(3) without time zone', i + 1)) }),
    );
    expect(run(preferTimestamptz, context([file('CREATE TABLE runs (started_at timestamp(3));')], { base: zoneless }))).toEqual([]);
    const mixed = catalog(table('jobs', { columns: [col('a', 'timestamp', 'timestamp', 1), col('b', 'timestamp', 'timestamp', 2), col('c', 'timestamp', 'timestamp', 3), col('d', 'timestamptz', 'timestamptz', 4)] }));
    const [plain] = run(preferTimestamptz, context([file('CREATE TABLE runs (started_at timestamp(3));')], { base: mixed }));
    expect(plain.severity).toBeUndefined();
  });

  it('flags ALTER COLUMN TYPE to timestamp, unless the column already was one or a later statement fixes it', () => {
    const ts = (typmod: number) => catalog(users, { ...orders, columns: [orders.columns[0], orders.columns[1], col('note', 'timestamp', 'timestamp', 3, { typmod })] });
    const tz = catalog(users, { ...orders, columns: [orders.columns[0], orders.columns[1], col('note', 'timestamptz', 'timestamp with time zone', 3)] });
    const retype = 'ALTER TABLE orders ALTER COLUMN note TYPE timestamp USING note::timestamp;';
    expect(lines(preferTimestamptz, retype, { steps: [base, ts(-1)] })).toEqual([1]);
    expect(lines(preferTimestamptz, 'ALTER TABLE orders ALTER COLUMN note TYPE timestamp(6);', { steps: [ts(0), ts(6)] })).toEqual([]);
    expect(lines(preferTimestamptz, `${retype}\nALTER TABLE orders ALTER COLUMN note TYPE timestamptz;`, { steps: [base, ts(-1), tz], final: tz })).toEqual([]);
  });
});

describe('prefer-text', () => {
  it('flags varchar(n), not varchar or text, with an inline CHECK on a new table', () => {
    const sql = 'CREATE TABLE tags (\n  name varchar(40) NOT NULL,\n  label varchar,\n  slug text\n);';
    const found = run(preferText, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([2]);
    expect(found[0].help).toContain('name text CHECK (char_length(name) <= 40) NOT NULL');
  });

  it('gives one finding per statement, naming every varchar(n) column of it', () => {
    const sql = 'CREATE TABLE audit (\n  op varchar(50),\n  resource varchar(1024),\n  who varchar(255)\n);\nALTER TABLE audit ADD COLUMN ip varchar(50);';
    const found = run(preferText, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([2, 6]);
    expect(found[0].message).toContain('2 more columns of this statement: resource varchar(1024), who varchar(255)');
    expect(found[0].help).toContain('who text CHECK (char_length(who) <= 255)');
  });

  it('suggests a NOT VALID check and its validation on an existing table', () => {
    const [finding] = run(preferText, context([file('ALTER TABLE orders ADD COLUMN code varchar(12);', { steps: [base] })], { base }));
    expect(finding.help.split('\n').slice(1)).toEqual([
      'ALTER TABLE orders ADD COLUMN code text;',
      'ALTER TABLE orders ADD CONSTRAINT orders_code_length CHECK (char_length(code) <= 12) NOT VALID;',
      'ALTER TABLE orders VALIDATE CONSTRAINT orders_code_length;',
    ]);
  });

  it('is silent when the existing schema keeps its strings in varchar(n), not when text is the rule', () => {
    const varchars = (n: number, texts: number) =>
      catalog(
        table('accounts', {
          columns: [
            ...Array.from({ length: n }, (_, i) => col(`v${i}`, 'varchar', 'character varying(64)', i + 1, { typmod: 68 })),
            ...Array.from({ length: texts }, (_, i) => col(`t${i}`, 'text', 'text', n + i + 1)),
          ],
        }),
      );
    const sql = 'CREATE TABLE tags (name varchar(40) NOT NULL);';
    expect(run(preferText, context([file(sql)], { base: varchars(4, 3) }))).toEqual([]);
    expect(run(preferText, context([file(sql)], { base: varchars(4, 5) })).map((x) => x.line)).toEqual([1]);
    expect(run(preferText, context([file(sql)], { base: varchars(2, 0) })).map((x) => x.line)).toEqual([1]);
  });

  it('is silent when an existing varchar is resized', () => {
    const wider = catalog(users, { ...orders, columns: [orders.columns[0], orders.columns[1], col('note', 'varchar', 'character varying(100)', 3, { typmod: 104 })] });
    expect(lines(preferText, 'ALTER TABLE orders ALTER COLUMN note TYPE varchar(100);', { steps: [base, wider] })).toEqual([]);
  });
});

describe('ban-char', () => {
  it('flags char(n), character(n) and bare char, not the one-byte "char"', () => {
    const sql = 'CREATE TABLE countries (\n  code char(2) NOT NULL,\n  alpha3 CHARACTER(3),\n  flag char,\n  kind "char",\n  name varchar(80)\n);';
    const found = run(banChar, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([2, 3, 4]);
    expect(found[2].message).toContain('countries.flag is char (char(1))');
    expect(found[0].help).toContain('code text CHECK (char_length(code) <= 2) NOT NULL');
  });

  it('reads bpchar from the catalog', () => {
    const after = catalog(users, { ...orders, columns: [...orders.columns, col('cur', 'bpchar', 'character(3)', 4, { typmod: 7 })] });
    const [finding] = run(banChar, context([file('ALTER TABLE orders ADD COLUMN cur char(3);', { steps: [base, after] })], { base, final: after }));
    expect(finding.verified).toBe('replay');
    expect(finding.help).toContain('CHECK (char_length(cur) <= 3) NOT VALID');
  });
});

describe('prefer-jsonb', () => {
  it('flags json and json[], not jsonb', () => {
    const sql = 'CREATE TABLE hooks (\n  payload json NOT NULL,\n  history json[],\n  meta jsonb\n);';
    const found = run(preferJsonb, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([2, 3]);
    expect(applyEdits(sql, found[0].draft.fix?.edits ?? []).split('\n')[1]).toBe('  payload jsonb NOT NULL,');
    expect(found[1].help).toContain('history jsonb[]');
  });
});

describe('missing-primary-key', () => {
  it('flags a new table without a key, at its CREATE TABLE', () => {
    const found = run(missingPrimaryKey, context([file('SELECT 1;\nCREATE TABLE audit (\n  at timestamptz,\n  what text\n);')]));
    expect(found.map((x) => x.line)).toEqual([2]);
    expect(found[0].message).toContain('New table audit has no primary key');
    expect(found[0].help).toContain('ALTER TABLE audit ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;');
  });

  it('counts a key added later in the pull request, in the catalog or in the statements', () => {
    const bare = catalog(users, orders, table('audit', { oid: 400 }));
    const keyed = catalog(users, orders, table('audit', { oid: 400, constraints: [pk('audit_pkey', ['id'])] }));
    const sql = 'CREATE TABLE audit (id bigint);\nALTER TABLE audit ADD PRIMARY KEY (id);';
    expect(lines(missingPrimaryKey, sql, { steps: [base, bare, keyed], final: keyed })).toEqual([]);
    // without a replayed catalog, the ALTER TABLE is read from the statements
    expect(run(missingPrimaryKey, context([file(sql)]))).toEqual([]);
    // the same table checked against the catalog when the key never comes
    expect(lines(missingPrimaryKey, 'CREATE TABLE audit (id bigint);', { steps: [base, bare], final: bare })).toEqual([1]);
  });

  it('suggests the unique NOT NULL columns, or the foreign keys of a join table', () => {
    const joined = catalog(users, orders, table('user_orders', {
      oid: 401,
      columns: [col('user_id', 'int8', 'bigint', 1, { notNull: true }), col('order_id', 'int8', 'bigint', 2, { notNull: true })],
      constraints: [foreignKey('uo_user_fkey', ['user_id'], 'users'), foreignKey('uo_order_fkey', ['order_id'], 'orders')],
    }));
    const [finding] = run(missingPrimaryKey, context([file('CREATE TABLE user_orders (user_id bigint NOT NULL REFERENCES users, order_id bigint NOT NULL REFERENCES orders);', { steps: [base, joined] })], { base, final: joined }));
    expect(finding.help).toContain('ALTER TABLE user_orders ADD PRIMARY KEY (user_id, order_id);');
  });

  it('skips partitions, temporary tables, views, no-op IF NOT EXISTS and tables dropped by the end', () => {
    const sql = [
      'CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM (1) TO (2);',
      'CREATE TEMP TABLE scratch (x int);',
      'CREATE VIEW v AS SELECT 1;',
      'CREATE TABLE IF NOT EXISTS orders (id bigint);',
      'CREATE TABLE tmp (x int);',
      'DROP TABLE tmp;',
    ].join('\n');
    const tmp = catalog(users, orders, table('tmp', { oid: 500 }));
    const steps = [base, base, base, base, base, tmp, base];
    expect(lines(missingPrimaryKey, sql, { steps, final: base })).toEqual([]);
  });

  it('flags CREATE TABLE AS', () => {
    expect(run(missingPrimaryKey, context([file('CREATE TABLE archived AS SELECT * FROM orders;')])).map((x) => x.line)).toEqual([1]);
  });
});

describe('identifier-too-long', () => {
  const long = `orders_${'x'.repeat(57)}`; // 64 bytes
  const exact = `orders_${'x'.repeat(56)}`; // 63 bytes
  const old = `legacy_${'y'.repeat(60)}`; // a long name created before: referencing it is not defining it

  it('counts bytes, not characters: 32 é are 64 bytes', () => {
    const name = 'é'.repeat(32);
    expect(truncateIdentifier(name)).toBe('é'.repeat(31));
    const found = run(identifierTooLong, context([file(`ALTER TABLE orders ADD COLUMN "${name}" text;`)]));
    expect(found.map((x) => x.message)).toEqual([
      `Identifier ${name} is 64 bytes, over PostgreSQL's 63-byte limit: it is stored as ${'é'.repeat(31)}, and anything using the full name will not find it.`,
    ]);
  });

  it('flags names the statement defines at their line, not 63-byte names nor references to existing ones', () => {
    const sql = [
      `CREATE TABLE ${exact} (id bigint);`, //                                     1
      'CREATE INDEX', //                                                            2
      `  ${long.toUpperCase()}`, //                                                 3
      '  ON orders (id);', //                                                       4
      `ALTER TABLE orders ADD CONSTRAINT ${long}_fk FOREIGN KEY (id) REFERENCES ${old} (id);`, // 5
      `SELECT * FROM ${old};`, //                                                    6
    ].join('\n');
    const found = run(identifierTooLong, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([3, 5]);
    expect(found[0].message).toContain(`Identifier ${long} is 64 bytes`);
    expect(found[0].message).toContain(`stored as ${long.slice(0, 63)}`);
  });

  it('reports a collision between two names that truncate alike, and its fix writes the stored name', () => {
    const sql = `CREATE INDEX ${long}_a ON orders (id);\nCREATE INDEX ${long}_b ON orders (note);\n`;
    const f = file(sql);
    const found = run(identifierTooLong, context([f]));
    expect(found.map((x) => x.line)).toEqual([1, 2]);
    expect(found[1].message).toContain(`collides with ${long}_a (migrations/002_change.sql:1)`);
    const fixed = applyEdits(sql, found[0].draft.fix?.edits ?? []);
    expect(fixed.split('\n')[0]).toBe(`CREATE INDEX ${long.slice(0, 63)} ON orders (id);`);
    expect(run(identifierTooLong, context([file(fixed.split('\n')[0])]))).toEqual([]);
  });
});

describe('audit volume', () => {
  it('judges only what each statement declares: a file altering old tables gets nothing', () => {
    const sql = 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\nCREATE INDEX orders_legacy_idx ON orders (legacy_ref);\nCOMMENT ON TABLE users IS $$x$$;';
    for (const rule of [preferBigint, preferIdentity, preferTimestamptz, preferText, banChar, preferJsonb, missingPrimaryKey, identifierTooLong]) {
      expect(run(rule, context([file(sql, { steps: [base] })], { base })), rule.meta.id).toEqual([]);
    }
  });
});
