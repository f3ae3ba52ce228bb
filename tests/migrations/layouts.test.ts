// Layouts found from project files and names rather than a `migrations/` folder: Flyway scripts
// anywhere, sqitch.conf, diesel, and code migrations (goose .go, Flyway Java) in version order.
import { describe, expect, it } from 'vitest';
import { parseSqitchConf, sqitchLayoutFromConf } from '../../src/migrations/frameworks/sqitch-conf.js';
import { directoryOf, selectMigrationPaths } from '../../src/migrations/load.js';
import { loadTree } from './helpers.js';

const PLAN = (...changes: string[]) => `%syntax-version=1.0.0\n%project=p\n\n${changes.map((c) => `${c} 2020-01-01T00:00:00Z A <a@b>`).join('\n')}\n`;

describe('Flyway scripts outside a migrations folder', () => {
  const DSPACE = 'dspace-api/src/main/resources/org/dspace/storage/rdbms/sqlmigration';

  it('finds V and R scripts wherever they live, but not other engines\', test resources, undo or baseline scripts', () => {
    const paths = [
      `${DSPACE}/postgres/V7.6_2024.01.01__add_index.sql`,
      `${DSPACE}/postgres/R__views.sql`,
      `${DSPACE}/h2/V7.6_2024.01.01__add_index.sql`,
      `${DSPACE}/oracle/V7.6_2024.01.01__add_index.sql`,
      'backend/src/test/resources/org/x/flyway/V9999__Test_Data.sql',
      'backend/src/main/resources/org/x/flyway/B14__Hub_1.3.0.sql',
      'backend/src/main/resources/org/x/flyway/U3__undo.sql',
      'docs/Vision__notes.sql',
      'src/main/resources/sql/V1__x.txt',
    ];
    expect(selectMigrationPaths(paths)).toEqual(paths.slice(0, 2));
  });

  it('orders by Flyway\'s numeric version parts, repeatables last by description', () => {
    const dir = `${DSPACE}/postgres`;
    const sources = loadTree({
      [`${dir}/R__views_9.sql`]: 'SELECT 1;',
      [`${dir}/R__views_10.sql`]: 'SELECT 1;',
      [`${dir}/V7.10_2024.01.01__c.sql`]: 'SELECT 1;',
      [`${dir}/V7.6_2024.01.02__b.sql`]: 'SELECT 1;',
      [`${dir}/V7.6_2024.01.01__a.sql`]: 'SELECT 1;',
      [`${dir}/V7.6_2024.1.3__a2.sql`]: 'SELECT 1;',
    });
    expect(sources.map((s) => s.path.slice(dir.length + 1))).toEqual([
      'V7.6_2024.01.01__a.sql',
      'V7.6_2024.01.02__b.sql',
      'V7.6_2024.1.3__a2.sql',
      'V7.10_2024.01.01__c.sql',
      // Flyway compares descriptions as plain strings, not naturally: "views 10" < "views 9".
      'R__views_10.sql',
      'R__views_9.sql',
    ]);
    expect(new Set(sources.map((s) => s.framework))).toEqual(new Set(['flyway']));
    expect(sources.at(-1)?.repeatable).toBe(true);
  });

  it('maps src/main/java and src/main/resources of one package to one location', () => {
    expect(directoryOf({ path: 'b/src/main/java/org/x/flyway/V2__Init.java', framework: 'flyway' })).toBe('b/src/main/resources/org/x/flyway');
    expect(directoryOf({ path: 'b/src/main/resources/org/x/flyway/V1__a.sql', framework: 'flyway' })).toBe('b/src/main/resources/org/x/flyway');
    expect(directoryOf({ path: 'src/main/java/db/migration/V3__Backfill.java', framework: 'flyway' })).toBe('src/main/resources/db/migration');
  });
});

