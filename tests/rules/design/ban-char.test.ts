// ban-char on parse trees and literal catalogs.
import { beforeAll, describe, expect, it } from 'vitest';
import { banChar } from '../../../src/rules/design/ban-char.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { base, col, orders, users } from './fixtures.js';
import { catalog, context, expectFinding, file, loadParser, run } from '../helpers.js';

beforeAll(loadParser);

const ID = 'ban-char';

describe('ban-char', () => {
  it('flags char(n), character(n) and bare char, not the one-byte "char"', () => {
    const sql = 'CREATE TABLE countries (\n  code char(2) NOT NULL,\n  alpha3 CHARACTER(3),\n  flag char,\n  kind "char",\n  name varchar(80)\n);';
    const found = run(banChar, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([2, 3, 4]);
    expectFinding(found[0], { ruleId: ID, line: 2, severity: 'warning', mentions: ['countries.code'], helpMentions: ['code text CHECK (char_length(code) <= 2) NOT NULL'] });
    expectFinding(found[2], { ruleId: ID, line: 4, mentions: ['countries.flag', 'char(1)'] });
  });

  it('reads bpchar from the catalog', () => {
    const after = catalog(users, { ...orders, columns: [...orders.columns, col('cur', 'bpchar', 'character(3)', 4, { typmod: 7 })] });
    const [finding] = run(banChar, context([file('ALTER TABLE orders ADD COLUMN cur char(3);', { steps: [base, after] })], { base, final: after }));
    expectFinding(finding, { ruleId: ID, line: 1, verified: 'replay', mentions: ['orders.cur'], helpMentions: ['CHECK (char_length(cur) <= 3) NOT VALID'] });
  });
});

describeDocumentedExamples('ban-char');
