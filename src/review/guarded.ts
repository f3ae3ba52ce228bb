// Query checks are worth less than the migration review: when the engine is stopped during one
// (a planner bound, a crash), the review goes on without them and says so.
import type { BaseReplayProblem } from '../core/review-types.js';

export async function guardedQueries<T>(problems: BaseReplayProblem[], run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (err) {
    problems.push({ path: '(queries)', line: 1, message: `query checks stopped: ${err instanceof Error ? err.message : String(err)}`, about: 'queries' });
    return undefined;
  }
}
