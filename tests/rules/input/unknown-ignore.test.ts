// unknown-ignore: ignore comments that name no rule, with the closest id as a fix.
import { beforeAll, describe, expect, it } from 'vitest';
import { closestRuleId, unknownIgnore } from '../../../src/rules/index.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { context, expectFinding, file, loadParser, run } from '../helpers.js';

beforeAll(loadParser);

const ID = 'unknown-ignore';
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('unknown-ignore', () => {
  function withIgnores(sql: string, statementIgnores: Record<number, { rules: string[]; line: number }>, fileIgnores: { rules: string[]; line: number }[] = []) {
    const f = file(sql);
    for (const [i, d] of Object.entries(statementIgnores)) f.statements[Number(i)].statement.ignores = [{ scope: 'statement', ...d }];
    f.fileIgnores = fileIgnores.map((d) => ({ scope: 'file', ...d }));
    return run(unknownIgnore, context([f]));
  }

  it('reports a misspelt id at the comment line, suggests the closest id and fixes the comment', () => {
    const sql = lines('-- pg-migration-review: ignore require-concurrent-indexes, drop-table -- empty table', 'CREATE INDEX i ON orders (user_id);');
    const found = withIgnores(sql, { 0: { rules: ['require-concurrent-indexes', 'drop-table'], line: 1 } });
    expect(found.map((f) => f.line)).toEqual([1]);
    // The id that is not a rule, and the closest one.
    expectFinding(found[0], { ruleId: ID, line: 1, severity: 'warning', mentions: ['`require-concurrent-indexes`', 'not a rule', 'Did you mean `require-concurrent-index`?'] });
    expect(found[0].draft.fix?.edits).toEqual([
      { line: 1, endLine: 1, replacement: '-- pg-migration-review: ignore require-concurrent-index, drop-table -- empty table' },
    ]);
  });

  it('reports file-scope directives too, and says ids are lower case', () => {
    const sql = lines('-- pg-migration-review: ignore-file Drop-Table', 'SELECT 1;');
    const found = withIgnores(sql, {}, [{ rules: ['Drop-Table'], line: 1 }]);
    expect(found).toHaveLength(1);
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: ['ignore-file', '`Drop-Table`', 'not a rule', '`drop-table`', 'lower case'] });
  });

  it('accepts catalogue ids that are not implemented yet, and suggests nothing for unrelated names', () => {
    expect(withIgnores(lines('SELECT 1;'), { 0: { rules: ['large-table-change', 'prefer-identity'], line: 1 } })).toEqual([]);
    const found = withIgnores(lines('SELECT 1;'), { 0: { rules: ['everything'], line: 1 } });
    expect(found).toHaveLength(1);
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: ['`everything`'], omits: ['Did you mean'] });
    expect(found[0].draft.fix).toBeUndefined();
  });

  it('reports an ignore comment that names no rule', () => {
    const found = withIgnores(lines('SELECT 1;'), { 0: { rules: [], line: 1 } });
    expect(found).toHaveLength(1);
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: ['names no rule', 'silences nothing'] });
  });

  it('finds the closest id by edit distance', () => {
    expect(closestRuleId('drop-colum')).toBe('drop-column');
    expect(closestRuleId('concurrent-in-transaction')).toBe('concurrently-in-transaction');
    expect(closestRuleId('xyz')).toBeUndefined();
  });
});

describeDocumentedExamples('unknown-ignore');