describe('configured Flyway locations', () => {
  const R = 'app/src/main/resources';
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);

  it('merge the scripts of every location of one configuration into one version order', () => {
    const files = {
      [`${R}/db/schema/V1__tables.sql`]: 'SELECT 1;',
      [`${R}/db/data/V2__seed_roles.sql`]: 'SELECT 1;',
      [`${R}/db/schema/V3__columns.sql`]: 'SELECT 1;',
    };
    // Without a configuration each folder is its own sequence, one after the other.
    expect(loadTree(files).map((s) => name(s.path))).toEqual(['V2__seed_roles.sql', 'V1__tables.sql', 'V3__columns.sql']);
    const properties = { ...files, [`${R}/application.properties`]: 'quarkus.flyway.locations=classpath:db/schema, classpath:db/data\n%dev.quarkus.flyway.locations=db/dev\n' };
    expect(loadTree(properties).map((s) => name(s.path))).toEqual(['V1__tables.sql', 'V2__seed_roles.sql', 'V3__columns.sql']);
  });

  it('read Spring\'s YAML, {vendor}, and filesystem locations of flyway.conf', () => {
    const yaml = loadTree({
      [`${R}/application.yml`]: 'spring:\n  flyway:\n    locations:\n      - classpath:db/common\n      - classpath:db/specific/{vendor}\n',
      [`${R}/db/common/V1__a.sql`]: 'SELECT 1;',
      [`${R}/db/specific/postgresql/V2__b.sql`]: 'SELECT 1;',
      [`${R}/db/common/V3__c.sql`]: 'SELECT 1;',
    });
    expect(yaml.map((s) => name(s.path))).toEqual(['V1__a.sql', 'V2__b.sql', 'V3__c.sql']);
    const conf = loadTree({
      'flyway.conf': 'flyway.url=jdbc:postgresql://localhost/app\nflyway.locations=filesystem:sql/common,filesystem:sql/pg\n',
      'sql/pg/V2__b.sql': 'SELECT 1;',
      'sql/common/V1__a.sql': 'SELECT 1;',
      'sql/common/V3__c.sql': 'SELECT 1;',
    });
    expect(conf.map((s) => s.path)).toEqual(['sql/common/V1__a.sql', 'sql/pg/V2__b.sql', 'sql/common/V3__c.sql']);
  });
});

describe('sqitch.conf', () => {
  it('reads sections, quoted subsections and values without comments', () => {
    const conf = parseSqitchConf('[core]\n\tengine = pg # the engine\n[engine "pg"]\n  top_dir = ./sql\n; comment\n[target "prod"]\nplan_file = "x.plan"\n');
    expect(conf.get('core')?.get('engine')).toBe('pg');
    expect(conf.get('engine pg')?.get('top_dir')).toBe('./sql');
    expect(conf.get('target prod')?.get('plan_file')).toBe('x.plan');
  });

  it('resolves target over engine over core, relative to the conf\'s folder', () => {
    const exists = (p: string) => ['db/plans/main.plan', 'db/sql/sqitch.plan'].includes(p);
    const conf = '[core]\nengine = pg\ntop_dir = ignored\n[engine "pg"]\ntarget = prod\ntop_dir = sql\n[target "prod"]\nplan_file = plans/main.plan\ndeploy_dir = changes/up\n';
    expect(sqitchLayoutFromConf('db/sqitch.conf', conf, exists)).toEqual({
      plan: 'db/plans/main.plan',
      deployDir: 'db/changes/up',
      revertDir: 'db/sql/revert',
      verifyDir: 'db/sql/verify',
      extension: 'sql',
    });
    expect(sqitchLayoutFromConf('sqitch.conf', '[core]\nengine = mysql\n', () => true)).toBeUndefined();
  });

  it('top_dir = ./sql with the plan at the root: deploy scripts in plan order, revert and verify skipped', () => {
    const files = {
      'sqitch.conf': '[core]\n\tengine = pg\n\ttop_dir = ./sql\n',
      'sqitch.plan': PLAN('schema', 'users', 'accounts'),
      'sql/deploy/accounts.sql': 'CREATE TABLE app.accounts ();',
      'sql/deploy/schema.sql': 'CREATE SCHEMA app;',
      'sql/deploy/users.sql': 'CREATE TABLE app.users ();',
      'sql/revert/users.sql': 'DROP TABLE app.users;',
      'sql/verify/users.sql': 'SELECT 1 FROM app.users;',
    };
    const expected = ['sql/deploy/schema.sql', 'sql/deploy/users.sql', 'sql/deploy/accounts.sql'];
    expect(loadTree(files).map((s) => [s.path, s.framework])).toEqual(expected.map((p) => [p, 'sqitch']));
    // The seen bug: with a migrations glob the scripts were found but replayed alphabetically.
    expect(loadTree(files, { migrations: ['sql/**/*.sql'] }).map((s) => s.path)).toEqual(expected);
  });

  it('[engine "pg"] top_dir with nested change names forms one sequence ordered by the plan', () => {
    const files = {
      'sqitch.conf': '[core]\n    engine = pg\n[engine "pg"]\n    top_dir = database\n',
      'database/sqitch.plan': PLAN('schemas', 'app/tables', 'extensions'),
      'database/deploy/schemas.sql': 'CREATE SCHEMA app;',
      'database/deploy/extensions.sql': 'SELECT 1;',
      'database/deploy/app/tables.sql': 'CREATE TABLE app.t ();',
    };
    expect(loadTree(files).map((s) => s.path)).toEqual(['database/deploy/schemas.sql', 'database/deploy/app/tables.sql', 'database/deploy/extensions.sql']);
  });
});

