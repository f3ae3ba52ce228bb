import { describe, expect, it } from 'vitest';
import { decodeSqlFile, MAX_FILE_BYTES } from '../../src/review/inputs/decode-text.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decoding migration files', () => {
  it('keeps UTF-8 text, including a BOM, unchanged', () => {
    expect(decodeSqlFile(bytes([0xef, 0xbb, 0xbf], 'select 1;'))).toEqual({ ok: true, text: '\uFEFFselect 1;' });
    expect(decodeSqlFile(bytes('-- café ☕\nselect 1;'))).toEqual({ ok: true, text: '-- café ☕\nselect 1;' });
  });

  it('names the line of the first invalid UTF-8 byte', () => {
    const result = decodeSqlFile(bytes('select 1;\n-- caf', [0xe9], '\nselect 2;'));
    expect(result).toMatchObject({ ok: false, line: 2 });
    expect(!result.ok && result.message).toMatch(/not valid UTF-8 \(byte 0xe9/);
  });

  it('rejects binary content, UTF-16 and oversized files with a reason', () => {
    expect(decodeSqlFile(bytes('a\nb', [0], 'c'))).toMatchObject({ ok: false, line: 2, message: expect.stringMatching(/NUL bytes/) });
    expect(decodeSqlFile(bytes([0xff, 0xfe], 's\0'))).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16/) });
    expect(decodeSqlFile(new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, message: expect.stringMatching(/over the 32 MB limit/) });
  });
});
