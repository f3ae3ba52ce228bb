// The sql layer on hostile text: nesting deep enough to break libpg-query, NUL characters, and
// large flat statements that must still parse. Every case answers with statements, never a throw.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureParser, parseSqlFile, walk, type NodeKind } from '../../src/sql/index.js';
import { MAX_NESTING } from '../../src/sql/depth.js';

beforeAll(async () => {
  await ensureParser();
});

/** A file of realistic statements, parsed before and after the hostile ones to show the parser is intact. */
const REFERENCE = [
  'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text DEFAULT $$a;b$$);',
  "SELECT o.id, count(*) FILTER (WHERE o.note LIKE 'x%') FROM orders o JOIN orders p ON p.id = o.id GROUP BY 1 ORDER BY 2 DESC;",
  'CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note) WHERE note IS NOT NULL;',
].join('\n');
let reference: string;

beforeAll(() => {
  reference = JSON.stringify(parseSqlFile(REFERENCE));
});

/** The deep statement on line 2 between two ordinary ones; returns the parsed file (speed is bench/'s). */
function between(deep: string): { kinds: string[]; lines: number[]; error?: { message: string; line: number } } {
  const text = `CREATE TABLE before_it (id int);\n${deep}\nCREATE TABLE after_it (id int);\n`;
  const { statements } = parseSqlFile(text);
  const bad = statements.find((s) => s.syntaxError);
  return {
    kinds: statements.map((s) => s.kind),
    lines: statements.map((s) => s.span.line),
    ...(bad ? { error: { message: bad.syntaxError!.message, line: bad.syntaxError!.line } } : {}),
  };
}

const TOO_DEEP = new RegExp(`nested too deeply to be parsed safely \\(over ${MAX_NESTING} levels`);

