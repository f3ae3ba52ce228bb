// Query file discovery: default globs, sqlc configs (v1 and v2, YAML and JSON), config globs.
import { describe, expect, it } from 'vitest';
import { expandSqlcPaths, parseSqlcConfig, selectQueryPaths } from '../../src/queries/index.js';

/** Discovery over an in-memory repository: `files` maps paths to text. */
function discover(files: Record<string, string>, globs: string[] = [], migrations: string[] = []) {
  return selectQueryPaths(Object.keys(files), {
    globs,
    readText: (path) => files[path],
    migrationPaths: new Set(migrations),
  });
}

describe('selectQueryPaths with the defaults', () => {
  it('finds queries/ folders, query.sql and *.query.sql, sorted', () => {
    const files = {
      'src/users.query.sql': '',
      'queries/a.sql': '',
      'app/db/queries/nested/b.sql': '',
      'reports/query.sql': '',
      'db/other.sql': '',
      'queries/readme.md': '',
    };
    expect(discover(files)).toEqual({
      paths: ['app/db/queries/nested/b.sql', 'queries/a.sql', 'reports/query.sql', 'src/users.query.sql'],
      problems: [],
    });
  });

  it('skips .git, node_modules, vendored and other-engine folders, schema.sql and migrations', () => {
    const files = {
      '.git/queries/a.sql': '',
      'node_modules/pkg/queries/a.sql': '',
      'vendor/github.com/x/queries/a.sql': '',
      'third_party/queries/a.sql': '',
      'db/mysql/queries/a.sql': '',
      'queries/schema.sql': '',
      'queries/migrations/0001_init.sql': '',
      'queries/ok.sql': '',
    };
    expect(discover(files, [], ['queries/migrations/0001_init.sql']).paths).toEqual(['queries/ok.sql']);
  });
});

