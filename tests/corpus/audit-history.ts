// Audits one real history of the shared corpus and checks what any history must satisfy: the
// files found are the manifest's, in apply order, and every statement sits where it says it does.
// Counts per rule are printed for a person to read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import type { Review } from '../../src/core/review-types.js';
import { auditHistory } from '../../src/review/audit.js';
import { CORPUS_PRESENT, corpusManifest, corpusPath } from '../helpers/corpus.js';
import { recordedFiles } from './recorder.js';


interface HistoryEntry {
  name: string;
  dir: string;
  framework: string;
  files: string[];
}

const manifest = corpusManifest<HistoryEntry>();

/** 1-based line and UTF-16 column of string index `at`. */
function positionOf(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

function countByRule(review: Review): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of review.findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

export interface HistoryExpectations {
  /** The framework the files must be detected as. */
  framework: string;
}

export function describeHistoryAudit(dir: string, expected: HistoryExpectations): void {
  if (!CORPUS_PRESENT) {
    describe.skip(`audit of ${dir} (needs the corpus)`, () => it('audits the history', () => undefined));
    return;
  }
  const entry = manifest.find((h) => h.dir === dir);
  if (!entry) throw new Error(`${dir} is not in the corpus manifest`);
  const root = corpusPath(dir);

  describe(`audit of ${entry.name} (${entry.framework})`, () => {
    let review: Review;
    let seconds: number;
    beforeAll(async () => {
      const t0 = performance.now();
      review = await auditHistory({ root, dir: root, config: { ...DEFAULT_CONFIG, rules: {} } });
      seconds = (performance.now() - t0) / 1000;
      console.log(
        `${entry.name}: ${review.files.length} files, ${review.stats.statements} statements, ${seconds.toFixed(1)} s, ` +
          `findings per rule ${JSON.stringify(countByRule(review))}`,
      );
    });

    it('finds the manifest files, in apply order, with the expected framework', () => {
      expect(review.mode).toBe('audit');
      expect(review.files.map((f) => f.path)).toEqual(entry.files);
      expect(new Set(review.files.map((f) => f.framework))).toEqual(new Set([expected.framework]));
      expect(recordedFiles.map((f) => f.source.path)).toEqual(entry.files);
    });

    it('places every statement at the line and column where its text starts in the file', () => {
      let statements = 0;
      const misplaced: string[] = [];
      for (const file of recordedFiles) {
        const text = readFileSync(join(root, file.source.path), 'utf8');
        const lines = text.split('\n').length;
        for (const { statement } of file.statements) {
          statements++;
          const { span } = statement;
          const where = `${file.source.path} statement ${statement.index} (line ${span.line})`;
          if (text.slice(span.start, span.end) !== statement.text) {
            misplaced.push(`${where}: text is not the file's characters ${span.start}..${span.end}`);
            continue;
          }
          const firstToken = span.start + statement.text.search(/\S/);
          const at = positionOf(text, firstToken);
          if (at.line !== span.line || at.column !== span.column) misplaced.push(`${where}: first token is at ${at.line}:${at.column}, span says ${span.line}:${span.column}`);
          if (span.line < 1 || span.endLine < span.line || span.endLine > lines) misplaced.push(`${where}: lines ${span.line}..${span.endLine} outside 1..${lines}`);
          if (positionOf(text, span.end - 1).line !== span.endLine) misplaced.push(`${where}: ends on line ${positionOf(text, span.end - 1).line}, span says ${span.endLine}`);
        }
      }
      expect(misplaced.slice(0, 10)).toEqual([]);
      expect(statements).toBe(review.stats.statements);
      expect(statements).toBeGreaterThan(0);
    });

    it('reports findings inside the files they name, and none an applied history cannot have', () => {
      const lineCounts = new Map(recordedFiles.map((f) => [f.source.path, readFileSync(join(root, f.source.path), 'utf8').split('\n').length]));
      for (const f of review.findings) {
        const lines = lineCounts.get(f.file);
        expect(lines, `${f.ruleId} names ${f.file}`).toBeDefined();
        expect(f.line, `${f.ruleId} at ${f.file}:${f.line}`).toBeGreaterThanOrEqual(1);
        expect(f.endLine, `${f.ruleId} at ${f.file}:${f.line}`).toBeLessThanOrEqual(lines!);
      }
      // An audit replays the files in the order they were applied, and every one parsed in production.
      const impossible = review.findings.filter((f) => ['syntax-error', 'out-of-order-migration', 'edited-migration'].includes(f.ruleId));
      expect(impossible.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
    });
  });
}
