// Development bootstrap: Node cannot load TypeScript in a worker thread by itself, so register tsx
// and import the worker's source. Bundled builds start dist/replay-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
