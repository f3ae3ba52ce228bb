import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commentableLines,
  commentableRanges,
  hunksFromGitDiff,
  isCommentable,
} from '../../src/github/diff-hunks.js';
import { TempRepo } from '../helpers/temp-repo.js';

// A patch as pulls.listFiles returns it: no file header, hunks only.
const TWO_HUNK_PATCH = [
  '@@ -1,5 +1,6 @@',
  ' CREATE TABLE users (',
  '   id bigint PRIMARY KEY,',
  '-  email text',
  '+  email text NOT NULL,',
  '+  name text',
  ' );',
  ' ',
  '@@ -20,4 +21,6 @@ CREATE INDEX users_email ON users (email);',
  ' -- trailing',
  ' ALTER TABLE users ADD COLUMN a int;',
  '+ALTER TABLE users ADD COLUMN b int;',
  '+ALTER TABLE users ADD COLUMN c int;',
  ' ALTER TABLE users ADD COLUMN d int;',
  ' ALTER TABLE users ADD COLUMN e int;',
].join('\n');

describe('commentableRanges (pulls.listFiles patch)', () => {
  it('gives one right-side range per hunk, covering added and context lines', () => {
    expect(commentableRanges(TWO_HUNK_PATCH)).toEqual([
      { start: 1, end: 6 },
      { start: 21, end: 26 },
    ]);
    const lines = commentableLines(TWO_HUNK_PATCH);
    expect(lines.has(6)).toBe(true);
    expect(lines.has(7)).toBe(false);
    expect(lines.has(20)).toBe(false);
    expect(lines.size).toBe(12);
  });

  it('reads a new file, a one-line hunk without counts and a deletion-only hunk', () => {
    expect(commentableRanges('@@ -0,0 +1,3 @@\n+BEGIN;\n+SELECT 1;\n+COMMIT;')).toEqual([{ start: 1, end: 3 }]);
    expect(commentableRanges('@@ -1 +1 @@\n-SELECT 1;\n+SELECT 2;')).toEqual([{ start: 1, end: 1 }]);
    // Removing lines 4-5 leaves no right-side line in that hunk.
    expect(commentableRanges('@@ -4,2 +3,0 @@\n-DROP TABLE a;\n-DROP TABLE b;')).toEqual([]);
  });

  it('ignores "No newline at end of file" markers and handles CRLF patches', () => {
    const patch = '@@ -1,2 +1,2 @@\r\n SELECT 1;\r\n-SELECT 2;\r\n\\ No newline at end of file\r\n+SELECT 3;\r\n\\ No newline at end of file\r\n';
    expect(commentableRanges(patch)).toEqual([{ start: 1, end: 2 }]);
  });

  it('reads a removed SQL comment ("--- note") as content, not as a file header', () => {
    const patch = '@@ -1,3 +1,2 @@\n--- old note\n SELECT 1;\n SELECT 2;\n@@ -10,1 +9,2 @@\n SELECT 3;\n+SELECT 4;';
    expect(commentableRanges(patch)).toEqual([
      { start: 1, end: 2 },
      { start: 9, end: 10 },
    ]);
  });

  it('returns nothing for an empty patch (GitHub omits it for binary or huge files)', () => {
    expect(commentableRanges('')).toEqual([]);
  });
});

describe('isCommentable', () => {
  const ranges = commentableRanges(TWO_HUNK_PATCH);

  it('accepts a single line or a span inside one hunk', () => {
    expect(isCommentable(ranges, 3)).toBe(true);
    expect(isCommentable(ranges, 2, 5)).toBe(true);
    expect(isCommentable(ranges, 26, 21)).toBe(true);
  });

  it('rejects lines outside every hunk and spans that cross hunks', () => {
    expect(isCommentable(ranges, 7)).toBe(false);
    expect(isCommentable(ranges, 0)).toBe(false);
    expect(isCommentable(ranges, 27)).toBe(false);
    expect(isCommentable(ranges, 5, 22)).toBe(false);
    expect(isCommentable(ranges, 6, 7)).toBe(false);
  });
});

