// Each statement-driven rule's documented bad SQL must fire and its good SQL must not, on a schema
// where the tables they name already exist (what the docs pages promise). A fast check on literal
// data; tests/docs replays every rule's examples (transaction rules included) for real.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rule } from '../../src/rules/rule.js';
import type { FileOptions } from './helpers.js';
import { requireConcurrentIndex } from '../../src/rules/output/require-concurrent-index.js';
import { constraintWithoutNotValid } from '../../src/rules/output/constraint-without-not-valid.js';
import { columnTypeRewrite } from '../../src/rules/output/column-type-rewrite.js';
import { dropTable } from '../../src/rules/escalation/drop-table.js';
import { dropColumn } from '../../src/rules/escalation/drop-column.js';
import { catalog, column, context, file, loadParser, run, table } from './helpers.js';

beforeAll(loadParser);

const base = catalog(
  table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2), column('legacy_token', 'text', 3)] }),
  table('orders', { columns: [column('id', 'integer', 1), column('user_id', 'bigint', 2), column('note', 'varchar(200)', 3)] }),
  table('legacy_orders'),
);

const cases: [Rule, FileOptions][] = [
  [requireConcurrentIndex, {}],
  [constraintWithoutNotValid, {}],
  [columnTypeRewrite, {}],
  [dropTable, {}],
  [dropColumn, {}],
];

describe.each(cases.map(([rule, opts]) => [rule.meta.id, rule, opts] as const))('%s documented examples', (_id, rule, opts) => {
  it('fires on the bad example', () => {
    const f = file(rule.meta.bad, { steps: [base], ...opts });
    expect(run(rule, context([f], { base })).length).toBeGreaterThan(0);
  });

  it('does not fire on the good example', () => {
    // The goose example opts out of the transaction with its directive: the migrations layer says so.
    const goodOpts: FileOptions = rule.meta.good.includes('NO TRANSACTION') ? { ...opts, transaction: 'none' } : opts;
    const f = file(rule.meta.good, { steps: [base], ...goodOpts });
    const ctx = context([f], { base });
    // Escalation rules' good examples show the first step of the safe path, which does not escalate.
    expect(run(rule, ctx)).toEqual([]);
  });
});
