// Records every file the audit hands to the rules, so tests can check the statements it found.
// Test files install it with vi.mock on src/review/apply-rules.js (kept free of src imports so
// the mock factory can load it while the audit's module graph is still loading).
import type { ReviewedFile } from '../../src/core/review-types.js';

type ApplyRulesModule = typeof import('../../src/review/apply-rules.js');

export const recordedFiles: ReviewedFile[] = [];

export function recording(original: ApplyRulesModule): ApplyRulesModule {
  return {
    ...original,
    applyRules(rules, ctx) {
      recordedFiles.push(...ctx.files);
      return original.applyRules(rules, ctx);
    },
  };
}
