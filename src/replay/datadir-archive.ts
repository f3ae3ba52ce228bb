// Shrinks a dumped data directory (a tar) before it is stored. PGlite's dump carries every 16 MB
// WAL segment file whole: recycled ones (renamed old segments, waiting to be reused) hold only
// stale pages, and the current one is valid only up to where PostgreSQL last wrote. Unpacking
// those stale pages and zeros is a large part of loading the shipped template or a cached base,
// so they are left out; PostgreSQL reads valid pages up to the end of the file and creates the
// segments it needs later. Dumps are taken after a segment switch and a checkpoint, so the
// segment in use holds little more than the checkpoint record.
const BLOCK = 512;
const WAL_PAGE = 8192;
const WAL_SEGMENT = 16 * 1024 * 1024;
const SEGMENT_NAME = /(?:^|\/)pg_wal\/([0-9A-F]{8})([0-9A-F]{8})([0-9A-F]{8})$/;

interface Entry {
  header: Uint8Array;
  name: string;
  data: Uint8Array;
}

function cString(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return new TextDecoder('latin1').decode(end < 0 ? bytes : bytes.subarray(0, end));
}

function readEntries(tar: Uint8Array): { entries: Entry[]; trailer: Uint8Array } | undefined {
  const entries: Entry[] = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) return { entries, trailer: tar.subarray(offset) };
    const size = parseInt(cString(header.subarray(124, 136)).trim() || '0', 8);
    if (!Number.isFinite(size) || offset + BLOCK + size > tar.length) return undefined;
    const prefix = cString(header.subarray(345, 500));
    const name = (prefix ? `${prefix}/` : '') + cString(header.subarray(0, 100));
    entries.push({ header, name, data: tar.subarray(offset + BLOCK, offset + BLOCK + size) });
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return undefined;
}

/** Segment number from a WAL file name (timeline, log, segment; 16 MB segments). */
function segmentNumber(match: RegExpExecArray): bigint {
  return BigInt(`0x${match[2]}`) * BigInt(0x100000000 / WAL_SEGMENT) + BigInt(`0x${match[3]}`);
}

/** Bytes from the start of `data` whose WAL pages carry the addresses this segment should have. */
function validWalBytes(data: Uint8Array, segment: bigint): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = 0;
  // xlp_pageaddr, a little-endian uint64 at byte 8 of each page header (WASM is little-endian).
  while (end + WAL_PAGE <= data.length && view.getBigUint64(end + 8, true) === segment * BigInt(WAL_SEGMENT) + BigInt(end)) end += WAL_PAGE;
  return end;
}

function withSize(header: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(header);
  const encoder = new TextEncoder();
  out.set(encoder.encode(`${size.toString(8).padStart(11, '0')}\0`), 124);
  out.fill(0x20, 148, 156);
  const sum = out.reduce((a, b) => a + b, 0);
  out.set(encoder.encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
  return out;
}

/**
 * The archive with each WAL segment cut after its last page written for this segment, and
 * recycled segments (no such page) left out. Anything that does not read as a tar is returned
 * unchanged.
 */
export function trimWal(tar: Uint8Array): Uint8Array {
  const parsed = readEntries(tar);
  if (!parsed) return tar;
  const parts: Uint8Array[] = [];
  for (const entry of parsed.entries) {
    const segment = SEGMENT_NAME.exec(entry.name);
    const keep = segment ? validWalBytes(entry.data, segmentNumber(segment)) : entry.data.length;
    if (keep === 0 && segment) continue;
    const data = entry.data.subarray(0, keep);
    parts.push(keep === entry.data.length ? entry.header : withSize(entry.header, keep), data, new Uint8Array(Math.ceil(keep / BLOCK) * BLOCK - keep));
  }
  parts.push(parsed.trailer);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
