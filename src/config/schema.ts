// The config file's shape, written once: the loader validates against it and the published
// JSON schema (schema/config.schema.json) is generated from it.
import { FRAMEWORKS } from '../core/migration-types.js';

export type FieldSpec =
  | { type: 'integer'; minimum: number; maximum: number; description: string }
  | { type: 'string-list'; description: string }
  | { type: 'enum'; values: readonly string[]; description: string }
  | { type: 'rule-map'; values: readonly string[]; description: string }
  | { type: 'count-map'; description: string }
  | { type: 'path'; description: string };

export const CONFIG_FILE_NAME = '.pg-migration-review.yml';

export const CONFIG_FIELDS: Record<string, FieldSpec> = {
  'postgres-version': {
    type: 'integer',
    minimum: 10,
    maximum: 18,
    description: 'Major version of the production PostgreSQL. Static knowledge depends on it (constant defaults rewrote tables before 11; NOT NULL NOT VALID needs 18).',
  },
  migrations: { type: 'string-list', description: 'Globs of migration files (replace the defaults); prefix with ! to exclude.' },
  queries: { type: 'string-list', description: 'Globs of query files to check against the schema.' },
  framework: { type: 'enum', values: FRAMEWORKS, description: 'Force the migration framework instead of detecting it.' },
  'fail-on': { type: 'enum', values: ['error', 'warning', 'never'], description: 'Lowest severity that fails the check (escalations fail unless approved, except with never).' },
  rules: {
    type: 'rule-map',
    values: ['error', 'escalate', 'warning', 'notice', 'off'],
    description: 'Severity per rule id, or off.',
  },
  'max-indexes-per-table': { type: 'integer', minimum: 1, maximum: 1000, description: 'too-many-indexes fires above this many indexes on one table.' },
  'large-table-rows': { type: 'integer', minimum: 1, maximum: 1e15, description: 'large-table-change fires on locking or rewriting statements on tables with at least this many rows.' },
  'assumed-table-rows': {
    type: 'integer',
    minimum: 0,
    maximum: 1e15,
    description: 'Rows the query planner is told a table holds when table-rows does not list it (index advice for queries).',
  },
  'base-schema': {
    type: 'path',
    description:
      'Repository-relative SQL file holding the schema the first migration runs on (a `pg_dump --schema-only` file, a Rails ' +
      '`structure.sql`), replayed before the base history: for histories that start from a schema an ORM or a dump created.',
  },
  baseline: {
    type: 'path',
    description:
      'Repository-relative baseline file written by `pg-migration-review baseline` (default `.pg-migration-review-baseline.json` when present): ' +
      'findings it lists are reported as baselined and count in no verdict, so an old history can adopt the gate and fail only on new findings.',
  },
  'table-rows': { type: 'count-map', description: 'Production row counts by table name (`orders` or `schema.table`), e.g. from pg_class.reltuples.' },
  'statement-timeout': { type: 'integer', minimum: 100, maximum: 600_000, description: 'Milliseconds of CPU time one statement may use during replay before it is stopped (wall time where the CPU time cannot be read).' },
  'memory-limit': { type: 'integer', minimum: 256, maximum: 16_384, description: 'Megabytes the replay may use before it is stopped.' },
};

/** JSON Schema (draft 2020-12) of the config file, for editors and validation elsewhere. */
export function configJsonSchema(ruleIds: readonly string[]): object {
  const properties: Record<string, object> = {};
  for (const [key, spec] of Object.entries(CONFIG_FIELDS)) {
    switch (spec.type) {
      case 'integer':
        properties[key] = { type: 'integer', minimum: spec.minimum, maximum: spec.maximum, description: spec.description };
        break;
      case 'string-list':
        properties[key] = {
          description: spec.description,
          oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
        };
        break;
      case 'enum':
        properties[key] = { enum: [...spec.values], description: spec.description };
        break;
      case 'path':
        properties[key] = { type: 'string', minLength: 1, description: spec.description };
        break;
      case 'count-map':
        properties[key] = { type: 'object', description: spec.description, additionalProperties: { type: 'integer', minimum: 0 } };
        break;
      case 'rule-map':
        properties[key] = {
          type: 'object',
          description: spec.description,
          propertyNames: { enum: [...ruleIds] },
          additionalProperties: { enum: [...spec.values] },
        };
        break;
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/pg-migration-review/pg-migration-review/schema/config.schema.json',
    title: 'pg-migration-review configuration',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}
