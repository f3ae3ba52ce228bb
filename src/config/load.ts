// Reads `.pg-migration-review.yml`, checks every key and value, and merges it over the defaults.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Node as YamlNode } from 'yaml';
import { DEFAULT_CONFIG, type Config, type RuleSetting } from '../core/config.js';
import type { Framework } from '../core/migration-types.js';
import { CONFIG_FIELDS, CONFIG_FILE_NAME } from './schema.js';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Loads the config: an explicit file must exist; otherwise the repository's default file is optional. */
export function loadConfig(options: { root: string; file?: string; knownRuleIds: readonly string[] }): Config {
  const path = options.file ?? join(options.root, CONFIG_FILE_NAME);
  if (!existsSync(path)) {
    if (options.file) throw new ConfigError(`${options.file}: config file not found`);
    return { ...DEFAULT_CONFIG };
  }
  return parseConfig(readFileSync(path, 'utf8'), path, options.knownRuleIds);
}

export function parseConfig(text: string, fileName: string, knownRuleIds: readonly string[]): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const where = (node: YamlNode | null | undefined): string => {
    const offset = node?.range?.[0];
    return offset === undefined ? fileName : `${fileName}:${lines.linePos(offset).line}`;
  };
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    throw new ConfigError(`${fileName}:${lines.linePos(err.pos[0]).line}: invalid YAML: ${err.message.split('\n')[0]}`);
  }
  const config: Config = { ...DEFAULT_CONFIG, rules: {}, tableRows: {} };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return config;
  if (!isMap(doc.contents)) throw new ConfigError(`${where(doc.contents)}: the config must be a mapping of keys to values`);

  for (const pair of doc.contents.items) {
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const spec = CONFIG_FIELDS[key];
    if (!spec) {
      throw new ConfigError(`${where(keyNode)}: unknown key "${key}"; expected one of ${Object.keys(CONFIG_FIELDS).join(', ')}`);
    }
    const valueNode = pair.value as YamlNode | null;
    const value: unknown = valueNode && 'toJSON' in valueNode ? valueNode.toJSON() : null;
    const at = where(valueNode ?? keyNode);
    switch (spec.type) {
      case 'integer': {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < spec.minimum || value > spec.maximum) {
          throw new ConfigError(`${at}: "${key}" must be an integer from ${spec.minimum} to ${spec.maximum}, got ${JSON.stringify(value)}`);
        }
        if (key === 'postgres-version') config.postgresVersion = value;
        else if (key === 'statement-timeout') config.statementTimeoutMs = value;
        else if (key === 'memory-limit') config.memoryLimitMb = value;
        else if (key === 'max-indexes-per-table') config.maxIndexesPerTable = value;
        else if (key === 'large-table-rows') config.largeTableRows = value;
        else if (key === 'assumed-table-rows') config.assumedTableRows = value;
        break;
      }
      case 'string-list': {
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || list.some((g) => typeof g !== 'string' || g.trim() === '')) {
          throw new ConfigError(`${at}: "${key}" must be a glob or a list of globs`);
        }
        if (key === 'migrations') config.migrations = list as string[];
        else config.queries = list as string[];
        break;
      }
      case 'enum': {
        if (typeof value !== 'string' || !spec.values.includes(value)) {
          throw new ConfigError(`${at}: "${key}" must be one of ${spec.values.join(', ')}, got ${JSON.stringify(value)}`);
        }
        if (key === 'framework') config.framework = value as Framework;
        else config.failOn = value as Config['failOn'];
        break;
      }
      case 'path': {
        const path = typeof value === 'string' ? value.trim().replace(/^\.\//, '') : '';
        if (!path || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.split(/[\\/]/).includes('..')) {
          throw new ConfigError(`${at}: "${key}" must be a file path relative to the repository root, got ${JSON.stringify(value)}`);
        }
        if (key === 'baseline') config.baseline = path.replace(/\\/g, '/');
        else config.baseSchema = path.replace(/\\/g, '/');
        break;
      }
      case 'count-map': {
        if (!isMap(valueNode)) throw new ConfigError(`${at}: "${key}" must map table names to row counts`);
        config.tableRows = {};
        for (const pair of valueNode.items) {
          const tableNode = pair.key as YamlNode;
          const table = isScalar(tableNode) ? String(tableNode.value) : '';
          const countNode = pair.value as YamlNode | null;
          const count = isScalar(countNode) ? countNode.value : undefined;
          if (!table || typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
            throw new ConfigError(`${where(countNode ?? tableNode)}: "${key}" entry "${table}" must be a whole number of rows, got ${JSON.stringify(count ?? null)}`);
          }
          config.tableRows[table] = count;
        }
        break;
      }
      case 'rule-map': {
        if (!isMap(valueNode)) throw new ConfigError(`${at}: "rules" must map rule ids to one of ${spec.values.join(', ')}`);
        for (const rulePair of valueNode.items) {
          const ruleKey = rulePair.key as YamlNode;
          const id = isScalar(ruleKey) ? String(ruleKey.value) : '';
          if (!knownRuleIds.includes(id)) throw new ConfigError(`${where(ruleKey)}: unknown rule "${id}" in rules`);
          const settingNode = rulePair.value as YamlNode | null;
          const setting = isScalar(settingNode) ? settingNode.value : undefined;
          if (typeof setting !== 'string' || !spec.values.includes(setting)) {
            throw new ConfigError(`${where(settingNode ?? ruleKey)}: rule "${id}" must be one of ${spec.values.join(', ')}, got ${JSON.stringify(setting ?? null)}`);
          }
          config.rules[id] = setting as RuleSetting;
        }
        break;
      }
    }
  }
  return config;
}
