import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedSql, SqlStatement } from '../../src/core/sql-types.js';
import { ensureParser, parseSqlFile } from '../../src/sql/index.js';

beforeAll(() => ensureParser());

/** Each statement's text equals its span's slice of the source. */
function expectConsistent(source: string, parsed: ParsedSql): void {
  let previousEnd = 0;
  parsed.statements.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.text).toBe(source.slice(s.span.start, s.span.end));
    expect(s.span.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.span.end;
  });
}

function brief(s: SqlStatement) {
  return { kind: s.kind, line: s.span.line, column: s.span.column, text: s.text };
}

describe('parseSqlFile: statements and spans', () => {
  it('cuts statements from first keyword to semicolon, skipping leading comments', () => {
    const source = [
      '-- create the table',
      '/* a block /* nested */ comment */',
      'CREATE TABLE a (id int);',
      '',
      '  -- then an index',
      '  CREATE INDEX a_id ON a (id) ;  -- trailing',
      'ALTER TABLE a ADD COLUMN b text',
      '-- end of file',
      '',
    ].join('\n');
    const parsed = parseSqlFile(source);
    expectConsistent(source, parsed);
    expect(parsed.statements.map(brief)).toEqual([
      { kind: 'CreateStmt', line: 3, column: 1, text: 'CREATE TABLE a (id int);' },
      { kind: 'IndexStmt', line: 6, column: 3, text: 'CREATE INDEX a_id ON a (id) ;' },
      { kind: 'AlterTableStmt', line: 7, column: 1, text: 'ALTER TABLE a ADD COLUMN b text' },
    ]);
    const index = parsed.statements[1];
    expect(index.ast).toHaveProperty('IndexStmt.idxname', 'a_id');
    expect(index.span).toMatchObject({ endLine: 6, endColumn: 32 });
    expect(parsed.statements[2].syntaxError).toBeUndefined();
  });

  it('finds the right lines after multibyte comments (é, emoji, CJK)', () => {
    const source = '-- café 😀 迁移\nCREATE TABLE a (id int);\n/* ünïcödé 👍 */ ALTER TABLE a ADD COLUMN b int;\n-- 中文\nDROP TABLE a;';
    const parsed = parseSqlFile(source);
    expectConsistent(source, parsed);
    expect(parsed.statements.map(brief)).toEqual([
      { kind: 'CreateStmt', line: 2, column: 1, text: 'CREATE TABLE a (id int);' },
      { kind: 'AlterTableStmt', line: 3, column: 18, text: 'ALTER TABLE a ADD COLUMN b int;' },
      { kind: 'DropStmt', line: 5, column: 1, text: 'DROP TABLE a;' },
    ]);
  });

  it('keeps indexes relative to the given text when it starts with a BOM', () => {
    const source = '\uFEFFCREATE TABLE a (id int);\nSELECT 1;';
    const parsed = parseSqlFile(source);
    expectConsistent(source, parsed);
    expect(parsed.statements.map((s) => [s.kind, s.span.start, s.span.line, s.span.column])).toEqual([
      ['CreateStmt', 1, 1, 2],
      ['SelectStmt', 26, 2, 1],
    ]);
  });

  it('gives exact lines and columns in CRLF files', () => {
    const source = '-- header\r\nCREATE TABLE a (id int);\r\n\r\n  SELECT 1;\r\nSELECT\r\n  2;\r\n';
    const parsed = parseSqlFile(source);
    expectConsistent(source, parsed);
    expect(parsed.statements.map((s) => [s.span.line, s.span.column, s.span.endLine, s.span.endColumn])).toEqual([
      [2, 1, 2, 25],
      [4, 3, 4, 12],
      [5, 1, 6, 5],
    ]);
    expect(parsed.statements[2].text).toBe('SELECT\r\n  2;');
  });

  it('does not split inside quotes, dollar quotes and tagged dollar quotes', () => {
    const source = [
      "INSERT INTO t VALUES ('a;b', E'it\\'s; fine', \"odd;name\");",
      'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $fn$',
      'BEGIN',
      "  RAISE NOTICE 'x;'; -- ; in a comment inside the body",
      '  RETURN NEW;',
      'END;',
      '$fn$;',
      'DO $$ BEGIN PERFORM 1; END $$;',
      'SELECT $a$ $b$ ; $b$ $a$;',
    ].join('\n');
    const parsed = parseSqlFile(source);
    expectConsistent(source, parsed);
    expect(parsed.statements.map((s) => [s.kind, s.span.line])).toEqual([
      ['InsertStmt', 1],
      ['CreateFunctionStmt', 2],
      ['DoStmt', 8],
      ['SelectStmt', 9],
    ]);
    expect(parsed.statements[1].text.endsWith('$fn$;')).toBe(true);
  });

  it('keeps a BEGIN ATOMIC function body whole, also when the file has a syntax error', () => {
    const body = [
      'CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql',
      'BEGIN ATOMIC',
      '  SELECT CASE WHEN a > 0 THEN a ELSE 0 END;',
      '  SELECT a + b;',
      'END;',
    ].join('\n');
    for (const tail of ['SELECT 1;', 'SELEC 1;']) {
      const source = `${body}\n${tail}`;
      const parsed = parseSqlFile(source);
      expectConsistent(source, parsed);
      expect(parsed.statements.map((s) => [s.kind, s.span.line])).toEqual([
        ['CreateFunctionStmt', 1],
        [tail === 'SELECT 1;' ? 'SelectStmt' : 'Unparsed', 6],
      ]);
      expect(parsed.statements[0].text).toBe(body);
    }
  });

  it('handles empty files, blank files and files of only comments', () => {
    for (const source of ['', '  \n\t\r\n', '-- nothing here\n/* still /* nothing */ */\n', ';;\n;']) {
      const parsed = parseSqlFile(source);
      expect(parsed.statements).toEqual([]);
      expect(parsed.fileIgnores).toEqual([]);
    }
  });

  it('masks psql meta-commands, keeping the other statements at their lines', () => {
    const source = "\\set ON_ERROR_STOP on\nCREATE TABLE a (id int);\n  \\connect other\nSELECT '\n\\not a command';";
    const parsed = parseSqlFile(source);
    expectConsistent(source, parsed);
    expect(parsed.statements.map((s) => [s.kind, s.span.line, s.syntaxError])).toEqual([
      ['CreateStmt', 2, undefined],
      ['SelectStmt', 4, undefined],
    ]);
    expect(parsed.statements[1].text).toBe("SELECT '\n\\not a command';");
  });
});

