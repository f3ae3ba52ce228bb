// syntax-error on statements the parser could not read.
import { beforeAll, describe, expect, it } from 'vitest';
import { syntaxError } from '../../../src/rules/input/syntax-error.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { context, expectFinding, file, loadParser, run } from '../helpers.js';

beforeAll(loadParser);

describe('syntax-error', () => {
  it('reports the parser message at the line where parsing stopped', () => {
    const sql = 'CREATE TABLE a (id int);\n\nALTER TABLE a\n  ADD COLUMN b text NOT NUL;\n';
    const f = file('CREATE TABLE a (id int);', {
      syntaxErrors: [{ text: 'ALTER TABLE a\n  ADD COLUMN b text NOT NUL;', line: 4, column: 27, message: 'syntax error at or near "NUL"' }],
    });
    f.source.text = sql;
    const [finding, ...rest] = run(syntaxError, context([f]));
    expect(rest).toHaveLength(0);
    // PostgreSQL's own message is the fact here: it names the token.
    expectFinding(finding, { ruleId: 'syntax-error', line: 4, severity: 'error', mentions: ['syntax error at or near "NUL"'] });
    expect(finding.draft.statement?.text).toContain('ALTER TABLE a');
  });

  it('is silent on statements that parse', () => {
    expect(run(syntaxError, context([file('SELECT 1;')]))).toEqual([]);
  });
});

describeDocumentedExamples('syntax-error');
