// Property tests: whatever text a file holds, statement splitting and line mapping give a
// consistent answer (no crash, statements in order and inside the file, lines within the file).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeParameters, type PgtypedExpansion } from '../../src/queries/index.js';
import type { QueryFormat } from '../../src/core/query-types.js';
import { lexSql } from '../../src/sql/lexer.js';
import { ensureParser, LineMap, lineColumnAt, parseSqlFile, Utf8Offsets } from '../../src/sql/index.js';

beforeAll(async () => {
  await ensureParser();
});

/** Pieces that matter to a SQL lexer: quotes, dollar quotes, comments, separators, odd characters. */
const SQL_PIECES = [
  'SELECT 1', 'select', 'CREATE TABLE t (id int)', "INSERT INTO t VALUES (1, 'a;b')", 'ALTER TABLE t ADD COLUMN c text',
  'CREATE INDEX i ON t (c)', 'BEGIN', 'COMMIT', 'END', 'CASE', 'ATOMIC', 'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC',
  ' ', '  ', '\t', '\n', '\r\n', '\r', '\f', ';', ';;', ',', '(', ')', '[', ']', '+', '::', '=', '1', 'x', 'e', 'U&',
  "'", "''", "E'\\''", '"', '""', '$$', '$a$', '$1', '--', '-- c\n', '/*', '*/', '/* ; */', '\\set x 1', '\\', 'é', '€', '😀', '\u0000',
  '\uFEFF', '\u00a0', '\ud800', '\udc00', '-- pg-migration-review: ignore drop-table\n',
];
const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SQL_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) });
const sqlText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** Lines as an editor counts them: only `\n` ends a line. */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text[i] === '\n') line++;
  return line;
}

function columnOf(text: string, index: number): number {
  const lineStart = index === 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1;
  return index - lineStart + 1;
}