describe('parseSqlFile: syntax errors', () => {
  it('reports a bad statement in the middle and keeps its neighbours parsed', () => {
    const source = [
      '-- 1',
      'CREATE TABLE a (id int);',
      '-- 2 (broken)',
      'ALTER TABLE a',
      '  ADD COLUMN COLUMN b text;',
      '-- 3',
      'CREATE INDEX a_id ON a (id);',
      '-- 4 ☃',
      'DROP TABLE a',
    ].join('\n');
    const parsed = parseSqlFile(source);
    expectConsistent(source, parsed);
    expect(parsed.statements.map((s) => [s.kind, s.span.line, s.ast !== undefined])).toEqual([
      ['CreateStmt', 2, true],
      ['Unparsed', 4, false],
      ['IndexStmt', 7, true],
      ['DropStmt', 9, true],
    ]);
    expect(parsed.statements[1].syntaxError).toEqual({ message: 'syntax error at or near "COLUMN"', line: 5, column: 14 });
    expect(parsed.statements[1].text).toBe('ALTER TABLE a\n  ADD COLUMN COLUMN b text;');
  });

  it('locates errors exactly after multibyte text (the cursor counts characters)', () => {
    const source = "-- 😀😀 café\nSELECT '中文';\nSELECT 1 2;\nSELECT 3;";
    const parsed = parseSqlFile(source);
    expect(parsed.statements.map((s) => s.kind)).toEqual(['SelectStmt', 'Unparsed', 'SelectStmt']);
    expect(parsed.statements[1].syntaxError).toEqual({ message: 'syntax error at or near "2"', line: 3, column: 10 });
  });

  it('reports several errors, each at its own statement', () => {
    const source = 'SELECT 1;\nSELEC 2;\nSELECT 3;\nCREATE TABLE (;\nSELECT 5;\nSELECT 6 +;';
    const parsed = parseSqlFile(source);
    expectConsistent(source, parsed);
    expect(parsed.statements.map((s) => [s.kind, s.span.line, s.syntaxError?.line])).toEqual([
      ['SelectStmt', 1, undefined],
      ['Unparsed', 2, 2],
      ['SelectStmt', 3, undefined],
      ['Unparsed', 4, 4],
      ['SelectStmt', 5, undefined],
      ['Unparsed', 6, 6],
    ]);
  });

  it('reports an unclosed parenthesis without swallowing the statements after it', () => {
    const source = 'CREATE TABLE a (id int;\nCREATE TABLE b (id int);\nSELECT 1;';
    const parsed = parseSqlFile(source);
    expect(parsed.statements.map((s) => [s.kind, s.span.line])).toEqual([
      ['Unparsed', 1],
      ['CreateStmt', 2],
      ['SelectStmt', 3],
    ]);
    expect(parsed.statements[0].syntaxError).toMatchObject({ line: 1, column: 23 });
  });

  it('reports an unterminated string at the end as one statement', () => {
    const source = "SELECT 1;\n-- x\nSELECT 'abc;\nSELECT 3;\n";
    const parsed = parseSqlFile(source);
    expectConsistent(source, parsed);
    expect(parsed.statements.map((s) => [s.kind, s.span.line])).toEqual([
      ['SelectStmt', 1],
      ['Unparsed', 3],
    ]);
    expect(parsed.statements[1].text).toBe("SELECT 'abc;\nSELECT 3;");
    expect(parsed.statements[1].syntaxError).toMatchObject({ line: 3, column: 8 });
    expect(parsed.statements[1].syntaxError?.message).toMatch(/^unterminated quoted string/);
  });

  it('reports an unterminated dollar quote and an unterminated comment', () => {
    const dollar = parseSqlFile('SELECT 1;\nDO $body$ BEGIN; END;\n');
    expect(dollar.statements.map((s) => [s.kind, s.span.line, s.syntaxError?.line])).toEqual([
      ['SelectStmt', 1, undefined],
      ['Unparsed', 2, 2],
    ]);
    expect(dollar.statements[1].syntaxError?.message).toMatch(/^unterminated dollar-quoted string/);

    const comment = parseSqlFile('SELECT 1;\nSELECT 2 /* never closed\n');
    expect(comment.statements[1]).toMatchObject({ kind: 'Unparsed', text: 'SELECT 2 /* never closed' });
    expect(comment.statements[1].syntaxError).toMatchObject({ line: 2, column: 10 });
    expect(comment.statements[1].syntaxError?.message).toMatch(/^unterminated \/\* comment/);
  });

  it('treats a no-break space as PostgreSQL does (an identifier, so an error), not as whitespace', () => {
    const parsed = parseSqlFile('DROP TABLE a;\u00a0\n');
    expect(parsed.statements.map((s) => [s.kind, s.text])).toEqual([
      ['DropStmt', 'DROP TABLE a;'],
      ['Unparsed', '\u00a0'],
    ]);
  });
});