describe('selectQueryPaths with sqlc configs', () => {
  it('adds the query files of a v2 sqlc.yaml, relative to its folder, and leaves its schema out', () => {
    const files = {
      'sqlc.yaml': [
        'version: "2"',
        'sql:',
        '  - schema: ./sql',
        '    queries: ./internal/api_keys/queries.sql',
        '    engine: postgresql',
        '  - schema: ./sql',
        '    queries: ["./internal/users/queries.sql"]',
        '    engine: postgresql',
      ].join('\n'),
      'internal/api_keys/queries.sql': '',
      'internal/users/queries.sql': '',
      'internal/other/q.sql': '',
      'sql/1677078479.sql': '',
    };
    expect(discover(files)).toEqual({ paths: ['internal/api_keys/queries.sql', 'internal/users/queries.sql'], problems: [] });
  });

  it('reads a folder as its direct .sql children, skipping hidden files and down migrations', () => {
    const files = {
      'db/sqlc.yml': 'version: "1"\npackages:\n  - name: db\n    queries: "./sql/"\n    schema: "./migrations/"\n',
      'db/sql/a.sql': '',
      'db/sql/.hidden.sql': '',
      'db/sql/b.down.sql': '',
      'db/sql/nested/c.sql': '',
      'db/sql/notes.txt': '',
      'db/migrations/0001_init.sql': '',
    };
    expect(discover(files).paths).toEqual(['db/sql/a.sql']);
  });

  it('reads sqlc.json, v1 packages and lists', () => {
    const files = {
      'go/sqlc.json': JSON.stringify({
        version: '1',
        packages: [{ name: 'db', path: 'internal/db', queries: ['./query/', '../shared/extra.sql'], schema: './schema/' }],
      }),
      'go/query/users.sql': '',
      'shared/extra.sql': '',
      'go/schema/tables.sql': '',
    };
    expect(discover(files).paths).toEqual(['go/query/users.sql', 'shared/extra.sql']);
  });

  it('expands globs as sqlc does (Go filepath.Glob: * stops at /)', () => {
    const all = ['q/a.sql', 'q/b.sql', 'q/sub/c.sql', 'q/x.txt', 'r/d.sql'];
    expect(expandSqlcPaths(['q/*.sql'], all)).toEqual(['q/a.sql', 'q/b.sql']);
    expect(expandSqlcPaths(['q/*'], all)).toEqual(['q/a.sql', 'q/b.sql', 'q/sub/c.sql']);
    expect(expandSqlcPaths(['r'], all)).toEqual(['r/d.sql']);
  });

  it('keeps files named both as schema and as queries (river declares its tables in its query files)', () => {
    const files = {
      'dbsqlc/sqlc.yaml': 'version: "2"\nsql:\n  - engine: "postgresql"\n    queries: [river_job.sql, pg_misc.sql]\n    schema: [river_job.sql, tables.sql]\n',
      'dbsqlc/river_job.sql': '',
      'dbsqlc/pg_misc.sql': '',
      'dbsqlc/tables.sql': '',
    };
    expect(discover(files).paths).toEqual(['dbsqlc/pg_misc.sql', 'dbsqlc/river_job.sql']);
  });

  it('leaves out the files of another engine, even where the defaults would take them', () => {
    const files = {
      'sqlc.yaml': 'version: "2"\nsql:\n  - engine: mysql\n    queries: queries/mysql.sql\n    schema: schema/\n  - engine: postgresql\n    queries: queries/pg.sql\n    schema: schema/\n',
      'queries/mysql.sql': '',
      'queries/pg.sql': '',
    };
    expect(discover(files).paths).toEqual(['queries/pg.sql']);
  });

  it('reports a broken YAML config with its file and line, and goes on without it', () => {
    const files = {
      'a/sqlc.yaml': 'version: "2"\nsql:\n  - queries: [x.sql\n    schema: y\n',
      'b/sqlc.yaml': 'version: "2"\nsql:\n  - queries: q.sql\n    engine: postgresql\n',
      'a/x.sql': '',
      'b/q.sql': '',
      'queries/c.sql': '',
    };
    const result = discover(files);
    expect(result.paths).toEqual(['b/q.sql', 'queries/c.sql']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: 'a/sqlc.yaml', message: expect.stringContaining('invalid YAML') });
    // The unclosed `[` of line 3 is noticed where the next key starts.
    expect(result.problems[0].line).toBe(4);
  });

  it('reports a broken JSON config with its line', () => {
    const { config, problems } = parseSqlcConfig('sqlc.json', '{\n  "version": "2",\n  "sql": [\n    { "queries": "q.sql", }\n  ]\n}\n');
    expect(config).toBeUndefined();
    expect(problems).toEqual([{ path: 'sqlc.json', line: 4, message: expect.stringContaining('invalid JSON') }]);
  });

  it('reports entries of the wrong shape at their line, keeping the rest', () => {
    const text = 'version: "2"\nsql:\n  - queries: 42\n    schema: s.sql\n  - queries: ok.sql\n  - just a string\n';
    const { config, problems } = parseSqlcConfig('db/sqlc.yaml', text);
    expect(config?.packages.map((p) => p.queries)).toEqual([[], ['db/ok.sql']]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, expect.stringContaining('sql[0].queries must be a path or a list of paths')],
      [6, expect.stringContaining('sql[2] must be a mapping')],
    ]);
  });

  it('reports a path that leaves the repository', () => {
    const { config, problems } = parseSqlcConfig('sqlc.yaml', 'version: "2"\nsql:\n  - queries: ../outside.sql\n');
    expect(config?.packages[0].queries).toEqual([]);
    expect(problems).toEqual([{ path: 'sqlc.yaml', line: 3, message: expect.stringContaining('outside the repository') }]);
  });

  it('ignores sqlc configs in vendored folders', () => {
    const files = {
      'vendor/x/sqlc.yaml': 'version: "2"\nsql:\n  - queries: q.sql\n',
      'vendor/x/q.sql': '',
    };
    expect(discover(files).paths).toEqual([]);
  });
});

describe('selectQueryPaths with config globs', () => {
  const files = {
    'sqlc.yaml': 'version: "2"\nsql:\n  - queries: internal/q.sql\n    schema: schema.sql\n    engine: postgresql\n',
    'internal/q.sql': '',
    'queries/a.sql': '',
    'queries/generated/b.sql': '',
    'sql/reports/r.sql': '',
    'sql/reports/schema.sql': '',
  };

  it('replaces the defaults and sqlc paths', () => {
    expect(discover(files, ['sql/**/*.sql']).paths).toEqual(['sql/reports/r.sql']);
  });

  it('supports negations beside positive globs', () => {
    expect(discover(files, ['**/*.sql', '!**/generated/**']).paths).toEqual(['internal/q.sql', 'queries/a.sql', 'sql/reports/r.sql']);
  });

  it('narrows the defaults and sqlc paths when made only of negations', () => {
    expect(discover(files, ['!**/generated/**']).paths).toEqual(['internal/q.sql', 'queries/a.sql']);
    expect(discover(files, ['!internal/**']).paths).toEqual(['queries/a.sql', 'queries/generated/b.sql']);
  });

  it('never returns migrations, whatever the globs', () => {
    expect(discover(files, ['**/*.sql'], ['queries/a.sql', 'internal/q.sql']).paths).toEqual(['queries/generated/b.sql', 'sql/reports/r.sql']);
  });
});
