import { beforeAll, describe, expect, it } from 'vitest';
import { splitAtSemicolons } from '../../src/sql/boundaries.js';
import { ensureParser } from '../../src/sql/index.js';
import { lexSql, skipTrivia, tokenize, type LexToken } from '../../src/sql/lexer.js';
import { maskNonSql } from '../../src/sql/mask.js';
import { Utf8Offsets } from '../../src/sql/offsets.js';

beforeAll(() => ensureParser());

/** The tokens that decide statement boundaries and ignore comments, as comparable strings. */
function significant(text: string, tokens: LexToken[]): string[] {
  return tokens.filter((t) => t.kind === 'comment' || t.kind === 'semicolon' || t.kind === 'string').map((t) => `${t.kind} ${text.slice(t.start, t.end)}`);
}

describe('lexSql (the fallback lexer) agrees with PostgreSQL\'s scanner', () => {
  it.each([
    ["SELECT 'a;''b', E'c\\';d', e'\\\\'; SELECT 2;"],
    ['SELECT "weird;""name" FROM t; -- x;y\nSELECT 1;'],
    ['SELECT $$a;$$, $tag$ $$ ; $tag$, $1, a$b$ FROM t;'],
    ['/* outer /* inner ; */ still ; comment */ SELECT 1;'],
    ["SELECT U&'d\\0061t;a', B'101', X'1F', n'w;', 1.5e-3, 1e5, U&\"a;b\";"],
    ['SELECT 1;\n-- café 😀 ; 中\nSELECT $ñ$;$ñ$;'],
  ])('on %j', (text) => {
    const offsets = new Utf8Offsets(text);
    expect(significant(text, lexSql(text))).toEqual(significant(text, tokenize(text, offsets)));
  });

  it('runs unterminated quotes and comments to the end', () => {
    expect(lexSql("SELECT 'abc; SELECT 1;").map((t) => t.kind)).toEqual(['word', 'string']);
    expect(lexSql('SELECT $x$ abc; SELECT 1;').map((t) => t.kind)).toEqual(['word', 'string']);
    expect(lexSql('SELECT 1 /* abc; /* */ SELECT 1;').map((t) => t.kind)).toEqual(['word', 'other', 'comment']);
  });

  it('falls back to lexSql when the scanner rejects the text', () => {
    const text = "SELECT 1; SELECT 'open";
    const tokens = tokenize(text, new Utf8Offsets(text));
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'other', 'semicolon', 'word', 'string']);
  });

  it('marks psql meta-commands only at the start of a line', () => {
    const tokens = lexSql("\\set x 1\nSELECT 1; \\echo no\n  \\connect db\nSELECT '\n\\q';");
    expect(tokens.filter((t) => t.kind === 'meta').length).toBe(2);
  });
});

describe('maskNonSql', () => {
  it('blanks the BOM and meta-command lines without moving anything', () => {
    const text = '\uFEFF\\set a 😀\nSELECT 1;';
    const masked = maskNonSql(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe(' '.repeat(10) + '\nSELECT 1;');
  });
});

describe('splitAtSemicolons', () => {
  function pieces(text: string): string[] {
    return splitAtSemicolons(lexSql(text), 0, text.length).map((c) => text.slice(c.start, c.end).trim());
  }

  it('cuts at top-level semicolons and keeps the unterminated tail', () => {
    expect(pieces('SELECT 1; SELECT 2;\nSELECT 3')).toEqual(['SELECT 1;', 'SELECT 2;', 'SELECT 3']);
  });

  it('does not cut inside BEGIN ATOMIC ... END, even with CASE ... END inside', () => {
    const fn = 'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END;';
    expect(pieces(`${fn} SELECT 3;`)).toEqual([fn, 'SELECT 3;']);
  });

  it('treats a transaction BEGIN and END as ordinary statements', () => {
    expect(pieces('BEGIN; SELECT 1; END;')).toEqual(['BEGIN;', 'SELECT 1;', 'END;']);
    expect(pieces('BEGIN ATOMIC; SELECT 1;')).toEqual(['BEGIN ATOMIC;', 'SELECT 1;']);
  });

  it('knows procedure bodies and CREATE OR REPLACE', () => {
    const proc = 'CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END;';
    expect(pieces(`${proc}\nSELECT 1;`)).toEqual([proc, 'SELECT 1;']);
  });
});

describe('skipTrivia', () => {
  it('skips whitespace and comments, stopping at an unterminated comment', () => {
    const text = '  -- a\n /* b /* c */ */\tSELECT';
    expect(skipTrivia(text, 0, text.length)).toBe(text.indexOf('SELECT'));
    expect(skipTrivia(' /* open', 0, 8)).toBe(1);
  });
});