describe('diesel', () => {
  const DIR = 'crates/models/migrations';

  it('is detected from its initial setup folder, ordered by version string, wrapped unless metadata.toml opts out', () => {
    const sources = loadTree({
      [`${DIR}/00000000000000_diesel_initial_setup/up.sql`]: 'SELECT 1;',
      [`${DIR}/00000000000000_diesel_initial_setup/down.sql`]: 'SELECT 1;',
      [`${DIR}/2018-04-04-154415_images/up.sql`]: 'SELECT 1;',
      [`${DIR}/2018-04-04-154357_files/up.sql`]: 'SELECT 1;',
      [`${DIR}/2019-01-01-000000_idx/up.sql`]: 'CREATE INDEX CONCURRENTLY i ON t (a);',
      [`${DIR}/2019-01-01-000000_idx/metadata.toml`]: 'run_in_transaction = false # CONCURRENTLY\n',
    });
    expect(sources.map((s) => s.path.slice(DIR.length + 1, s.path.indexOf('/', DIR.length + 1)))).toEqual([
      '00000000000000_diesel_initial_setup',
      '2018-04-04-154357_files',
      '2018-04-04-154415_images',
      '2019-01-01-000000_idx',
    ]);
    expect(new Set(sources.map((s) => s.framework))).toEqual(new Set(['diesel']));
    expect(sources.map((s) => s.transaction)).toEqual(['wrapped', 'wrapped', 'wrapped', 'none']);
    expect(sources[0].transactionReason).toContain('diesel');
    expect(sources[3].transactionReason).toBe('run_in_transaction = false in metadata.toml: diesel runs this up.sql outside a transaction');
  });

  it('is detected from a diesel.toml above the folder, and finds the folder its migrations_directory names', () => {
    const above = loadTree({ 'diesel.toml': '[print_schema]\nfile = "m/src/schema.rs"\n', 'm/migrations/1574432601495_a/up.sql': 'SELECT 1;' });
    expect(above.map((s) => s.framework)).toEqual(['diesel']);
    const named = loadTree({
      'server/diesel.toml': '[migrations_directory]\ndir = "../db/changes"\n',
      'db/changes/20240101120000_a/up.sql': 'SELECT 1;',
      'db/changes/20240101120000_a/down.sql': 'SELECT 2;',
    });
    expect(named.map((s) => [s.path, s.framework])).toEqual([['db/changes/20240101120000_a/up.sql', 'diesel']]);
  });

  it('leaves Hasura\'s millisecond folders to Hasura', () => {
    const sources = loadTree({ 'hasura/migrations/1574432601495_a/up.sql': 'SELECT 1;', 'hasura/config.yaml': 'version: 2\n' });
    expect(sources.map((s) => [s.framework, s.transactionReason])).toEqual([['hasura', 'Hasura applies up.sql through run_sql, inside a transaction']]);
  });
});

