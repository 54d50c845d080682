import { Inflate } from 'fflate';

/**
 * A small, defensive reader of zip archives held in memory (DOCX, XLSX and ODT are zips): the
 * central directory's entries, and one entry's content inflated with a cap on its size. The
 * declared sizes are checked first, and inflating stops as soon as the output passes the cap,
 * whatever the archive declares: a zip bomb costs at most the cap.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Entries read at most: a directory of millions of entries is refused, not walked. */
const MAX_ENTRIES = 10_000;

export class ZipError extends Error {}

function view(bytes: Uint8Array) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The archive's entries from its central directory; ZipError when it is not a readable zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (dv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end of central directory');
  const count = dv.getUint16(eocd + 10, true);
  let at = dv.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) throw new ZipError('too many entries');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL) throw new ZipError('broken central directory');
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw new ZipError('broken central directory');
    entries.push({
      method: dv.getUint16(at + 10, true),
      compressedSize: dv.getUint32(at + 20, true),
      size: dv.getUint32(at + 24, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      localOffset: dv.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's compressed bytes, as its local header places them. */
function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL) throw new ZipError(`broken local header of ${entry.name}`);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError(`${entry.name} runs past the end of the archive`);
  return bytes.subarray(start, end);
}

export class TooLargeError extends Error {}

/**
 * The entry's content, at most `cap` bytes: TooLargeError when it declares more, or inflates to
 * more (the compressed data is fed 1 KB at a time, so no step can produce much past the cap).
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): Uint8Array {
  if (entry.size > cap) throw new TooLargeError(`${entry.name} declares ${entry.size} bytes, more than the ${cap} read`);
  const raw = rawData(bytes, entry);
  if (entry.method === 0) {
    if (raw.length > cap) throw new TooLargeError(`${entry.name} is larger than the ${cap} bytes read`);
    return raw;
  }
  if (entry.method !== 8) throw new ZipError(`${entry.name} uses compression method ${entry.method}`);
  const out: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) throw new TooLargeError(`${entry.name} inflates to more than the ${cap} bytes read`);
    out.push(chunk);
  });
  const STEP = 1024;
  for (let i = 0; i < raw.length; i += STEP) inflate.push(raw.subarray(i, Math.min(raw.length, i + STEP)), i + STEP >= raw.length);
  if (raw.length === 0) inflate.push(new Uint8Array(0), true);
  const result = new Uint8Array(total);
  let offset = 0;
  for (const chunk of out) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}
