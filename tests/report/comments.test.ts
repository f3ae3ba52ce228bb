import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogColumn, CatalogConstraint, CatalogIndex, CatalogTable } from '../../src/core/catalog.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import type { Finding } from '../../src/core/finding.js';
import type { Review } from '../../src/core/review-types.js';
import type { StepTrace } from '../../src/core/trace-types.js';
import { erDiagram, mermaidType } from '../../src/report/mermaid.js';
import { findingFingerprint, inlineComment, parseFingerprint, selectInlineFindings } from '../../src/report/review-comment.js';
import { schemaChange } from '../../src/report/schema-change.js';
import { SUMMARY_LIMIT, summaryComment, summaryMarker } from '../../src/report/summary-comment.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'require-concurrent-index',
    layer: 'replay',
    severity: 'error',
    file: 'db/migrations/002_index.sql',
    line: 1,
    column: 1,
    endLine: 1,
    message: 'CREATE INDEX blocks writes to public.users.',
    help: 'Use CREATE INDEX CONCURRENTLY.',
    verified: 'trace',
    ignored: false,
    docs: 'https://example.test/rules/require-concurrent-index',
    ...over,
  };
}

function column(name: string, type = 'bigint', notNull = false): CatalogColumn {
  return { name, attnum: 0, type, typeName: type, typmod: -1, notNull, default: null, defaultVolatility: null, identity: null, generated: null };
}

function index(name: string, table: string, columns: string[], extra: Partial<CatalogIndex> = {}): CatalogIndex {
  return {
    name, table, columns, keys: columns, include: [], opclasses: columns.map(() => ''), collations: columns.map(() => ''), orders: columns.map(() => ''),
    predicate: null, method: 'btree', unique: false, primary: false, valid: true, constraint: null,
    definition: `CREATE INDEX ${name} ON ${table} USING btree (${columns.join(', ')})`, ...extra,
  };
}

function pk(table: string, col: string): CatalogConstraint {
  return { name: `${table}_pkey`, kind: 'primary', columns: [col], validated: true, definition: `PRIMARY KEY (${col})` };
}

function fk(name: string, col: string, target: string): CatalogConstraint {
  return { name, kind: 'foreign', columns: [col], validated: true, definition: `FOREIGN KEY (${col}) REFERENCES ${target}(id)`, references: { table: target, columns: ['id'] } };
}

function table(qualified: string, columns: CatalogColumn[], indexes: CatalogIndex[] = [], constraints: CatalogConstraint[] = []): CatalogTable {
  const [schema, name] = qualified.split('.');
  return { oid: 1, schema, name, kind: 'table', persistence: 'permanent', columns, indexes, constraints };
}

function catalog(...tables: CatalogTable[]): Catalog {
  return { tables: Object.fromEntries(tables.map((t) => [`${t.schema}.${t.name}`, t])), extensions: [] };
}

const users = table('public.users', [column('id', 'bigint', true), column('email', 'character varying(50)')], [index('users_pkey', 'public.users', ['id'], { primary: true, unique: true })], [pk('users', 'id')]);
const orders = table(
  'public.orders',
  [column('id', 'bigint', true), column('user_id', 'bigint', true), column('total', 'numeric(12,2)')],
  [index('orders_pkey', 'public.orders', ['id'], { primary: true, unique: true })],
  [pk('orders', 'id'), fk('orders_user_id_fkey', 'user_id', 'public.users')],
);

function review(over: Partial<Review> = {}): Review {
  return {
    mode: 'review',
    verdict: 'fail',
    files: [{ path: 'db/migrations/002_index.sql', framework: 'golang-migrate', status: 'added', verdict: 'fail', statements: 1 }],
    findings: [finding()],
    baseProblems: [],
    traces: [],
    stats: { baseFiles: 1, files: 1, statements: 1, queries: 0, timings: {} },
    config: DEFAULT_CONFIG,
    schema: { before: catalog(users), after: catalog(users, orders) },
    ...over,
  };
}

