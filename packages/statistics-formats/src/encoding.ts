import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

export interface ChosenEncoding {
  /** Label reported to people ("iso-8859-15", "utf-8"). */
  label: string;
  decoder: TextDecoder;
  /** The file's own claim when we did not follow it. */
  declared?: string;
  warning?: string;
}

/** Encoding PX files get when they name none: CHARSET="ANSI" means a Windows code page. */
export const PX_DEFAULT_ENCODING = 'windows-1252';

function makeDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return true;
  return false;
}

/**
 * Picks how to read `sample` (the PX header or the start of a CSV). Valid UTF-8 that uses
 * non-ASCII bytes wins over the declared code page: in a single-byte code page such byte pairs
 * (Ã¸ for ø) are practically never intended, while files that say "iso-8859-15" but hold UTF-8
 * do occur (INE, PxWebApi's own PX output). Text already damaged (U+FFFD) is left as it is.
 */
export function chooseEncoding(
  sample: Uint8Array,
  declared: string | null,
  fallback: string = PX_DEFAULT_ENCODING,
): ChosenEncoding {
  const wanted = declared?.trim().toLowerCase() || null;
  if (hasUtf8Bom(sample) || (hasNonAscii(sample) && isUtf8(sample))) {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
    if (wanted && !/^utf-?8$/.test(wanted)) {
      return {
        label: 'utf-8',
        decoder,
        declared: wanted,
        warning: `The file declares ${wanted} but its bytes are UTF-8; read as UTF-8.`,
      };
    }
    return { label: 'utf-8', decoder };
  }
  if (wanted) {
    const decoder = makeDecoder(wanted);
    if (decoder) return { label: wanted, decoder };
    const fb = makeDecoder(fallback) ?? new TextDecoder('windows-1252');
    return {
      label: fallback,
      decoder: fb,
      declared: wanted,
      warning: `Unknown encoding "${wanted}"; read as ${fallback}.`,
    };
  }
  return { label: fallback, decoder: makeDecoder(fallback) ?? new TextDecoder('windows-1252') };
}
