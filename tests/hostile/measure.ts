// Wall time and peak resident memory of one review, for the hostile-input tests' bounds.

export interface Measured<T> {
  value: T;
  seconds: number;
  /** Peak RSS of this process (the replay worker thread included), in MB. */
  peakMb: number;
}

/** Runs `fn`, sampling this process's RSS every 50 ms. */
export async function measure<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 1048576) };
  } finally {
    clearInterval(sampler);
  }
}

/** Deterministic bytes (xorshift32), so a failing run can be reproduced byte for byte. */
export function pseudoRandomBytes(length: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** 1-based line of the first `byte` in `bytes`. */
export function lineOfFirst(bytes: Uint8Array, byte: number): number {
  let line = 1;
  for (let i = 0; i < bytes.length && bytes[i] !== byte; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
