// Every query of the real query files in the shared corpus loads, is named, points at its first
// token in the original file, and parses after normalization (template queries aside).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFile, QueryFormat } from '../../src/core/query-types.js';
import { hasTemplatePlaceholder, loadQueryFile, selectQueryPaths } from '../../src/queries/index.js';
import { ensureParser } from '../../src/sql/index.js';
import { lexSql } from '../../src/sql/lexer.js';
import { CORPUS_PRESENT, corpusManifest, corpusPath } from '../helpers/corpus.js';

const CORPUS = corpusPath('queries');

interface Entry {
  dir: string;
  files: string[];
}

/** The format each corpus repository writes (see the manifest's `style`). */
const FORMATS: Record<string, QueryFormat> = {
  knadh__listmonk: 'named',
  riverqueue__river: 'sqlc',
  'adelsz__pgtyped': 'pgtyped',
  'frain-dev__convoy': 'sqlc',
};

/** Annotation lines as each tool reads them, independent of the loader. */
const ANNOTATION: Record<QueryFormat, RegExp> = {
  sqlc: /^--\s*name:\s*(\S+)\s+:\w+/,
  pgtyped: /^(?:\/\*)?\s*@name\s+(\w+)/,
  named: /^--\s*name:\s*(\S+)/,
  plain: /$^/,
};

/**
 * listmonk fills `%order%`, `%query%` and `%s` in with Go before running these: as written they
 * are templates, not SQL, and PostgreSQL rejects them.
 */
const TEMPLATE_QUERIES = [
  'knadh__listmonk/queries/bounces.sql query-bounces',
  'knadh__listmonk/queries/campaigns.sql get-campaign-analytics-counts',
  'knadh__listmonk/queries/campaigns.sql get-campaign-analytics-unique-counts',
  'knadh__listmonk/queries/campaigns.sql get-campaign-link-counts',
  'knadh__listmonk/queries/campaigns.sql query-campaigns',
  'knadh__listmonk/queries/lists.sql query-lists',
  'knadh__listmonk/queries/subscribers.sql add-subscribers-to-lists-by-query',
  'knadh__listmonk/queries/subscribers.sql blocklist-subscribers-by-query',
  'knadh__listmonk/queries/subscribers.sql delete-subscribers-by-query',
  'knadh__listmonk/queries/subscribers.sql delete-subscriptions-by-query',
  'knadh__listmonk/queries/subscribers.sql query-subscribers',
  'knadh__listmonk/queries/subscribers.sql query-subscribers-count',
  'knadh__listmonk/queries/subscribers.sql query-subscribers-for-export',
  'knadh__listmonk/queries/subscribers.sql query-subscribers-template',
  'knadh__listmonk/queries/subscribers.sql unsubscribe-subscribers-from-lists-by-query',
];

function corpusFiles(): { dir: string; path: string; text: string }[] {
  const manifest = corpusManifest<Entry>('queries');
  return manifest.flatMap((entry) =>
    entry.files
      .filter((file) => file.endsWith('.sql') && !file.endsWith('schema.sql'))
      .map((file) => ({ dir: entry.dir, path: `${entry.dir}/${file}` }))
      .filter(({ path }) => existsSync(join(CORPUS, path)))
      .map((f) => ({ ...f, text: readFileSync(join(CORPUS, f.path), 'utf8') })),
  );
}

/** `text` with strings, quoted identifiers and comments blanked out. */
function codeOnly(text: string): string {
  let out = text;
  for (const t of lexSql(text)) {
    if (t.kind === 'comment' || t.kind === 'string' || text[t.start] === '"') {
      out = out.slice(0, t.start) + ' '.repeat(t.end - t.start) + out.slice(t.end);
    }
  }
  return out;
}

