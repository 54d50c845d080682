/** Where in the source a problem is: line/column for text formats, a JSON path for JSON-stat. */
export type ParsePosition = { line: number; column: number } | { path: string };

/** Stable codes callers may switch on; the message is for people. */
export type StatisticsErrorCode =
  | 'UNKNOWN_FORMAT'
  | 'IO_ERROR'
  | 'CUBE_TOO_LARGE'
  | 'STREAM_CONSUMED'
  | 'JSONSTAT_INVALID'
  | 'JSONSTAT_NO_DATASET'
  | 'PX_SYNTAX'
  | 'PX_MISSING_DATA'
  | 'PX_MISSING_KEYWORD'
  | 'PX_METADATA_MISMATCH'
  | 'PX_DATA_COUNT_MISMATCH'
  | 'PX_HEADER_TOO_LARGE'
  | 'PX_INVALID_KEY'
  | 'CSV_SYNTAX'
  | 'CSV_EMPTY'
  | 'CSV_FIELD_COUNT'
  | 'CSV_NO_VALUE_COLUMN'
  | 'CSV_DUPLICATE_ROW';

export function formatPosition(position: ParsePosition): string {
  return 'path' in position
    ? `at ${position.path}`
    : `at line ${position.line}, column ${position.column}`;
}

/**
 * The only error the statistics parsers throw for bad input. Anything else escaping a parser is
 * a bug: the property tests feed random and mutated files to prove it.
 */
export class StatisticsParseError extends Error {
  override readonly name = 'StatisticsParseError';
  readonly code: StatisticsErrorCode;
  readonly position: ParsePosition | null;

  /** The figures and names in the message, for wording it in another language. */
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: StatisticsErrorCode, what: string, position: ParsePosition | null = null, params: Record<string, string | number> = {}) {
    super(position ? `${what} (${formatPosition(position)})` : what);
    this.code = code;
    this.position = position;
    this.params = params;
  }
}

export function isStatisticsParseError(error: unknown): error is StatisticsParseError {
  return error instanceof StatisticsParseError;
}

/** Builds `$.dimension.geo.category.index` style paths; quotes keys that are not identifiers. */
export function jsonPath(parts: readonly (string | number)[]): string {
  let out = '$';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** Largest cube we will iterate: beyond this a mistyped size or KEYS table would look like a hang. */
export const MAX_CUBE_CELLS = 200_000_000;
