import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { ruleDocsUrl } from '../../src/core/docs-urls.js';
import { ALL_RULES, RULE_IDS } from '../../src/rules/index.js';
import { FINGERPRINT_KEY, renderSarif } from '../../src/report/sarif.js';
import { finding, reviewOf } from './helpers.js';

const A = 'db/migrations/001_orders.sql';
const B = 'db/migrations/002_users.sql';
const OPTIONS = { toolVersion: '1.2.3' };

type Json = Record<string, unknown>;
const LEVELS = ['none', 'note', 'warning', 'error'];

/**
 * The parts of the SARIF 2.1.0 schema code scanning relies on, checked by hand: required
 * properties, enums, minimums and the ruleIndex/ruleId link. Returns one line per violation.
 */
function sarifProblems(log: Json): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isStr = (v: unknown): v is string => typeof v === 'string';
  const isInt = (v: unknown, min: number) => Number.isInteger(v) && (v as number) >= min;
  const message = (v: unknown, where: string) => check(isObj(v) && (isStr(v.text) || isStr(v.id)), `${where}: message needs text or id`);
  const multiformat = (v: unknown, where: string) => check(isObj(v) && isStr(v.text) && (v.markdown === undefined || isStr(v.markdown)), `${where}: multiformatMessageString needs text`);

  check(log.version === '2.1.0', 'version must be 2.1.0');
  check(log.$schema === undefined || isStr(log.$schema), '$schema must be a string');
  check(Array.isArray(log.runs), 'runs must be an array');
  for (const [r, run] of ((log.runs as unknown[]) ?? []).entries()) {
    if (!isObj(run) || !isObj(run.tool) || !isObj(run.tool.driver)) {
      problems.push(`runs[${r}].tool.driver is required`);
      continue;
    }
    const driver = run.tool.driver;
    check(isStr(driver.name), `runs[${r}].tool.driver.name is required`);
    check(driver.informationUri === undefined || (isStr(driver.informationUri) && URL.canParse(driver.informationUri)), 'driver.informationUri must be a URI');
    const rules = (driver.rules ?? []) as unknown[];
    check(Array.isArray(rules), 'driver.rules must be an array');
    const ids = new Set<string>();
    for (const [i, rule] of rules.entries()) {
      const where = `rules[${i}]`;
      if (!isObj(rule) || !isStr(rule.id)) {
        problems.push(`${where}.id is required`);
        continue;
      }
      check(!ids.has(rule.id), `${where}: duplicate id ${rule.id}`);
      ids.add(rule.id);
      for (const key of ['shortDescription', 'fullDescription', 'help'] as const) if (rule[key] !== undefined) multiformat(rule[key], `${where}.${key}`);
      check(rule.helpUri === undefined || (isStr(rule.helpUri) && URL.canParse(rule.helpUri)), `${where}.helpUri must be a URI`);
      const conf = rule.defaultConfiguration;
      check(conf === undefined || (isObj(conf) && LEVELS.includes(conf.level as string)), `${where}.defaultConfiguration.level`);
    }
    check(run.columnKind === undefined || run.columnKind === 'utf16CodeUnits' || run.columnKind === 'unicodeCodePoints', 'run.columnKind');
    check(Array.isArray(run.results), `runs[${r}].results must be an array`);
    for (const [i, res] of ((run.results as unknown[]) ?? []).entries()) {
      const where = `results[${i}]`;
      if (!isObj(res)) {
        problems.push(`${where} must be an object`);
        continue;
      }
      message(res.message, where);
      check(res.level === undefined || LEVELS.includes(res.level as string), `${where}.level`);
      if (res.ruleIndex !== undefined) {
        check(isInt(res.ruleIndex, -1), `${where}.ruleIndex must be an integer >= -1`);
        check(isObj(rules[res.ruleIndex as number]) && (rules[res.ruleIndex as number] as Json).id === res.ruleId, `${where}.ruleIndex must point at ruleId`);
      }
      for (const loc of (res.locations ?? []) as unknown[]) {
        const phys = isObj(loc) ? loc.physicalLocation : undefined;
        if (!isObj(phys) || !isObj(phys.artifactLocation) || !isStr(phys.artifactLocation.uri)) {
          problems.push(`${where}: physicalLocation.artifactLocation.uri is required`);
          continue;
        }
        check(!phys.artifactLocation.uri.startsWith('/'), `${where}: uri must be repo-relative`);
        const region = phys.region;
        if (isObj(region)) {
          check(isInt(region.startLine, 1), `${where}.region.startLine >= 1`);
          check(region.startColumn === undefined || isInt(region.startColumn, 1), `${where}.region.startColumn >= 1`);
          check(region.endLine === undefined || (isInt(region.endLine, 1) && (region.endLine as number) >= (region.startLine as number)), `${where}.region.endLine >= startLine`);
        }
      }
      if (res.partialFingerprints !== undefined) check(isObj(res.partialFingerprints) && Object.values(res.partialFingerprints).every(isStr), `${where}.partialFingerprints values must be strings`);
      for (const s of (res.suppressions ?? []) as unknown[]) {
        check(isObj(s) && ['inSource', 'external'].includes(s.kind as string), `${where}.suppressions kind`);
        check(isObj(s) && (s.justification === undefined || isStr(s.justification)), `${where}.suppressions justification`);
      }
    }
  }
  return problems;
}

