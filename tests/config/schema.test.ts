import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FIELDS, configJsonSchema } from '../../src/config/schema.js';
import { RULE_IDS } from '../../src/rules/index.js';

describe('published config schema', () => {
  it('is up to date with the loader (run `npm run generate` when this fails)', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'config.schema.json'), 'utf8'));
    expect(committed).toEqual(configJsonSchema(RULE_IDS));
  });

  it('describes every key the loader accepts and nothing else', () => {
    const schema = configJsonSchema(RULE_IDS) as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(CONFIG_FIELDS).sort());
    expect(schema.additionalProperties).toBe(false);
  });
});