describe('code migrations', () => {
  const GOOSE = 'core/store/migrate/migrations';

  it('goose .go files with a version prefix take their version place, with no text', () => {
    const sources = loadTree({
      [`${GOOSE}/0035_a.sql`]: '-- +goose Up\nCREATE TABLE jobs (id int);\n',
      [`${GOOSE}/0036_external_job_id.go`]: 'package migrations',
      [`${GOOSE}/0036_external_job_id_test.go`]: 'package migrations',
      [`${GOOSE}/migrate.go`]: 'package migrations',
      [`${GOOSE}/0037_b.sql`]: '-- +goose Up\nALTER TABLE jobs ADD b int;\n',
      'cmd/0001_tool.go': 'package main',
    });
    expect(sources.map((s) => [s.path.slice(GOOSE.length + 1), s.code ?? 'sql', s.order])).toEqual([
      ['0035_a.sql', 'sql', 0],
      ['0036_external_job_id.go', 'go', 1],
      ['0037_b.sql', 'sql', 2],
    ]);
    expect(sources[1]).toMatchObject({ framework: 'goose', version: [36], text: '', reviewedText: '', directives: ['Go migration'] });
  });

  it('Flyway Java classes in the package of the scripts join their version order', () => {
    const sources = loadTree({
      'b/src/main/resources/org/x/flyway/V1__Create.sql': 'CREATE TABLE s (id int);',
      'b/src/main/resources/org/x/flyway/V3__Alter.sql': 'ALTER TABLE s ADD b int;',
      'b/src/main/java/org/x/flyway/V2__Initialize_Settings.java': 'class V2__Initialize_Settings {}',
      'c/src/main/java/org/x/other/V9__Unrelated.java': 'class V9__Unrelated {}',
      'b/src/main/java/org/x/flyway/Helper.java': 'class Helper {}',
    });
    expect(sources.map((s) => [s.path.slice(s.path.lastIndexOf('/') + 1), s.code ?? 'sql'])).toEqual([
      ['V1__Create.sql', 'sql'],
      ['V2__Initialize_Settings.java', 'java'],
      ['V3__Alter.sql', 'sql'],
    ]);
    expect(sources[1]).toMatchObject({ framework: 'flyway', version: [2], text: '', reviewedText: '' });
  });

  it('Flyway Java classes in another package of a module with one script location join that sequence', () => {
    const sql = 'dspace-api/src/main/resources/org/dspace/storage/rdbms/sqlmigration/postgres';
    const java = 'dspace-api/src/main/java/org/dspace/storage/rdbms/migration';
    const sources = loadTree({
      [`${sql}/V6.0_2015.03.07__DS-2701.sql`]: 'SELECT 1;',
      [`${sql}/V7.0_2019.05.02__DS-4239.sql`]: 'SELECT 1;',
      [`${sql.replace('/postgres', '/oracle')}/V7.0_2019.05.02__DS-4239.sql`]: 'SELECT 1;',
      [`${java}/V7_0_2018_04_16__dspace_entities.java`]: 'class V7_0_2018_04_16__dspace_entities {}',
      [`${java}/oracle/V7_0_2018_04_17__oracle_only.java`]: 'class V7_0_2018_04_17__oracle_only {}',
      'other-module/src/main/java/db/V1__Elsewhere.java': 'class V1__Elsewhere {}',
    });
    expect(sources.map((s) => s.path.slice(s.path.lastIndexOf('/') + 1))).toEqual([
      'V6.0_2015.03.07__DS-2701.sql',
      'V7_0_2018_04_16__dspace_entities.java',
      'V7.0_2019.05.02__DS-4239.sql',
    ]);
  });

  it('joins a migrations glob\'s SQL files too', () => {
    const files = { 'db/0001_a.sql': '-- +goose Up\nSELECT 1;\n', 'db/0002_b.go': 'package db' };
    expect(loadTree(files, { migrations: ['db/*.sql'] }).map((s) => s.path)).toEqual(['db/0001_a.sql', 'db/0002_b.go']);
  });
});

describe('temporal-sql-tool versioned folders', () => {
  const dir = 'schema/postgresql/v12/temporal/versioned';
  const manifest = (version: string, ...files: string[]) => JSON.stringify({ CurrVersion: version, SchemaUpdateCqlFiles: files });

  it('finds the scripts each manifest.json lists, in version then manifest order, without a glob', () => {
    const sources = loadTree({
      [`${dir}/v1.0/manifest.json`]: manifest('1.0', 'schema.sql'),
      [`${dir}/v1.0/schema.sql`]: 'CREATE TABLE executions (id bigint PRIMARY KEY);',
      [`${dir}/v1.10/manifest.json`]: manifest('1.10', 'b_second.sql', 'a_first_listed_last.sql'),
      [`${dir}/v1.10/a_first_listed_last.sql`]: 'SELECT 1;',
      [`${dir}/v1.10/b_second.sql`]: 'SELECT 1;',
      [`${dir}/v1.2/manifest.json`]: manifest('1.2', 'queue.sql'),
      [`${dir}/v1.2/queue.sql`]: 'CREATE TABLE queue (id bigint);',
      [`${dir}/v1.2/not_listed.sql`]: 'DROP TABLE executions;',
    });
    expect(sources.map((s) => s.path.slice(dir.length + 1))).toEqual([
      'v1.0/schema.sql',
      'v1.2/queue.sql',
      'v1.10/b_second.sql',
      'v1.10/a_first_listed_last.sql',
    ]);
    expect(new Set(sources.map((s) => s.transaction))).toEqual(new Set(['none']));
  });
});
