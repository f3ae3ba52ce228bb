import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureParser } from '../../src/sql/index.js';
import { LineMap, Utf8Offsets, lineColumnAt } from '../../src/sql/offsets.js';
import { parseSync, SqlParseError } from '../../src/sql/parser.js';

beforeAll(() => ensureParser());

describe('Utf8Offsets with real parser offsets', () => {
  it.each([
    ['é', '-- café\n'],
    ['emoji (surrogate pair, 4 bytes)', '-- ship it 🚀🚀\n'],
    ['CJK (3 bytes each)', '/* 迁移脚本 */\n'],
    ['mixed', "-- ü 😀 中\nSELECT 'ñ';\n-- 👍\n"],
  ])('maps stmt_location after %s to the statement keyword', (_label, prefix) => {
    const text = `${prefix}CREATE TABLE a (id int);\nSELECT 1;`;
    const stmts = parseSync(text).stmts ?? [];
    const offsets = new Utf8Offsets(text);
    const last = stmts[stmts.length - 1];
    expect(offsets.indexOf(last.stmt_location ?? 0)).toBe(text.indexOf('SELECT 1'));
    // The byte offset really differs from the string index, so the conversion is doing work.
    expect(last.stmt_location).not.toBe(text.indexOf('SELECT 1'));
  });

  it('maps a syntax error cursor (counted in code points) to the string index', () => {
    const text = '-- 😀 café 中\nSELECT 1;\nSELEC 2;';
    let cursor = -1;
    try {
      parseSync(text);
    } catch (error) {
      if (error instanceof SqlParseError) cursor = error.cursor;
    }
    const offsets = new Utf8Offsets(text);
    expect(offsets.indexOfCodePoint(cursor)).toBe(text.indexOf('SELEC 2'));
  });

  it('agrees with Buffer.byteLength and code point counts on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const offsets = new Utf8Offsets(text);
        expect(offsets.byteLength).toBe(Buffer.byteLength(text));
        let index = 0;
        let codePoint = 0;
        for (const char of text) {
          const bytes = Buffer.byteLength(text.slice(0, index));
          expect(offsets.byteOf(index)).toBe(bytes);
          expect(offsets.indexOf(bytes)).toBe(index);
          expect(offsets.codePointOf(index)).toBe(codePoint);
          expect(offsets.indexOfCodePoint(codePoint)).toBe(index);
          index += char.length;
          codePoint++;
        }
        expect(offsets.indexOf(offsets.byteLength)).toBe(text.length);
      }),
    );
  });

  it('is the identity on ASCII text', () => {
    const offsets = new Utf8Offsets('select 1;');
    expect(offsets.indexOf(7)).toBe(7);
    expect(offsets.byteOf(7)).toBe(7);
    expect(offsets.indexOf(99)).toBe(9);
  });
});

describe('LineMap', () => {
  it('gives 1-based lines and columns with LF', () => {
    const text = 'a\nbc\n\nd';
    const lines = new LineMap(text);
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(3)).toEqual({ line: 2, column: 2 });
    expect(lines.position(5)).toEqual({ line: 3, column: 1 });
    expect(lines.position(6)).toEqual({ line: 4, column: 1 });
    expect(lines.position(7)).toEqual({ line: 4, column: 2 }); // end of text
    expect(lines.lineCount).toBe(4);
  });

  it('ends CRLF lines at \\n, so the \\r never counts in the next line', () => {
    const text = 'select 1;\r\n  select 2;\r\n';
    const lines = new LineMap(text);
    expect(lines.position(text.indexOf('select 2'))).toEqual({ line: 2, column: 3 });
    expect(lines.position(text.indexOf('\r'))).toEqual({ line: 1, column: 10 });
  });

  it('does not break lines at a lone \\r', () => {
    expect(lineColumnAt('a\rb', 2)).toEqual({ line: 1, column: 3 });
  });

  it('counts columns in UTF-16 units after multibyte text', () => {
    expect(lineColumnAt('-- 😀\nx 😀 y', 10)).toEqual({ line: 2, column: 5 });
    expect(new LineMap('a\nb').lineStart(2)).toBe(2);
  });
});
