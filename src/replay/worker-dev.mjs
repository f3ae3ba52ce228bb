// Development only: Node cannot run TypeScript in a worker thread, and registering tsx inside each
// new worker cost about 0.5 s per engine start (most of a test's review). The worker's source is
// bundled once per process with esbuild instead (PGlite stays external, resolved from
// node_modules), written under node_modules/.cache named by its content hash. Bundled builds
// start dist/replay-worker.js and never load this file.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
let built;

/** The URL of a runnable worker built from src/replay/worker.ts as it is now. */
export function devWorkerUrl() {
  built ??= (async () => {
    const out = await build({
      absWorkingDir: root,
      entryPoints: ['src/replay/worker.ts'],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    const code = out.outputFiles[0].contents;
    const dir = `${root}node_modules/.cache/pg-migration-review`;
    const file = `${dir}/replay-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      // Test files run in parallel processes: write aside, then rename into place.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, code);
      renameSync(temp, file);
    }
    return pathToFileURL(file);
  })();
  return built;
}
