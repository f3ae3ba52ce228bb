// The sql layer's public API: the only door to the PostgreSQL parser for the rest of the project.
export { ensureParser, fingerprint, isParserReady } from './parser.js';
export { parseSqlFile } from './split.js';
export { LineMap, Utf8Offsets, lineColumnAt } from './offsets.js';
export { parseIgnoreComment } from './ignores.js';
export {
  isNonTransactional,
  transactionControlOf,
  type TransactionControl,
  nodeAs,
  nodeBody,
  nodeKind,
  relationName,
  stringValue,
  typeNameToString,
  walk,
  type BodyOf,
  type NodeKind,
  type Visit,
} from './ast.js';
