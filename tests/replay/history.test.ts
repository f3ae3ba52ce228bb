// Replays one real history of the corpus (langfuse, 434 Prisma migrations) through the base-file
// fast path, then traces its last files, and prints the numbers the design relies on.
import { readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { readCatalog } from '../../src/replay/catalog-query.js';
import { ReplaySession, type BaseFileProblem } from '../../src/replay/session.js';
import { CORPUS_PRESENT, corpusManifest, corpusPath } from '../helpers/corpus.js';
import { extensionsCreated, statementsOf } from './statements.js';

const TRACED = 30;

interface History { name: string; dir: string; files: string[] }

let session: ReplaySession | undefined;
afterAll(async () => {
  await session?.close();
});

it.skipIf(!CORPUS_PRESENT)('replays the langfuse history and traces its last files', async () => {
  const manifest = corpusManifest<History>();
  const history = manifest.find((h) => h.name === 'langfuse/langfuse')!;
  const files = history.files.map((path) => {
    const sql = readFileSync(corpusPath(history.dir, path), 'utf8');
    return { path, sql, statements: statementsOf(sql) };
  });

  let t0 = performance.now();
  session = await ReplaySession.start({ extensions: [...new Set(files.flatMap((f) => extensionsCreated(f.statements)))] });
  const startMs = performance.now() - t0;

  const baseFiles = files.slice(0, -TRACED);
  const problems: BaseFileProblem[] = [];
  t0 = performance.now();
  for (const f of baseFiles) problems.push(...(await session.replayBaseFile(f.path, f.sql, f.statements)));
  const baseMs = performance.now() - t0;

  t0 = performance.now();
  await readCatalog(session.engine);
  const catalogMs = performance.now() - t0;

  let statements = 0;
  let statementMs = 0;
  let failed = 0;
  t0 = performance.now();
  for (const f of files.slice(-TRACED)) {
    const run = await session.runFile(f.path, f.statements, 'implicit');
    statements += run.steps.length;
    for (const step of run.steps) {
      statementMs += step.trace.durationMs;
      if (step.trace.outcome !== 'ok' && step.trace.outcome !== 'skipped') failed++;
    }
  }
  const tracedMs = performance.now() - t0;
  const catalog = await session.catalog();

  const filesWithProblems = new Set(problems.map((p) => p.path)).size;
  console.log(
    `langfuse: start ${startMs.toFixed(0)} ms; ${baseFiles.length} base files in ${baseMs.toFixed(0)} ms ` +
      `(${((baseFiles.length / baseMs) * 1000).toFixed(0)} files/s), ${filesWithProblems} with problems; ` +
      `full catalog read (${Object.keys(catalog.tables).length} tables) ${catalogMs.toFixed(0)} ms; ` +
      `${statements} traced statements in ${tracedMs.toFixed(0)} ms, ` +
      `overhead ${((tracedMs - statementMs) / statements).toFixed(1)} ms per statement`,
  );
  for (const p of problems) console.log(`  ${p.path}:${p.line} ${p.message}`);

  // langfuse replays cleanly on PostgreSQL; a handful of problems would mean a replay bug.
  expect(filesWithProblems).toBeLessThanOrEqual(2);
  expect(failed).toBe(0);
  expect(Object.keys(catalog.tables).length).toBeGreaterThan(20);
  expect(session.restarts).toBe(0);
});
