import { StatisticsParseError } from './errors';

export interface CsvRecord {
  fields: string[];
  /** Line and column where each field starts (1-based). */
  line: number;
  columns: number[];
  /** Column just past the last character of the record, for "too few fields" errors. */
  endColumn: number;
}

const MAX_FIELD_CHARS = 1 << 20;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * RFC 4180 records from text that arrives in pieces: quoted fields may hold delimiters,
 * newlines and doubled quotes. A quote inside an unquoted field is taken literally, as
 * spreadsheet programs do; text after a closing quote is an error.
 */
export class CsvTokenizer {
  private field = '';
  private fields: string[] = [];
  private columns: number[] = [];
  private state: 'start' | 'plain' | 'quoted' | 'quote' = 'start';
  private line = 1;
  private column = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private quoteColumn = 1;
  private pendingCr = false;

  constructor(
    private readonly delimiter: number,
    private readonly onRecord: (record: CsvRecord) => void,
  ) {}

  private error(what: string, line = this.line, column = this.column): StatisticsParseError {
    return new StatisticsParseError('CSV_SYNTAX', what, { line, column });
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
  }

  private endRecord(): void {
    this.endField();
    const record: CsvRecord = {
      fields: this.fields,
      line: this.recordLine,
      columns: this.columns,
      endColumn: this.column,
    };
    this.fields = [];
    this.columns = [];
    this.state = 'start';
    // Blank lines separate nothing; skip them rather than report a one-field record.
    if (!(record.fields.length === 1 && record.fields[0] === '')) this.onRecord(record);
  }

  private newline(): void {
    this.line++;
    this.column = 1;
    this.recordLine = this.line;
  }

  feed(text: string): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      switch (this.state) {
        case 'start':
        case 'plain': {
          if (this.state === 'start') {
            this.columns.push(this.column);
            if (c === QUOTE) {
              this.state = 'quoted';
              this.quoteLine = this.line;
              this.quoteColumn = this.column;
              this.column++;
              i++;
              continue;
            }
            this.state = 'plain';
          }
          // Copy a run of ordinary characters at once; fields are mostly short and plain.
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === this.delimiter || d === LF || d === CR) break;
            j++;
          }
          if (j > i) {
            this.field += text.slice(i, j);
            this.column += j - i;
            if (this.field.length > MAX_FIELD_CHARS)
              throw this.error('A field is longer than 1 MiB characters');
            i = j;
            continue;
          }
          if (c === this.delimiter) {
            this.endField();
            this.state = 'start';
            this.column++;
          } else {
            this.endRecord();
            this.pendingCr = c === CR;
            this.newline();
          }
          i++;
          continue;
        }
        case 'quoted': {
          const close = text.indexOf('"', i);
          const end = close < 0 ? n : close;
          for (let k = i; k < end; k++) {
            const d = text.charCodeAt(k);
            if (d === LF || (d === CR && text.charCodeAt(k + 1) !== LF)) {
              this.line++;
              this.column = 1;
            } else this.column++;
          }
          this.field += text.slice(i, end);
          if (this.field.length > MAX_FIELD_CHARS)
            throw this.error(
              'A quoted field is longer than 1 MiB characters',
              this.quoteLine,
              this.quoteColumn,
            );
          if (close < 0) return;
          this.state = 'quote';
          this.column++;
          i = close + 1;
          continue;
        }
        default: {
          // After a quote inside a quoted field: "" is an escaped quote, else the field ended.
          if (c === QUOTE) {
            this.field += '"';
            this.state = 'quoted';
            this.column++;
          } else if (c === this.delimiter) {
            this.endField();
            this.state = 'start';
            this.column++;
          } else if (c === LF || c === CR) {
            this.endRecord();
            this.pendingCr = c === CR;
            this.newline();
          } else {
            throw this.error(`Unexpected "${String.fromCharCode(c)}" after a closing quote`);
          }
          i++;
        }
      }
    }
  }

  end(): void {
    if (this.state === 'quoted')
      throw this.error('Unterminated quoted field', this.quoteLine, this.quoteColumn);
    if (this.state !== 'start' || this.fields.length > 0 || this.field !== '') this.endRecord();
  }
}

/** Semicolon (Norwegian spreadsheets, Udir), tab or comma, judged from the header line. */
export function detectDelimiter(sample: string): number {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > 0 && counts[';'] >= counts[',']) return 59;
  if (counts['\t'] > counts[',']) return 9;
  return 44;
}