describe('hunksFromGitDiff on real git output', () => {
  let repo: TempRepo;
  let diff: string;
  const body = (n: number, prefix = 'SELECT'): string =>
    Array.from({ length: n }, (_, i) => `${prefix} ${i + 1};\n`).join('');

  beforeAll(() => {
    repo = new TempRepo();
    repo
      .write({
        'db/001_users.sql': `-- old note\n${body(30)}`,
        'db/002_old_name.sql': body(20, 'CREATE TABLE t'),
        'db/003_gone.sql': body(5),
        'db/004_no_eol.sql': 'SELECT 1;\nSELECT 2;',
        'db/005_crlf.sql': 'SELECT 1;\r\nSELECT 2;\r\nSELECT 3;\r\n',
        'db/006 with space.sql': 'SELECT 1;\n',
        'db/caf\u00e9.sql': 'SELECT 1;\n',
        'assets/logo.bin': new Uint8Array([0, 1, 2, 3, 0, 255]),
      })
      .commit('base')
      .branch('feature');
    const lines30 = body(30).split('\n');
    lines30[14] = 'SELECT 15 changed;';
    repo
      .write({
        // Line 1 ("-- old note") removed, line 15 changed, two lines added at the end.
        'db/001_users.sql': `${lines30.join('\n')}SELECT 31;\nSELECT 32;\n`,
        'db/004_no_eol.sql': 'SELECT 1;\nSELECT 2 changed;',
        'db/005_crlf.sql': 'SELECT 1;\r\nSELECT 2 changed;\r\nSELECT 3;\r\n',
        'db/006 with space.sql': 'SELECT 1;\nSELECT 2;\n',
        'db/caf\u00e9.sql': 'SELECT 1;\nSELECT 2;\n',
        'db/007_new.sql': body(4, 'INSERT INTO t VALUES'),
        'assets/logo.bin': new Uint8Array([0, 1, 2, 3, 0, 254]),
      })
      .remove('db/003_gone.sql');
    repo.git('mv', 'db/002_old_name.sql', 'db/002_new_name.sql');
    repo.write({ 'db/002_new_name.sql': `${body(20, 'CREATE TABLE t')}CREATE TABLE t 21;\n` }).commit('feature');
    diff = repo.git('diff', '--unified=3', '--no-ext-diff', '-M', 'main', '--');
  });

  afterAll(() => repo.dispose());

  it('maps every changed file to its right-side hunks', () => {
    const hunks = hunksFromGitDiff(diff);
    expect(Object.fromEntries(hunks)).toEqual({
      // Hunks (3 lines of context) at the removed first line, the change at new line 15 and
      // the two lines added at 31-32.
      'db/001_users.sql': [
        { start: 1, end: 3 },
        { start: 12, end: 18 },
        { start: 28, end: 32 },
      ],
      'db/002_new_name.sql': [{ start: 18, end: 21 }],
      'db/003_gone.sql': [],
      'db/004_no_eol.sql': [{ start: 1, end: 2 }],
      'db/005_crlf.sql': [{ start: 1, end: 3 }],
      'db/006 with space.sql': [{ start: 1, end: 2 }],
      'db/caf\u00e9.sql': [{ start: 1, end: 2 }],
      'db/007_new.sql': [{ start: 1, end: 4 }],
      'assets/logo.bin': [],
    });
  });

  it('agrees with the per-file patch parser on each file section', () => {
    const sections = diff.split(/^(?=diff --git )/m).filter((s) => s.length > 0);
    const viaSections = sections.flatMap((section) => commentableRanges(section));
    const viaWhole = [...hunksFromGitDiff(diff).values()].flat();
    expect(viaSections).toEqual(viaWhole);
  });

  it('keys a pure rename by its new path', () => {
    const r = new TempRepo();
    try {
      r.write({ 'a.sql': body(10) }).commit('base').branch('f');
      r.git('mv', 'a.sql', 'b.sql');
      r.commit('rename');
      const hunks = hunksFromGitDiff(r.git('diff', '--unified=3', '-M', 'main', '--'));
      expect(Object.fromEntries(hunks)).toEqual({ 'b.sql': [] });
    } finally {
      r.dispose();
    }
  });
});
