import { describe, expect, it } from 'vitest';
import { ensureParser, fingerprint, isParserReady, parseSqlFile } from '../../src/sql/index.js';

// Vitest runs each test file in its own module graph, so the parser starts unloaded here.
describe('ensureParser', () => {
  it('is required before parsing, then loads once', async () => {
    expect(isParserReady()).toBe(false);
    expect(() => parseSqlFile('SELECT 1;')).toThrow(/await ensureParser\(\)/);
    const first = ensureParser();
    expect(ensureParser()).toBe(first);
    await first;
    expect(isParserReady()).toBe(true);
    expect(parseSqlFile('SELECT 1;').statements).toHaveLength(1);
  });

  it('fingerprints queries that differ only in constants alike', async () => {
    await ensureParser();
    expect(fingerprint('SELECT * FROM t WHERE id = 1')).toBe(fingerprint('select *\nfrom t where id = 42'));
    expect(fingerprint('SELECT * FROM t WHERE id = 1')).not.toBe(fingerprint('SELECT * FROM u WHERE id = 1'));
  });
});
