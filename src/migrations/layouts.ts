// Project files that say where migrations live and how they are ordered (sqitch.conf, sqitch.plan,
// diesel.toml), read once per tree and handed to discovery, detection and ordering.
import { findDieselConfig, type DieselConfig } from './frameworks/diesel.js';
import { findSqitchLayouts, type SqitchLayout } from './frameworks/sqitch-conf.js';

export interface Layouts {
  sqitch: SqitchLayout[];
  diesel: DieselConfig;
}

export function findLayouts(paths: readonly string[], read: (path: string) => string | undefined): Layouts {
  return { sqitch: findSqitchLayouts(paths, read), diesel: findDieselConfig(paths, read) };
}

/** What can be known from the paths alone: sqitch plans beside their deploy folders. */
export function layoutsFromPaths(paths: readonly string[]): Layouts {
  return findLayouts(paths, () => undefined);
}
