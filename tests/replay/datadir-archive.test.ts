// Dumps keep only the WAL PostgreSQL needs to start: the cached base and the shipped template.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trimWal } from '../../src/replay/datadir-archive.js';
import { PgliteEngine } from '../../src/replay/engine.js';
import { templateDataDir } from '../../src/replay/template.js';

/** Name and size of each file in a tar (ustar headers). */
function tarFiles(tar: Uint8Array): Map<string, number> {
  const files = new Map<string, number>();
  const text = (a: number, b: number) => new TextDecoder('latin1').decode(tar.subarray(a, b)).replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= tar.length && tar[at] !== 0; ) {
    const size = parseInt(text(at + 124, at + 136).trim() || '0', 8);
    files.set(text(at, at + 100), size);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

const walSegments = (tar: Uint8Array) => [...tarFiles(tar)].filter(([name]) => /pg_wal\/[0-9A-F]{24}$/.test(name));

/** A tar with one file whose content is `pages` WAL pages carrying the given page addresses. */
function walTar(segmentName: string, addresses: bigint[]): Uint8Array {
  const data = new Uint8Array(addresses.length * 8192);
  const view = new DataView(data.buffer);
  addresses.forEach((a, i) => view.setBigUint64(i * 8192 + 8, a, true));
  const header = new Uint8Array(512);
  const enc = new TextEncoder();
  header.set(enc.encode(`pg_wal/${segmentName}`), 0);
  header.set(enc.encode(`${data.length.toString(8).padStart(11, '0')}\0`), 124);
  header.set(enc.encode('ustar\0'), 257);
  const out = new Uint8Array(512 + data.length + 1024);
  out.set(header, 0);
  out.set(data, 512);
  return out;
}

describe('trimWal', () => {
  it('cuts a segment after its last page written for it and drops recycled segments', () => {
    const seg = 3n * 16777216n;
    const current = walTar('000000010000000000000003', [seg, seg + 8192n, 42n, 0n]);
    expect([...walSegments(trimWal(current))]).toEqual([['pg_wal/000000010000000000000003', 16384]]);
    // A recycled segment: renamed to a future number, its pages still carry old addresses.
    const recycled = walTar('000000010000000000000004', [seg, seg + 8192n]);
    expect(walSegments(trimWal(recycled))).toEqual([]);
    // The second 4 GB "log" counts 256 segments of 16 MB.
    const high = 0x100n * 16777216n + 2n * 16777216n;
    expect(walSegments(trimWal(walTar('000000010000000100000002', [high, high + 8192n])))).toEqual([['pg_wal/000000010000000100000002', 16384]]);
  });

  it('returns what does not read as a tar unchanged', () => {
    const junk = new TextEncoder().encode('not a tar at all'.repeat(100));
    expect(trimWal(junk)).toBe(junk);
  });

  it('keeps a dump loadable while leaving out most of its WAL', async () => {
    const engine = await PgliteEngine.start();
    let dump: Uint8Array;
    try {
      await engine.exec(`create table kept (id int primary key, note text); insert into kept select g, md5(g::text) from generate_series(1, 5000) g`);
      dump = await engine.dump();
    } finally {
      await engine.close();
    }
    const segments = walSegments(gunzipSync(dump));
    expect(segments.length).toBe(1);
    expect(segments[0][1]).toBeLessThan(1024 * 1024);
    const again = await PgliteEngine.start({ loadDataDir: dump });
    try {
      expect(await again.query('select count(*)::int as n from kept')).toEqual([{ n: 5000 }]);
      await again.exec(`insert into kept select g, 'more' from generate_series(5001, 100000) g`);
      expect(await again.query('select count(*)::int as n from kept')).toEqual([{ n: 100000 }]);
    } finally {
      await again.close();
    }
  });

  it('was applied to the shipped template, which has no template0 and 32 MB of shared buffers', async () => {
    const template = gunzipSync(templateDataDir()!);
    const segments = walSegments(template);
    expect(segments.length).toBe(1);
    expect(segments[0][1]).toBeLessThan(1024 * 1024);
    const engine = await PgliteEngine.start();
    try {
      expect(await engine.query('select array_agg(datname::text order by datname) as names from pg_database')).toEqual([{ names: ['postgres', 'template1'] }]);
      expect(await engine.query(`select current_setting('shared_buffers') as sb`)).toEqual([{ sb: '32MB' }]);
    } finally {
      await engine.close();
    }
  });
});
