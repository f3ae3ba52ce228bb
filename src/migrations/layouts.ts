// Project files that say where migrations live and how they are ordered (sqitch.conf, sqitch.plan,
// diesel.toml, Flyway locations), read once per tree and handed to discovery, detection and ordering.
import { findDieselConfig } from './frameworks/diesel-config.js';
import type { Layouts } from './frameworks/dialect.js';
import { isFlywayJavaName, isFlywayName } from './frameworks/flyway.js';
import { findFlywayConfigs } from './frameworks/flyway-config.js';
import { findSqitchLayouts } from './frameworks/sqitch-conf.js';
import { temporalScripts } from './frameworks/plain.js';
import { basename } from './paths.js';

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
