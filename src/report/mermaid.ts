// A Mermaid entity-relationship diagram of the tables a pull request touches, for the summary comment.
import type { Catalog, CatalogTable } from '../core/catalog.js';
import { qualify } from '../core/catalog.js';

/** GitHub renders large diagrams poorly and slowly: keep it readable. */
export const MAX_DIAGRAM_TABLES = 30;
const MAX_COLUMNS = 40;

/** Mermaid identifiers are words: anything else becomes `_`, and a leading digit gets a `_` prefix. */
function word(s: string): string {
  const w = s.replace(/[^A-Za-z0-9_]+/g, '_').replace(/_+/g, '_').replace(/^_+|_+$/g, '');
  if (w === '') return '_';
  return /^[0-9]/.test(w) ? `_${w}` : w;
}

const SHORT_TYPES: Record<string, string> = {
  'character varying': 'varchar',
  character: 'char',
  'bit varying': 'varbit',
  'double precision': 'float8',
  'timestamp with time zone': 'timestamptz',
  'timestamp without time zone': 'timestamp',
  'time with time zone': 'timetz',
  'time without time zone': 'time',
};

/** `character varying(50)` -> `varchar_50`, `numeric(12,2)` -> `numeric_12_2`, `integer[]` -> `integer_array`. */
export function mermaidType(type: string): string {
  let t = type.trim();
  const array = t.endsWith('[]');
  t = t.replace(/(\[\])+$/, '');
  const modifiers = /\(([^)]*)\)/.exec(t)?.[1] ?? '';
  const base = t.replace(/\([^)]*\)/, '').replace(/\s+/g, ' ').trim();
  const short = SHORT_TYPES[base] ?? base;
  return word([short, modifiers, array ? 'array' : ''].filter(Boolean).join('_'));
}

/** `public.users` -> `users`, `billing.invoices` -> `billing_invoices`. */
export function mermaidEntity(qualified: string): string {
  const dot = qualified.indexOf('.');
  const schema = dot >= 0 ? qualified.slice(0, dot) : 'public';
  const name = dot >= 0 ? qualified.slice(dot + 1) : qualified;
  return word(schema === 'public' ? name : `${schema}_${name}`);
}

function entityBlock(entity: string, table: CatalogTable): string[] {
  const pk = new Set(table.constraints.filter((c) => c.kind === 'primary').flatMap((c) => c.columns));
  const fk = new Set(table.constraints.filter((c) => c.kind === 'foreign').flatMap((c) => c.columns));
  const uk = new Set(table.constraints.filter((c) => c.kind === 'unique' && c.columns.length === 1).flatMap((c) => c.columns));
  const lines = [`    ${entity} {`];
  for (const c of table.columns.slice(0, MAX_COLUMNS)) {
    const keys = [pk.has(c.name) ? 'PK' : '', fk.has(c.name) ? 'FK' : '', uk.has(c.name) && !pk.has(c.name) ? 'UK' : ''].filter(Boolean);
    lines.push(`        ${mermaidType(c.type)} ${word(c.name)}${keys.length > 0 ? ` ${keys.join(', ')}` : ''}`);
  }
  if (table.columns.length > MAX_COLUMNS) lines.push(`        etc and_${table.columns.length - MAX_COLUMNS}_more_columns`);
  lines.push('    }');
  return lines;
}

/**
 * erDiagram of `tables` (qualified or bare names; those the pull request touches) plus the tables
 * their foreign keys reference, with every foreign key between shown tables. Capped at
 * MAX_DIAGRAM_TABLES entities; tables missing from `after` are skipped.
 */
export function erDiagram(after: Catalog, tables: string[]): string {
  const shown: string[] = [];
  const add = (name: string) => {
    if (shown.length < MAX_DIAGRAM_TABLES && after.tables[name] && !shown.includes(name)) shown.push(name);
  };
  for (const t of tables) add(qualify(t));
  // Referenced tables come after every touched one, so the cap drops context before subject.
  for (const t of [...shown]) {
    for (const c of after.tables[t].constraints) if (c.kind === 'foreign' && c.references) add(qualify(c.references.table));
  }

  // Distinct tables could sanitise to the same word (`a.b_c`, `a_b.c`): number the later ones.
  const entities = new Map<string, string>();
  const used = new Set<string>();
  for (const t of shown) {
    let e = mermaidEntity(t);
    for (let i = 2; used.has(e); i++) e = `${mermaidEntity(t)}_${i}`;
    used.add(e);
    entities.set(t, e);
  }

  const lines = ['erDiagram'];
  for (const t of shown) lines.push(...entityBlock(entities.get(t)!, after.tables[t]));
  for (const t of shown) {
    const table = after.tables[t];
    for (const c of table.constraints) {
      if (c.kind !== 'foreign' || !c.references) continue;
      const target = entities.get(qualify(c.references.table));
      if (!target) continue;
      const cols = table.columns.filter((col) => c.columns.includes(col.name));
      const required = cols.length === c.columns.length && cols.every((col) => col.notNull);
      const oneToOne = table.constraints.some((u) => (u.kind === 'primary' || u.kind === 'unique') && sameSet(u.columns, c.columns));
      const child = oneToOne ? '|o' : '}o';
      const parent = required ? '||' : 'o|';
      const label = c.columns.join(', ').replace(/"/g, "'");
      lines.push(`    ${entities.get(t)} ${child}--${parent} ${target} : "${label}"`);
    }
  }
  return lines.join('\n');
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
