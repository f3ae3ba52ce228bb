// A rule that throws costs only its own findings, and the review says so.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { applyRules } from '../../src/review/apply-rules.js';
import type { Rule } from '../../src/rules/rule.js';
import { ALL_RULES } from '../../src/rules/index.js';

describe('applyRules', () => {
  it('turns a throwing rule into a notice naming it, and runs the others', () => {
    const broken: Rule = { meta: { ...ALL_RULES[0].meta, id: 'select-star' }, check: () => { throw new RangeError('Maximum call stack size exceeded'); } };
    const quiet: Rule = { meta: { ...ALL_RULES[0].meta, id: 'order-by-random' }, check: () => [{ file: 'q.sql', line: 3, message: 'm', help: 'h', verified: 'static' }] };
    const ctx = { mode: 'review' as const, config: DEFAULT_CONFIG, files: [], baseHistory: [], baseCatalog: { tables: {}, extensions: [] }, finalCatalog: { tables: {}, extensions: [] }, queries: [] };
    const findings = applyRules([broken, quiet], ctx);
    expect(findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['select-star', 'notice', 1], ['order-by-random', ALL_RULES[0].meta.severity, 3]]);
    expect(findings[0].message).toBe('The rule select-star could not finish on this review (Maximum call stack size exceeded); its findings are missing.');
  });
});
