// A rule's documented examples, replayed for real: `setup` is the applied history on main, `bad`
// (then `good`) is the pull request's new migration. The docs page promises that bad fires and
// good does not; this holds the page to it. Every rule's test file calls
// describeDocumentedExamples('<its id>') (tests/rules/every-rule-tested.test.ts checks it).
import { afterAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config.js';
import type { TextEdit } from '../../src/core/finding.js';
import type { Review } from '../../src/core/review-types.js';
import { ruleById } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/rule.js';
import { disposeRepos, listFindings, reviewPullRequest, type Files } from '../e2e/helpers.js';
import { applyEdits } from './helpers.js';

const SETUP = 'db/migrations/0001_setup.sql';
const EXAMPLE = 'db/migrations/0002_example.sql';
const QUERIES = 'db/queries/example.sql';

interface Scenario {
  base: Files;
  pr: Files;
  file: string;
  config?: Partial<Config>;
}

/** Rules about the history itself need the example placed, not just added. */
function scenario(rule: Rule, sql: string, kind: 'bad' | 'good'): Scenario {
  const setup = rule.meta.setup ?? '-- nothing applied yet\nSELECT 1;\n';
  const base: Files = { [SETUP]: setup };
  const tables = [...setup.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?([\w."]+)/gi)].map((m) => m[1].replaceAll('"', ''));
  const config: Partial<Config> = {
    ...(rule.meta.id === 'large-table-change' ? { tableRows: Object.fromEntries(tables.map((t) => [t, 50_000_000])) } : {}),
    ...rule.meta.exampleConfig,
  };
  // Query rules: the examples are a query file; rules about queries broken by migrations keep the queries on main.
  if (rule.meta.exampleQueries !== undefined) base[QUERIES] = rule.meta.exampleQueries;
  else if (rule.meta.layer === 'query' || rule.meta.id === 'query-invalid') return { base, pr: { [QUERIES]: sql }, file: QUERIES, config };
  // A migration kept outside every migration layout: the same SQL in the migrations folder is reviewed.
  if (rule.meta.id === 'unreviewed-sql-file' && kind === 'bad') return { base, pr: { 'scripts/add_shipped_at.sql': sql }, file: 'scripts/add_shipped_at.sql', config };
  if (rule.meta.id === 'edited-migration' && kind === 'bad') return { base, pr: { [SETUP]: `${setup}\n${sql}\n` }, file: SETUP, config };
  if (rule.meta.id === 'out-of-order-migration') {
    base['db/migrations/0003_later.sql'] = 'SELECT 1;\n';
    const file = kind === 'bad' ? 'db/migrations/0002_example.sql' : 'db/migrations/0004_example.sql';
    return { base, pr: { [file]: sql }, file, config };
  }
  return { base, pr: { [EXAMPLE]: sql }, file: EXAMPLE, config };
}

/**
 * The `<id> documented examples` block of a rule's test file: the bad example fires on a real
 * replay, the good one does not, and a fixable rule's fix applied to the bad example reviews clean.
 */
export function describeDocumentedExamples(id: string): void {
  const rule = ruleById(id);
  if (!rule) throw new Error(`describeDocumentedExamples: no rule ${id} in ALL_RULES`);

  describe(`${id} documented examples`, () => {
    // The bad example's review, shared by its two tests (fires, and its fix reviews clean): one replay, not two.
    let badReview: Promise<Review> | undefined;
    const reviewBad = (s: Scenario): Promise<Review> => (badReview ??= reviewPullRequest({ base: s.base, pr: s.pr, config: s.config }));
    // Rule test files share a module cache (isolate: false), so the e2e helpers' own cleanup runs for the first file only.
    afterAll(() => {
      badReview = undefined;
      disposeRepos();
    });

    it.each(['bad', 'good'] as const)('%s example', async (kind) => {
      const s = scenario(rule, kind === 'bad' ? rule.meta.bad : rule.meta.good, kind);
      const review = kind === 'bad' ? await reviewBad(s) : await reviewPullRequest({ base: s.base, pr: s.pr, config: s.config });
      const fired = review.findings.filter((f) => f.ruleId === id && f.file === s.file);
      if (kind === 'bad') expect(fired.length, `bad example of ${id} did not fire; findings:${listFindings(review)}`).toBeGreaterThan(0);
      else expect(fired, `good example of ${id} fired; findings:${listFindings(review)}`).toEqual([]);
    });

    if (rule.meta.fixable) {
      it('its fix, applied to the bad example, reviews clean for the rule and replays', async () => {
        const s = scenario(rule, rule.meta.bad, 'bad');
        const review = await reviewBad(s);
        const fixes = review.findings.filter((f) => f.ruleId === id && f.file === s.file && f.fix).map((f) => f.fix!);
        expect(fixes.length, `no fix on the bad example of ${id}; findings:${listFindings(review)}`).toBeGreaterThan(0);
        // Apply every fix of the rule whose lines do not overlap one already taken (one per column, say).
        const edits: TextEdit[] = [];
        const newFiles: Files = {};
        for (const fix of fixes) {
          const overlaps = fix.edits.some((e) => edits.some((t) => e.line <= Math.max(t.line, t.endLine) && t.line <= Math.max(e.line, e.endLine)));
          if (overlaps) continue;
          edits.push(...fix.edits);
          for (const f of fix.newFiles ?? []) newFiles[f.path] = f.content;
        }
        const text = String(s.pr[s.file] ?? s.base[s.file]);
        const fixed: Files = { ...s.pr, [s.file]: applyEdits(text, edits), ...newFiles };
        const again = await reviewPullRequest({ base: s.base, pr: fixed, config: s.config });
        const touched = new Set([s.file, ...Object.keys(newFiles)]);
        const left = again.findings.filter((f) => touched.has(f.file) && (f.ruleId === id || f.ruleId === 'replay-error' || f.ruleId === 'syntax-error'));
        expect(left, `after the fix; findings:${listFindings(again)}`).toEqual([]);
      });
    }
  });
}
