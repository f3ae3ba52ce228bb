// PGlite's WebAssembly, compiled once per process and handed to each worker the engine starts
// (a compiled module can be posted to a worker thread). A worker that compiles its own pays
// that again at every start: a restart after a stopped statement, and each review of a process
// that runs several (an audit, the test suite).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let compiled: Promise<WebAssembly.Module | undefined> | undefined;

/** Next to the bundle; from the TypeScript sources, PGlite's own copy in node_modules. */
function wasmPath(): string {
  if (!import.meta.url.endsWith('.ts')) return fileURLToPath(new URL('./pglite.wasm', import.meta.url));
  return join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), 'pglite.wasm');
}

/** The compiled module, or undefined when it cannot be read (the worker then loads its own). */
export function pgliteWasmModule(): Promise<WebAssembly.Module | undefined> {
  compiled ??= readFile(wasmPath()).then(
    (bytes) => WebAssembly.compile(bytes),
    () => undefined,
  );
  return compiled;
}
