import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest starts larger files first, but the heaviest ones here are small files: every rule's test
 * file replays its documented examples (tens of seconds each), then the corpus audits and the
 * bundled action's runs. Started last, they left one worker alone at the end. They go first; the
 * rest keep Vitest's order.
 */
const HEAVY = [
  // One review of a 10,000-statement file: over two minutes on its own, the longest file by far.
  /tests[\\/]hostile[\\/]review-many-statements/,
  /tests[\\/]rules[\\/](input|replay|knowledge|output|escalation|design|query)[\\/][^\\/]+\.test\.ts$/,
  /tests[\\/]corpus[\\/]audit-/,
  /tests[\\/](action|cli|e2e)[\\/]/,
];

class HeaviestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const heavy = (f: TestSpecification): number => {
      const at = HEAVY.findIndex((re) => re.test(f.moduleId));
      return at < 0 ? HEAVY.length : at;
    };
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => heavy(a.f) - heavy(b.f) || a.i - b.i).map((x) => x.f);
  }
}

/** The rule tests: one file per rule (tests/rules/<layer>/<id>.test.ts) and a few themed ones. */
const RULE_TESTS = 'tests/rules/**/*.test.ts';

export default defineConfig({
  test: {
    // PGlite instances are heavy (0.5 GB, 2 s start): keep parallelism at the core count.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    sequence: { sequencer: HeaviestFirst },
    projects: [
      {
        // Sixty small files importing the same rules, review and replay modules: a worker runs them
        // one after another with one module cache instead of a fresh process (~3 s of imports) each.
        // None uses vi.mock or changes shared module state; each file cleans up what it starts.
        extends: true,
        test: { name: 'rules', include: [RULE_TESTS], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, RULE_TESTS],
          // One line when the real-history corpus is absent and its tests skip (PGMR_CORPUS, tests/helpers/corpus.ts).
          globalSetup: ['tests/helpers/corpus-notice.ts'],
        },
      },
    ],
  },
});
