// Deterministic generator of a realistic goose migration history, and of a pull request on top
// of it, for the benchmarks. The same seed always gives the same files, and the files of a short
// history are the first files of a longer one (each file draws from the PRNG in order), so one
// pull request fits histories of every length generated with the same seed.
//
// Usage: node bench/generate-history.mjs [--files N] [--pr K] [--seed S] --out DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

export const MIGRATIONS_DIR = 'db/migrations';

/** mulberry32: small, fast, good enough to pick names and shapes reproducibly. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  const weighted = (table) => {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1][0];
  };
  return { next, int, pick, chance, weighted };
}

const DOMAINS = [
  'billing', 'catalog', 'crm', 'shipping', 'inventory', 'support', 'identity', 'analytics', 'payroll',
  'marketing', 'content', 'search', 'messaging', 'scheduling', 'reporting', 'compliance', 'partner',
  'warehouse', 'loyalty', 'pricing',
];
const NOUNS = [
  'accounts', 'invoices', 'payments', 'orders', 'line_items', 'products', 'customers', 'contacts',
  'tickets', 'comments', 'events', 'sessions', 'devices', 'addresses', 'shipments', 'parcels',
  'carriers', 'warehouses', 'stock_moves', 'suppliers', 'contracts', 'documents', 'attachments',
  'campaigns', 'segments', 'coupons', 'subscriptions', 'plans', 'refunds', 'disputes', 'webhooks',
  'api_keys', 'teams', 'memberships', 'roles', 'permissions', 'audit_entries', 'notifications',
  'templates', 'reports',
];
const TEXT_COLUMNS = ['title', 'description', 'external_ref', 'source', 'label', 'summary', 'reason', 'channel', 'locale', 'slug'];
const COUNT_COLUMNS = ['retry_count', 'view_count', 'item_count', 'attempt_count', 'seat_count', 'priority'];
const STATUS_WORDS = [
  ['draft', 'active', 'archived'],
  ['pending', 'processing', 'done', 'failed'],
  ['open', 'closed'],
  ['new', 'qualified', 'won', 'lost'],
  ['queued', 'sent', 'bounced'],
];
const EXTRA_STATUS = ['cancelled', 'expired', 'on_hold', 'refunded', 'disputed', 'paused', 'superseded', 'rejected'];

/** The schema so far: what later files may reference, and names already taken in the schema. */
function emptySchema() {
  return {
    // { name, pk: 'bigint' | 'uuid', columns: Map<name, {type, nullable, fill?}>, countColumns, dropCandidates, triggers: Set,
    //   fks: [{ col, ref }], leading: Set<column> (the first key column of every index, so a pull request can avoid duplicates) }
    tables: [],
    enums: [], // { name, values }
    names: new Set(), // relations, indexes, constraints, types, functions: one namespace is enough here
    pendingValidations: [], // { table, constraint }
    hasUpdatedAtFunction: false,
  };
}

function uniqueName(schema, base) {
  let name = base.slice(0, 55);
  for (let i = 2; schema.names.has(name); i++) name = `${base.slice(0, 52)}_${i}`;
  schema.names.add(name);
  return name;
}

function goose(up, down, { header, noTransaction = false } = {}) {
  const lines = [];
  if (noTransaction) lines.push('-- +goose NO TRANSACTION', '');
  if (header) lines.push(`-- ${header}`, '');
  lines.push('-- +goose Up', up.trim(), '', '-- +goose Down', down.trim(), '');
  return lines.join('\n');
}

/** Kinds of history files with their weights: what a few years of a product's migrations hold. */
const HISTORY_KINDS = [
  ['createTable', 24],
  ['addColumn', 15],
  ['indexConcurrently', 12],
  ['createEnum', 5],
  ['addEnumValue', 4],
  ['functionTrigger', 6],
  ['backfill', 8],
  ['addConstraintNotValid', 8],
  ['validateConstraint', 0], // chosen when a NOT VALID constraint is waiting
  ['createView', 5],
  ['comment', 6],
];

