// An in-memory stand-in for the GitHub Actions cache service on 127.0.0.1, speaking the REST
// protocol @actions/cache uses when ACTIONS_CACHE_URL is set (`_apis/artifactcache`): look up by
// keys (exact first, then prefixes, newest first) and version, download, reserve, upload chunks
// with Content-Range, commit. Entries are immutable: reserving a key that exists answers 409.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  data: Buffer;
  committed: boolean;
  createdAt: number;
}

export interface FakeCache {
  /** ACTIONS_CACHE_URL (ends with a slash, as the runner sets it). */
  readonly url: string;
  readonly entries: CacheEntry[];
  readonly requests: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** `refuse`: every call answers this status (a cache service that is down or denies the repository). */
export async function startFakeCache(options: { refuse?: number } = {}): Promise<FakeCache> {
  const entries: CacheEntry[] = [];
  const requests: FakeCache['requests'] = [];
  let nextId = 1;
  let tick = 0;
  let base = '';

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', base);
      const data = await body(req);
      const send = (status: number, json?: unknown): void => {
        requests.push({ method: req.method ?? '', path: url.pathname, status });
        res.writeHead(status, json === undefined ? {} : { 'content-type': 'application/json' });
        res.end(json === undefined ? undefined : JSON.stringify(json));
      };
      if (options.refuse !== undefined) return send(options.refuse, { message: 'cache service refused' });
      if (!/^Bearer .+/.test(String(req.headers.authorization ?? '')) && !url.pathname.startsWith('/archives/')) return send(401, { message: 'no runtime token' });
      const api = '/_apis/artifactcache/';
      if (req.method === 'GET' && url.pathname === `${api}cache`) {
        const keys = (url.searchParams.get('keys') ?? '').split(',');
        const version = url.searchParams.get('version');
        const live = entries.filter((e) => e.committed && e.version === version).sort((a, b) => b.createdAt - a.createdAt);
        const hit = live.find((e) => e.key === keys[0]) ?? keys.map((k) => live.find((e) => e.key.startsWith(k))).find((e) => e !== undefined);
        if (!hit) return send(204);
        return send(200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: `${base}/archives/${hit.id}` });
      }
      if (req.method === 'GET' && url.pathname.startsWith('/archives/')) {
        const entry = entries.find((e) => e.id === Number(url.pathname.split('/')[2]));
        if (!entry) return send(404);
        requests.push({ method: 'GET', path: url.pathname, status: 200 });
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(entry.data.length) });
        return res.end(entry.data);
      }
      if (req.method === 'POST' && url.pathname === `${api}caches`) {
        const { key, version } = JSON.parse(data.toString('utf8')) as { key: string; version: string };
        if (entries.some((e) => e.key === key && e.version === version)) return send(409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${key}, Version: ${version}` });
        const entry: CacheEntry = { id: nextId++, key, version, data: Buffer.alloc(0), committed: false, createdAt: tick++ };
        entries.push(entry);
        return send(201, { cacheId: entry.id });
      }
      const id = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname)?.[1];
      const entry = id === undefined ? undefined : entries.find((e) => e.id === Number(id));
      if (req.method === 'PATCH' && entry) {
        const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(req.headers['content-range'] ?? ''));
        if (!range) return send(400, { message: 'Content-Range required' });
        const start = Number(range[1]);
        const grown = Buffer.alloc(Math.max(entry.data.length, start + data.length));
        entry.data.copy(grown);
        data.copy(grown, start);
        entry.data = grown;
        return send(204);
      }
      if (req.method === 'POST' && entry) {
        const { size } = JSON.parse(data.toString('utf8')) as { size: number };
        if (size !== entry.data.length) return send(400, { message: `size ${size} does not match the ${entry.data.length} bytes uploaded` });
        entry.committed = true;
        return send(204);
      }
      return send(404, { message: 'Not Found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/`,
    entries,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
