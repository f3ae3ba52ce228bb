// Vitest global setup: one visible line when the corpus tests will skip (see corpus.ts).
import { CORPUS_PRESENT } from './corpus.js';

export function setup(): void {
  if (!CORPUS_PRESENT) {
    const why = process.env.PGMR_CORPUS ? `PGMR_CORPUS=${process.env.PGMR_CORPUS} holds no manifest.json` : 'PGMR_CORPUS is not set';
    console.log(`corpus tests skipped: ${why} (point it at the real-history corpus to run them; .ci/run does)`);
  }
}
