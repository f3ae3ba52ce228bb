// prefer-text on parse trees and literal catalogs: varchar(n) the pull request creates.
import { beforeAll, describe, expect, it } from 'vitest';
import { preferText } from '../../../src/rules/design/prefer-text.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { base, col, orders, users, lines } from './fixtures.js';
import { catalog, context, expectFinding, file, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'prefer-text';

describe('prefer-text', () => {
  it('flags varchar(n), not varchar or text, with an inline CHECK on a new table', () => {
    const sql = 'CREATE TABLE tags (\n  name varchar(40) NOT NULL,\n  label varchar,\n  slug text\n);';
    const found = run(preferText, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([2]);
    expectFinding(found[0], { ruleId: ID, line: 2, severity: 'notice', mentions: ['tags.name', 'varchar(40)'], helpMentions: ['name text CHECK (char_length(name) <= 40) NOT NULL'] });
  });

  it('gives one finding per statement, naming every varchar(n) column of it', () => {
    const sql = 'CREATE TABLE audit (\n  op varchar(50),\n  resource varchar(1024),\n  who varchar(255)\n);\nALTER TABLE audit ADD COLUMN ip varchar(50);';
    const found = run(preferText, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([2, 6]);
    expectFinding(found[0], { ruleId: ID, line: 2, mentions: ['2 more columns', 'resource varchar(1024)', 'who varchar(255)'], helpMentions: ['who text CHECK (char_length(who) <= 255)'] });
  });

  it('suggests a NOT VALID check and its validation on an existing table', () => {
    const [finding] = run(preferText, context([file('ALTER TABLE orders ADD COLUMN code varchar(12);', { steps: [base] })], { base }));
    expect(finding.help.split('\n').slice(1)).toEqual([
      'ALTER TABLE orders ADD COLUMN code text;',
      'ALTER TABLE orders ADD CONSTRAINT orders_code_length CHECK (char_length(code) <= 12) NOT VALID;',
      'ALTER TABLE orders VALIDATE CONSTRAINT orders_code_length;',
    ]);
  });

  it('is silent when the existing schema keeps its strings in varchar(n), not when text is the rule', () => {
    const varchars = (n: number, texts: number) =>
      catalog(
        table('accounts', {
          columns: [
            ...Array.from({ length: n }, (_, i) => col(`v${i}`, 'varchar', 'character varying(64)', i + 1, { typmod: 68 })),
            ...Array.from({ length: texts }, (_, i) => col(`t${i}`, 'text', 'text', n + i + 1)),
          ],
        }),
      );
    const sql = 'CREATE TABLE tags (name varchar(40) NOT NULL);';
    expect(run(preferText, context([file(sql)], { base: varchars(6, 2) }))).toEqual([]);
    expect(run(preferText, context([file(sql)], { base: varchars(4, 3) })).map((x) => x.line)).toEqual([1]);
    expect(run(preferText, context([file(sql)], { base: varchars(2, 0) })).map((x) => x.line)).toEqual([1]);
  });

  it('is silent when an existing varchar is resized', () => {
    const wider = catalog(users, { ...orders, columns: [orders.columns[0], orders.columns[1], col('note', 'varchar', 'character varying(100)', 3, { typmod: 104 })] });
    expect(lines(preferText, 'ALTER TABLE orders ALTER COLUMN note TYPE varchar(100);', { steps: [base, wider] })).toEqual([]);
  });
});

describeDocumentedExamples('prefer-text');
