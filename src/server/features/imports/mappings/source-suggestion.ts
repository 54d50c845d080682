import type { CubeSource } from '@samordna/statistics-formats';
import type { ImportSource } from '../../../../shared/contracts/imports';

/**
 * Publishers whose files we see most, with the name we show and the licence they publish under.
 * A file names its publisher loosely ("Statistics Norway", "SSB", "Statistisk sentralbyrå"); the
 * pages should name it one way.
 */
const KNOWN_PUBLISHERS: readonly { pattern: RegExp; name: string; licence: string }[] = [
  {
    pattern: /statistisk sentralbyr|statistics norway|^ssb$|\bssb\b/i,
    name: 'Statistisk sentralbyrå (SSB)',
    licence: 'CC BY 4.0',
  },
  {
    pattern: /utdanningsdirektorat|directorate for education|\budir\b/i,
    name: 'Utdanningsdirektoratet (Udir)',
    licence: 'NLOD 2.0',
  },
];

/** SSB's PxWeb names a downloaded file after its table: "14216_20251203-101010.px". */
const TABLE_IN_FILE_NAME = /^(\d{5})(?:[_-]|\.|$)/;

/**
 * The provenance a file states about itself (JSON-stat `source` and `extension.px.tableid`, PX
 * SOURCE and TABLEID), completed where we know more: the publisher's usual name and licence, and
 * the table number in an SSB download's file name. The analyst sees it and corrects it in the
 * mapping; what is unknown stays empty rather than guessed.
 */
export function suggestSource(
  source: CubeSource | undefined,
  fileName: string | null,
  uploadedAt: Date,
): ImportSource {
  const out: ImportSource = { retrieved: uploadedAt.toISOString().slice(0, 10) };
  const stated = source?.name?.trim();
  const known = stated ? KNOWN_PUBLISHERS.find((p) => p.pattern.test(stated)) : undefined;
  if (known) {
    out.publisher = known.name;
    out.licence = known.licence;
  } else if (stated) out.publisher = stated.slice(0, 200);
  const tableId =
    source?.tableId?.trim() || (fileName ? TABLE_IN_FILE_NAME.exec(fileName)?.[1] : undefined);
  if (tableId) out.tableId = tableId.slice(0, 100);
  return out;
}
