import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, KNOWN_RULE_IDS, RULE_IDS, isKnownRuleId, ruleById } from '../../src/rules/index.js';
import { LAYER_TITLES } from '../../src/core/finding.js';

const testsDir = new URL('.', import.meta.url).pathname;
const testSources = readdirSync(testsDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts') && f !== 'registry.test.ts')
  .map((f) => readFileSync(join(testsDir, f), 'utf8'))
  .join('\n');

describe('rule registry', () => {
  it('has unique ids, all of them in the catalogue', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(new Set(KNOWN_RULE_IDS).size).toBe(KNOWN_RULE_IDS.length);
    for (const id of RULE_IDS) expect(KNOWN_RULE_IDS).toContain(id);
  });

  // The catalogue lives beside the project (../shared/RULES.md; PGMR_RULES_MD elsewhere).
  const catalogue = process.env.PGMR_RULES_MD ?? fileURLToPath(new URL('../../../shared/RULES.md', import.meta.url));
  if (!existsSync(catalogue)) console.log(`rule registry: ${catalogue} not found, catalogue comparison skipped`);
  it.skipIf(!existsSync(catalogue))('lists every id of RULES.md, and beyond it only the rules named here', () => {
    const spec = readFileSync(catalogue, 'utf8');
    const ids = [...spec.matchAll(/^\| ([a-z][a-z0-9-]+) \| (?:error|warning|notice|escalate) \|/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(40);
    // incomplete-history: a history that does not start from an empty database, told once (issue 11).
    const beyondCatalogue = ['incomplete-history'];
    expect([...KNOWN_RULE_IDS].sort()).toEqual([...ids, ...beyondCatalogue].sort());
  });

  it('looks rules up by id', () => {
    expect(ruleById('drop-table')?.meta.layer).toBe('escalation');
    expect(ruleById('transaction-nesting')?.meta.layer).toBe('input');
    expect(ruleById('no-such-rule')).toBeUndefined();
    expect(isKnownRuleId('transaction-nesting')).toBe(true);
    expect(isKnownRuleId('no-such-rule')).toBe(false);
  });

  it.each(ALL_RULES.map((r) => [r.meta.id, r] as const))('%s has complete meta and a describe block in a test file', (id, rule) => {
    const m = rule.meta;
    expect(m.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(Object.keys(LAYER_TITLES)).toContain(m.layer);
    for (const text of [m.summary, m.why, m.bad, m.good]) expect(text.trim().length).toBeGreaterThan(10);
    expect(m.bad).not.toBe(m.good);
    expect(m.references.length).toBeGreaterThan(0);
    for (const ref of m.references) expect(ref).toMatch(/^https:\/\/www\.postgresql\.org\/docs\/current\/[a-z0-9-]+\.html(#[A-Za-z0-9-]+)?$/);
    expect(testSources).toContain(`describe('${id}`);
  });
});
