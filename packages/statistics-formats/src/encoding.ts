import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

/** What the readers need of a decoder: `TextDecoder`, or one of ours where Node's is wrong. */
export interface TextDecoderLike {
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

export interface ChosenEncoding {
  /** Label reported to people ("iso-8859-15", "utf-8"). */
  label: string;
  decoder: TextDecoderLike;
  /** The file's own claim when we did not follow it. */
  declared?: string;
  warning?: string;
}

/** Encoding PX files get when they name none: CHARSET="ANSI" means a Windows code page. */
export const PX_DEFAULT_ENCODING = 'windows-1252';

/**
 * Windows-1252's 0x80–0x9F: the euro, typographic quotes and dashes, Š, Ž, Œ… (0 where the code
 * page has no character, kept as the C1 control of the same number). Node's TextDecoder reads
 * "windows-1252" (and every label the Encoding Standard maps to it, ISO-8859-1 among them) as
 * Latin-1 here, so 0x96 came out as a control character instead of the en dash.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

class Windows1252Decoder implements TextDecoderLike {
  readonly encoding = 'windows-1252';
  decode(input?: Uint8Array): string {
    if (!input || input.length === 0) return '';
    const latin1 = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
    return latin1.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] || c.charCodeAt(0)));
  }
}

/**
 * Code-page names as statistics files write them besides the standard labels: the Windows code
 * page's number alone ("1252", "cp1252") and "ANSI" (PC-Axis: the Windows code page).
 */
function standardLabel(label: string): string {
  const l = label.trim().toLowerCase();
  if (l === 'ansi') return 'windows-1252';
  const windows = /^(?:cp|windows-?)?(125\d)$/.exec(l);
  return windows ? `windows-${windows[1]}` : l;
}

/** A decoder for the label, reading Windows-1252 right; null for a label no decoder knows. */
export function decoderFor(label: string, options: { fatal?: boolean } = {}): TextDecoderLike | null {
  try {
    const decoder = new TextDecoder(standardLabel(label), options);
    return decoder.encoding === 'windows-1252' ? new Windows1252Decoder() : decoder;
  } catch {
    return null;
  }
}

const makeDecoder = (label: string): TextDecoderLike | null => decoderFor(label);

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
    const fb = makeDecoder(fallback) ?? new Windows1252Decoder();
    return {
      label: fallback,
      decoder: fb,
      declared: wanted,
      warning: `Unknown encoding "${wanted}"; read as ${fallback}.`,
    };
  }
  return { label: fallback, decoder: makeDecoder(fallback) ?? new Windows1252Decoder() };
}