describe('parseSqlFile: performance', () => {
  const statements = Array.from(
    { length: 10_000 },
    (_, i) => `-- step ${i} é\nALTER TABLE t${i} ADD COLUMN c${i} varchar(50) NOT NULL DEFAULT 'a;b';`,
  );

  it('splits a 10,000-statement file, with one error and with 200, keeping every statement and line', () => {
    const good = statements.join('\n');
    const parsed = parseSqlFile(good);
    expect(parsed.statements).toHaveLength(10_000);
    expect(parsed.statements[9_999].span.line).toBe(20_000);

    const bad = good.replace('ADD COLUMN c5000 ', 'ADD COLUMN c5000 COLUMN ');
    const recovered = parseSqlFile(bad);
    expect(recovered.statements).toHaveLength(10_000);
    expect(recovered.statements.filter((s) => s.syntaxError).map((s) => s.index)).toEqual([5000]);
    expect(recovered.statements[9_999].span.line).toBe(20_000);

    let many = good;
    for (let k = 0; k < 10_000; k += 50) many = many.replace(`ADD COLUMN c${k} `, `ADD COLUMN c${k} COLUMN `);
    const manyErrors = parseSqlFile(many);
    expect(manyErrors.statements.filter((s) => s.syntaxError)).toHaveLength(200);

    // Speed is measured in bench/ (its parse column), not here: a busy machine must not fail this test.
  });
});
