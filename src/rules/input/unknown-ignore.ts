// Layer 1: an ignore comment that names no rule of the catalogue silences nothing (usually a typo).
import type { IgnoreDirective } from '../../core/sql-types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The id of `known` closest to `id` (case ignored), when it is close enough to be the intended one. */
export function closestIdAmong(id: string, known: readonly string[]): string | undefined {
  const wanted = id.toLowerCase();
  let best: { id: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(wanted, candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  // A third of the longer name may differ: catches typos and a dropped word, not unrelated names.
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(Math.max(wanted.length, best.id.length) / 3)) ? best.id : undefined;
}

function describe(directive: IgnoreDirective): string {
  return directive.scope === 'file' ? 'ignore-file comment' : 'ignore comment';
}

/**
 * The rule, judging ignore comments against `knownRuleIds`: the registry's ids, which the registry
 * (src/rules/index.ts) hands in, as it lists this rule too.
 */
export function unknownIgnoreAgainst(knownRuleIds: () => readonly string[]): Rule {
  return {
    meta: {
      id: 'unknown-ignore',
      layer: 'input',
      severity: 'warning',
      summary: 'An ignore comment names a rule that does not exist.',
      why:
        'An ignore comment silences only the rule ids it names, exactly as written. A misspelt or invented id silences ' +
        'nothing, so the finding the author meant to accept still fails the review, and a reader of the migration ' +
        'believes a risk was reviewed and accepted when it was not.',
      bad: '-- pg-migration-review: ignore require-concurrent-indexes -- the table is empty in production\nCREATE INDEX orders_user_id_idx ON orders (user_id);',
      good: '-- pg-migration-review: ignore require-concurrent-index -- the table is empty in production\nCREATE INDEX orders_user_id_idx ON orders (user_id);',
      setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);',
      references: [`${POSTGRES_DOCS_URL}/sql-syntax-lexical.html#SQL-SYNTAX-COMMENTS`],
      fixable: true,
      needs: [],
    },
    check(ctx) {
      const out: FindingDraft[] = [];
      for (const file of ctx.files) {
        if (file.status !== 'added') continue;
        const directives = [...file.fileIgnores, ...file.statements.flatMap((r) => r.statement.ignores)];
        const seen = new Set<string>();
        for (const directive of directives.sort((a, b) => a.line - b.line)) {
          if (directive.rules.length === 0 && !seen.has(`${directive.line}:`)) {
            seen.add(`${directive.line}:`);
            out.push({
              file: file.source.path,
              line: directive.line,
              message: `This ${describe(directive)} names no rule, so it silences nothing.`,
              help: `Name the rules to silence: \`-- pg-migration-review: ${directive.scope === 'file' ? 'ignore-file' : 'ignore'} rule-id[, rule-id] -- reason\`.`,
              verified: 'static',
            });
          }
          for (const id of directive.rules) {
            if (knownRuleIds().includes(id) || seen.has(`${directive.line}:${id}`)) continue;
            seen.add(`${directive.line}:${id}`);
            const closest = closestIdAmong(id, knownRuleIds());
            const fix = closest ? replaceOnLine(file.source.text, directive.line, id, closest) : undefined;
            out.push({
              file: file.source.path,
              line: directive.line,
              message:
                `The ${describe(directive)} names \`${id}\`, which is not a rule: it silences nothing` +
                (closest ? `. Did you mean \`${closest}\`${closest === id.toLowerCase() ? ' (rule ids are lower case)' : ''}?` : '.'),
              help: closest
                ? `Write \`${closest}\`; every rule id is listed in the README's rule table.`
                : 'Use a rule id from the README\'s rule table (the `ruleId` of the finding to silence), or remove the comment.',
              ...(fix ? { fix: { description: `Rename ${id} to ${closest}`, edits: [fix] } } : {}),
              verified: 'static',
            });
          }
        }
      }
      return out;
    },
  };
}

/** The directive's line with `id` replaced by `closest` (as a whole word), when the id is found on it. */
function replaceOnLine(text: string, line: number, id: string, closest: string) {
  const lines = text.split('\n');
  const original = lines[line - 1];
  if (original === undefined) return undefined;
  const cr = original.endsWith('\r') ? '\r' : '';
  const body = cr ? original.slice(0, -1) : original;
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[\\s,])${escaped}(?=$|[\\s,*])`);
  if (!re.test(body)) return undefined;
  return { line, endLine: line, replacement: body.replace(re, `$1${closest}`) };
}
