// Audit of a real goose history from the shared corpus (one history per file so vitest runs them in parallel).
import { vi } from 'vitest';
import { describeHistoryAudit } from './audit-history.js';

vi.mock('../../src/review/apply-rules.js', async (importOriginal) =>
  (await import('./recorder.js')).recording(await importOriginal<typeof import('../../src/review/apply-rules.js')>()),
);

describeHistoryAudit('openfga__openfga', { framework: 'goose' });