/** The log as upload-sarif reads it: JSON, so undefined values vanish and must not matter. */
function sarif(findings: Finding[], files = [A, B], options: Parameters<typeof renderSarif>[1] = OPTIONS): Json {
  return JSON.parse(JSON.stringify(renderSarif(reviewOf(files, findings), options))) as Json;
}
const run = (log: Json) => (log.runs as Json[])[0];
const results = (log: Json) => run(log).results as Json[];
const fingerprint = (r: Json) => (r.partialFingerprints as Record<string, string>)[FINGERPRINT_KEY];

describe('renderSarif', () => {
  it('describes the tool with every registered rule, linked to its docs', () => {
    const log = sarif([], [A], { toolVersion: '1.2.3', informationUri: 'https://example.com/pmr' });
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = (run(log).tool as Json).driver as Json;
    expect(driver).toMatchObject({ name: 'pg-migration-review', version: '1.2.3', informationUri: 'https://example.com/pmr' });
    const rules = driver.rules as Json[];
    expect(rules.map((r) => r.id)).toEqual(RULE_IDS);
    expect(rules).toHaveLength(ALL_RULES.length);

    const index = RULE_IDS.indexOf('require-concurrent-index');
    const meta = ALL_RULES[index].meta;
    expect(rules[index]).toEqual({
      id: 'require-concurrent-index',
      name: 'RequireConcurrentIndex',
      shortDescription: { text: meta.summary },
      fullDescription: { text: meta.why },
      helpUri: ruleDocsUrl('require-concurrent-index'),
      help: { text: expect.stringContaining(meta.good), markdown: `${meta.summary}\n\n${meta.why}\n\nFlagged:\n\`\`\`sql\n${meta.bad}\n\`\`\`\n\nInstead:\n\`\`\`sql\n${meta.good}\n\`\`\`` },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['output'] },
    });
    const levelOf = (id: string) => (rules[RULE_IDS.indexOf(id)].defaultConfiguration as Json).level;
    expect([levelOf('drop-table'), levelOf('ban-char'), levelOf('prefer-text')]).toEqual(['error', 'warning', 'note']);
    expect(sarifProblems(log)).toEqual([]);
  });

  it('turns a finding into a result pointing at its repo-relative span', () => {
    const f = finding('require-concurrent-index', A, 12, { column: 3, endLine: 14, message: 'CREATE INDEX blocks writes on "orders".', help: 'Use CONCURRENTLY.', verified: 'trace' });
    const [result] = results(sarif([f]));
    expect(result).toEqual({
      ruleId: 'require-concurrent-index',
      ruleIndex: RULE_IDS.indexOf('require-concurrent-index'),
      level: 'error',
      message: { text: 'CREATE INDEX blocks writes on "orders".\nUse CONCURRENTLY.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: A, uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 3, endLine: 14 } } }],
      partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{16}$/) },
      properties: { severity: 'error', layer: 'output', verified: 'trace' },
    });
  });

  it('maps severities to SARIF levels, escalations as errors', () => {
    const levels = results(sarif([
      finding('drop-table', A, 1, { severity: 'escalate' }),
      finding('ban-char', A, 2, { severity: 'warning' }),
      finding('prefer-text', A, 3, { severity: 'notice' }),
      // A config override is what the finding carries, not the rule default.
      finding('require-concurrent-index', A, 4, { severity: 'warning' }),
    ])).map((r) => r.level);
    expect(levels).toEqual(['error', 'warning', 'note', 'warning']);
  });

  it('keeps ignored findings as suppressed results with the ignore reason', () => {
    const res = results(sarif([
      finding('drop-table', A, 1, { ignored: true, ignoreReason: 'table retired in #412' }),
      finding('ban-char', A, 2, { severity: 'warning', ignored: true }),
      finding('prefer-text', A, 3, { severity: 'notice' }),
    ]));
    expect(res.map((r) => r.suppressions)).toEqual([[{ kind: 'inSource', justification: 'table retired in #412' }], [{ kind: 'inSource' }], undefined]);
  });

  it('encodes paths as URI references', () => {
    const [result] = results(sarif([finding('ban-char', 'db/my migrations/001 #1.sql', 1)], ['db/my migrations/001 #1.sql']));
    const uri = ((result.locations as Json[])[0].physicalLocation as { artifactLocation: { uri: string } }).artifactLocation.uri;
    expect(uri).toBe('db/my%20migrations/001%20%231.sql');
    expect(decodeURIComponent(uri)).toBe('db/my migrations/001 #1.sql');
  });

  it('fingerprints survive lines added above the finding', () => {
    const before = [
      finding('syntax-error', A, 3, { message: 'syntax error at or near "TABL" (line 3, column 8)' }),
      finding('require-concurrent-index', A, 10, { column: 1, endLine: 11 }),
    ];
    const shifted = [
      finding('syntax-error', A, 8, { message: 'syntax error at or near "TABL" (line 8, column 8)' }),
      finding('require-concurrent-index', A, 15, { column: 1, endLine: 16 }),
    ];
    expect(results(sarif(shifted)).map(fingerprint)).toEqual(results(sarif(before)).map(fingerprint));
  });

  it('fingerprints tell apart rules, files, messages and repeated identical findings', () => {
    const prints = results(sarif([
      finding('require-concurrent-index', A, 1),
      finding('require-concurrent-index', A, 5),
      finding('require-concurrent-index', B, 1),
      finding('drop-index-without-concurrently', A, 1, { message: 'require-concurrent-index message' }),
      finding('require-concurrent-index', A, 9, { message: 'CREATE INDEX on "users" blocks writes.' }),
    ])).map(fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('passes the structural check for a mixed review', () => {
    const log = sarif([
      finding('require-concurrent-index', A, 2, { column: 4 }),
      finding('drop-table', B, 1, { severity: 'escalate', endLine: 3 }),
      finding('prefer-text', B, 5, { severity: 'notice', ignored: true, ignoreReason: 'legacy' }),
      finding('edited-migration', 'db/migrations/000_init.sql', 1, { severity: 'error' }),
    ]);
    expect(results(log)).toHaveLength(4);
    expect(sarifProblems(log)).toEqual([]);
  });

  it('the structural check rejects what code scanning rejects', () => {
    const log = sarif([finding('ban-char', A, 1)]);
    const result = results(log)[0];
    result.ruleIndex = 0;
    result.level = 'fatal';
    delete result.message;
    (result.locations as Json[])[0] = { physicalLocation: { artifactLocation: { uri: A }, region: { startLine: 0 } } };
    result.suppressions = [{ kind: 'inline' }];
    delete ((run(log).tool as Json).driver as Json).name;
    expect(sarifProblems(log)).toEqual([
      'runs[0].tool.driver.name is required',
      'results[0]: message needs text or id',
      'results[0].level',
      'results[0].ruleIndex must point at ruleId',
      'results[0].region.startLine >= 1',
      'results[0].suppressions kind',
    ]);
  });
});