describe('inline review comments', () => {
  const file = 'CREATE INDEX users_email ON users (email);\n';

  it('shows a suggestion when the fix is one edit replacing exactly the commented lines', () => {
    const f = finding({ fix: { description: 'build it concurrently', edits: [{ line: 1, endLine: 1, replacement: 'CREATE INDEX CONCURRENTLY users_email ON users (email);' }] } });
    const c = inlineComment(f, file);
    expect(c).toMatchObject({ path: f.file, line: 1, side: 'RIGHT' });
    expect(c.startLine).toBeUndefined();
    expect(c.body).toContain('```suggestion\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n```');
    expect(c.body).toContain('[`require-concurrent-index`](https://example.test/rules/require-concurrent-index)');
    expect(c.body).toContain('❌ **error**');
    expect(c.body).toContain('Layer 2: verification by replay');
    expect(c.body).toContain('Use CREATE INDEX CONCURRENTLY.');
  });

  it('comments on the whole range of a multi-line statement', () => {
    const text = 'ALTER TABLE users\n  ADD COLUMN a int;\n';
    const c = inlineComment(finding({ line: 1, endLine: 2, fix: { description: 'x', edits: [{ line: 1, endLine: 2, replacement: 'ALTER TABLE users\n  ADD COLUMN a bigint;' }] } }), text);
    expect(c).toMatchObject({ line: 2, startLine: 1 });
    expect(c.body).toContain('```suggestion\nALTER TABLE users\n  ADD COLUMN a bigint;\n```');
  });

  it('describes fixes with several edits or new files in a details block instead of a suggestion', () => {
    const f = finding({
      fix: {
        description: 'add NOT VALID and validate later',
        edits: [{ line: 1, endLine: 1, replacement: 'ALTER TABLE orders ADD CONSTRAINT c CHECK (x > 0) NOT VALID;' }],
        newFiles: [{ path: 'db/migrations/003_validate.up.sql', content: 'ALTER TABLE orders VALIDATE CONSTRAINT c;\n' }],
      },
    });
    const c = inlineComment(f, file);
    expect(c.body).not.toContain('```suggestion');
    expect(c.body).toContain('<details><summary>Suggested fix: add NOT VALID and validate later</summary>');
    expect(c.body).toContain('`db/migrations/003_validate.up.sql`');
    expect(c.body).toContain('```sql\nALTER TABLE orders VALIDATE CONSTRAINT c;\n```');

    const twoEdits = finding({ fix: { description: 'split', edits: [{ line: 1, endLine: 1, replacement: 'A;' }, { line: 2, endLine: 1, replacement: 'B;' }] } });
    expect(inlineComment(twoEdits, file).body).not.toContain('```suggestion');
    const otherLines = finding({ fix: { description: 'elsewhere', edits: [{ line: 1, endLine: 0, replacement: 'SET lock_timeout = 1;' }] } });
    const body = inlineComment(otherLines, file).body;
    expect(body).not.toContain('```suggestion');
    expect(body).toContain('Insert before line 1:');
  });

  it('ends with a fingerprint that survives line shifts and re-indentation, and differs per statement', () => {
    const f = finding({ line: 1, endLine: 2 });
    const text = 'CREATE INDEX i\n  ON users (email);\n';
    const shifted = finding({ line: 4, endLine: 5 });
    const shiftedText = '-- new\nSELECT 1;\n\nCREATE INDEX i\n    ON users   (email);\n';
    const fp = findingFingerprint(f, text);
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(findingFingerprint(shifted, shiftedText)).toBe(fp);
    const body = inlineComment(f, text).body;
    expect(body.trimEnd().endsWith(`<!-- pg-migration-review:fingerprint=${fp} -->`)).toBe(true);
    expect(parseFingerprint(body)).toBe(fp);
    expect(parseFingerprint('no marker here')).toBeNull();
    expect(findingFingerprint(finding({ line: 2, endLine: 2 }), 'CREATE INDEX a ON t (x);\nCREATE INDEX b ON t (y);\n')).not.toBe(findingFingerprint(finding(), 'CREATE INDEX a ON t (x);\n'));
    expect(findingFingerprint(finding({ ruleId: 'other-rule' }), text)).not.toBe(findingFingerprint(finding(), text));
  });

  it('selects unignored findings inside the diff, most severe first, capped', () => {
    const findings = [
      finding({ severity: 'notice', line: 1 }),
      finding({ severity: 'warning', line: 2 }),
      finding({ severity: 'error', line: 3, ignored: true }),
      finding({ severity: 'escalate', line: 4 }),
      finding({ severity: 'error', line: 50 }),
      finding({ severity: 'error', line: 5 }),
    ];
    const inDiff = (_path: string, line: number) => line < 10;
    const all = selectInlineFindings(findings, inDiff);
    expect(all.inline.map((f) => f.line)).toEqual([5, 4, 2, 1]);
    expect(all.rest.map((f) => f.line)).toEqual([50]);
    const capped = selectInlineFindings(findings, inDiff, 2);
    expect(capped.inline.map((f) => f.severity)).toEqual(['error', 'escalate']);
    expect(capped.rest.map((f) => f.line)).toEqual([50, 2, 1]);
    const many = Array.from({ length: 40 }, (_, i) => finding({ line: i + 1 }));
    expect(selectInlineFindings(many, () => true).inline).toHaveLength(25);
  });
});