/** Orders two (line, column) positions. */
function compare(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** True when the text between two statements holds no SQL: blanks, comments, semicolons, psql meta lines, a BOM. */
function onlyTrivia(gap: string): boolean {
  return lexSql(gap.replace(/^\uFEFF/, ' ')).every((t) => t.kind === 'comment' || t.kind === 'semicolon' || t.kind === 'meta');
}

describe('parseSqlFile on arbitrary text', () => {
  it('never throws; statements are in order, inside the file, with lines and columns of their span', () => {
    fc.assert(
      fc.property(sqlText, (text) => {
        const { statements } = parseSqlFile(text);
        const lineCount = text.split('\n').length;
        let previousEnd = 0;
        statements.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(s.span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.span.start).toBeLessThanOrEqual(s.span.end);
          expect(s.span.end).toBeLessThanOrEqual(text.length);
          expect(s.text).toBe(text.slice(s.span.start, s.span.end));
          expect(s.span.line).toBe(lineOf(text, s.span.start));
          expect(s.span.column).toBe(columnOf(text, s.span.start));
          expect(s.span.endLine).toBe(lineOf(text, s.span.end));
          expect(s.span.endColumn).toBe(columnOf(text, s.span.end));
          expect(s.span.line).toBeGreaterThanOrEqual(1);
          expect(s.span.endLine).toBeLessThanOrEqual(lineCount);
          // From its first token to its last: no blanks around it (an unterminated quote may end in
          // some), no comment before it (unless unterminated).
          expect(s.text).toMatch(/^[^ \t\n\r\f\v]/);
          if (s.kind !== 'Unparsed') expect(s.text).toMatch(/[^ \t\n\r\f\v]$/);
          if (/^(--|\/\*)/.test(s.text)) expect(s.kind).toBe('Unparsed');
          previousEnd = s.span.end;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no SQL between statements, and a parsed statement parses alone to the same kind', () => {
    fc.assert(
      fc.property(sqlText, (text) => {
        const { statements } = parseSqlFile(text);
        let previousEnd = 0;
        for (const s of statements) {
          expect(onlyTrivia(text.slice(previousEnd, s.span.start))).toBe(true);
          previousEnd = s.span.end;
          if (s.kind === 'Unparsed') continue;
          expect(s.ast).toBeDefined();
          expect(parseSqlFile(s.text).statements.map((x) => x.kind)).toEqual([s.kind]);
        }
        expect(onlyTrivia(text.slice(previousEnd))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('an unparsed statement carries a syntax error located inside its span; a parsed one carries none', () => {
    fc.assert(
      fc.property(sqlText, (text) => {
        for (const s of parseSqlFile(text).statements) {
          if (s.kind !== 'Unparsed') {
            expect(s.syntaxError).toBeUndefined();
            continue;
          }
          const e = s.syntaxError!;
          expect(e.message).not.toBe('');
          expect(compare([e.line, e.column], [s.span.line, s.span.column])).toBeGreaterThanOrEqual(0);
          expect(compare([e.line, e.column], [s.span.endLine, s.span.endColumn])).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('line and offset mapping on arbitrary text', () => {
  const anyText = fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\n', '\r', '\ud800', '\udc00', ' '), maxLength: 60 });

  it('LineMap and lineColumnAt: lines within the file, the same answer as counting by hand, clamped outside it', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: -5, max: 70 }), (text, index) => {
        const map = new LineMap(text);
        const clamped = Math.max(0, Math.min(index, text.length));
        const position = map.position(index);
        expect(position).toEqual({ line: lineOf(text, clamped), column: columnOf(text, clamped) });
        expect(lineColumnAt(text, index)).toEqual(position);
        expect(map.lineCount).toBe(text.split('\n').length);
        expect(position.line).toBeGreaterThanOrEqual(1);
        expect(position.line).toBeLessThanOrEqual(map.lineCount);
        expect(map.lineAt(map.lineStart(position.line))).toBe(position.line);
        expect(map.lineStart(position.line)).toBeLessThanOrEqual(clamped);
      }),
      { numRuns: 500 },
    );
  });

  it('Utf8Offsets: byte and code point offsets agree with Node at every character boundary, and round-trip', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const offsets = new Utf8Offsets(text);
        expect(offsets.byteLength).toBe(Buffer.byteLength(text, 'utf8'));
        for (let i = 0; i <= text.length; i++) {
          // The middle of a surrogate pair is no character boundary.
          if (i > 0 && /[\ud800-\udbff]/.test(text[i - 1]) && /[\udc00-\udfff]/.test(text[i] ?? '')) continue;
          const before = text.slice(0, i);
          expect(offsets.byteOf(i)).toBe(Buffer.byteLength(before, 'utf8'));
          expect(offsets.indexOf(offsets.byteOf(i))).toBe(i);
          expect(offsets.codePointOf(i)).toBe([...before].length);
          expect(offsets.indexOfCodePoint(offsets.codePointOf(i))).toBe(i);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parameter normalization on arbitrary text', () => {
  const PARAM_PIECES = [
    'SELECT * FROM t WHERE a = ', '@id', '@name', ':id', ':id!', ':ids', ':pair', '::int', ':=', '@>', '<@', '=@', 'a[1:2]', 'ARRAY[',
    'sqlc.arg(id)', "sqlc.arg('x')", 'sqlc.narg(n)', 'sqlc.slice(ids)', 'sqlc.embed(t)', 'sqlc.arg(\nid\n)', '$1', '$2', '$12',
    '(', ')', '[', ']', ',', ' ', '\n', '\r\n', "'", "':x'", '"', '"@y"', '$$', '$$:z$$', '--', '-- :c @c\n', '/*', '*/', 'é', '😀', '\u0000',
  ];
  const paramText = fc.array(fc.constantFrom(...PARAM_PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
  const format = fc.constantFrom<QueryFormat>('sqlc', 'pgtyped', 'named', 'plain');
  const expansions = new Map<string, PgtypedExpansion>([
    ['ids', { kind: 'spread' }],
    ['pair', { kind: 'pick', fields: ['a', 'b'] }],
    ['id', { kind: 'arrayLiteral' }],
  ]);
  const breaks = (s: string): string => s.replace(/[^\r\n]/g, '');

  it('keeps every line break, numbers parameters from $1 without gaps, and leaves text without parameters alone', () => {
    fc.assert(
      fc.property(paramText, format, fc.boolean(), (text, fmt, withExpansions) => {
        const result = normalizeParameters(text, fmt, withExpansions ? expansions : undefined);
        expect(result.text.split('\n').length).toBe(text.split('\n').length);
        expect(breaks(result.text)).toBe(breaks(text));
        // Every $n refers to a parameter: one the text already had, or one of `params`.
        const highest = (t: string): number => Math.max(0, ...[...t.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
        expect(highest(result.text)).toBeLessThanOrEqual(Math.max(result.params.length, highest(text)));
        if (!/[@:]|sqlc/i.test(text)) {
          expect(result.text).toBe(text);
          expect(result.params.every((p) => /^\d+$/.test(p))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a huge positional parameter ($4294967296) neither throws nor grows the parameter list to its number', () => {
    // PostgreSQL binds at most 65,535 parameters; a larger $n is the query's error, not a reason to allocate.
    const result = normalizeParameters('SELECT * FROM t WHERE id = $4294967296 AND name = @name;', 'sqlc');
    expect(result.params.length).toBeLessThanOrEqual(65_536);
    expect(result.text.split('\n')).toHaveLength(1);
  });
});
