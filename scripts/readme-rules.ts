// The README's rule table, generated from each rule's meta.
import { LAYER_TITLES } from '../src/core/finding.js';
import type { Rule } from '../src/rules/rule.js';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

export function ruleTable(rules: readonly Rule[]): string {
  const rows = ['| rule | layer | severity | flags |', '|---|---|---|---|'];
  for (const r of rules) rows.push(`| \`${r.meta.id}\` | ${LAYER_TITLES[r.meta.layer]} | ${r.meta.severity} | ${r.meta.summary.replace(/\|/g, '\\|')} |`);
  return rows.join('\n');
}

export function replaceRuleTable(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} ... ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${ruleTable(rules)}\n${readme.slice(end)}`;
}