describe.skipIf(!CORPUS_PRESENT)('the query corpus', () => {
  let files: { dir: string; path: string; text: string }[] = [];
  let loaded: QueryFile[] = [];
  beforeAll(async () => {
    await ensureParser();
    files = corpusFiles();
    loaded = files.map((f) => loadQueryFile(f.path, f.text));
  });

  it('detects each repository\'s format and finds one query per annotation', () => {
    expect(files.length).toBe(39);
    for (const [i, file] of loaded.entries()) {
      const format = FORMATS[files[i].dir];
      expect(file.format, file.path).toBe(format);
      const annotations = file.text.split('\n').filter((line) => ANNOTATION[format].test(line.trim()));
      expect(file.queries.length, file.path).toBe(annotations.length);
    }
    expect(loaded.reduce((n, f) => n + f.queries.length, 0)).toBe(391);
  });

  it('names each query after the annotation that precedes it in the original file', () => {
    for (const file of loaded) {
      const lines = file.text.split('\n');
      for (const query of file.queries) {
        const where = `${file.path}:${query.statement.span.line}`;
        let name: string | undefined;
        for (let l = query.statement.span.line - 2; l >= 0 && name === undefined; l--) {
          name = ANNOTATION[file.format].exec(lines[l].trim())?.[1];
        }
        expect(query.name, where).toBe(name);
        expect(query.file).toBe(file.path);
      }
    }
  });

  it('points each query at its first token in the original file, with the same lines after normalization', () => {
    for (const file of loaded) {
      const lines = file.text.split('\n');
      expect(file.normalizedText.split('\n').length, file.path).toBe(lines.length);
      for (const query of file.queries) {
        const { span, text } = query.statement;
        const where = `${file.path}:${span.line}`;
        const firstToken = /^(?:[A-Za-z_]+|\S)/.exec(text)![0];
        expect(lines[span.line - 1].slice(span.column - 1).startsWith(firstToken), where).toBe(true);
        expect(span.endLine - span.line, where).toBe(text.split('\n').length - 1);
        expect(file.normalizedText.slice(span.start, span.end), where).toBe(text);
      }
    }
  });

  it('parses every query after normalization, except listmonk\'s templates', () => {
    const unparsed: string[] = [];
    for (const file of loaded) {
      for (const query of file.queries) {
        if (query.statement.kind !== 'Unparsed') continue;
        unparsed.push(`${file.path} ${query.name}`);
        expect(hasTemplatePlaceholder(query.statement.text), `${file.path} ${query.name}`).toBe(true);
      }
    }
    expect(unparsed.sort()).toEqual(TEMPLATE_QUERIES);
  });

  it('leaves no tool parameter behind and numbers the parameters $1 to $n', () => {
    for (const file of loaded) {
      for (const query of file.queries) {
        const code = codeOnly(query.statement.text);
        const where = `${file.path} ${query.name}: ${code}`;
        expect(code, where).not.toMatch(/sqlc\s*\.\s*(?:arg|narg|slice|embed)\b/i);
        if (file.format === 'sqlc') expect(code, where).not.toMatch(/(?:^|[\s(,])@[A-Za-z_]/);
        if (file.format === 'pgtyped') expect(code, where).not.toMatch(/(?:^|[^:]):[A-Za-z_]/);
        const numbers = [...code.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
        expect(Math.max(0, ...numbers), where).toBe(query.params.length);
      }
    }
  });

  it('keeps sqlc parameter names, shared between sqlc.narg and @', () => {
    const river = loaded.find((f) => f.path.endsWith('dbsqlc/river_job.sql'))!;
    const cancel = river.queries.find((q) => q.name === 'JobCancel')!;
    expect(cancel.params).toEqual(['id', 'schema', 'control_topic', 'now', 'cancel_attempted_at']);
    const pgtyped = loaded.find((f) => f.path.endsWith('books/books.sql'))!;
    expect(pgtyped.queries.find((q) => q.name === 'InsertBooks')!.params).toEqual([
      'books.rank',
      'books.name',
      'books.authorId',
      'books.categories',
    ]);
  });

  it('discovers listmonk\'s queries/ folder and convoy\'s queries.sql files by default, without schema.sql', () => {
    const manifest = corpusManifest<Entry>('queries');
    const all = manifest.flatMap((entry) => entry.files.map((file) => `${entry.dir}/${file}`));
    const { paths, problems } = selectQueryPaths(all, { globs: [], readText: () => undefined, migrationPaths: new Set() });
    expect(problems).toEqual([]);
    // river names its files in sqlc.yaml and pgtyped in its config.json, which the corpus does not keep.
    const expected = all.filter((p) => p.startsWith('knadh__listmonk/queries/') || (p.startsWith('frain-dev__convoy/') && p.endsWith('/queries.sql')));
    expect(paths).toEqual(expected.sort());
  });
});