function createTable(r, schema) {
  const name = uniqueName(schema, `${r.pick(DOMAINS)}_${r.pick(NOUNS)}`);
  const pk = r.chance(0.85) ? 'bigint' : 'uuid';
  const table = { name, pk, columns: new Map(), countColumns: [], dropCandidates: [], triggers: new Set(), fks: [], leading: new Set(['id']) };
  const defs = [];
  const after = [];
  defs.push(pk === 'bigint' ? 'id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY' : 'id uuid PRIMARY KEY DEFAULT gen_random_uuid()');
  const refCount = schema.tables.length === 0 ? 0 : r.weighted([[0, 3], [1, 5], [2, 2]]);
  const used = new Set(['id']);
  for (let i = 0; i < refCount; i++) {
    const ref = r.pick(schema.tables);
    const col = `${ref.name.replace(/s$/, '')}_id`.slice(0, 50);
    if (used.has(col)) continue;
    used.add(col);
    const nullable = r.chance(0.3);
    const onDelete = r.pick(['', ' ON DELETE CASCADE', nullable ? ' ON DELETE SET NULL' : '']);
    defs.push(`${col} ${ref.pk} ${nullable ? '' : 'NOT NULL '}REFERENCES ${ref.name} (id)${onDelete}`);
    table.columns.set(col, { type: ref.pk, nullable });
    table.fks.push({ col, ref: ref.name });
    after.push(`CREATE INDEX ${uniqueName(schema, `${name}_${col}_idx`)} ON ${name} (${col});`);
    table.leading.add(col);
  }
  defs.push('name text NOT NULL');
  used.add('name');
  table.columns.set('name', { type: 'text', nullable: false });
  if (schema.enums.length > 0 && r.chance(0.5)) {
    const e = r.pick(schema.enums);
    defs.push(`status ${e.name} NOT NULL DEFAULT '${e.values[0]}'`);
    table.columns.set('status', { type: e.name, nullable: false });
  }
  if (r.chance(0.5)) {
    defs.push("metadata jsonb NOT NULL DEFAULT '{}'::jsonb");
    table.columns.set('metadata', { type: 'jsonb', nullable: false });
  }
  if (r.chance(0.6)) {
    const col = r.pick(COUNT_COLUMNS);
    defs.push(`${col} integer NOT NULL DEFAULT 0`);
    table.columns.set(col, { type: 'integer', nullable: false });
    table.countColumns.push(col);
  }
  if (r.chance(0.4)) {
    defs.push('amount numeric(12,2)');
    table.columns.set('amount', { type: 'numeric(12,2)', nullable: true, fill: '0' });
  }
  if (r.chance(0.4)) {
    defs.push('legacy_notes text');
    table.columns.set('legacy_notes', { type: 'text', nullable: true, fill: "''" });
    table.dropCandidates.push('legacy_notes');
  }
  defs.push('created_at timestamptz NOT NULL DEFAULT now()', 'updated_at timestamptz NOT NULL DEFAULT now()');
  table.columns.set('created_at', { type: 'timestamptz', nullable: false });
  table.columns.set('updated_at', { type: 'timestamptz', nullable: false });
  if (r.chance(0.3)) {
    const key = uniqueName(schema, `${name}_name_key`);
    defs.push(`CONSTRAINT ${key} UNIQUE (name)`);
    table.leading.add('name');
  }
  if (r.chance(0.3)) {
    after.push(`CREATE INDEX ${uniqueName(schema, `${name}_created_at_idx`)} ON ${name} (created_at);`);
    table.leading.add('created_at');
  }
  if (schema.hasUpdatedAtFunction && r.chance(0.5)) {
    const trigger = `${name}_set_updated_at`;
    table.triggers.add(trigger);
    after.push(`CREATE TRIGGER ${trigger}\n    BEFORE UPDATE ON ${name}\n    FOR EACH ROW EXECUTE FUNCTION set_updated_at();`);
  }
  schema.tables.push(table);
  const up = [`CREATE TABLE ${name} (\n    ${defs.join(',\n    ')}\n);`, ...after].join('\n\n');
  return { slug: `create_${name}`, content: goose(up, `DROP TABLE ${name};`, { header: `New table for the ${name.split('_')[0]} service.` }) };
}

