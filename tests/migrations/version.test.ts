import { describe, expect, it } from 'vitest';
import { compareVersions, digitRun, naturalCompare, parseVersionParts, splitVersion } from '../../src/migrations/version.js';

describe('splitVersion', () => {
  it('reads the leading number only', () => {
    expect(splitVersion('0002_1.7.0_schema.up.sql')).toEqual([2]);
    expect(splitVersion('00010-name.sql')).toEqual([10]);
    expect(splitVersion('20230101120000_init.sql')).toEqual([20230101120000]);
    expect(splitVersion('schema.sql')).toEqual([]);
  });

  it('keeps 20-digit pop versions exact by splitting them in two numbers', () => {
    expect(digitRun('20191100000001000001')).toEqual([20191, 100000001000001]);
    const a = splitVersion('20191100000001000000_x.up.sql');
    const b = splitVersion('20191100000001000001_x.up.sql');
    expect(compareVersions(a, b)).toBe(-1);
  });
});

describe('compareVersions', () => {
  it('compares element by element, never as strings', () => {
    expect(compareVersions(parseVersionParts('1_2'), parseVersionParts('1_10'))).toBe(-1);
    expect(compareVersions(parseVersionParts('2_31_1'), parseVersionParts('2_31_10'))).toBe(-1);
    expect(compareVersions(parseVersionParts('2.31.10'), parseVersionParts('2_31_9'))).toBe(1);
  });

  it('treats missing parts as zero like Flyway (1 == 1.0)', () => {
    expect(compareVersions([1], [1, 0])).toBe(0);
    expect(compareVersions([1], [1, 0, 1])).toBe(-1);
  });
});

describe('naturalCompare', () => {
  it('orders digit runs by value', () => {
    const dirs = ['v1.10', 'v1.2', 'v1.0', 'v1.19', 'v1.9'];
    expect([...dirs].sort(naturalCompare)).toEqual(['v1.0', 'v1.2', 'v1.9', 'v1.10', 'v1.19']);
    expect(naturalCompare('0002-a.sql', '00010-a.sql')).toBe(-1);
  });
});
