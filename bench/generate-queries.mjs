// Deterministic generator of the query-review benchmark's workload: a schema of N tables in one
// plain numbered migration, and sqlc query files against it, each query labelled with what the
// review should say about it (served by an index, an unindexed lookup that deserves advice, a
// reference to a missing column). The same seed always gives the same files.
//
// Usage: node bench/generate-queries.mjs [--tables 100] [--queries 200] [--seed 42] --out DIR
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeFiles } from './generate-history.mjs';

export const SCHEMA_PATH = 'db/migrations/0001_schema.sql';
export const QUERIES_DIR = 'db/queries';

const DOMAINS = ['billing', 'catalog', 'crm', 'shipping', 'inventory', 'support', 'identity', 'analytics', 'payroll', 'marketing'];
const NOUNS = [
  'accounts', 'invoices', 'payments', 'orders', 'line_items', 'products', 'customers', 'contacts',
  'tickets', 'comments', 'events', 'sessions', 'devices', 'addresses', 'shipments', 'parcels',
  'carriers', 'warehouses', 'stock_moves', 'suppliers', 'contracts', 'documents', 'attachments',
  'campaigns', 'segments', 'coupons', 'subscriptions', 'plans', 'refunds', 'disputes', 'webhooks',
  'api_keys', 'teams', 'memberships', 'roles', 'permissions', 'audit_entries', 'notifications',
  'templates', 'reports',
];
const STATUS_WORDS = [
  ['draft', 'active', 'archived'],
  ['pending', 'processing', 'done', 'failed'],
  ['open', 'closed'],
  ['new', 'qualified', 'won', 'lost'],
  ['queued', 'sent', 'bounced'],
];
/** Columns no generated table has: what the planted invalid queries read. */
const MISSING_COLUMNS = ['archived_reason', 'deleted_at', 'last_login_at', 'owner_email', 'legacy_code', 'retired_at'];