function addColumn(r, schema) {
  const table = r.pick(schema.tables);
  const shape = r.weighted([['text', 4], ['timestamptz', 2], ['jsonb', 1], ['boolean', 2], ['count', 2], ['enum', schema.enums.length ? 1 : 0]]);
  let col;
  let def;
  if (shape === 'text') {
    col = freeColumn(table, r.pick(TEXT_COLUMNS));
    def = 'text';
    table.columns.set(col, { type: 'text', nullable: true, fill: "''" });
  } else if (shape === 'timestamptz') {
    col = freeColumn(table, r.pick(['archived_at', 'verified_at', 'last_seen_at', 'deleted_at', 'synced_at']));
    def = 'timestamptz';
    table.columns.set(col, { type: 'timestamptz', nullable: true, fill: 'created_at' });
  } else if (shape === 'jsonb') {
    col = freeColumn(table, r.pick(['settings', 'payload', 'attributes']));
    def = 'jsonb';
    table.columns.set(col, { type: 'jsonb', nullable: true, fill: "'{}'::jsonb" });
  } else if (shape === 'boolean') {
    col = freeColumn(table, r.pick(['is_active', 'is_verified', 'is_internal', 'is_flagged']));
    def = 'boolean NOT NULL DEFAULT false';
    table.columns.set(col, { type: 'boolean', nullable: false });
  } else if (shape === 'count') {
    col = freeColumn(table, r.pick(COUNT_COLUMNS));
    def = 'integer NOT NULL DEFAULT 0';
    table.columns.set(col, { type: 'integer', nullable: false });
    table.countColumns.push(col);
  } else {
    const e = r.pick(schema.enums);
    col = freeColumn(table, `${e.name.replace(/_status$|_state$|_kind$/, '')}_state`);
    def = `${e.name}`;
    table.columns.set(col, { type: e.name, nullable: true });
  }
  const up = `${r.chance(0.4) ? "SET lock_timeout = '5s';\n\n" : ''}ALTER TABLE ${table.name} ADD COLUMN ${col} ${def};`;
  return { slug: `add_${table.name}_${col}`, content: goose(up, `ALTER TABLE ${table.name} DROP COLUMN ${col};`) };
}

function freeColumn(table, base) {
  let col = base;
  for (let i = 2; table.columns.has(col); i++) col = `${base}_${i}`;
  return col;
}

function indexConcurrently(r, schema) {
  const table = r.pick(schema.tables);
  const candidates = [...table.columns.entries()].filter(([, c]) => c.type !== 'jsonb').map(([n]) => n);
  const cols = r.chance(0.3) && candidates.length > 1 ? [r.pick(candidates), 'created_at'] : [r.pick(candidates)];
  const unique = [...new Set(cols)];
  const name = uniqueName(schema, `${table.name}_${unique.join('_')}_idx`);
  const partial = table.columns.has('legacy_notes') && r.chance(0.2) ? ' WHERE legacy_notes IS NULL' : '';
  table.leading.add(unique[0]);
  const up = `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${name}\n    ON ${table.name} (${unique.join(', ')})${partial};`;
  return {
    slug: `index_${name}`,
    content: goose(up, `DROP INDEX CONCURRENTLY IF EXISTS ${name};`, { noTransaction: true, header: 'Built without blocking writes.' }),
  };
}

function createEnum(r, schema) {
  const name = uniqueName(schema, `${r.pick(DOMAINS)}_${r.pick(['status', 'state', 'kind'])}`);
  const values = [...r.pick(STATUS_WORDS)];
  schema.enums.push({ name, values });
  const up = `CREATE TYPE ${name} AS ENUM (${values.map((v) => `'${v}'`).join(', ')});`;
  return { slug: `create_type_${name}`, content: goose(up, `DROP TYPE ${name};`) };
}

