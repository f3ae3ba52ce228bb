// Parameter normalization: every tool form becomes $n, nothing else moves or changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeParameters, type PgtypedExpansion } from '../../src/queries/index.js';
import { ensureParser, parseSqlFile } from '../../src/sql/index.js';

beforeAll(async () => {
  await ensureParser();
});

/** Normalizes, checks that lines and their count are kept and that PostgreSQL parses the result. */
function normalized(text: string, format: Parameters<typeof normalizeParameters>[1], expansions?: Map<string, PgtypedExpansion>) {
  const result = normalizeParameters(text, format, expansions);
  expect(result.text.split('\n').length).toBe(text.split('\n').length);
  const statements = parseSqlFile(result.text).statements;
  expect(statements.map((s) => s.syntaxError?.message)).toEqual(statements.map(() => undefined));
  return result;
}

/** `text` with each `[from, to]` replaced in turn, `to` padded with spaces to the length of `from`. */
function replaced(text: string, ...edits: [string, string][]): string {
  let out = text;
  let from = 0;
  for (const [original, replacement] of edits) {
    const at = out.indexOf(original, from);
    expect(at).toBeGreaterThanOrEqual(0);
    out = out.slice(0, at) + replacement.padEnd(original.length) + out.slice(at + original.length);
    from = at + original.length;
  }
  return out;
}

describe('sqlc parameters', () => {
  it('rewrites sqlc.arg, sqlc.narg and sqlc.slice in every quoting, the same name to the same number', () => {
    const text = "SELECT * FROM t WHERE a = sqlc.arg(a) AND b = sqlc.arg('b') AND c = sqlc.narg(\"c\") AND d IN (sqlc.slice(ids)) AND e = sqlc.arg(a);";
    const result = normalized(text, 'sqlc');
    expect(result.params).toEqual(['a', 'b', 'c', 'ids']);
    expect(result.text).toBe(
      replaced(text, ['sqlc.arg(a)', '$1'], ["sqlc.arg('b')", '$2'], ['sqlc.narg("c")', '$3'], ['sqlc.slice(ids)', '$4'], ['sqlc.arg(a)', '$1']),
    );
    expect(result.text.length).toBe(text.length);
  });

  it('rewrites @name, keeping the cast that follows and the column of everything after it', () => {
    const result = normalized('UPDATE t SET a = @new_value::int WHERE id = @id RETURNING *;', 'sqlc');
    expect(result.text).toBe('UPDATE t SET a = $1        ::int WHERE id = $2  RETURNING *;');
    expect(result.params).toEqual(['new_value', 'id']);
  });

  it('gives sqlc.narg and @ the same number for the same name', () => {
    const text = "SELECT coalesce(sqlc.narg('now')::timestamptz, now()) > @now;";
    const result = normalized(text, 'sqlc');
    expect(result.params).toEqual(['now']);
    expect(result.text).toBe(replaced(text, ["sqlc.narg('now')", '$1'], ['@now', '$1']));
  });

  it('turns sqlc.embed(t) into t.*', () => {
    const text = 'SELECT sqlc.embed(river_job), x FROM river_job;';
    const result = normalized(text, 'sqlc');
    expect(result.text).toBe(replaced(text, ['sqlc.embed(river_job)', 'river_job.*']));
    expect(result.params).toEqual([]);
  });

  it('leaves @>, <@, @@ and a @ glued to another operator alone', () => {
    const text = "SELECT * FROM t WHERE tags @> @want::text[] AND @have <@ tags AND doc @@ to_tsquery(@q) AND x =@y;";
    const result = normalizeParameters(text, 'sqlc');
    expect(result.params).toEqual(['want', 'have', 'q']);
    expect(result.text).toContain('tags @> $1   ::text[]');
    expect(result.text).toContain('$2    <@ tags');
    expect(result.text).toContain('doc @@ to_tsquery($3)');
    // PostgreSQL reads `=@` as one operator, and so does sqlc: not a parameter.
    expect(result.text).toContain('x =@y;');
  });

  it('keeps positional parameters and numbers named ones after them', () => {
    const result = normalized('SELECT $2::int + @extra FROM t WHERE id = $1;', 'sqlc');
    expect(result.text).toBe('SELECT $2::int + $3     FROM t WHERE id = $1;');
    expect(result.params).toEqual(['1', '2', 'extra']);
  });

  it('treats @name inside an array slice as a parameter', () => {
    const result = normalized('SELECT a[1:@hi] FROM t;', 'sqlc');
    expect(result.text).toBe('SELECT a[1:$1 ] FROM t;');
  });

  it('does not rewrite :name in sqlc files, nor @name elsewhere', () => {
    expect(normalizeParameters('SELECT :a, @b;', 'sqlc').text).toBe('SELECT :a, $1;');
    expect(normalizeParameters('SELECT @b FROM t;', 'plain').text).toBe('SELECT @b FROM t;');
    expect(normalizeParameters('SELECT @b FROM t;', 'pgtyped').params).toEqual([]);
  });
});

