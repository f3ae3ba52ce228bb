// Project files that say where migrations live and how they are ordered (sqitch.conf, sqitch.plan,
// diesel.toml, Flyway locations), read once per tree and handed to discovery, detection and ordering.
import { findDieselConfig, type DieselConfig } from './frameworks/diesel.js';
import { isFlywayJavaName, isFlywayName } from './frameworks/flyway.js';
import { findFlywayConfigs, type FlywayConfig } from './frameworks/flyway-config.js';
import { findSqitchLayouts, type SqitchLayout } from './frameworks/sqitch-conf.js';
import { temporalScripts } from './frameworks/plain.js';
import { basename } from './paths.js';

export interface Layouts {
  sqitch: SqitchLayout[];
  diesel: DieselConfig;
  flyway: FlywayConfig[];
  /** Scripts a temporal-sql-tool `versioned/vX.Y/manifest.json` lists (applied by the plain dialect's rank). */
  temporal: ReadonlySet<string>;
}

export function findLayouts(paths: readonly string[], read: (path: string) => string | undefined): Layouts {
  // Application configs are only read in trees that hold Flyway scripts or classes.
  const flyway = paths.some((p) => isFlywayName(basename(p)) || isFlywayJavaName(basename(p)));
  return {
    sqitch: findSqitchLayouts(paths, read),
    diesel: findDieselConfig(paths, read),
    flyway: flyway ? findFlywayConfigs(paths, read) : [],
    temporal: temporalScripts(paths, read),
  };
}

/** What can be known from the paths alone: sqitch plans beside their deploy folders. */
export function layoutsFromPaths(paths: readonly string[]): Layouts {
  return findLayouts(paths, () => undefined);
}