describe('schema change', () => {
  it('lists tables added and dropped, and per changed table columns, types, indexes and constraints', () => {
    const before = catalog(
      users,
      table('public.legacy', [column('id')]),
      table('public.items', [column('id'), column('name', 'character varying(50)'), column('old')], [index('items_pkey', 'public.items', ['id'])], []),
    );
    const after = catalog(
      users,
      orders,
      table(
        'public.items',
        [column('id'), column('name', 'text'), column('sku', 'text')],
        [index('items_pkey', 'public.items', ['id']), index('items_sku', 'public.items', ['sku'])],
        [{ name: 'items_sku_check', kind: 'check', columns: ['sku'], validated: false, definition: 'CHECK (sku <> \'\') NOT VALID' }],
      ),
    );
    const change = schemaChange(before, after);
    expect(change.tablesAdded).toEqual(['public.orders']);
    expect(change.tablesDropped).toEqual(['public.legacy']);
    expect(change.tablesChanged).toEqual([{
      table: 'public.items',
      columnsAdded: ['sku'],
      columnsDropped: ['old'],
      typesChanged: [{ column: 'name', before: 'character varying(50)', after: 'text' }],
      indexesAdded: ['items_sku'],
      indexesDropped: [],
      indexCount: { before: 1, after: 2 },
      constraintsAdded: ['items_sku_check'],
      constraintsDropped: [],
    }]);
  });

  it('reports nothing for equal catalogs, even as distinct objects', () => {
    expect(schemaChange(catalog(users, orders), structuredClone(catalog(users, orders)))).toEqual({ tablesAdded: [], tablesDropped: [], tablesChanged: [] });
  });
});

