// Help text of the CLI.
export const USAGE = `pg-migration-review: review PostgreSQL migrations by replaying them on a real PostgreSQL

Usage:
  pg-migration-review review [--base REF] [--format FORMAT] [--output FILE] [--config FILE]
      Review the migrations changed on this branch (committed or not) against REF
      (default: the merge-base with the default branch).
  pg-migration-review audit [DIR] [--format FORMAT] [--output FILE] [--config FILE]
      Replay the whole migration history (of DIR, default the repository or current folder)
      and review every migration against the schema before it.
  pg-migration-review baseline [DIR] [--output FILE] [--config FILE]
      Audit the history and write the fingerprints of today's findings (default
      .pg-migration-review-baseline.json at the repository root). Reviews and audits then report
      those findings as baselined and fail only on new ones.
  pg-migration-review doctor
      Check that the parser and the embedded PostgreSQL start; print their versions.

Options:
  --format FORMAT   text (default), json, markdown or sarif (SARIF 2.1.0, for code scanning and
                    other CI that reads it)
  --output FILE     write the report to FILE instead of stdout
  --config FILE     config file (default: .pg-migration-review.yml at the repository root)
  --fail-on LEVEL   error (default), warning or never: which verdicts exit 1
  --cache-dir DIR   review: keep the replayed base branch in DIR and reuse it while the base
                    migrations are unchanged (also PGMR_CACHE_DIR); a corrupt entry is ignored
  --no-color        plain text output (also when NO_COLOR is set or stdout is not a terminal)
  -h, --help        this help
  -v, --version     print the version

Exit status: 0 pass or warn, 1 fail or escalate (per fail-on), 2 usage or config error.
`;
