// prefer-timestamptz on parse trees and literal catalogs.
import { beforeAll, describe, expect, it } from 'vitest';
import { preferTimestamptz } from '../../../src/rules/design/prefer-timestamptz.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { base, col, orders, users, lines } from './fixtures.js';
import { applyFix, catalog, context, expectFinding, file, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'prefer-timestamptz';

describe('prefer-timestamptz', () => {
  it('flags timestamp in every spelling, arrays and domains the pull request creates', () => {
    const sql = [
      'CREATE DOMAIN local_time AS timestamp(0);',
      'CREATE TABLE events (',
      '  a timestamp,',
      '  b TIMESTAMP(3) WITHOUT TIME ZONE NOT NULL,',
      '  c timestamp[],',
      '  d local_time,',
      '  e timestamptz,',
      '  f timestamp with time zone',
      ');',
    ].join('\n');
    const [finding, ...rest] = run(preferTimestamptz, context([file(sql)]));
    // One finding for the table, at its first such column, naming the others.
    expect(rest).toEqual([]);
    expectFinding(finding, {
      ruleId: ID,
      line: 3,
      severity: 'warning',
      mentions: ['events.a', 'timestamp', '3 more columns', 'b TIMESTAMP(3) WITHOUT TIME ZONE', 'c timestamp[]', 'd local_time'],
      omits: ['e timestamptz', 'f timestamp with time zone'],
      helpMentions: ['b timestamptz(3) NOT NULL', 'c timestamptz[]'],
    });
    // The domain column has no mechanical fix; the others are edited on their own lines.
    expect(applyFix(sql, finding).split('\n').slice(2, 6)).toEqual([
      '  a timestamptz,',
      '  b timestamptz(3) NOT NULL,',
      '  c timestamptz[],',
      '  d local_time,',
    ]);
    const domain = run(preferTimestamptz, context([file('CREATE DOMAIN local_time AS timestamp(0);\nCREATE TABLE e (d local_time);')]));
    expectFinding(domain[0], { ruleId: ID, line: 2, mentions: ['domain', 'timestamp'] });
    expect(domain[0].draft.fix).toBeUndefined();
  });

  it('judges the type the catalog reports after the statement', () => {
    const after = catalog(users, { ...orders, columns: [...orders.columns, col('shipped_at', 'timestamp', 'timestamp without time zone', 4)] });
    const found = run(preferTimestamptz, context([file('ALTER TABLE orders ADD COLUMN shipped_at timestamp;', { steps: [base, after] })], { base, final: after }));
    expect(found.map((x) => [x.line, x.verified])).toEqual([[1, 'replay']]);
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: ['orders.shipped_at'], helpMentions: ['ALTER TABLE orders ADD COLUMN shipped_at timestamptz;'] });
  });

  it('is silent when the existing schema keeps time without a zone by convention (Prisma DateTime), not when it mixes both', () => {
    const zoneless = catalog(
      table('jobs', { columns: ['created_at', 'updated_at', 'run_at'].map((n, i) => col(n, 'timestamp', 'timestamp(3) without time zone', i + 1)) }),
    );
    expect(run(preferTimestamptz, context([file('CREATE TABLE runs (started_at timestamp(3));')], { base: zoneless }))).toEqual([]);
    const mixed = catalog(table('jobs', { columns: [col('a', 'timestamp', 'timestamp', 1), col('b', 'timestamp', 'timestamp', 2), col('c', 'timestamp', 'timestamp', 3), col('d', 'timestamptz', 'timestamptz', 4)] }));
    const [plain] = run(preferTimestamptz, context([file('CREATE TABLE runs (started_at timestamp(3));')], { base: mixed }));
    expectFinding(plain, { ruleId: ID, line: 1, severity: 'warning', mentions: ['runs.started_at'] });
  });

  it('flags ALTER COLUMN TYPE to timestamp, unless the column already was one or a later statement fixes it', () => {
    const ts = (typmod: number) => catalog(users, { ...orders, columns: [orders.columns[0], orders.columns[1], col('note', 'timestamp', 'timestamp', 3, { typmod })] });
    const tz = catalog(users, { ...orders, columns: [orders.columns[0], orders.columns[1], col('note', 'timestamptz', 'timestamp with time zone', 3)] });
    const retype = 'ALTER TABLE orders ALTER COLUMN note TYPE timestamp USING note::timestamp;';
    expect(lines(preferTimestamptz, retype, { steps: [base, ts(-1)] })).toEqual([1]);
    expect(lines(preferTimestamptz, 'ALTER TABLE orders ALTER COLUMN note TYPE timestamp(6);', { steps: [ts(0), ts(6)] })).toEqual([]);
    expect(lines(preferTimestamptz, `${retype}\nALTER TABLE orders ALTER COLUMN note TYPE timestamptz;`, { steps: [base, ts(-1), tz], final: tz })).toEqual([]);
  });
});

describeDocumentedExamples('prefer-timestamptz');
