import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogColumn, CatalogConstraint, CatalogIndex, CatalogTable } from '../../src/core/catalog.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import type { Finding } from '../../src/core/finding.js';
import type { Review } from '../../src/core/review-types.js';
import type { StepTrace } from '../../src/core/trace-types.js';
import { erDiagram, mermaidType } from '../../src/report/mermaid.js';
import { groupComment, inlineComment, parseFingerprint, parseFingerprints, selectInlineFindings } from '../../src/report/review-comment.js';
import { schemaChange } from '../../src/report/schema-change.js';
import { SUMMARY_LIMIT, summaryComment, summaryMarker, type GateState } from '../../src/report/summary-comment.js';
import { findingFingerprint } from '../../src/core/fingerprint.js';

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
    rules: [],
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

  it('never offers a one-click deletion of a statement the fix moves to a new file', () => {
    const moved = finding({
      help: 'Use CREATE INDEX CONCURRENTLY. Suggested fix: move it to db/migrations/003_index.up.sql.',
      fix: {
        description: 'move it to db/migrations/003_index.up.sql',
        edits: [{ line: 1, endLine: 1, replacement: '' }],
        newFiles: [{ path: 'db/migrations/003_index.up.sql', content: 'CREATE INDEX CONCURRENTLY a ON t (x);\n' }],
      },
    });
    const body = inlineComment(moved, file).body;
    expect(body).not.toContain('```suggestion');
    expect(body).toContain('<details><summary>Suggested fix: move it to db/migrations/003_index.up.sql</summary>');
    expect(body).toContain('Delete line 1.');
    expect(body).toContain('New file `db/migrations/003_index.up.sql`');
  });

  it('merges findings whose lines overlap into one comment, on the most severe one\'s lines', () => {
    const text = 'ALTER TABLE t\n  ADD COLUMN a int,\n  ADD COLUMN b int;\n';
    const wide = finding({ ruleId: 'lock-timeout-missing', severity: 'warning', line: 1, endLine: 3 });
    const narrow = finding({ ruleId: 'prefer-bigint', severity: 'error', line: 2, endLine: 2 });
    const { groups } = selectInlineFindings([wide, narrow], { textOf: () => text, commentable: () => true });
    expect(groups).toHaveLength(1);
    expect(groups[0].findings.map((f) => f.ruleId)).toEqual(['prefer-bigint', 'lock-timeout-missing']);
    expect(groups[0].anchor).toMatchObject({ line: 2, endLine: 2 });
  });

  it('describes fixes with several edits or new files in a details block instead of a suggestion', () => {
    const f = finding({
      fix: {
        description: 'add NOT VALID and validate later',
        edits: [{ line: 1, endLine: 1, replacement: 'ALTER TABLE orders ADD CONSTRAINT c CHECK (x > 0) NOT VALID;' }],
        newFiles: [{ path: 'db/migrations/003_validate.up.sql', content: 'ALTER TABLE orders VALIDATE CONSTRAINT c;\n' }],
      },
    });
    // The one in-file edit is still a suggestion; the new files it needs are described below it.
    const c = inlineComment(f, file);
    expect(c.body).toContain('Suggested fix: add NOT VALID and validate later\n\n```suggestion\nALTER TABLE orders ADD CONSTRAINT c CHECK (x > 0) NOT VALID;\n```');
    expect(c.body).toContain('<details><summary>New files of the fix</summary>');
    expect(c.body).toContain('`db/migrations/003_validate.up.sql`');
    expect(c.body).toContain('```sql\nALTER TABLE orders VALIDATE CONSTRAINT c;\n```');

    const twoEdits = finding({ fix: { description: 'split', edits: [{ line: 1, endLine: 1, replacement: 'A;' }, { line: 2, endLine: 1, replacement: 'B;' }] } });
    const body = inlineComment(twoEdits, file).body;
    expect(body).not.toContain('```suggestion');
    expect(body).toContain('<details><summary>Suggested fix: split</summary>');
    expect(body).toContain('Replace line 1 with:');
    expect(body).toContain('Insert before line 2:');
  });

  it('suggests an insertion before a line as the inserted lines followed by that line, anchored on it', () => {
    const text = 'SELECT 1;\nCREATE INDEX users_email ON users (email);\nSELECT 2;\n';
    const f = finding({ line: 2, endLine: 2, fix: { description: 'set a lock timeout', edits: [{ line: 2, endLine: 1, replacement: 'SET lock_timeout = \'1s\';\nSET statement_timeout = 0;' }] } });
    const c = inlineComment(f, text);
    expect(c).toMatchObject({ path: f.file, line: 2, side: 'RIGHT' });
    expect(c.startLine).toBeUndefined();
    expect(c.body).toContain("```suggestion\nSET lock_timeout = '1s';\nSET statement_timeout = 0;\nCREATE INDEX users_email ON users (email);\n```");
    expect(c.body).not.toContain('Insert before line');

    // The same from the selection: one group on that line, carrying the suggestion.
    const { groups, rest } = selectInlineFindings([f], { textOf: () => text, commentable: () => true });
    expect(rest).toEqual([]);
    expect(groups).toEqual([{ path: f.file, anchor: { line: 2, endLine: 2, suggestion: "SET lock_timeout = '1s';\nSET statement_timeout = 0;\nCREATE INDEX users_email ON users (email);" }, findings: [f] }]);
  });

  it('anchors a fix that replaces one line of a multi-line statement on that line alone', () => {
    const text = 'CREATE TABLE t (\n  id int,\n  name text\n);\n';
    const f = finding({ line: 1, endLine: 4, fix: { description: 'widen the key', edits: [{ line: 2, endLine: 2, replacement: '  id bigint,' }] } });
    const c = inlineComment(f, text);
    expect(c).toMatchObject({ line: 2 });
    expect(c.startLine).toBeUndefined();
    expect(c.body).toContain('```suggestion\n  id bigint,\n```');
  });

  it("falls back to the finding's own lines, without a suggestion, when its fix's lines are outside the diff", () => {
    const text = 'SELECT 1;\nCREATE INDEX i\n  ON users (email);\n';
    const f = finding({ line: 2, endLine: 3, fix: { description: 'set a lock timeout first', edits: [{ line: 1, endLine: 1, replacement: "SET lock_timeout = '1s';" }] } });
    // Line 1 predates the pull request; the statement is new.
    const inDiff = (_path: string, line: number) => line >= 2;
    const { groups, rest } = selectInlineFindings([f], { textOf: () => text, commentable: inDiff });
    expect(rest).toEqual([]);
    expect(groups).toEqual([{ path: f.file, anchor: { line: 2, endLine: 3 }, findings: [f] }]);
    const c = groupComment(groups[0], text);
    expect(c).toMatchObject({ line: 3, startLine: 2 });
    expect(c.body).not.toContain('```suggestion');
    expect(c.body).toContain('<details><summary>Suggested fix: set a lock timeout first</summary>');
    expect(c.body).toContain('Replace line 1 with:');
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

  it('selects unignored findings of at least a warning inside the diff, most severe first, capped', () => {
    const findings = [
      finding({ severity: 'notice', line: 1 }),
      finding({ severity: 'warning', line: 2 }),
      finding({ severity: 'error', line: 3, ignored: true }),
      finding({ severity: 'escalate', line: 4 }),
      finding({ severity: 'error', line: 50 }),
      finding({ severity: 'error', line: 5 }),
    ];
    const textOf = () => 'SELECT 1;\n'.repeat(60);
    const commentable = (_path: string, line: number) => line < 10;
    const lines = (groups: { anchor: { endLine: number } }[]) => groups.map((g) => g.anchor.endLine);
    const all = selectInlineFindings(findings, { textOf, commentable });
    expect(lines(all.groups)).toEqual([5, 4, 2]);
    expect(all.groups.every((g) => g.findings.length === 1)).toBe(true);
    // Notices stay in the summary by default.
    expect(all.rest.map((f) => f.line)).toEqual([50, 1]);
    const withNotices = selectInlineFindings(findings, { textOf, commentable, minSeverity: 'notice' });
    expect(lines(withNotices.groups)).toEqual([5, 4, 2, 1]);
    expect(withNotices.rest.map((f) => f.line)).toEqual([50]);
    const errorsOnly = selectInlineFindings(findings, { textOf, commentable, minSeverity: 'error' });
    expect(lines(errorsOnly.groups)).toEqual([5]);
    expect(errorsOnly.rest.map((f) => f.line)).toEqual([50, 4, 2, 1]);
    const capped = selectInlineFindings(findings, { textOf, commentable, minSeverity: 'notice', max: 2 });
    expect(capped.groups.map((g) => g.findings[0].severity)).toEqual(['error', 'escalate']);
    expect(capped.rest.map((f) => f.line)).toEqual([50, 2, 1]);
    const many = Array.from({ length: 40 }, (_, i) => finding({ line: i + 1 }));
    expect(selectInlineFindings(many, { textOf, commentable: () => true }).groups).toHaveLength(25);
    // A file without text (outside the review) cannot be anchored.
    expect(selectInlineFindings(findings, { textOf: () => undefined, commentable }).groups).toEqual([]);
  });

  it('puts findings whose anchors end on the same line into one group, most severe first', () => {
    const text = 'ALTER TABLE users\n  ADD COLUMN a int NOT NULL;\n';
    const warning = finding({ ruleId: 'add-column-default', severity: 'warning', line: 1, endLine: 2 });
    const error = finding({ ruleId: 'not-null-without-default', severity: 'error', line: 2, endLine: 2 });
    const other = finding({ ruleId: 'other', severity: 'error', file: 'db/migrations/003_other.sql', line: 2, endLine: 2 });
    const { groups, rest } = selectInlineFindings([warning, error, other], { textOf: () => text, commentable: () => true });
    expect(rest).toEqual([]);
    expect(groups.map((g) => [g.path, g.findings.map((f) => f.ruleId)])).toEqual([
      [error.file, ['not-null-without-default', 'add-column-default']],
      ['db/migrations/003_other.sql', ['other']],
    ]);

    // One comment: both blocks, separated by a rule, one marker each (with the scope when given).
    const c = groupComment(groups[0], text, 'svc/a');
    expect(c.fingerprints).toEqual([findingFingerprint(error, text), findingFingerprint(warning, text)]);
    expect(c.body.split('\n\n---\n\n')).toHaveLength(2);
    expect(c.body.indexOf('`not-null-without-default`')).toBeLessThan(c.body.indexOf('`add-column-default`'));
    expect(parseFingerprints(c.body, 'svc/a')).toEqual(c.fingerprints);
    expect(parseFingerprints(c.body)).toEqual([]);
    expect(c.body.match(/<!-- pg-migration-review:fingerprint=[0-9a-f]{16} scope=svc%2Fa -->/g)).toHaveLength(2);
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

  it('leaves NOT NULL constraints out: they are column properties', () => {
    const notNull = (col: string): CatalogConstraint => ({ name: `items_${col}_not_null`, kind: 'not-null', columns: [col], validated: true, definition: `NOT NULL ${col}` });
    const before = catalog(table('public.items', [column('id'), column('sku')], [], []));
    const onlyNotNull = catalog(table('public.items', [column('id', 'bigint', true), column('sku')], [], [notNull('id')]));
    expect(schemaChange(before, onlyNotNull).tablesChanged).toEqual([]);
    const withCheck = catalog(
      table('public.items', [column('id'), column('sku')], [], [notNull('id'), notNull('sku'), { name: 'items_sku_check', kind: 'check', columns: ['sku'], validated: true, definition: "CHECK (sku <> '')" }]),
    );
    expect(schemaChange(before, withCheck).tablesChanged.map((t) => [t.constraintsAdded, t.constraintsDropped])).toEqual([[['items_sku_check'], []]]);
    expect(schemaChange(withCheck, before).tablesChanged.map((t) => [t.constraintsAdded, t.constraintsDropped])).toEqual([[[], ['items_sku_check']]]);
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
    const body = summaryComment(review({ traces: [trace] }), { directory: 'db/migrations' });
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
    expect(body).toContain('**Blocks the merge:** 1 error(s) (`require-concurrent-index` at `db/migrations/002_index.sql:1`).');
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

describe('summary comment: what to do', () => {
  const DROP = finding({ ruleId: 'drop-column', layer: 'escalation', severity: 'escalate', file: 'db/migrations/003_drop.sql', line: 3, message: 'Drops public.users.email.', fingerprint: 'a'.repeat(16) });
  const escalated = (over: Partial<Review> = {}) => review({ verdict: 'escalate', findings: [DROP], ...over });
  const gate = (over: Partial<GateState>): GateState => ({ approveLabel: 'migration-approved', status: 'waiting', uncovered: [DROP], asked: ['@dba-alice', 'team dbas'], ...over });

  it("asks for a person's decision, naming the approve label and who was asked", () => {
    const body = summaryComment(escalated(), { directory: 'db/migrations', gate: gate({}) });
    expect(body.split('\n')[1]).toBe('## 🧑‍⚖️ pg-migration-review (`db/migrations`): escalate');
    expect(body).toContain("**Needs a person's decision:** 1 escalation(s) (`drop-column` at `db/migrations/003_drop.sql:3`).");
    expect(body).toContain('by adding the `migration-approved` label');
    expect(body).toContain('not the author');
    expect(body).toContain('Asked: @dba-alice, team dbas.');
    expect(body).not.toContain('**Approved:**');
  });

  it('says why an approval did not count', () => {
    const body = summaryComment(escalated(), { directory: 'db', gate: gate({ status: 'refused', reason: '@octocat opened this pull request and cannot approve its own escalations' }) });
    expect(body).toContain("**Needs a person's decision:**");
    expect(body).toContain('@octocat opened this pull request and cannot approve its own escalations.');
  });

  it('names the approver and carries the hidden record line after the marker', () => {
    const recordLine = '<!-- pg-migration-review:approval {"by":"alice","at":"2025-03-04T05:06:07.000Z","fingerprints":["aaaaaaaaaaaaaaaa"]} -->';
    const body = summaryComment(escalated(), {
      directory: 'db/migrations',
      scope: 'svc',
      gate: gate({ status: 'approved', by: 'alice', at: '2025-03-04T05:06:07.000Z', uncovered: [], recordLine }),
    });
    const lines = body.split('\n');
    expect(lines[0]).toBe(summaryMarker('db/migrations', 'svc'));
    expect(lines[1]).toBe(recordLine);
    expect(lines[2]).toBe('## 🧑‍⚖️ pg-migration-review (`db/migrations`): escalate (approved)');
    // The wording may change; the approver, the label and the date may not go.
    const approved = body.split('\n').find((l) => l.startsWith('**Approved'));
    expect(approved).toMatch(/@alice\b.*`migration-approved` label on 2025-03-04/);
    expect(body).not.toContain("**Needs a person's decision:**");
  });

  it('blocks on errors and needs a decision on escalations at once', () => {
    const body = summaryComment(review({ findings: [finding(), DROP] }), { directory: 'db', gate: gate({}) });
    expect(body).toContain('**Blocks the merge:** 1 error(s)');
    expect(body).toContain("**Needs a person's decision:** 1 escalation(s)");
    expect(body.indexOf('**Blocks the merge:**')).toBeLessThan(body.indexOf("**Needs a person's decision:**"));
  });

  it('has nothing to do when nothing counts', () => {
    const body = summaryComment(review({ verdict: 'pass', findings: [finding({ ignored: true, ignoreReason: 'reviewed' })] }), { directory: 'db' });
    expect(body).toContain('**Nothing to do.**');
    expect(body).not.toContain('**Blocks the merge');
  });

  it('links findings commented inline with a short row instead of repeating them', () => {
    const long = finding({ message: 'CREATE INDEX blocks writes to public.users. While it builds, every insert and update waits for it.', fingerprint: 'b'.repeat(16) });
    const plain = finding({ ruleId: 'other-rule', line: 2, message: 'A second finding. Its full message is listed.', fingerprint: 'c'.repeat(16) });
    const url = 'https://github.com/acme/shop/pull/7#discussion_r42';
    const body = summaryComment(review({ findings: [long, plain] }), { directory: 'db', commented: new Map([[long.fingerprint as string, url]]) });
    expect(body).toContain(`| [\`db/migrations/002_index.sql:1\`](${url}) | 💬 CREATE INDEX blocks writes to public.users. _(see the inline comment)_ |`);
    expect(body).not.toContain('every insert and update waits for it');
    expect(body).toContain('| `db/migrations/002_index.sql:2` | A second finding. Its full message is listed. |');

    // Commented, address unknown: still short, not linked.
    const unlinked = summaryComment(review({ findings: [long] }), { directory: 'db', commented: new Map([[long.fingerprint as string, undefined]]) });
    expect(unlinked).toContain('| `db/migrations/002_index.sql:1` | 💬 CREATE INDEX blocks writes to public.users. _(see the inline comment)_ |');
    expect(unlinked).not.toContain('every insert and update waits for it');
  });
});