describe('deeply nested statements', () => {
  const cases: [string, string, RegExp][] = [
    // All stopped by the nesting limit before libpg-query sees them. Without it, chains of 10,000
    // operators overflow the JavaScript stack inside libpg-query (and a few overflows corrupt it),
    // and parentheses stop with its "memory exhausted".
    ['10,000 nested parentheses', 'SELECT ' + '('.repeat(10_000) + '1' + ')'.repeat(10_000) + ';', TOO_DEEP],
    ['100,000 nested parentheses', 'SELECT ' + '('.repeat(100_000) + '1' + ')'.repeat(100_000) + ';', TOO_DEEP],
    ['10,000 chained additions', 'SELECT 1' + ' + 1'.repeat(10_000) + ';', TOO_DEEP],
    ['100,000 chained additions', 'SELECT 1' + ' + 1'.repeat(100_000) + ';', TOO_DEEP],
    ['3,000 nested subqueries', 'SELECT ' + '(SELECT '.repeat(3_000) + '1' + ')'.repeat(3_000) + ';', TOO_DEEP],
    ['10,000 chained casts', 'SELECT 1' + '::int'.repeat(10_000) + ';', TOO_DEEP],
    ['20,000 chained UNIONs', 'SELECT 1' + ' UNION SELECT 1'.repeat(20_000) + ';', TOO_DEEP],
    ['10,000 nested NOTs', 'SELECT ' + 'NOT '.repeat(10_000) + 'true;', TOO_DEEP],
    ['3,000 nested CASEs', 'SELECT ' + 'CASE WHEN true THEN '.repeat(3_000) + '1' + ' END'.repeat(3_000) + ';', TOO_DEEP],
    ['1,500 chained string concatenations', "SELECT 'a'" + " || 'a'".repeat(1_500) + ';', TOO_DEEP],
  ];

  it.each(cases)('%s: a syntax error on its own line, its neighbours parsed', (_name, deep, message) => {
    const parsed = between(deep);
    expect(parsed.kinds).toEqual(['CreateStmt', 'Unparsed', 'CreateStmt']);
    expect(parsed.lines).toEqual([1, 2, 3]);
    expect(parsed.error?.message).toMatch(message);
    expect(parsed.error?.line).toBe(2);
  });

  it('leaves the parser intact: the same file parses to the same trees after all of them', () => {
    for (const [, deep] of cases) between(deep);
    expect(JSON.stringify(parseSqlFile(REFERENCE))).toBe(reference);
  });

  it('still parses deep but safe nesting and large flat statements, without false alarms', () => {
    const safe = [
      'SELECT 1' + ' + 1'.repeat(MAX_NESTING - 10) + ';',
      'SELECT ' + '('.repeat(MAX_NESTING - 10) + '1' + ')'.repeat(MAX_NESTING - 10) + ';',
      'SELECT ' + '(SELECT '.repeat(MAX_NESTING / 2 - 10) + '1' + ')'.repeat(MAX_NESTING / 2 - 10) + ';',
      'SELECT ' + 'CASE WHEN true THEN '.repeat(MAX_NESTING - 10) + '1' + ' END'.repeat(MAX_NESTING - 10) + ';',
      'SELECT 1' + ' UNION ALL SELECT 1'.repeat(MAX_NESTING - 10) + ';',
      // Flat lists, however long, nest nothing: AND/OR chains, CASE branches, IN lists, VALUES rows.
      'SELECT * FROM t WHERE ' + Array.from({ length: 20_000 }, (_, i) => `a = ${i}`).join(' OR ') + ';',
      'SELECT CASE x ' + Array.from({ length: 20_000 }, (_, i) => `WHEN ${i} THEN 'v${i}'`).join(' ') + ' END FROM t;',
      'SELECT * FROM t WHERE id IN (' + Array.from({ length: 100_000 }, (_, i) => i).join(', ') + ');',
      'INSERT INTO t (id, note) VALUES ' + Array.from({ length: 50_000 }, (_, i) => `(${i}, 'n' || ${i})`).join(', ') + ';',
      // Nesting in separate statements does not add up.
      Array.from({ length: 50 }, () => 'SELECT 1' + ' + 1'.repeat(900) + ';').join('\n'),
    ];
    for (const statement of safe) {
      const { kinds } = between(statement);
      expect(kinds.filter((k) => k === 'Unparsed')).toEqual([]);
      expect(kinds.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('walking deep trees', () => {
  it('visits every node of a 50,000-level tree, in order, with its ancestors, without recursion', () => {
    // Built by hand: the parser refuses such depth, but rules walk whatever trees they are given.
    let tree: unknown = { A_Const: { ival: { ival: 1 } } };
    for (let i = 0; i < 50_000; i++) tree = { A_Expr: { kind: 'AEXPR_OP', lexpr: tree, rexpr: { ColumnRef: { fields: [{ String: { sval: `c${i}` } }] } } } };
    const seen: NodeKind[] = [];
    let deepest = 0;
    walk({ SelectStmt: { targetList: [{ ResTarget: { val: tree } }] } }, (kind, _body, ancestors) => {
      seen.push(kind);
      deepest = Math.max(deepest, ancestors.length);
    });
    expect(seen.slice(0, 4)).toEqual(['SelectStmt', 'ResTarget', 'A_Expr', 'A_Expr']);
    expect(seen.filter((k) => k === 'A_Expr')).toHaveLength(50_000);
    expect(seen.filter((k) => k === 'String')).toHaveLength(50_000);
    expect(seen.at(-1)).toBe('String'); // the outermost rexpr's name comes last
    expect(deepest).toBe(50_003); // a String under its ColumnRef under the innermost A_Expr
  });

  it('skips the children of a node whose visit returns false', () => {
    const seen: NodeKind[] = [];
    walk(parseSqlFile('SELECT (SELECT 1), f(2);').statements[0].ast, (kind) => {
      seen.push(kind);
      return kind === 'SubLink' ? false : undefined;
    });
    expect(seen).toEqual(['SelectStmt', 'ResTarget', 'SubLink', 'ResTarget', 'FuncCall', 'String', 'A_Const']);
  });
});

describe('NUL characters', () => {
  const NUL = /invalid byte sequence for encoding "UTF8": 0x00/;

  it('a NUL between statements is an error at its place (up to the next semicolon); nothing after it is lost', () => {
    // libpg-query reads C strings: before the fix, everything after the NUL silently disappeared.
    const { statements } = parseSqlFile('SELECT 1;\n\u0000\nCREATE TABLE t (id int);\nSELECT 2;\n');
    expect(statements.map((s) => [s.kind, s.span.line])).toEqual([['SelectStmt', 1], ['Unparsed', 2], ['SelectStmt', 4]]);
    expect(statements[1].text).toBe('\u0000\nCREATE TABLE t (id int);');
    expect(statements[1].syntaxError).toMatchObject({ line: 2, column: 1 });
    expect(statements[1].syntaxError?.message).toMatch(NUL);
  });

  it('a NUL inside a statement, a string or a comment makes that statement an error, at the NUL', () => {
    const { statements } = parseSqlFile("SELECT 'a\u0000b';\nSELECT 1 -- x\u0000y\n;\nSELECT\u00001;\nSELECT 3;\n");
    expect(statements.map((s) => s.kind)).toEqual(['Unparsed', 'Unparsed', 'Unparsed', 'SelectStmt']);
    expect(statements.slice(0, 3).map((s) => [s.syntaxError?.line, s.syntaxError?.column])).toEqual([[1, 10], [2, 14], [4, 7]]);
    for (const s of statements.slice(0, 3)) expect(s.syntaxError?.message).toMatch(NUL);
  });
});
