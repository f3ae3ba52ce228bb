// prefer-jsonb on parse trees.
import { beforeAll, describe, expect, it } from 'vitest';
import { preferJsonb } from '../../../src/rules/design/prefer-jsonb.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { applyFix, context, expectFinding, file, loadParser, run } from '../helpers.js';

beforeAll(loadParser);

const ID = 'prefer-jsonb';

describe('prefer-jsonb', () => {
  it('flags json and json[], not jsonb', () => {
    const sql = 'CREATE TABLE hooks (\n  payload json NOT NULL,\n  history json[],\n  meta jsonb\n);';
    const found = run(preferJsonb, context([file(sql)]));
    expect(found.map((x) => x.line)).toEqual([2, 3]);
    expectFinding(found[0], { ruleId: ID, line: 2, severity: 'warning', mentions: ['hooks.payload'] });
    expect(applyFix(sql, found[0]).split('\n')[1]).toBe('  payload jsonb NOT NULL,');
    expectFinding(found[1], { ruleId: ID, line: 3, mentions: ['hooks.history'], helpMentions: ['history jsonb[]'] });
  });
});

describeDocumentedExamples('prefer-jsonb');
