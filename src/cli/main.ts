// The CLI: parse arguments, load the config, run a review or an audit, print, return the exit code.
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { join, relative, resolve } from 'node:path';
import { statSync, writeFileSync } from 'node:fs';
import type { Config, FailOn } from '../core/config.js';
import type { Review } from '../core/review-types.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { GitError, gitMaybe } from '../git/run-git.js';
import { repositoryRoot } from '../git/repository.js';
import { RULE_IDS } from '../rules/index.js';
import { reviewBranch } from '../review/review-branch.js';
import { auditHistory } from '../review/audit.js';
import { gateFails } from '../review/gate.js';
import { baselineFile, BASELINE_FILE } from '../review/baseline.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { runDoctor } from './doctor.js';
import { USAGE } from './usage.js';
import { VERSION } from '../version.js';

export interface CliIo {
  cwd: string;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
}

type Format = 'text' | 'json' | 'markdown' | 'sarif';

class UsageError extends Error {}

const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: 'string' },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      'fail-on': { type: 'string' },
      'cache-dir': { type: 'string' },
      output: { type: 'string', short: 'o' },
      'no-color': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  const failOn = values['fail-on'] as FailOn | undefined;
  if (failOn !== undefined && !FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${failOn}"`);
  return { values, positionals, format, failOn };
}

/** `--cache-dir`, else PGMR_CACHE_DIR: where base replays are kept between runs. */
function cacheDirOf(option: string | undefined, cwd: string): { cacheDir?: string } {
  const dir = option ?? process.env.PGMR_CACHE_DIR;
  return dir ? { cacheDir: resolve(cwd, dir) } : {};
}

function render(review: Review, format: Format, color: boolean): string {
  if (format === 'json') return renderJson(review);
  if (format === 'sarif') return JSON.stringify(renderSarif(review, { toolVersion: VERSION }), null, 2) + '\n';
  if (format === 'markdown') return renderMarkdown(review);
  return renderText(review, { color });
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    io.stderr.write(`pg-migration-review: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals, format } = args;
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr).write(USAGE);
    return values.help ? 0 : 2;
  }
  const color = !values['no-color'] && !process.env.NO_COLOR && io.stdout.isTTY === true && format === 'text' && !values.output;
  try {
    if (command === 'doctor') return await runDoctor(io.stdout);
    if (command !== 'review' && command !== 'audit' && command !== 'baseline') {
      throw new UsageError(`unknown command "${command}"; expected review, audit, baseline or doctor`);
    }
    if (command === 'review' && rest.length > 0) throw new UsageError(`review takes no positional arguments (got "${rest.join(' ')}")`);
    if (command !== 'review' && rest.length > 1) throw new UsageError(`${command} takes at most one folder`);

    const target = command !== 'review' && rest[0] ? resolve(io.cwd, rest[0]) : io.cwd;
    if (command !== 'review' && !statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`${command}: ${rest[0]} is not a folder`);
    }
    const root = command === 'review' ? repositoryRoot(io.cwd) : (gitMaybe(target, ['rev-parse', '--show-toplevel'])?.trim() ?? target);
    const config: Config = loadConfig({ root, file: values.config ? resolve(io.cwd, values.config) : undefined, knownRuleIds: RULE_IDS });
    if (args.failOn) config.failOn = args.failOn;

    if (command === 'baseline') {
      // Every finding of today's history, whatever an older baseline accepted.
      const review = await auditHistory({ root, dir: target, config, withoutBaseline: true });
      const output = values.output ? resolve(io.cwd, values.output) : join(root, config.baseline ?? BASELINE_FILE);
      writeFileSync(output, baselineFile(review.findings, VERSION));
      const kept = review.findings.filter((f) => !f.ignored).length;
      io.stdout.write(`pg-migration-review: wrote ${kept} finding(s) of ${review.files.length} file(s) to ${output}\n`);
      if (output !== join(root, config.baseline ?? BASELINE_FILE)) io.stdout.write(`Reviews read it when the config says: baseline: ${relative(root, output)}\n`);
      return 0;
    }
    const review =
      command === 'review'
        ? await reviewBranch({ root, base: values.base, config, ...cacheDirOf(values['cache-dir'], io.cwd) })
        : await auditHistory({ root, dir: target, config });
    const text = render(review, format, color);
    if (values.output) writeFileSync(resolve(io.cwd, values.output), text);
    else io.stdout.write(text);
    return gateFails(review.verdict, config.failOn) ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`pg-migration-review: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof ConfigError || err instanceof GitError) {
      io.stderr.write(`pg-migration-review: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`pg-migration-review: internal error: ${(err as Error).message}\n`);
    if (process.env.PGMR_DEBUG) io.stderr.write(`${(err as Error).stack}\n`);
    return 3;
  }
}
