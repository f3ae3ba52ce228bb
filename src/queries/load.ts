// A query file read into queries: format detected, parameters normalized, statements parsed.
import type { Query, QueryFile } from '../core/query-types.js';
import type { IgnoreDirective } from '../core/sql-types.js';
import { LineMap, parseSqlFile } from '../sql/index.js';
import { detectQueryFormat, queryRegions } from './formats.js';
import { normalizeParameters } from './params.js';

/**
 * Reads one query file (needs `await ensureParser()` first). Each region (one statement and the
 * comments before it) is normalized and parsed on its own, so parameter numbers restart at `$1`
 * for each query, a query left without its semicolon does not swallow the next one, and a syntax
 * error stays in its query (as a statement of kind `Unparsed` with `syntaxError`). Spans are
 * indexes into `normalizedText`, whose lines are those of `text`.
 *
 * In sqlc and pgtyped files only annotated statements are queries: sqlc reads the others as
 * schema (river declares its tables at the top of its query files). Comment-only regions give no query.
 */
export function loadQueryFile(path: string, text: string): QueryFile {
  const format = detectQueryFormat(text);
  const regions = queryRegions(text, format).map((region) => ({
    annotation: region.annotation,
    ...normalizeParameters(text.slice(region.start, region.end), format, region.annotation?.expansions),
  }));
  const normalizedText = regions.map((r) => r.text).join('');
  const lines = new LineMap(normalizedText);

  const queries: Query[] = [];
  const fileIgnores: IgnoreDirective[] = [];
  let start = 0;
  let index = 0;
  for (const region of regions) {
    const regionStart = start;
    start += region.text.length;
    if (region.text.trim() === '') continue;
    // Parse the region where it stands: blank lines and spaces before it give the same lines and columns.
    const at = lines.position(regionStart);
    const pad = '\n'.repeat(at.line - 1) + ' '.repeat(at.column - 1);
    const shift = regionStart - pad.length;
    const parsed = parseSqlFile(pad + region.text);
    fileIgnores.push(...parsed.fileIgnores);
    for (const parsedStatement of parsed.statements) {
      const statement = {
        ...parsedStatement,
        index: index++,
        span: { ...parsedStatement.span, start: parsedStatement.span.start + shift, end: parsedStatement.span.end + shift },
      };
      if (!region.annotation && (format === 'sqlc' || format === 'pgtyped')) continue;
      const query: Query = { file: path, statement, params: region.params };
      if (region.annotation) query.name = region.annotation.name;
      queries.push(query);
    }
  }
  return { path, format, text, normalizedText, queries, fileIgnores };
}
