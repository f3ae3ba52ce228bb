import { beforeAll, describe, expect, it } from 'vitest';
import { ensureParser, parseIgnoreComment, parseSqlFile } from '../../src/sql/index.js';

beforeAll(() => ensureParser());

describe('parseIgnoreComment', () => {
  it('reads rule ids separated by commas or spaces, and the reason after a second --', () => {
    expect(parseIgnoreComment('-- pg-migration-review: ignore require-concurrent-index, ban-drop-column -- table has 10 rows')).toEqual({
      scope: 'statement',
      rules: ['require-concurrent-index', 'ban-drop-column'],
      reason: 'table has 10 rows',
    });
    expect(parseIgnoreComment('--pg-migration-review:ignore a b,c')).toEqual({ scope: 'statement', rules: ['a', 'b', 'c'] });
    expect(parseIgnoreComment('-- pg-migration-review: ignore-file not-a-rule')).toEqual({ scope: 'file', rules: ['not-a-rule'] });
  });

  it('accepts the block comment form, reason included', () => {
    expect(parseIgnoreComment('/* pg-migration-review: ignore lock-timeout -- reviewed by DBA */')).toEqual({
      scope: 'statement',
      rules: ['lock-timeout'],
      reason: 'reviewed by DBA',
    });
  });

  it('ignores comments that are not directives', () => {
    expect(parseIgnoreComment('-- pg-migration-review is great')).toBeUndefined();
    expect(parseIgnoreComment('-- pg-migration-review: ignored x')).toBeUndefined();
    expect(parseIgnoreComment('-- ignore x')).toBeUndefined();
  });
});

describe('ignore comments in parseSqlFile', () => {
  it('applies a statement directive to the next statement only', () => {
    const source = [
      'CREATE TABLE a (id int);',
      '-- pg-migration-review: ignore require-concurrent-index -- empty table',
      '-- an ordinary comment',
      'CREATE INDEX a_id ON a (id);',
      'CREATE INDEX a_id2 ON a (id);',
    ].join('\n');
    const { statements, fileIgnores } = parseSqlFile(source);
    expect(statements.map((s) => s.ignores)).toEqual([
      [],
      [{ scope: 'statement', rules: ['require-concurrent-index'], reason: 'empty table', line: 2 }],
      [],
    ]);
    expect(fileIgnores).toEqual([]);
  });

  it('collects file directives anywhere, and several statement directives before one statement', () => {
    const source = [
      'SELECT 1;',
      '/* pg-migration-review: ignore a */ -- pg-migration-review: ignore b, c',
      'SELECT 2;',
      '-- pg-migration-review: ignore-file d -- generated file',
      '-- pg-migration-review: ignore e',
    ].join('\n');
    const { statements, fileIgnores } = parseSqlFile(source);
    expect(statements[1].ignores).toEqual([
      { scope: 'statement', rules: ['a'], line: 2 },
      { scope: 'statement', rules: ['b', 'c'], line: 2 },
    ]);
    expect(statements[0].ignores).toEqual([]);
    // `ignore e` has no statement after it: it silences nothing.
    expect(fileIgnores).toEqual([{ scope: 'file', rules: ['d'], reason: 'generated file', line: 4 }]);
  });

  it('does not take a comment inside a statement, or text in a string, as a directive for the next one', () => {
    const source = [
      'ALTER TABLE a -- pg-migration-review: ignore x',
      '  ADD COLUMN b int;',
      "SELECT '-- pg-migration-review: ignore-file y';",
      'SELECT 3;',
    ].join('\n');
    const { statements, fileIgnores } = parseSqlFile(source);
    expect(statements.map((s) => s.ignores)).toEqual([[], [], []]);
    expect(fileIgnores).toEqual([]);
  });

  it('finds directives in files with a syntax error, and on CRLF lines', () => {
    const source = 'SELEC 1;\r\n-- pg-migration-review: ignore z\r\nSELECT 2;\r\n';
    const { statements } = parseSqlFile(source);
    expect(statements.map((s) => s.kind)).toEqual(['Unparsed', 'SelectStmt']);
    expect(statements[1].ignores).toEqual([{ scope: 'statement', rules: ['z'], line: 2 }]);
  });
});
