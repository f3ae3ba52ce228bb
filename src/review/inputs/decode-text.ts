// Turns file bytes into text, or says precisely why they are not reviewable SQL text.

export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; line: number; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** First offset where the bytes stop being valid UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    try {
      utf8.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length;
}

/** Keeps a UTF-8 BOM in the text (the sql layer accounts for it) so offsets match the file. */
export function decodeSqlFile(input: Uint8Array): Decoded {
  const bytes = new Uint8Array(input.buffer as ArrayBuffer, input.byteOffset, input.byteLength);
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, line: 1, message: `file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit for a reviewed SQL file` };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, line: 1, message: 'file is UTF-16 encoded; PostgreSQL migration tools expect UTF-8: re-save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, line: lineAtByte(bytes, nul), message: 'file contains NUL bytes: it is binary, not SQL text' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = bytes[at]?.toString(16).padStart(2, '0') ?? '??';
    return { ok: false, line: lineAtByte(bytes, at), message: `file is not valid UTF-8 (byte 0x${byte} at offset ${at}); re-save it as UTF-8` };
  }
}