describe('mermaid diagram', () => {
  it('draws two tables with their columns, keys and the foreign key between them', () => {
    const d = erDiagram(catalog(users, orders), ['public.orders']);
    expect(d.split('\n')).toEqual([
      'erDiagram',
      '    orders {',
      '        bigint id PK',
      '        bigint user_id FK',
      '        numeric_12_2 total',
      '    }',
      '    users {',
      '        bigint id PK',
      '        varchar_50 email',
      '    }',
      '    orders }o--|| users : "user_id"',
    ]);
  });

  it('sanitises type and schema-qualified names, and caps the number of tables', () => {
    expect(mermaidType('timestamp(3) with time zone')).toBe('timestamptz_3');
    expect(mermaidType('integer[]')).toBe('integer_array');
    const invoices = table('billing.invoices', [column('order_id')], [], [fk('inv_fk', 'order_id', 'public.orders')]);
    const d = erDiagram(catalog(users, orders, invoices), ['billing.invoices']);
    expect(d).toContain('    billing_invoices {');
    expect(d).toContain('    billing_invoices }o--o| orders : "order_id"');
    expect(d).not.toContain('users {');
    const many = Array.from({ length: 45 }, (_, i) => table(`public.t${i}`, [column('id')]));
    const big = erDiagram(catalog(...many), many.map((t) => t.name));
    expect(big.match(/ \{$/gm)).toHaveLength(30);
  });
});

describe('summary comment', () => {
  it('starts with the marker, then the verdict, counts and a table per file', () => {
    const trace: StepTrace = {
      path: 'db/migrations/002_index.sql', statementIndex: 0, outcome: 'ok', inTransaction: true,
      locks: [{ relation: 'public.users', relkind: 'table', table: 'public.users', mode: 'ShareLock' }], lockSource: 'trace',
      rewritten: [], created: [], altered: ['public.users'], dropped: [], durationMs: 3,
    };
    const body = summaryComment(review({ traces: [trace] }), { directory: 'db/migrations', approval: { label: 'migration-approved', by: 'alice', escalations: ['drop-column on public.users'] } });
    const lines = body.split('\n');
    expect(lines[0]).toBe(summaryMarker('db/migrations'));
    expect(lines[0]).toBe('<!-- pg-migration-review:summary:db/migrations -->');
    expect(lines[1]).toBe('## ❌ pg-migration-review (`db/migrations`): fail');
    expect(body).toContain('1 error, 0 escalations, 0 warnings, 0 notices');
    expect(body).toContain('| `db/migrations/002_index.sql` | golang-migrate | added | ❌ fail | 1 | 0 | 0 | 0 |');
    expect(body).toContain('### Layer 2: verification by replay');
    expect(body).toContain('[`require-concurrent-index`](https://example.test/rules/require-concurrent-index) | `db/migrations/002_index.sql:1`');
    expect(body).toContain('| `db/migrations/002_index.sql` | #1 | ok | ShareLock on `public.users` |');
    expect(body).toContain('- ➕ table `public.orders`: 3 column(s), 1 index(es)');
    expect(body).toContain('```mermaid\nerDiagram');
    expect(body).toContain('orders }o--|| users : "user_id"');
    expect(body).toContain('Approved by @alice with the `migration-approved` label');
    expect(body).toContain('- drop-column on public.users');
  });

  it('keeps a huge review under the limit, with its marker and verdict', () => {
    const findings = Array.from({ length: 5000 }, (_, i) => finding({ line: i + 1, severity: i % 7 === 0 ? 'error' : 'warning', message: `finding number ${i} `.repeat(5) }));
    const traces: StepTrace[] = findings.map((_, i) => ({
      path: 'db/migrations/002_index.sql', statementIndex: i, outcome: 'ok', inTransaction: false,
      locks: [{ relation: `public.t${i}`, relkind: 'table', table: `public.t${i}`, mode: 'AccessExclusiveLock' }], lockSource: 'trace',
      rewritten: [`public.t${i}`], created: [], altered: [], dropped: [], durationMs: 1,
    }));
    const files = Array.from({ length: 3000 }, (_, i) => ({ path: `db/migrations/${i}_x.sql`, framework: 'plain' as const, status: 'added' as const, verdict: 'warn' as const, statements: 1 }));
    const body = summaryComment(review({ findings, traces, files }), { directory: '.' });
    expect(body.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(body.startsWith(`${summaryMarker('.')}\n## ❌ pg-migration-review: fail`)).toBe(true);
    expect(body).not.toContain('What the trace saw');
    expect(body).toMatch(/…and \d+ more findings/);
    // The most severe findings are the ones kept.
    expect(body).toContain('❌ error');
  });

  it('drops the trace details first when only they make it too long', () => {
    const traces: StepTrace[] = Array.from({ length: 1500 }, (_, i) => ({
      path: 'db/migrations/002_index.sql', statementIndex: i, outcome: 'ok', inTransaction: false,
      locks: [{ relation: `public.some_table_${i}`, relkind: 'table', table: `public.some_table_${i}`, mode: 'AccessExclusiveLock' }], lockSource: 'trace',
      rewritten: [], created: [], altered: [], dropped: [], durationMs: 1,
    }));
    const body = summaryComment(review({ traces }), { directory: 'db' });
    expect(body.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(body).not.toContain('What the trace saw');
    expect(body).toContain('```mermaid');
    expect(body).toContain('| `db/migrations/002_index.sql:1` |');
  });
});
