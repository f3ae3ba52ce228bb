import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/core/finding.js';
import type { Review } from '../../src/core/review-types.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { finding, reviewOf } from './helpers.js';

const RULES: [string, Severity][] = [
  ['require-concurrent-index', 'error'],
  ['drop-column', 'escalate'],
  ['prefer-bigint', 'warning'],
  ['prefer-text', 'notice'],
  ['select-star', 'warning'],
];
const FILES = Array.from({ length: 300 }, (_, i) => `db/migrations/${String(i).padStart(4, '0')}_change.sql`);

/**
 * 2,000 findings over 300 files, the rules in turn; every 10th finding of prefer-bigint is in the
 * baseline and every 25th of select-star is ignored in the file.
 */
function bigReview(messageBytes: number): Review {
  const findings: Finding[] = [];
  for (let i = 0; i < 2000; i++) {
    const [ruleId, severity] = RULES[i % RULES.length];
    const nth = Math.floor(i / RULES.length);
    const baselined = ruleId === 'prefer-bigint' && nth % 10 === 0;
    const ignored = ruleId === 'select-star' && nth % 25 === 0;
    const tag = baselined ? `BASELINED-${i}` : `finding ${i}`;
    findings.push(
      finding(ruleId, FILES[i % FILES.length], 1 + Math.floor(i / FILES.length), {
        severity,
        message: `${tag}: ${'the statement does something worth a look. '.repeat(Math.ceil(messageBytes / 43))}`.slice(0, messageBytes),
        ...(baselined ? { ignored: true, baselined: true, ignoreReason: 'accepted in the baseline (.pg-migration-review-baseline.json)' } : {}),
        ...(ignored ? { ignored: true, ignoreReason: 'reviewed' } : {}),
      }),
    );
  }
  const review = reviewOf(FILES, findings);
  review.stats.baseline = { path: '.pg-migration-review-baseline.json', entries: 45, matched: findings.filter((f) => f.baselined).length };
  return review;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const FINDING_ROW = /^\| (?:error|escalate|warning|notice|~~\w+~~ \(ignored\)) \| \[`/;
const findingRows = (md: string): string[] => md.split('\n').filter((l) => FINDING_ROW.test(l));
const MORE = /^_…and (\d+) more finding\(s\), not listed to keep this summary within GitHub's size limit\./;

/** The rollup's row per rule: errors, escalations, warnings, notices, ignored or baselined. */
function rollupRows(md: string): Map<string, number[]> {
  const start = md.indexOf('### Findings by rule');
  const section = md.slice(start, md.indexOf('\n\n', md.indexOf('|---|', start)));
  const rows = new Map<string, number[]>();
  for (const line of section.split('\n')) {
    const m = /^\| \[`([^`]+)`\]\([^)]*\) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$/.exec(line);
    if (m) rows.set(m[1], m.slice(2).map(Number));
  }
  return rows;
}

function expectedRollup(findings: readonly Finding[]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const f of findings) {
    const row = rows.get(f.ruleId) ?? [0, 0, 0, 0, 0];
    row[f.ignored ? 4 : ['error', 'escalate', 'warning', 'notice'].indexOf(f.severity)]++;
    rows.set(f.ruleId, row);
  }
  return rows;
}

describe('renderMarkdown of a long review', () => {
  it('opens with a rollup by rule, counts right, and lists every finding within 1 MB', () => {
    const review = bigReview(120);
    const md = renderMarkdown(review, { maxBytes: 1_000_000 });
    expect(bytes(md)).toBeLessThan(1_000_000);

    // The rollup comes before the file table and the finding lists.
    const headings = md.split('\n').filter((l) => l.startsWith('### '));
    expect(headings[0]).toBe('### Findings by rule');
    expect(md.indexOf('### Findings by rule')).toBeLessThan(md.indexOf('| file | framework |'));
    expect(md).toContain('### Files with the most findings (25 of 300)');
    const rows = rollupRows(md);
    expect(rows).toEqual(expectedRollup(review.findings));
    expect(rows.get('prefer-bigint')).toEqual([0, 0, 360, 0, 40]);
    expect(rows.get('select-star')).toEqual([0, 0, 384, 0, 16]);
    // Most errors first.
    expect([...rows.keys()][0]).toBe('require-concurrent-index');

    // Baselined findings are counted, not listed; ignored ones are listed, struck through.
    expect(md).toContain('40 baselined');
    expect(md).toContain('16 ignored');
    expect(md).toContain('40 finding(s) are accepted in the baseline `.pg-migration-review-baseline.json` (45 entries)');
    expect(md).not.toContain('BASELINED-');
    expect(findingRows(md)).toHaveLength(2000 - 40);
    expect(findingRows(md).filter((l) => l.startsWith('| ~~warning~~ (ignored) |'))).toHaveLength(16);
    expect(md).not.toMatch(/more finding\(s\)/);
  });

  it('stops listing where the budget ends, says how many more, and still fits', () => {
    for (const [messageBytes, maxBytes] of [
      [120, 50_000],
      // Long messages: the whole list alone would be well over 1 MB.
      [800, 1_000_000],
    ]) {
      const review = bigReview(messageBytes);
      const unbounded = renderMarkdown(review);
      expect(bytes(unbounded)).toBeGreaterThan(maxBytes);

      const md = renderMarkdown(review, { maxBytes });
      expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
      expect(md.startsWith('## ❌ pg-migration-review: fail')).toBe(true);
      expect(rollupRows(md)).toEqual(expectedRollup(review.findings));
      const last = md.trimEnd().split('\n').at(-1) as string;
      const more = MORE.exec(last);
      expect(more).not.toBeNull();
      expect(last).toContain('JSON report');
      // Listed plus "more" is every finding but the baselined ones.
      expect(findingRows(md).length + Number(more?.[1])).toBe(2000 - 40);
      expect(md).not.toContain('BASELINED-');
      // The most severe are the ones kept.
      expect(findingRows(md)[0]).toMatch(/^\| error \| \[`require-concurrent-index`\]/);
    }
  });

  it('keeps a short review without the rollup', () => {
    const review = reviewOf(['db/migrations/001.sql'], [finding('prefer-text', 'db/migrations/001.sql', 1, { severity: 'notice' })]);
    const md = renderMarkdown(review, { maxBytes: 1_000_000 });
    expect(md).not.toContain('### Findings by rule');
    expect(findingRows(md)).toHaveLength(1);
  });
});
