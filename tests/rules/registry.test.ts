import { describe, expect, it } from 'vitest';
import { ALL_RULES, RULE_IDS, ruleById } from '../../src/rules/index.js';
import { LAYER_TITLES, type Layer, type Severity } from '../../src/core/finding.js';
import { CATALOGUE } from './catalogue.js';

/** Rules beyond the catalogue, each with why it exists. */
const BEYOND_CATALOGUE: Record<string, { layer: Layer; severity: Severity }> = {
  // A history that does not start from an empty database, told once (issue 11).
  'incomplete-history': { layer: 'knowledge', severity: 'warning' },
};

describe('rule registry', () => {
  it('has unique ids', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });

  it('implements every rule of the catalogue at its layer and default severity, and beyond it only the rules named here', () => {
    const expected = Object.entries(CATALOGUE).flatMap(([layer, rules]) => Object.entries(rules).map(([id, severity]) => ({ id, layer, severity })));
    for (const [id, extra] of Object.entries(BEYOND_CATALOGUE)) expected.push({ id, ...extra });
    const actual = ALL_RULES.map((r) => ({ id: r.meta.id, layer: r.meta.layer, severity: r.meta.severity }));
    const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
    expect(actual.sort(byId)).toEqual(expected.sort(byId));
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
