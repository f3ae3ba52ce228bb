import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules/index.js';
import { replaceRuleTable } from '../../scripts/readme-rules.js';

it('README rule table matches the rules (run `npm run generate` when this fails)', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  expect(replaceRuleTable(readme, ALL_RULES)).toBe(readme);
  for (const rule of ALL_RULES) expect(readme).toContain(`\`${rule.meta.id}\``);
});

it('each rule has its generated docs page, and no page is left for a rule that is gone', async () => {
  const { readdirSync } = await import('node:fs');
  const { ruleDoc } = await import('../../scripts/rule-docs.js');
  const docs = join(import.meta.dirname, '..', '..', 'docs', 'rules');
  expect(readdirSync(docs).sort()).toEqual(ALL_RULES.map((r) => `${r.meta.id}.md`).sort());
  for (const rule of ALL_RULES) expect(readFileSync(join(docs, `${rule.meta.id}.md`), 'utf8')).toBe(ruleDoc(rule));
});