/** mulberry32, as in generate-history.mjs (which does not export it): reproducible picks. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  const weighted = (table) => {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let x = next() * total;
    for (const [value, w] of table) {
      x -= w;
      if (x < 0) return value;
    }
    return table[table.length - 1][0];
  };
  return { next, pick, chance, weighted };
}

function singular(table) {
  return table.replace(/sses$/, 'ss').replace(/ies$/, 'y').replace(/s$/, '');
}

function camel(snake) {
  return snake.replace(/(^|_)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}

/** An identifier of at most 63 bytes, unique among `taken`. */
function uniqueName(taken, base) {
  let name = base.slice(0, 60);
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 56)}_${i}`;
  taken.add(name);
  return name;
}

/**
 * The schema: one enum per domain, and `tables` tables named `<domain>_<noun>`, ten domains
 * alike. Every table has a bigint identity key; foreign keys point at earlier tables, about half
 * of them indexed (alone, leading a composite with created_at, or leading a UNIQUE with name).
 * `leading` lists the columns some index starts with: what a lookup can be served by.
 */
export function generateSchema({ tables = 100, seed = 42 } = {}) {
  const r = prng(seed);
  const names = new Set();
  const enums = DOMAINS.map((d, i) => ({ name: uniqueName(names, `${d}_status`), values: STATUS_WORDS[i % STATUS_WORDS.length] }));
  const out = [];
  const usedNouns = new Map(DOMAINS.map((d) => [d, new Set()]));
  for (let i = 0; i < tables; i++) {
    const domain = DOMAINS[i % DOMAINS.length];
    const nouns = NOUNS.filter((n) => !usedNouns.get(domain).has(n));
    const noun = nouns.length ? r.pick(nouns) : `items_${i}`;
    usedNouns.get(domain).add(noun);
    const name = uniqueName(names, `${domain}_${noun}`);
    const t = { name, domain, columns: new Map(), fks: [], leading: new Set(['id']), indexes: [], uniqueCols: [] };
    const defs = ['id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY'];
    const constraints = [];
    const after = [];
    t.columns.set('id', { type: 'bigint', nullable: false });
    const refCount = i === 0 ? 0 : r.weighted([[0, 2], [1, 5], [2, 3]]);
    for (let k = 0; k < refCount; k++) {
      const ref = out[Math.floor(r.next() * out.length)];
      const col = `${singular(ref.name)}_id`;
      if (t.columns.has(col)) continue;
      const nullable = r.chance(0.25);
      const onDelete = nullable ? ' ON DELETE SET NULL' : r.pick(['', ' ON DELETE CASCADE']);
      defs.push(`${col} bigint ${nullable ? '' : 'NOT NULL '}REFERENCES ${ref.name} (id)${onDelete}`);
      t.columns.set(col, { type: 'bigint', nullable });
      // Half the foreign keys get no index, as in many real schemas.
      const index = r.weighted([['none', 50], ['single', 32], ['composite', 12], ['unique', 6]]);
      t.fks.push({ col, ref: ref.name, nullable, index });
    }
    defs.push('name text NOT NULL');
    t.columns.set('name', { type: 'text', nullable: false });
    if (r.chance(0.7)) {
      defs.push('external_ref text');
      t.columns.set('external_ref', { type: 'text', nullable: true });
      if (r.chance(0.25)) {
        constraints.push(`CONSTRAINT ${uniqueName(names, `${name}_external_ref_key`)} UNIQUE (external_ref)`);
        t.leading.add('external_ref');
        t.uniqueCols.push('external_ref');
      }
    }
    if (r.chance(0.45)) {
      defs.push('email text');
      t.columns.set('email', { type: 'text', nullable: true });
    }
    if (r.chance(0.6)) {
      const e = enums[DOMAINS.indexOf(domain)];
      defs.push(`status ${e.name} NOT NULL DEFAULT '${e.values[0]}'`);
      t.columns.set('status', { type: e.name, nullable: false, values: e.values });
    }
    if (r.chance(0.5)) {
      defs.push('amount numeric(12,2) NOT NULL DEFAULT 0');
      t.columns.set('amount', { type: 'numeric', nullable: false });
    }
    if (r.chance(0.4)) {
      defs.push('quantity integer NOT NULL DEFAULT 0');
      t.columns.set('quantity', { type: 'integer', nullable: false });
    }
    defs.push('is_active boolean NOT NULL DEFAULT true');
    t.columns.set('is_active', { type: 'boolean', nullable: false });
    if (r.chance(0.3)) {
      defs.push('notes text');
      t.columns.set('notes', { type: 'text', nullable: true });
    }
    defs.push('created_at timestamptz NOT NULL DEFAULT now()', 'updated_at timestamptz NOT NULL DEFAULT now()');
    t.columns.set('created_at', { type: 'timestamptz', nullable: false });
    t.columns.set('updated_at', { type: 'timestamptz', nullable: false });
    for (const fk of t.fks) {
      if (fk.index === 'single') {
        after.push(`CREATE INDEX ${uniqueName(names, `${name}_${fk.col}_idx`)} ON ${name} (${fk.col});`);
        t.indexes.push([fk.col]);
      } else if (fk.index === 'composite') {
        after.push(`CREATE INDEX ${uniqueName(names, `${name}_${fk.col}_created_at_idx`)} ON ${name} (${fk.col}, created_at);`);
        t.indexes.push([fk.col, 'created_at']);
      } else if (fk.index === 'unique') {
        constraints.push(`CONSTRAINT ${uniqueName(names, `${name}_${fk.col}_name_key`)} UNIQUE (${fk.col}, name)`);
        t.indexes.push([fk.col, 'name']);
      }
      if (fk.index !== 'none') t.leading.add(fk.col);
    }
    if (t.columns.has('status') && r.chance(0.3)) {
      after.push(`CREATE INDEX ${uniqueName(names, `${name}_status_created_at_idx`)} ON ${name} (status, created_at);`);
      t.indexes.push(['status', 'created_at']);
      t.leading.add('status');
    }
    if (r.chance(0.25)) {
      after.push(`CREATE INDEX ${uniqueName(names, `${name}_created_at_idx`)} ON ${name} (created_at);`);
      t.indexes.push(['created_at']);
      t.leading.add('created_at');
    }
    t.sql = [`CREATE TABLE ${name} (\n    ${[...defs, ...constraints].join(',\n    ')}\n);`, ...after].join('\n\n');
    out.push(t);
  }
  const header = [
    '-- Schema of the service, squashed into one migration.',
    '',
    ...enums.map((e) => `CREATE TYPE ${e.name} AS ENUM (${e.values.map((v) => `'${v}'`).join(', ')});`),
    '',
  ];
  const content = `${header.join('\n')}\n${out.map((t) => t.sql).join('\n\n')}\n`;
  const fks = out.flatMap((t) => t.fks);
  return {
    tables: out,
    enums,
    file: { path: SCHEMA_PATH, content },
    facts: {
      tables: out.length,
      foreignKeys: fks.length,
      indexedForeignKeys: fks.filter((f) => f.index !== 'none').length,
      indexes: out.reduce((n, t) => n + t.indexes.length + t.uniqueCols.length, 0),
      compositeIndexes: out.reduce((n, t) => n + t.indexes.filter((ix) => ix.length > 1).length, 0),
      uniqueConstraints: out.reduce((n, t) => n + t.uniqueCols.length + t.indexes.filter((ix) => ix[1] === 'name').length, 0),
    },
  };
}

/** Parameters in one of sqlc's spellings, one spelling per query: `@x`, `sqlc.arg(x)` or `$n`. */
function paramStyle(r) {
  const style = r.weighted([['at', 4], ['arg', 3], ['dollar', 3]]);
  let n = 0;
  return (name) => (style === 'at' ? `@${name}` : style === 'arg' ? `sqlc.arg(${name})` : `$${++n}`);
}

/**
 * What the review should say about a query:
 * - `served`: every table it reads is reached by an existing index (or it scans nothing): no
 *   missing-index-for-query;
 * - `unindexed`: a selective lookup (or ORDER BY ... LIMIT) on a large table with no index
 *   for it: missing-index-for-query expected;
 * - `invalid`: reads a column that does not exist: query-invalid;
 * - `other`: whole-table aggregates and unselective filters, where a full scan is fine.
 */
const KINDS = [
  ['pk', 'served', 30],
  ['fkIndexed', 'served', 18],
  ['uniqueLookup', 'served', 8],
  ['unindexedLookup', 'unindexed', 22],
  ['unindexedFk', 'unindexed', 8],
  ['joinChildByPk', 'served', 12],
  ['joinParentIndexed', 'served', 6],
  ['joinParentUnindexed', 'unindexed', 4],
  ['compositePage', 'served', 10],
  ['statusPage', 'served', 4],
  ['keysetPage', 'served', 6],
  ['createdAtPageIndexed', 'served', 4],
  ['createdAtPageUnindexed', 'unindexed', 4],
  ['countByIndexedFk', 'served', 8],
  ['sumByComposite', 'served', 4],
  ['groupByStatus', 'other', 6],
  ['dailyCounts', 'other', 4],
  ['insert', 'served', 10],
  ['update', 'served', 14],
  ['delete', 'served', 12],
  ['invalid', 'invalid', 6],
];

/** Kind counts for `n` queries, in the proportions above (exact for 200). */
function kindPlan(n) {
  const total = KINDS.reduce((s, [, , w]) => s + w, 0);
  const counts = KINDS.map(([kind, expect, w]) => ({ kind, expect, count: Math.max(n >= KINDS.length ? 1 : 0, Math.round((w * n) / total)) }));
  let diff = n - counts.reduce((s, c) => s + c.count, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % counts.length) {
    if (diff < 0 && counts[i].count <= 1) continue;
    counts[i].count += Math.sign(diff);
    diff -= Math.sign(diff);
  }
  return counts;
}

/** A few columns to return, as an application reads them. */
function selectList(r, t, alias) {
  const extras = ['name', 'status', 'amount', 'email', 'external_ref', 'quantity', 'is_active'].filter((c) => t.columns.has(c));
  const chosen = ['id', ...extras.filter(() => r.chance(0.5)), 'created_at'];
  return chosen.map((c) => (alias ? `${alias}.${c}` : c)).join(', ');
}

/** Query builders: return { name, command, sql } or undefined when the schema has no fitting table. */
function builders(r, schema) {
  const tables = schema.tables;
  const byName = new Map(tables.map((t) => [t.name, t]));
  const pickT = (pred) => {
    const fit = tables.filter(pred);
    return fit.length ? r.pick(fit) : undefined;
  };
  const pickFk = (pred) => {
    const fit = tables.flatMap((t) => t.fks.filter((f) => pred(t, f)).map((f) => ({ t, fk: f })));
    return fit.length ? r.pick(fit) : undefined;
  };
  const indexedBy = (t, cols) => t.indexes.some((ix) => cols.every((c, i) => ix[i] === c));
  const E = camel;
  return {
    pk() {
      const t = r.pick(tables);
      const p = paramStyle(r);
      return { name: `Get${E(singular(t.name))}`, command: 'one', sql: `SELECT ${selectList(r, t)}\nFROM ${t.name}\nWHERE id = ${p('id')};` };
    },
    fkIndexed() {
      const hit = pickFk((t, f) => t.leading.has(f.col));
      if (!hit) return undefined;
      const p = paramStyle(r);
      return { name: `List${E(hit.t.name)}By${E(singular(hit.fk.ref))}`, command: 'many', sql: `SELECT ${selectList(r, hit.t)}\nFROM ${hit.t.name}\nWHERE ${hit.fk.col} = ${p(hit.fk.col)}\nORDER BY id;` };
    },
    uniqueLookup() {
      const t = pickT((x) => x.uniqueCols.length > 0);
      if (!t) return undefined;
      const p = paramStyle(r);
      return { name: `Get${E(singular(t.name))}ByExternalRef`, command: 'one', sql: `SELECT ${selectList(r, t)}\nFROM ${t.name}\nWHERE external_ref = ${p('external_ref')};` };
    },
    unindexedLookup() {
      const t = pickT((x) => (x.columns.has('email') && !x.leading.has('email')) || (x.columns.has('external_ref') && !x.leading.has('external_ref')));
      if (!t) return undefined;
      const cols = ['email', 'external_ref'].filter((c) => t.columns.has(c) && !t.leading.has(c));
      const col = r.pick(cols);
      const p = paramStyle(r);
      const one = col === 'email' && r.chance(0.5);
      return {
        name: `${one ? 'Find' : 'List'}${E(one ? singular(t.name) : t.name)}By${E(col)}`,
        command: one ? 'one' : 'many',
        sql: `SELECT ${selectList(r, t)}\nFROM ${t.name}\nWHERE ${col} = ${p(col)}${one ? '\nLIMIT 1' : ''};`,
      };
    },
    unindexedFk() {
      const hit = pickFk((t, f) => !t.leading.has(f.col));
      if (!hit) return undefined;
      const p = paramStyle(r);
      return { name: `List${E(hit.t.name)}For${E(singular(hit.fk.ref))}`, command: 'many', sql: `SELECT ${selectList(r, hit.t)}\nFROM ${hit.t.name}\nWHERE ${hit.fk.col} = ${p(hit.fk.col)}\nORDER BY id;` };
    },
    joinChildByPk() {
      const hit = pickFk(() => true);
      if (!hit) return undefined;
      const parent = byName.get(hit.fk.ref);
      const p = paramStyle(r);
      const join = hit.fk.nullable ? 'LEFT JOIN' : 'JOIN';
      return {
        name: `Get${E(singular(hit.t.name))}With${E(singular(parent.name))}`,
        command: 'one',
        sql: `SELECT c.id, c.name, c.created_at, p.id AS parent_id, p.name AS parent_name\nFROM ${hit.t.name} c\n${join} ${parent.name} p ON p.id = c.${hit.fk.col}\nWHERE c.id = ${p('id')};`,
      };
    },
    joinParentIndexed() {
      return this.joinParent(true);
    },
    joinParentUnindexed() {
      return this.joinParent(false);
    },
    joinParent(indexed) {
      const hit = pickFk((t, f) => t.leading.has(f.col) === indexed && f.ref !== t.name);
      if (!hit) return undefined;
      const parent = byName.get(hit.fk.ref);
      const p = paramStyle(r);
      return {
        name: `List${E(singular(parent.name))}${E(hit.t.name)}`,
        command: 'many',
        sql: `SELECT p.id, p.name, c.id AS child_id, c.name AS child_name\nFROM ${parent.name} p\nJOIN ${hit.t.name} c ON c.${hit.fk.col} = p.id\nWHERE p.id = ${p('id')}\nORDER BY c.id;`,
      };
    },
    compositePage() {
      const hit = pickFk((t, f) => indexedBy(t, [f.col, 'created_at']));
      if (!hit) return undefined;
      const p = paramStyle(r);
      return {
        name: `Page${E(hit.t.name)}By${E(singular(hit.fk.ref))}`,
        command: 'many',
        sql: `SELECT ${selectList(r, hit.t)}\nFROM ${hit.t.name}\nWHERE ${hit.fk.col} = ${p(hit.fk.col)}\n  AND created_at < ${p('before')}\nORDER BY created_at DESC\nLIMIT ${p('page_size')};`,
      };
    },
    statusPage() {
      const t = pickT((x) => indexedBy(x, ['status', 'created_at']));
      if (!t) return undefined;
      const p = paramStyle(r);
      return { name: `Latest${E(t.name)}ByStatus`, command: 'many', sql: `SELECT ${selectList(r, t)}\nFROM ${t.name}\nWHERE status = ${p('status')}\nORDER BY created_at DESC\nLIMIT 50;` };
    },
    keysetPage() {
      const t = r.pick(tables);
      const p = paramStyle(r);
      return { name: `Page${E(t.name)}`, command: 'many', sql: `SELECT ${selectList(r, t)}\nFROM ${t.name}\nWHERE id > ${p('after_id')}\nORDER BY id\nLIMIT ${p('page_size')};` };
    },
    createdAtPageIndexed() {
      const t = pickT((x) => indexedBy(x, ['created_at']));
      if (!t) return undefined;
      const p = paramStyle(r);
      return { name: `Recent${E(t.name)}`, command: 'many', sql: `SELECT ${selectList(r, t)}\nFROM ${t.name}\nORDER BY created_at DESC\nLIMIT ${p('page_size')};` };
    },
    createdAtPageUnindexed() {
      const t = pickT((x) => !x.leading.has('created_at'));
      if (!t) return undefined;
      const p = paramStyle(r);
      return { name: `Newest${E(t.name)}`, command: 'many', sql: `SELECT ${selectList(r, t)}\nFROM ${t.name}\nORDER BY created_at DESC\nLIMIT ${p('page_size')};` };
    },
    countByIndexedFk() {
      const hit = pickFk((t, f) => t.leading.has(f.col));
      if (!hit) return undefined;
      const p = paramStyle(r);
      return { name: `Count${E(hit.t.name)}By${E(singular(hit.fk.ref))}`, command: 'one', sql: `SELECT count(*) AS total\nFROM ${hit.t.name}\nWHERE ${hit.fk.col} = ${p(hit.fk.col)};` };
    },
    sumByComposite() {
      const hit = pickFk((t, f) => indexedBy(t, [f.col, 'created_at']) && t.columns.has('amount'));
      if (!hit) return this.countByIndexedFk();
      const p = paramStyle(r);
      return {
        name: `Total${E(singular(hit.t.name))}AmountSince`,
        command: 'one',
        sql: `SELECT coalesce(sum(amount), 0)::numeric(14,2) AS total\nFROM ${hit.t.name}\nWHERE ${hit.fk.col} = ${p(hit.fk.col)}\n  AND created_at >= ${p('since')};`,
      };
    },
    groupByStatus() {
      const t = pickT((x) => x.columns.has('status'));
      if (!t) return undefined;
      return { name: `Count${E(t.name)}ByStatus`, command: 'many', sql: `SELECT status, count(*) AS total\nFROM ${t.name}\nGROUP BY status\nORDER BY status;` };
    },
    dailyCounts() {
      const t = r.pick(tables);
      const p = paramStyle(r);
      return {
        name: `Daily${E(t.name)}`,
        command: 'many',
        sql: `SELECT date_trunc('day', created_at) AS day, count(*) AS total\nFROM ${t.name}\nWHERE created_at >= ${p('since')}\nGROUP BY 1\nORDER BY 1;`,
      };
    },
    insert() {
      const t = r.pick(tables);
      const p = paramStyle(r);
      const cols = [...t.fks.filter((f) => !f.nullable).map((f) => f.col), 'name', ...['external_ref', 'email', 'amount'].filter((c) => t.columns.has(c))];
      return { name: `Create${E(singular(t.name))}`, command: 'one', sql: `INSERT INTO ${t.name} (${cols.join(', ')})\nVALUES (${cols.map((c) => p(c)).join(', ')})\nRETURNING id, created_at;` };
    },
    update() {
      const t = r.pick(tables);
      const p = paramStyle(r);
      const narg = r.chance(0.4);
      const set = t.columns.has('status') && r.chance(0.5) ? `status = ${p('status')}` : narg ? 'name = coalesce(sqlc.narg(name), name)' : `name = ${p('name')}`;
      // sqlc.narg and $n do not mix in one query; keep such a query in the named spellings.
      const id = narg && set.includes('narg') ? 'sqlc.arg(id)' : p('id');
      return { name: `Update${E(singular(t.name))}${set.startsWith('status') ? 'Status' : 'Name'}`, command: 'exec', sql: `UPDATE ${t.name}\nSET ${set},\n    updated_at = now()\nWHERE id = ${id};` };
    },
    delete() {
      const t = r.pick(tables);
      const p = paramStyle(r);
      return { name: `Delete${E(singular(t.name))}`, command: 'exec', sql: `DELETE FROM ${t.name}\nWHERE id = ${p('id')};` };
    },
    invalid(i) {
      const t = r.pick(tables);
      const p = paramStyle(r);
      const missing = MISSING_COLUMNS[i % MISSING_COLUMNS.length];
      const shapes = [
        () => ({ name: `Get${E(singular(t.name))}Archive`, command: 'one', sql: `SELECT id, name, ${missing}\nFROM ${t.name}\nWHERE id = ${p('id')};` }),
        () => ({ name: `ListLive${E(t.name)}`, command: 'many', sql: `SELECT id, name, created_at\nFROM ${t.name}\nWHERE ${missing} IS NULL\nORDER BY id\nLIMIT ${p('page_size')};` }),
        () => ({ name: `Touch${E(singular(t.name))}`, command: 'exec', sql: `UPDATE ${t.name}\nSET ${missing} = now()\nWHERE id = ${p('id')};` }),
      ];
      return shapes[i % shapes.length]();
    },
  };
}

/**
 * `count` sqlc queries over the schema, spread over one file per domain (ten files), each query
 * with its expectation and lines: { file, name, kind, expect, line (the `-- name:` line), endLine }.
 */
export function generateQueries(schema, { count = 200, seed = 42 } = {}) {
  const r = prng(seed + 7919);
  const build = builders(r, schema);
  const made = [];
  for (const { kind, expect, count: n } of kindPlan(count)) {
    for (let i = 0; i < n; i++) {
      let q = build[kind](i);
      // A schema without a fitting table (tiny --tables): fall back to a primary-key lookup.
      if (!q) q = { ...build.pk(), fallback: true };
      const t = schema.tables.find((x) => q.sql.includes(`FROM ${x.name}\n`) || q.sql.includes(`FROM ${x.name} `) || q.sql.includes(`INTO ${x.name} `) || q.sql.startsWith(`UPDATE ${x.name}\n`));
      made.push({ ...q, kind: q.fallback ? 'pk' : kind, expect: q.fallback ? 'served' : expect, domain: t?.domain ?? schema.tables[0].domain });
    }
  }
  // Shuffle (Fisher-Yates on the seeded PRNG) so that each file mixes the kinds.
  for (let i = made.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [made[i], made[j]] = [made[j], made[i]];
  }
  const seen = new Map();
  const byFile = new Map();
  for (const q of made) {
    const n = (seen.get(q.name) ?? 0) + 1;
    seen.set(q.name, n);
    if (n > 1) q.name = `${q.name}${n}`;
    const path = `${QUERIES_DIR}/${q.domain}.sql`;
    if (!byFile.has(path)) byFile.set(path, []);
    byFile.get(path).push(q);
  }
  const files = [];
  const queries = [];
  for (const [path, qs] of [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const lines = [`-- Queries of the ${qs[0].domain} service (sqlc).`, ''];
    for (const q of qs) {
      const line = lines.length + 1;
      lines.push(`-- name: ${q.name} :${q.command}`, ...q.sql.split('\n'));
      queries.push({ file: path, name: q.name, kind: q.kind, expect: q.expect, line, endLine: lines.length });
      lines.push('');
    }
    files.push({ path, content: lines.join('\n') });
  }
  return { files, queries };
}

/** One primary-key lookup in a file of its own: the pull request of the baseline scenario. */
export function singleQuery(schema) {
  const t = schema.tables[0];
  const path = `${QUERIES_DIR}/single.sql`;
  const content = `-- name: Get${camel(singular(t.name))}ById :one\nSELECT id, name, created_at\nFROM ${t.name}\nWHERE id = @id;\n`;
  return { files: [{ path, content }], queries: [{ file: path, name: `Get${camel(singular(t.name))}ById`, kind: 'pk', expect: 'served', line: 1, endLine: 4 }] };
}

/** A second migration that adds a nullable column: the schema changes, every query still compiles. */
export function columnMigration(schema) {
  const t = schema.tables[0];
  return { path: 'db/migrations/0002_add_review_note.sql', content: `-- Free-text note the support team writes on review.\nSET lock_timeout = '5s';\n\nALTER TABLE ${t.name} ADD COLUMN review_note text;\n` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { tables: { type: 'string', default: '100' }, queries: { type: 'string', default: '200' }, seed: { type: 'string', default: '42' }, out: { type: 'string' } },
  });
  if (!values.out) {
    console.error('usage: node bench/generate-queries.mjs [--tables N] [--queries K] [--seed S] --out DIR');
    process.exit(2);
  }
  const schema = generateSchema({ tables: Number(values.tables), seed: Number(values.seed) });
  const { files, queries } = generateQueries(schema, { count: Number(values.queries), seed: Number(values.seed) });
  writeFiles(values.out, [schema.file, ...files]);
  const expects = {};
  for (const q of queries) expects[q.expect] = (expects[q.expect] ?? 0) + 1;
  console.error(`wrote ${SCHEMA_PATH} and ${queries.length} queries in ${files.length} files to ${values.out}`, schema.facts, expects);
}
