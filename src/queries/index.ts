// The query-file input layer: which files hold queries, and each file read into queries.
export { DEFAULT_QUERY_GLOBS, selectQueryPaths, type QueryDiscovery, type QueryPathOptions } from './discover.js';
export {
  expandSqlcPaths,
  isSqlcConfigPath,
  parseSqlcConfig,
  SQLC_CONFIG_NAMES,
  type DiscoveryProblem,
  type SqlcConfig,
  type SqlcPackage,
} from './sqlc-config.js';
export {
  detectQueryFormat,
  hasTemplatePlaceholder,
  queryRegions,
  readAnnotation,
  type PgtypedExpansion,
  type QueryAnnotation,
  type QueryRegion,
} from './formats.js';
export { normalizeParameters, type NormalizedParameters } from './params.js';
export { loadQueryFile } from './load.js';
