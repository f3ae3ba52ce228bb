// The base-schema key: a repository-relative file path, checked where the config names it.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { RULE_IDS } from '../../src/rules/index.js';

const parse = (text: string) => parseConfig(text, '.pg-migration-review.yml', RULE_IDS);

describe('base-schema', () => {
  it('takes a repository-relative path, without a leading ./', () => {
    expect(parse('base-schema: ./db/structure.sql\n').baseSchema).toBe('db/structure.sql');
    expect(parse('fail-on: error\n').baseSchema).toBeUndefined();
  });

  it.each([
    ['an absolute path', 'base-schema: /etc/schema.sql', '"/etc/schema.sql"'],
    ['a path out of the repository', 'base-schema: ../other/schema.sql', '"../other/schema.sql"'],
    ['a list', 'base-schema: [a.sql, b.sql]', '["a.sql","b.sql"]'],
    ['nothing', 'base-schema:', 'null'],
  ])('rejects %s with the file and line', (_what, line, shown) => {
    expect(() => parse(`fail-on: error\n${line}\n`)).toThrow(
      new ConfigError(`.pg-migration-review.yml:2: "base-schema" must be a file path relative to the repository root, got ${shown}`),
    );
  });
});
