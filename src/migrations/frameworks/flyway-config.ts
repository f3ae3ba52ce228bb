// Flyway locations configured in a project (Spring Boot, Quarkus, Flyway's own config): every script
// and Java class found in the locations of one configuration forms one version sequence, as Flyway
// merges its locations before sorting.
import { parse } from 'yaml';
import { basename, dirname, join, normalize } from '../paths.js';

/** One Flyway configuration and the folders its locations point at. */
export interface FlywayConfig {
  file: string;
  /** Classpath folders (`org/acme/flyway`), matched below any `src/main/{resources,java,kotlin}/`. */
  classpath: string[];
  /** Repository folders (`filesystem:` locations, resolved from the module of the config). */
  filesystem: string[];
}

const CONFIG_FILE = /^(?:application\.(?:properties|ya?ml)|flyway\.(?:conf|toml))$/;
/** Keys naming the locations of the default datasource; `%prod.` is Quarkus's production profile. */
const PROPERTY = /^\s*(?:%prod\.)?(?:spring\.flyway|quarkus\.flyway|flyway)\.locations\s*[=:]\s*(.+?)\s*$/;
const YAML_KEYS = ['spring.flyway.locations', 'quarkus.flyway.locations', 'flyway.locations'];

/** The value at a dotted key of parsed YAML, written nested (`spring: flyway: ...`) or flat. */
function yamlValue(node: unknown, key: string): unknown {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const record = node as Record<string, unknown>;
  if (key in record) return record[key];
  const dot = key.indexOf('.');
  return dot < 0 ? undefined : yamlValue(record[key.slice(0, dot)], key.slice(dot + 1));
}

function rawLocations(file: string, text: string): string[] {
  const values: string[] = [];
  if (/\.ya?ml$/.test(file)) {
    let doc: unknown;
    try {
      doc = parse(text);
    } catch {
      return [];
    }
    for (const key of YAML_KEYS) {
      const v = yamlValue(doc, key);
      if (typeof v === 'string') values.push(...v.split(','));
      else if (Array.isArray(v)) values.push(...v.filter((x): x is string => typeof x === 'string'));
    }
  } else if (file.endsWith('.toml')) {
    const m = /^\s*locations\s*=\s*\[([^\]]*)\]/m.exec(text);
    if (m) values.push(...[...m[1].matchAll(/["']([^"']+)["']/g)].map((x) => x[1]));
  } else {
    for (const line of text.split(/\r?\n/)) {
      const m = PROPERTY.exec(line);
      if (m) values.push(...m[1].split(','));
    }
  }
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

/** The folder a location names, up to its first wildcard; undefined for placeholders and absolute paths. */
function locationFolder(value: string): { kind: 'classpath' | 'filesystem'; folder: string } | undefined {
  const m = /^(classpath|filesystem):(.*)$/.exec(value);
  const kind = m?.[1] === 'filesystem' ? 'filesystem' : 'classpath';
  // Spring resolves `{vendor}` from the database: `postgresql` here.
  const path = (m ? m[2] : value).replace(/\{vendor\}/g, 'postgresql');
  if (path.includes('${') || (kind === 'filesystem' && path.startsWith('/'))) return undefined;
  const segments = path.split('/');
  const wildcard = segments.findIndex((s) => /[*?]/.test(s));
  return { kind, folder: normalize(segments.slice(0, wildcard < 0 ? undefined : wildcard).join('/')) };
}

export function findFlywayConfigs(paths: readonly string[], read: (path: string) => string | undefined): FlywayConfig[] {
  const configs: FlywayConfig[] = [];
  for (const file of paths) {
    if (!CONFIG_FILE.test(basename(file))) continue;
    const text = read(file);
    if (text === undefined || !/locations/.test(text)) continue;
    // The module folder: filesystem locations are relative to where the application or Flyway runs.
    const inResources = /^(?:(.*)\/)?src\/main\/resources(?:\/|$)/.exec(dirname(file));
    const module = inResources ? (inResources[1] ?? '') : dirname(file);
    const config: FlywayConfig = { file, classpath: [], filesystem: [] };
    for (const raw of rawLocations(file, text)) {
      const location = locationFolder(raw);
      if (location?.kind === 'classpath') config.classpath.push(location.folder);
      else if (location) config.filesystem.push(normalize(join(module, location.folder)));
    }
    if (config.classpath.length + config.filesystem.length > 0) configs.push(config);
  }
  return configs;
}

function under(folder: string, dir: string): boolean {
  return folder === '' || dir === folder || dir.startsWith(`${folder}/`);
}

/** The configuration whose locations hold `path` (a script or a Java class), if any. */
export function flywayConfigOf(configs: readonly FlywayConfig[], path: string): FlywayConfig | undefined {
  const dir = dirname(path);
  const classpathDir = /(?:^|\/)src\/main\/(?:resources|java|kotlin)\/(.*)$/.exec(`${dir}/`)?.[1].replace(/\/$/, '');
  return configs.find(
    (c) => c.filesystem.some((f) => under(f, dir)) || (classpathDir !== undefined && c.classpath.some((f) => f !== '' && under(f, classpathDir))),
  );
}
