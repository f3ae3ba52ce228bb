import { describe, expect, it } from 'vitest';
import { ALL_RULES, RULE_IDS, ruleById } from '../../src/rules/index.js';
import { LAYER_TITLES } from '../../src/core/finding.js';
import { CATALOGUE } from './catalogue.js';

describe('rule registry', () => {
  it('has unique ids', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });

  // Rules beyond the catalogue are allowed (incomplete-history is one): adding a rule touches its
  // file, its test and the registry line, not this list.
  it('implements every rule of the catalogue, at its layer and default severity', () => {
    const expected = Object.entries(CATALOGUE).flatMap(([layer, rules]) => Object.entries(rules).map(([id, severity]) => ({ id, layer, severity })));
    const implemented = expected.map(({ id }) => ruleById(id)).map((r) => r && { id: r.meta.id, layer: r.meta.layer, severity: r.meta.severity });
    expect(implemented).toEqual(expected);
  });

  it('looks rules up by id', () => {
    expect(ruleById('drop-table')?.meta.layer).toBe('escalation');
    expect(ruleById('transaction-nesting')?.meta.layer).toBe('input');
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  it.each(ALL_RULES.map((r) => [r.meta.id, r] as const))('%s has complete meta', (id, rule) => {
    const m = rule.meta;
    expect(m.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(Object.keys(LAYER_TITLES)).toContain(m.layer);
    for (const text of [m.summary, m.why, m.bad, m.good]) expect(text.trim().length).toBeGreaterThan(10);
    expect(m.bad).not.toBe(m.good);
    expect(m.references.length).toBeGreaterThan(0);
    for (const ref of m.references) expect(ref).toMatch(/^https:\/\/www\.postgresql\.org\/docs\/current\/[a-z0-9-]+\.html(#[A-Za-z0-9-]+)?$/);
  });
});
