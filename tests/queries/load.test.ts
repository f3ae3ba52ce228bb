// loadQueryFile: a file read into named, parsed queries whose lines are those of the original.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQueryFile } from '../../src/queries/index.js';
import { ensureParser } from '../../src/sql/index.js';

beforeAll(async () => {
  await ensureParser();
});

describe('loadQueryFile', () => {
  it('reads a sqlc file: names, per-query parameter numbering, lines of the original', () => {
    const text = [
      'CREATE TABLE users (id bigint, email text);',
      '',
      '-- name: GetUser :one',
      'SELECT * FROM /* TEMPLATE: schema */users WHERE id = @id;',
      '',
      '-- name: UpdateEmail :exec',
      'UPDATE users',
      '   SET email = sqlc.arg(email)',
      ' WHERE id = @id;',
    ].join('\n');
    const file = loadQueryFile('db/query.sql', text);
    expect(file.format).toBe('sqlc');
    expect(file.text).toBe(text);
    expect(file.normalizedText.split('\n').length).toBe(text.split('\n').length);
    // The CREATE TABLE is schema for sqlc, not a query.
    expect(file.queries.map((q) => [q.name, q.statement.span.line, q.statement.span.endLine, q.params])).toEqual([
      ['GetUser', 4, 4, ['id']],
      ['UpdateEmail', 7, 9, ['email', 'id']],
    ]);
    expect(file.queries[1].statement.text).toBe('UPDATE users\n   SET email = $1             \n WHERE id = $2 ;');
    expect(file.queries[0].statement.text).toContain('/* TEMPLATE: schema */users');
    expect(file.queries.every((q) => q.file === 'db/query.sql' && q.statement.kind !== 'Unparsed')).toBe(true);
  });

  it('gives spans that index the normalized text', () => {
    const file = loadQueryFile('q.sql', '-- name: A :one\nSELECT sqlc.arg(a);\n-- name: B :one\nSELECT @b;\n');
    for (const query of file.queries) {
      expect(file.normalizedText.slice(query.statement.span.start, query.statement.span.end)).toBe(query.statement.text);
    }
    expect(file.queries.map((q) => q.statement.index)).toEqual([0, 1]);
  });

  it('applies pgtyped expansions of each annotation to its own query only', () => {
    const text = [
      '/*',
      '  @name InsertComments',
      '  @param comments -> ((userId!, body!)...)',
      '*/',
      'INSERT INTO book_comments (user_id, body)',
      'VALUES :comments RETURNING *;',
      '',
      '/* @name Other */',
      'SELECT :comments AS c;',
    ].join('\n');
    const file = loadQueryFile('c.sql', text);
    expect(file.format).toBe('pgtyped');
    expect(file.queries.map((q) => [q.name, q.statement.span.line, q.params])).toEqual([
      ['InsertComments', 5, ['comments.userId', 'comments.body']],
      ['Other', 9, ['comments']],
    ]);
    expect(file.queries[0].statement.text).toContain('VALUES ($1, $2)');
    expect(file.queries[1].statement.text).toBe('SELECT $1        AS c;');
  });

  it('keeps a named query without its semicolon apart from the next one', () => {
    const text = '-- name: template\nSELECT id FROM t WHERE x = $1\n\n-- name: next\nDELETE FROM t WHERE id = $1;\n';
    const file = loadQueryFile('queries/t.sql', text);
    expect(file.format).toBe('named');
    expect(file.queries.map((q) => [q.name, q.statement.kind, q.statement.span.line, q.params])).toEqual([
      ['template', 'SelectStmt', 2, ['1']],
      ['next', 'DeleteStmt', 5, ['1']],
    ]);
  });

  it('keeps a syntax error in its own query, with the line of the original', () => {
    const text = '-- name: ok\nSELECT 1;\n\n-- name: broken\nSELECT * FROM t ORDER BY %order%;\n\n-- name: after\nSELECT 2;\n';
    const file = loadQueryFile('queries/x.sql', text);
    expect(file.queries.map((q) => [q.name, q.statement.kind])).toEqual([
      ['ok', 'SelectStmt'],
      ['broken', 'Unparsed'],
      ['after', 'SelectStmt'],
    ]);
    expect(file.queries[1].statement.syntaxError).toMatchObject({ line: 5, message: expect.stringContaining('%') });
  });

  it('reads a plain file as one query per statement, without names, and skips comment-only text', () => {
    const text = '-- reports\nSELECT count(*) FROM orders WHERE placed_at > $1;\n/* nothing here */\nSELECT * FROM orders WHERE id = :id;\n-- end\n';
    const file = loadQueryFile('reports/query.sql', text);
    expect(file.format).toBe('plain');
    expect(file.queries.map((q) => [q.name, q.statement.span.line, q.params])).toEqual([
      [undefined, 2, ['1']],
      [undefined, 4, ['id']],
    ]);
  });

  it('collects ignore directives for the file and for each statement', () => {
    const text = [
      '-- pg-migration-review: ignore-file select-star -- generated',
      '-- name: A :many',
      '-- pg-migration-review: ignore missing-index-for-query -- tiny table',
      'SELECT * FROM t WHERE a = @a;',
    ].join('\n');
    const file = loadQueryFile('q.sql', text);
    expect(file.fileIgnores.map((d) => [d.scope, d.rules, d.line])).toEqual([['file', ['select-star'], 1]]);
    expect(file.queries[0].statement.ignores.map((d) => [d.rules, d.line])).toEqual([[['missing-index-for-query'], 3]]);
  });

  it('keeps columns when the query shares a line with the one before it', () => {
    const text = '-- name: A :one\nSELECT @a; -- name: B :one\nSELECT @b;';
    const file = loadQueryFile('q.sql', text);
    expect(file.queries.map((q) => [q.name, q.statement.span.line, q.statement.span.column])).toEqual([
      ['A', 2, 1],
      ['B', 3, 1],
    ]);
  });
});
