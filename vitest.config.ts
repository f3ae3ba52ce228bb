import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest starts larger files first, but the heaviest ones here are small files: every rule's
 * documented examples (minutes each), then the corpus audits and the bundled action's runs. Started
 * last, they left one worker alone at the end. They go first; the rest keep Vitest's order.
 */
const HEAVY = [/tests[\\/]docs[\\/]examples-/, /tests[\\/]corpus[\\/]audit-/, /tests[\\/](action|cli|e2e)[\\/]/];

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

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // PGlite instances are heavy (0.5 GB, 2 s start): keep parallelism at the core count.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    sequence: { sequencer: HeaviestFirst },
  },
});