describe('pgtyped parameters', () => {
  it('rewrites :name and :name! to the same number', () => {
    const text = 'SELECT * FROM c WHERE id = :id! OR user_id = :id AND x != :other;';
    const result = normalized(text, 'pgtyped');
    expect(result.text).toBe(replaced(text, [':id!', '$1'], [':id', '$1'], [':other', '$2']));
    expect(result.params).toEqual(['id', 'other']);
  });

  it('reads :id!= as the parameter followed by !=', () => {
    const result = normalized('SELECT 1 FROM t WHERE :id!= 3;', 'pgtyped');
    expect(result.text).toBe('SELECT 1 FROM t WHERE $1 != 3;');
  });

  it('expands a list spread to ($n)', () => {
    const result = normalized('SELECT * FROM c WHERE id in :ids;', 'pgtyped', new Map([['ids', { kind: 'spread' }]]));
    expect(result.text).toBe('SELECT * FROM c WHERE id in ($1);');
    expect(result.params).toEqual(['ids']);
  });

  it('expands a pick to ($n, $m) and a list of picks to one tuple, named by field', () => {
    const pick = normalized('UPDATE t SET (a, b) = :x WHERE id = :id;', 'pgtyped', new Map([['x', { kind: 'pick', fields: ['a', 'b'] }]]));
    expect(pick.text).toBe('UPDATE t SET (a, b) = ($1, $2) WHERE id = $3 ;');
    expect(pick.params).toEqual(['x.a', 'x.b', 'id']);
    const expansions = new Map<string, PgtypedExpansion>([['books', { kind: 'pickSpread', fields: ['rank', 'name', 'authorId'] }]]);
    const spread = normalized('INSERT INTO books (rank, name, author_id) VALUES :books RETURNING id;', 'pgtyped', expansions);
    // pgtyped writes `(r1, n1, a1), (r2, n2, a2), ...`: one row of as many values as columns.
    expect(spread.text).toBe('INSERT INTO books (rank, name, author_id) VALUES ($1, $2, $3) RETURNING id;');
    expect(spread.params).toEqual(['books.rank', 'books.name', 'books.authorId']);
  });

  it('expands an array literal spread to ARRAY[$n]', () => {
    const result = normalized('SELECT * FROM t WHERE tags && :tags;', 'pgtyped', new Map([['tags', { kind: 'arrayLiteral' }]]));
    expect(result.text).toBe('SELECT * FROM t WHERE tags && ARRAY[$1];');
  });

  it('rewrites :name inside ARRAY[...] but not array slices', () => {
    const result = normalized('SELECT ARRAY[:a, :b], arr[lo:hi], arr[:hi], arr[1:2], ARRAY[[:c]] FROM t;', 'pgtyped');
    expect(result.text).toBe('SELECT ARRAY[$1, $2], arr[lo:hi], arr[:hi], arr[1:2], ARRAY[[$3]] FROM t;');
    expect(result.params).toEqual(['a', 'b', 'c']);
  });
});

describe('what is never touched', () => {
  const untouched = [
    ["casts", "SELECT x::text, y :: int, '1'::jsonb FROM t;"],
    ['assignments in a DO block', 'DO $$ DECLARE v int; BEGIN v := 1; END $$;'],
    ['named arguments', 'SELECT make_interval(secs := 30), make_interval(mins => 2);'],
    ['strings', "SELECT ':name @name sqlc.arg(x)', E'\\' :x', $$ :y @z $$, $tag$ :w $tag$;"],
    ['quoted identifiers', 'SELECT ":name", "@name", "sqlc.arg(x)" FROM t;'],
    ['comments', 'SELECT 1 -- :name @name sqlc.arg(x)\n/* :a /* nested :b */ @c */;'],
    ['array slices', 'SELECT a[1:2], a[lo:hi], a[:n] FROM t;'],
    ['jsonb and text search operators', "SELECT * FROM t WHERE a @> b AND b <@ a AND d @@ q AND j ? 'k' AND j ?| ARRAY['a'];"],
  ] as const;
  for (const format of ['sqlc', 'pgtyped', 'named', 'plain'] as const) {
    for (const [what, text] of untouched) {
      it(`${what} in ${format} files`, () => {
        expect(normalizeParameters(text, format)).toEqual({ text, params: [] });
      });
    }
  }
});

describe('lines and columns', () => {
  it('keeps line breaks inside a parameter written over several lines', () => {
    const text = 'SELECT sqlc.arg(\n  name\n) AS n, 2;';
    const result = normalized(text, 'sqlc');
    expect(result.text).toBe('SELECT $1       \n      \n  AS n, 2;');
    expect(result.params).toEqual(['name']);
  });

  it('keeps CRLF line ends', () => {
    const text = 'SELECT *\r\nFROM t\r\nWHERE id = :id\r\n  AND x = 1;';
    expect(normalized(text, 'named').text).toBe('SELECT *\r\nFROM t\r\nWHERE id = $1 \r\n  AND x = 1;');
  });

  it('rewrites :name in named and plain files (yesql, psql variables) but not :\'quoted\' psql forms', () => {
    expect(normalized('SELECT * FROM t WHERE id = :id;', 'named').text).toBe('SELECT * FROM t WHERE id = $1 ;');
    expect(normalizeParameters("SELECT :'v', :\"w\", :x;", 'plain')).toEqual({ text: "SELECT :'v', :\"w\", $1;", params: ['x'] });
  });
});
