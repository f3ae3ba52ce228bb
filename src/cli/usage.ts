// Help text of the CLI.
export const USAGE = `pg-migration-review: review PostgreSQL migrations by replaying them on a real PostgreSQL

Usage:
  pg-migration-review review [--base REF] [--format text|json|markdown] [--config FILE]
      Review the migrations changed on this branch (committed or not) against REF
      (default: the merge-base with the default branch).
  pg-migration-review audit [DIR] [--format text|json|markdown] [--config FILE]
      Replay the whole migration history (of DIR, default the repository or current folder)
      and review every migration against the schema before it.
  pg-migration-review doctor
      Check that the parser and the embedded PostgreSQL start; print their versions.

Options:
  --format FORMAT   text (default), json or markdown
  --config FILE     config file (default: .pg-migration-review.yml at the repository root)
  --fail-on LEVEL   error (default), warning or never: which verdicts exit 1
  --cache-dir DIR   review: keep the replayed base branch in DIR and reuse it while the base
                    migrations are unchanged (also PGMR_CACHE_DIR); a corrupt entry is ignored
  --no-color        plain text output (also when NO_COLOR is set or stdout is not a terminal)
  -h, --help        this help
  -v, --version     print the version

Exit status: 0 pass or warn, 1 fail or escalate (per fail-on), 2 usage or config error.
`;