function addEnumValue(r, schema) {
  const e = r.pick(schema.enums);
  const value = EXTRA_STATUS.find((v) => !e.values.includes(v)) ?? `value_${e.values.length}`;
  e.values.push(value);
  const up = `ALTER TYPE ${e.name} ADD VALUE IF NOT EXISTS '${value}';`;
  return {
    slug: `add_${e.name}_${value}`,
    content: goose(up, '-- Enum values cannot be removed; nothing to undo.\nSELECT 1;', { noTransaction: r.chance(0.5) }),
  };
}

function functionTrigger(r, schema) {
  if (!schema.hasUpdatedAtFunction) {
    schema.hasUpdatedAtFunction = true;
    schema.names.add('set_updated_at');
    const up = [
      '-- +goose StatementBegin',
      'CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger',
      'LANGUAGE plpgsql AS $$',
      'BEGIN',
      '    NEW.updated_at := now();',
      '    RETURN NEW;',
      'END;',
      '$$;',
      '-- +goose StatementEnd',
    ].join('\n');
    return { slug: 'create_set_updated_at', content: goose(up, 'DROP FUNCTION IF EXISTS set_updated_at();', { header: 'Shared by every table with an updated_at column.' }) };
  }
  const table = r.pick(schema.tables);
  const fn = uniqueName(schema, `${table.name}_guard`);
  const trigger = `${fn}_trg`;
  table.triggers.add(trigger);
  const up = [
    '-- +goose StatementBegin',
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger`,
    'LANGUAGE plpgsql AS $$',
    'BEGIN',
    "    IF NEW.name IS DISTINCT FROM OLD.name AND current_setting('app.allow_rename', true) IS DISTINCT FROM 'on' THEN",
    `        RAISE EXCEPTION '${table.name}.name is immutable';`,
    '    END IF;',
    '    RETURN NEW;',
    'END;',
    '$$;',
    '-- +goose StatementEnd',
    '',
    `CREATE TRIGGER ${trigger}`,
    `    BEFORE UPDATE ON ${table.name}`,
    `    FOR EACH ROW EXECUTE FUNCTION ${fn}();`,
  ].join('\n');
  const down = `DROP TRIGGER IF EXISTS ${trigger} ON ${table.name};\nDROP FUNCTION IF EXISTS ${fn}();`;
  return { slug: `guard_${table.name}_name`, content: goose(up, down) };
}

function backfill(r, schema) {
  const fillable = schema.tables.flatMap((t) => [...t.columns.entries()].filter(([, c]) => c.fill).map(([col, c]) => ({ t, col, fill: c.fill })));
  if (fillable.length === 0) return addColumn(r, schema);
  const { t, col, fill } = r.pick(fillable);
  const up = [
    `-- Backfill ${t.name}.${col} in batches small enough for the replication lag budget.`,
    `UPDATE ${t.name} SET ${col} = ${fill}`,
    `WHERE ${col} IS NULL AND id IN (SELECT id FROM ${t.name} WHERE ${col} IS NULL LIMIT 10000);`,
  ].join('\n');
  return { slug: `backfill_${t.name}_${col}`, content: goose(up, '-- Data backfill: nothing to undo.\nSELECT 1;') };
}

function addConstraintNotValid(r, schema) {
  const table = r.pick(schema.tables);
  const others = schema.tables.filter((t) => t !== table);
  if (table.countColumns.length > 0 && (others.length === 0 || r.chance(0.4))) {
    const col = r.pick(table.countColumns);
    const constraint = uniqueName(schema, `${table.name}_${col}_nonneg`);
    schema.pendingValidations.push({ table: table.name, constraint });
    const up = `ALTER TABLE ${table.name}\n    ADD CONSTRAINT ${constraint} CHECK (${col} >= 0) NOT VALID;`;
    return { slug: `check_${constraint}`, content: goose(up, `ALTER TABLE ${table.name} DROP CONSTRAINT IF EXISTS ${constraint};`) };
  }
  if (others.length === 0) return addColumn(r, schema);
  const ref = r.pick(others);
  const col = freeColumn(table, `${ref.name.replace(/s$/, '')}_id`.slice(0, 50));
  table.columns.set(col, { type: ref.pk, nullable: true });
  table.fks.push({ col, ref: ref.name });
  const constraint = uniqueName(schema, `${table.name}_${col}_fkey`);
  const index = uniqueName(schema, `${table.name}_${col}_idx`);
  table.leading.add(col);
  schema.pendingValidations.push({ table: table.name, constraint });
  const up = [
    "SET lock_timeout = '5s';",
    '',
    `ALTER TABLE ${table.name} ADD COLUMN ${col} ${ref.pk};`,
    '',
    '-- NOT VALID: existing rows are checked later by VALIDATE, which does not block writes.',
    `ALTER TABLE ${table.name}`,
    `    ADD CONSTRAINT ${constraint}`,
    `    FOREIGN KEY (${col}) REFERENCES ${ref.name} (id) NOT VALID;`,
    '',
    `CREATE INDEX ${index} ON ${table.name} (${col});`,
  ].join('\n');
  const down = `ALTER TABLE ${table.name} DROP COLUMN ${col};`;
  return { slug: `link_${table.name}_${ref.name}`, content: goose(up, down) };
}

function validateConstraint(r, schema) {
  const { table, constraint } = schema.pendingValidations.shift();
  const up = `ALTER TABLE ${table} VALIDATE CONSTRAINT ${constraint};`;
  return { slug: `validate_${constraint}`, content: goose(up, '-- Validation cannot be undone; the constraint stays.\nSELECT 1;') };
}

function createView(r, schema) {
  const linked = schema.tables.filter((t) => t.fks.length > 0);
  if (linked.length === 0) return comment(r, schema);
  const t = r.pick(linked);
  const fk = r.pick(t.fks);
  const name = uniqueName(schema, `${t.name}_recent_v`);
  const body = [
    `SELECT a.id, a.name, a.created_at, b.id AS ${fk.col}, b.name AS ${fk.ref}_name`,
    `FROM ${t.name} a`,
    `JOIN ${fk.ref} b ON b.id = a.${fk.col}`,
    "WHERE a.created_at > now() - interval '30 days'",
  ].join('\n');
  const up = `CREATE OR REPLACE VIEW ${name} AS\n${body};`;
  return { slug: `view_${name}`, content: goose(up, `DROP VIEW IF EXISTS ${name};`) };
}

function comment(r, schema) {
  const table = r.pick(schema.tables);
  const up = r.chance(0.5)
    ? `COMMENT ON TABLE ${table.name} IS 'Owned by the ${table.name.split('_')[0]} team; see the service runbook.';`
    : `COMMENT ON COLUMN ${table.name}.created_at IS 'Set by the database; never written by the application.';`;
  return { slug: `comment_${table.name}`, content: goose(up, `COMMENT ON TABLE ${table.name} IS NULL;`) };
}

const MAKERS = { createTable, addColumn, indexConcurrently, createEnum, addEnumValue, functionTrigger, backfill, addConstraintNotValid, validateConstraint, createView, comment };

/** goose-style timestamp version, 14 digits. */
function stamp(ms) {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

const HISTORY_START = Date.UTC(2019, 0, 7, 9, 0, 0);

/**
 * The first `files` migrations of the history for `seed`: [{ path, content }] in apply order, the
 * schema they build (for generatePullRequest) and the last version's time.
 */
export function generateHistory({ files = 1000, seed = 42 } = {}) {
  const r = prng(seed);
  const schema = emptySchema();
  const out = [];
  let at = HISTORY_START;
  for (let i = 0; i < files; i++) {
    at += r.int(2, 60) * 3_600_000 + r.int(0, 3599) * 1000;
    let kind;
    if (i < 3) kind = 'createTable';
    else if (i === 3) kind = 'functionTrigger';
    else if (schema.pendingValidations.length > 0 && r.chance(0.5)) kind = 'validateConstraint';
    else kind = r.weighted(HISTORY_KINDS);
    if ((kind === 'addEnumValue') && schema.enums.length === 0) kind = 'createEnum';
    const { slug, content } = MAKERS[kind](r, schema);
    out.push({ path: `${MIGRATIONS_DIR}/${stamp(at)}_${slug.slice(0, 60)}.sql`, content, kind });
  }
  return { files: out, schema, lastTime: at };
}

/**
 * K pull-request files on top of `history` (from generateHistory): a repeating cycle of ten, four
 * changes the review must flag and six clean ones. `after` (ms) places their versions after a
 * longer history's end, and `longer` (that history, same seed) keeps the PR's indexes off columns
 * any of its indexes already lead with, so the same PR applies in order, with the same findings,
 * on top of every history of the seed up to `longer`. The first k files of a K-file PR are the
 * k-file PR. Each file lists the rule ids it is expected to trigger.
 */
export function generatePullRequest(history, { files = 10, seed = 7, after = history.lastTime, longer = history } = {}) {
  const r = prng(seed);
  const schema = history.schema;
  // Tables old enough to be "existing" and big: the first ones of the history.
  const core = schema.tables.slice(0, Math.max(4, Math.floor(schema.tables.length / 2)));
  const withCount = core.filter((t) => t.countColumns.length > 0);
  const withNotes = core.filter((t) => t.dropCandidates.length > 0);
  const leadingInLonger = new Map(longer.schema.tables.map((t) => [t.name, t.leading]));
  const taken = new Set(); // table.column pairs the PR already changed or indexed
  const pickFrom = (tables, pickCol) => {
    for (let tries = 0; tries < 50; tries++) {
      const t = r.pick(tables);
      const col = pickCol(t);
      if (col !== undefined && !taken.has(`${t.name}.${col}`)) {
        taken.add(`${t.name}.${col}`);
        return { t, col };
      }
    }
    return undefined;
  };
  // A column no index of the longer history leads with, nor one of the PR's: no duplicate or redundant index.
  const indexable = (prefer) => (t) => prefer.find((c) => t.columns.has(c) && !leadingInLonger.get(t.name)?.has(c) && !taken.has(`${t.name}.${c}`));
  let n = 0;
  const name = (base) => `pr_${base}_${++n}`;
  const kinds = [
    // Findings. Like most hasty migrations they also set no lock_timeout.
    () => {
      const hit = pickFrom(core, indexable(['created_at', 'updated_at', 'name']));
      if (!hit) return clean();
      const idx = name(`${hit.t.name}_${hit.col}_idx`);
      const up = `CREATE INDEX ${idx} ON ${hit.t.name} (${hit.col});`;
      return { slug: `index_${hit.t.name}`, expect: ['require-concurrent-index', 'lock-timeout-missing'], content: goose(up, `DROP INDEX IF EXISTS ${idx};`, { header: `Admin list sorted by ${hit.col}.` }) };
    },
    () => {
      const t = r.pick(core);
      const ref = r.pick(core.filter((x) => x !== t));
      const col = name(`${ref.name.replace(/s$/, '')}_id`);
      const up = `ALTER TABLE ${t.name} ADD COLUMN ${col} ${ref.pk};\n\nALTER TABLE ${t.name}\n    ADD CONSTRAINT ${col}_fkey FOREIGN KEY (${col}) REFERENCES ${ref.name} (id);`;
      // Validated under lock, no index on the referencing column, and the ADD COLUMN's lock held on.
      const expect = ['constraint-without-not-valid', 'unindexed-foreign-key', 'lock-held-across-statements', 'lock-timeout-missing'];
      return { slug: `link_${t.name}`, expect, content: goose(up, `ALTER TABLE ${t.name} DROP COLUMN ${col};`) };
    },
    () => {
      const hit = withCount.length ? pickFrom(withCount, (t) => r.pick(t.countColumns)) : undefined;
      if (!hit) return clean();
      const up = `-- ${hit.col} overflowed on the biggest tenant.\nALTER TABLE ${hit.t.name} ALTER COLUMN ${hit.col} TYPE bigint;`;
      return { slug: `widen_${hit.t.name}_${hit.col}`, expect: ['column-type-rewrite', 'lock-timeout-missing'], content: goose(up, `ALTER TABLE ${hit.t.name} ALTER COLUMN ${hit.col} TYPE integer;`) };
    },
    () => {
      const hit = withNotes.length ? pickFrom(withNotes, (t) => r.pick(t.dropCandidates)) : undefined;
      if (!hit) return clean();
      const up = `-- Nothing reads ${hit.col} since the notes moved to the CRM.\nALTER TABLE ${hit.t.name} DROP COLUMN ${hit.col};`;
      return { slug: `drop_${hit.t.name}_${hit.col}`, expect: ['drop-column', 'lock-timeout-missing'], content: goose(up, `ALTER TABLE ${hit.t.name} ADD COLUMN ${hit.col} text;`) };
    },
    // Clean changes.
    () => {
      const ref = r.pick(core);
      const t = name('feature_flags');
      const fk = `${ref.name.replace(/s$/, '')}_id`;
      const up = [
        // The foreign key locks the referenced table.
        "SET lock_timeout = '5s';",
        '',
        `CREATE TABLE ${t} (`,
        '    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
        `    ${fk} ${ref.pk} NOT NULL REFERENCES ${ref.name} (id) ON DELETE CASCADE,`,
        '    flag text NOT NULL,',
        "    rules jsonb NOT NULL DEFAULT '{}'::jsonb,",
        '    enabled boolean NOT NULL DEFAULT false,',
        '    created_at timestamptz NOT NULL DEFAULT now(),',
        `    CONSTRAINT ${t}_flag_key UNIQUE (${fk}, flag)`,
        ');',
      ].join('\n');
      return { slug: `create_${t}`, expect: [], content: goose(up, `DROP TABLE ${t};`) };
    },
    () => {
      const hit = pickFrom(core, indexable(['updated_at', 'created_at', 'name']));
      if (!hit) return clean();
      const idx = name(`${hit.t.name}_${hit.col}_idx`);
      const up = `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${idx}\n    ON ${hit.t.name} (${hit.col});`;
      return { slug: `index_${hit.t.name}_${hit.col}`, expect: [], content: goose(up, `DROP INDEX CONCURRENTLY IF EXISTS ${idx};`, { noTransaction: true }) };
    },
    clean,
    () => {
      const t = r.pick(core);
      const ref = r.pick(core.filter((x) => x !== t));
      const col = name(`${ref.name.replace(/s$/, '')}_id`);
      // One statement: the column and its unchecked foreign key under a single short lock.
      const up = `SET lock_timeout = '5s';\n\nALTER TABLE ${t.name}\n    ADD COLUMN ${col} ${ref.pk},\n    ADD CONSTRAINT ${col}_fkey FOREIGN KEY (${col}) REFERENCES ${ref.name} (id) NOT VALID;`;
      return { slug: `link_${t.name}_not_valid`, expect: [], pending: { table: t.name, constraint: `${col}_fkey`, col }, content: goose(up, `ALTER TABLE ${t.name} DROP COLUMN ${col};`) };
    },
    'validate',
    () => {
      const t = r.pick(core);
      const up = `COMMENT ON TABLE ${t.name} IS 'Reviewed for the data retention policy.';`;
      return { slug: `comment_${t.name}`, expect: [], content: goose(up, `COMMENT ON TABLE ${t.name} IS NULL;`) };
    },
  ];
  function clean() {
    const t = r.pick(core);
    const col = name('archived_at');
    const up = `SET lock_timeout = '5s';\n\nALTER TABLE ${t.name} ADD COLUMN ${col} timestamptz;`;
    return { slug: `add_${t.name}_archived_at`, expect: [], content: goose(up, `ALTER TABLE ${t.name} DROP COLUMN ${col};`) };
  }
  const out = [];
  let pending;
  let at = after;
  for (let i = 0; i < files; i++) {
    at += r.int(1, 20) * 3_600_000;
    const make = kinds[i % kinds.length];
    let file;
    if (make === 'validate') {
      if (pending) {
        const { table, constraint, col } = pending;
        // Index first so the FK is cheap to check on delete; then validate without blocking writes.
        const up = `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${col}_idx ON ${table} (${col});\n\nALTER TABLE ${table} VALIDATE CONSTRAINT ${constraint};`;
        file = { slug: `validate_${constraint}`, expect: [], content: goose(up, `DROP INDEX CONCURRENTLY IF EXISTS ${col}_idx;`, { noTransaction: true }) };
        pending = undefined;
      } else file = clean();
    } else file = make();
    if (file.pending) pending = file.pending;
    out.push({ path: `${MIGRATIONS_DIR}/${stamp(at)}_${file.slug.slice(0, 60)}.sql`, content: file.content, expect: file.expect });
  }
  return out;
}

/**
 * The benchmark's pull request of `files` files: made on the first 100 files of the seed's
 * history, versioned after `longest` (the longest history of the seed it will be reviewed on) and
 * with its indexes kept off that history's, so it applies, with the same findings, on top of every
 * history of the seed from 100 files up to `longest`.
 */
export function benchPullRequest(longest, { files = 10, seed = 42 } = {}) {
  return generatePullRequest(generateHistory({ files: 100, seed }), { files, seed: seed + 1, after: longest.lastTime, longer: longest });
}

/** One harmless file: what a pull request with "no migration work" still reviews. */
export function trivialPullRequest(history, { after = history.lastTime } = {}) {
  const t = history.schema.tables[0];
  const up = `COMMENT ON TABLE ${t.name} IS 'First table of the service.';`;
  return [{ path: `${MIGRATIONS_DIR}/${stamp(after + 3_600_000)}_comment_${t.name}.sql`, content: goose(up, `COMMENT ON TABLE ${t.name} IS NULL;`), expect: [] }];
}

/** Statements in a generated file's Up section (a StatementBegin/End block is one). */
export function countUpStatements(content) {
  const up = content.split('-- +goose Down')[0];
  let count = 0;
  let inBlock = false;
  for (const line of up.split('\n')) {
    if (line.startsWith('-- +goose StatementBegin')) inBlock = true;
    else if (line.startsWith('-- +goose StatementEnd')) {
      inBlock = false;
      count++;
    } else if (!inBlock && !line.startsWith('--') && line.trimEnd().endsWith(';')) count++;
  }
  return count;
}

export function writeFiles(dir, files) {
  for (const f of files) {
    const path = join(dir, f.path);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, f.content);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { files: { type: 'string', default: '1000' }, pr: { type: 'string', default: '0' }, seed: { type: 'string', default: '42' }, out: { type: 'string' } },
  });
  if (!values.out) {
    console.error('usage: node bench/generate-history.mjs [--files N] [--pr K] [--seed S] --out DIR');
    process.exit(2);
  }
  const files = Number(values.files);
  const seed = Number(values.seed);
  // The pull request run.mjs reviews: made to apply on every history of the seed up to 5,000 files.
  const longest = generateHistory({ files: Math.max(files, 5000), seed });
  const history = { files: longest.files.slice(0, files) };
  writeFiles(values.out, history.files);
  const pr = Number(values.pr) > 0 ? benchPullRequest(longest, { files: Number(values.pr), seed }) : [];
  writeFiles(values.out, pr);
  const kinds = {};
  for (const f of history.files) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
  const statements = history.files.reduce((n, f) => n + countUpStatements(f.content), 0);
  console.error(`wrote ${history.files.length} history files (${statements} statements) and ${pr.length} pull-request files to ${values.out}`, kinds);
}
