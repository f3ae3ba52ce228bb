// Writes the files generated from source (run: npm run generate). Tests fail when they are stale.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchema } from '../src/config/schema.js';
import { ALL_RULES, RULE_IDS } from '../src/rules/index.js';
import { replaceRuleTable } from './readme-rules.js';
import { ruleDoc } from './rule-docs.js';

const root = join(import.meta.dirname, '..');
writeFileSync(join(root, 'schema', 'config.schema.json'), JSON.stringify(configJsonSchema(RULE_IDS), null, 2) + '\n');
const readme = join(root, 'README.md');
writeFileSync(readme, replaceRuleTable(readFileSync(readme, 'utf8'), ALL_RULES));
const docs = join(root, 'docs', 'rules');
mkdirSync(docs, { recursive: true });
for (const f of readdirSync(docs)) rmSync(join(docs, f));
for (const rule of ALL_RULES) writeFileSync(join(docs, `${rule.meta.id}.md`), ruleDoc(rule));
console.log(`wrote schema/config.schema.json, the README rule table and ${ALL_RULES.length} docs/rules pages`);
