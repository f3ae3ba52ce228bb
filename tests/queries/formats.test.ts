// Format detection, annotations and the regions a query file is cut into.
import { describe, expect, it } from 'vitest';
import { detectQueryFormat, hasTemplatePlaceholder, queryRegions, readAnnotation } from '../../src/queries/index.js';

describe('detectQueryFormat', () => {
  it('recognizes each sqlc command', () => {
    for (const command of ['one', 'many', 'exec', 'execrows', 'execresult', 'batchexec', 'batchmany', 'batchone', 'copyfrom']) {
      expect(detectQueryFormat(`-- name: GetUser :${command}\nSELECT 1;`)).toBe('sqlc');
    }
    expect(detectQueryFormat('/* name: GetUser :one */\nSELECT 1;')).toBe('sqlc');
  });

  it('recognizes pgtyped, named and plain files', () => {
    expect(detectQueryFormat('/* @name FindBook */\nSELECT * FROM books WHERE id = :id;')).toBe('pgtyped');
    expect(detectQueryFormat('/*\n  @name InsertBooks\n  @param books -> ((rank!, name)...)\n*/\nINSERT INTO books VALUES :books;')).toBe('pgtyped');
    expect(detectQueryFormat('-- name: get-user\nSELECT * FROM users WHERE id = $1;')).toBe('named');
    expect(detectQueryFormat('SELECT 1;\n-- a comment\nSELECT 2;')).toBe('plain');
  });

  it('ignores annotations inside strings', () => {
    expect(detectQueryFormat("SELECT '-- name: X :one', '/* @name Y */';")).toBe('plain');
  });
});

describe('readAnnotation', () => {
  it('reads a sqlc name and command', () => {
    expect(readAnnotation('-- name: GetUser :one', 'sqlc')).toMatchObject({ name: 'GetUser', command: 'one' });
    expect(readAnnotation('-- a comment', 'sqlc')).toBeUndefined();
  });

  it('reads pgtyped @param expansions of each kind', () => {
    const annotation = readAnnotation(
      '/*\n  @name Q\n  @param ids -> (...)\n  @param tags -> [...]\n  @param one -> (a, b!)\n  @param rows -> ((x!, y)...)\n*/',
      'pgtyped',
    );
    expect(annotation?.name).toBe('Q');
    expect(Object.fromEntries(annotation!.expansions)).toEqual({
      ids: { kind: 'spread' },
      tags: { kind: 'arrayLiteral' },
      one: { kind: 'pick', fields: ['a', 'b'] },
      rows: { kind: 'pickSpread', fields: ['x', 'y'] },
    });
  });
});

describe('queryRegions', () => {
  it('gives each statement the annotation directly before it', () => {
    const text = '/* A query to get all comments */\n/* @name GetAll */\nSELECT 1;\n\n/* @name GetOne */\nSELECT 2;\n';
    const regions = queryRegions(text, 'pgtyped');
    const named = regions.filter((r) => text.slice(r.start, r.end).includes('SELECT'));
    expect(named.map((r) => r.annotation?.name)).toEqual(['GetAll', 'GetOne']);
  });

  it('covers the whole text with contiguous regions', () => {
    const text = '-- header\n-- name: a :one\nSELECT 1;\n-- name: b :many\nSELECT 2;\n-- trailing';
    const regions = queryRegions(text, 'sqlc');
    expect(regions[0].start).toBe(0);
    expect(regions[regions.length - 1].end).toBe(text.length);
    for (let i = 1; i < regions.length; i++) expect(regions[i].start).toBe(regions[i - 1].end);
  });

  it('starts a new query at an annotation even when the previous one has no semicolon', () => {
    const text = '-- name: template\n-- raw: true\nSELECT id FROM t\n\n-- name: next\nDELETE FROM t WHERE id = $1;\n';
    const regions = queryRegions(text, 'named').filter((r) => text.slice(r.start, r.end).trim() !== '');
    expect(regions.map((r) => [r.annotation?.name, text.slice(r.start, r.end).trim().split('\n').pop()])).toEqual([
      ['template', 'SELECT id FROM t'],
      ['next', 'DELETE FROM t WHERE id = $1;'],
    ]);
  });

  it('in named files, a statement without a name belongs to the query named before it', () => {
    const text = '-- name: two-steps\nUPDATE a SET x = 1;\nUPDATE b SET y = 2;\n';
    const names = queryRegions(text, 'named')
      .filter((r) => text.slice(r.start, r.end).includes('UPDATE'))
      .map((r) => r.annotation?.name);
    expect(names).toEqual(['two-steps', 'two-steps']);
  });

  it('in sqlc files, a statement without a name has no annotation', () => {
    const text = 'CREATE TABLE t (id int);\n\n-- name: Get :one\nSELECT * FROM t;\n';
    const regions = queryRegions(text, 'sqlc').filter((r) => text.slice(r.start, r.end).trim() !== '');
    expect(regions.map((r) => r.annotation?.name)).toEqual([undefined, 'Get']);
  });
});

describe('hasTemplatePlaceholder', () => {
  it('finds %name% placeholders in SQL, not in strings or the modulo operator', () => {
    expect(hasTemplatePlaceholder('SELECT * FROM t ORDER BY %order%;')).toBe(true);
    expect(hasTemplatePlaceholder('WITH subs AS (%query%) SELECT 1;')).toBe(true);
    expect(hasTemplatePlaceholder('SELECT count(*) FROM %s WHERE id = $1;')).toBe(true);
    expect(hasTemplatePlaceholder("SELECT * FROM t WHERE name LIKE '%abc%';")).toBe(false);
    expect(hasTemplatePlaceholder('SELECT a % b, c %e, f%g FROM t;')).toBe(false);
  });
});
