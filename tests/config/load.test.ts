import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';

const RULES = ['require-concurrent-index', 'drop-column'];
const parse = (text: string) => parseConfig(text, '.pg-migration-review.yml', RULES);

describe('config file', () => {
  it('merges every documented key over the defaults', () => {
    const config = parse(
      [
        'postgres-version: 14',
        'migrations: db/migrations/*.sql',
        'queries: [queries/**/*.sql, "!queries/legacy/**"]',
        'framework: goose',
        'fail-on: warning',
        'rules:',
        '  drop-column: warning',
        '  require-concurrent-index: off',
        'statement-timeout: 5000',
        'memory-limit: 1024',
        'max-indexes-per-table: 6',
        'large-table-rows: 5000000',
        'table-rows:',
        '  orders: 12000000',
        '  billing.invoices: 300',
      ].join('\n'),
    );
    expect(config).toEqual({
      ...DEFAULT_CONFIG,
      postgresVersion: 14,
      migrations: ['db/migrations/*.sql'],
      queries: ['queries/**/*.sql', '!queries/legacy/**'],
      framework: 'goose',
      failOn: 'warning',
      rules: { 'drop-column': 'warning', 'require-concurrent-index': 'off' },
      statementTimeoutMs: 5000,
      memoryLimitMb: 1024,
      maxIndexesPerTable: 6,
      largeTableRows: 5000000,
      tableRows: { orders: 12000000, 'billing.invoices': 300 },
    });
  });

  it('treats an empty file and a missing default file as the defaults', () => {
    expect(parse('')).toEqual({ ...DEFAULT_CONFIG, rules: {}, tableRows: {} });
    const root = mkdtempSync(join(tmpdir(), 'pgmr-config-'));
    expect(loadConfig({ root, knownRuleIds: RULES })).toEqual(DEFAULT_CONFIG);
    expect(() => loadConfig({ root, file: join(root, 'nope.yml'), knownRuleIds: RULES })).toThrow(/config file not found/);
    writeFileSync(join(root, '.pg-migration-review.yml'), 'fail-on: never\n');
    expect(loadConfig({ root, knownRuleIds: RULES }).failOn).toBe('never');
  });

  it.each([
    ['postgres-version: 9', /:1: "postgres-version" must be an integer from 10 to 18, got 9/],
    ['\n\nfail-on: sometimes', /:3: "fail-on" must be one of error, warning, never, got "sometimes"/],
    ['framework: rails', /"framework" must be one of plain, golang-migrate/],
    ['failOn: error', /:1: unknown key "failOn"; expected one of postgres-version/],
    ['rules:\n  no-such-rule: error', /:2: unknown rule "no-such-rule" in rules/],
    ['rules:\n  drop-column: loud', /:2: rule "drop-column" must be one of error, escalate, warning, notice, off, got "loud"/],
    ['migrations: [1, 2]', /"migrations" must be a glob or a list of globs/],
    ['rules: [a]', /"rules" must map rule ids/],
    ['- a\n- b', /must be a mapping/],
    ['table-rows:\n  orders: lots', /:2: "table-rows" entry "orders" must be a whole number of rows, got "lots"/],
    ['fail-on: [error\n', /invalid YAML/],
  ])('rejects %j with a message naming the file, line and accepted values', (text, message) => {
    expect(() => parse(text)).toThrow(ConfigError);
    expect(() => parse(text)).toThrow(message);
  });
});
