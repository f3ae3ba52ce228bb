// Every real migration in the shared corpus goes through parseSqlFile without surprises.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureParser, LineMap, parseSqlFile, Utf8Offsets } from '../../src/sql/index.js';
import { lexSql, tokenize } from '../../src/sql/lexer.js';
import { maskNonSql } from '../../src/sql/mask.js';
import { CORPUS_PRESENT, corpusManifest, corpusPath } from '../helpers/corpus.js';


interface History {
  dir: string;
  files: string[];
}

function corpusFiles(): { path: string; text: string }[] {
  const manifest = corpusManifest<History>();
  return manifest.flatMap((history) =>
    history.files
      .filter((file) => file.endsWith('.sql'))
      .map((file) => corpusPath(history.dir, file))
      .filter((path) => existsSync(path))
      .map((path) => ({ path, text: readFileSync(path, 'utf8') })),
  );
}

describe.skipIf(!CORPUS_PRESENT)('the real-world corpus', () => {
  let files: { path: string; text: string }[] = [];
  beforeAll(async () => {
    await ensureParser();
    files = corpusFiles();
  });

  it('splits every file into ordered, consistent statements', () => {
    expect(files.length).toBeGreaterThan(2_000);
    let statements = 0;
    let syntaxErrors = 0;
    for (const { path, text } of files) {
      const parsed = parseSqlFile(text);
      const lines = new LineMap(text).lineCount;
      let previousEnd = 0;
      for (const s of parsed.statements) {
        const where = `${path} statement ${s.index}`;
        expect(s.text, where).toBe(text.slice(s.span.start, s.span.end));
        expect(s.text, where).toMatch(/[^ \t\n\r\f\v]/);
        expect(s.span.start, where).toBeGreaterThanOrEqual(previousEnd);
        expect(s.span.line, where).toBeGreaterThanOrEqual(1);
        expect(s.span.endLine, where).toBeLessThanOrEqual(lines);
        expect(s.span.endLine, where).toBeGreaterThanOrEqual(s.span.line);
        expect(s.ast === undefined, where).toBe(s.kind === 'Unparsed');
        if (s.syntaxError) {
          syntaxErrors++;
          expect(s.syntaxError.line, where).toBeGreaterThanOrEqual(s.span.line);
          expect(s.syntaxError.line, where).toBeLessThanOrEqual(s.span.endLine);
        }
        previousEnd = s.span.end;
      }
      statements += parsed.statements.length;
    }
    console.log(`corpus: ${files.length} files, ${statements} statements, ${syntaxErrors} syntax errors`);
    expect(statements).toBeGreaterThan(10_000);
    expect(syntaxErrors).toBeLessThan(statements / 100);
  });

  it('the fallback lexer finds the same comments, strings and semicolons as the scanner', () => {
    const significant = (text: string, kinds: { kind: string; start: number; end: number }[]) =>
      kinds.filter((t) => t.kind === 'comment' || t.kind === 'semicolon' || t.kind === 'string').map((t) => `${t.kind}@${t.start}-${t.end}`);
    const disagreeing: string[] = [];
    for (const { path, text } of files) {
      const masked = maskNonSql(text);
      const scanner = significant(masked, tokenize(masked, new Utf8Offsets(masked)));
      const fallback = significant(masked, lexSql(masked));
      if (scanner.join() !== fallback.join()) disagreeing.push(path);
    }
    expect(disagreeing).toEqual([]);
  });
});
