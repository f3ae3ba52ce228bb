// rename-enum-value on parsed statements: which renames reach a label the running release uses.
import { beforeAll, describe, expect, it } from 'vitest';
import { renameEnumValue } from '../../../src/rules/escalation/rename-enum-value.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, context, expectFinding, file, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'rename-enum-value';
const base = catalog(table('orders'));

describe('rename-enum-value', () => {
  it('escalates a label of an enum the pull request did not create, once per label, with schema-qualified names', () => {
    const sql = [
      "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';",
      "ALTER TYPE order_status RENAME VALUE 'dispatched' TO 'sent';",
      "ALTER TYPE billing.state RENAME VALUE 'due' TO 'open';",
    ].join('\n');
    const found = run(renameEnumValue, context([file(sql, { steps: [base] })], { base }));
    expect(found.map((f) => f.line)).toEqual([1, 3]);
    expectFinding(found[0], { ruleId: ID, line: 1, severity: 'escalate', mentions: ["'shipped'", 'order_status', "'dispatched'"] });
    expectFinding(found[1], { ruleId: ID, line: 3, mentions: ['billing.state', "'due'", "'open'"] });
  });

  it('is silent for an enum created earlier in the pull request, a label it added, and a rename that failed to replay', () => {
    const created = file("CREATE TYPE mood AS ENUM ('ok');\nALTER TYPE mood RENAME VALUE 'ok' TO 'fine';", { path: 'migrations/002_mood.sql', steps: [base] });
    const added = file("ALTER TYPE order_status ADD VALUE 'lost';\nALTER TYPE order_status RENAME VALUE 'lost' TO 'missing';", {
      path: 'migrations/003_lost.sql', steps: [base],
    });
    const failed = file("ALTER TYPE nothing RENAME VALUE 'a' TO 'b';", { path: 'migrations/004_failed.sql', steps: [base], traces: { 0: { outcome: 'error' } } });
    expect(run(renameEnumValue, context([created, added, failed], { base }))).toEqual([]);
  });
});

describeDocumentedExamples('rename-enum-value');
