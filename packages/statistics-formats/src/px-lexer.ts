import { StatisticsParseError } from './errors';

/** One comma-separated item of a keyword's value. Adjacent quoted strings are already joined. */
export type PxItem =
  | { kind: 'string'; text: string }
  | { kind: 'word'; text: string }
  | { kind: 'tlist'; unit: string; range: [string, string] | null };

/** One `KEYWORD[lang]("sub1","sub2")=value;` statement of the header. */
export interface PxEntry {
  keyword: string;
  language: string | null;
  subkeys: string[];
  items: PxItem[];
  raw: string;
  line: number;
  column: number;
}

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xfeff || c === 0xa0;
const isKeywordChar = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;

/**
 * Splits the decoded header into statements. Strings may hold raw newlines and semicolons (SSB
 * notes do); `"a"\n"b"` continues one string, while `"a","b"` is a list.
 */
export class HeaderLexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  private syntax(
    what: string,
    line = this.line,
    column = this.pos - this.lineStart + 1,
  ): StatisticsParseError {
    return new StatisticsParseError('PX_SYNTAX', what, { line, column });
  }

  private advance(): number {
    const c = this.text.charCodeAt(this.pos++);
    if (c === 10) {
      this.line++;
      this.lineStart = this.pos;
    }
    return c;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && isSpace(this.text.charCodeAt(this.pos))) this.advance();
  }

  private peek(): number {
    return this.pos < this.text.length ? this.text.charCodeAt(this.pos) : -1;
  }

  private readString(): string {
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    this.advance();
    const end = this.text.indexOf('"', this.pos);
    if (end < 0) throw this.syntax('Unterminated string', line, column);
    const value = this.text.slice(this.pos, end);
    while (this.pos <= end) this.advance();
    return value;
  }

  /** Strings separated only by whitespace form one value (long texts are split over lines). */
  private readJoinedString(): string {
    let value = this.readString();
    for (;;) {
      const { pos, line, lineStart } = this;
      this.skipSpace();
      if (this.peek() !== 34) {
        // Not a continuation: leave the whitespace for the caller, positions intact.
        this.pos = pos;
        this.line = line;
        this.lineStart = lineStart;
        return value;
      }
      value += this.readString();
    }
  }

  private readWord(): string {
    const start = this.pos;
    for (;;) {
      const c = this.peek();
      if (c < 0 || c === 59 || c === 44 || c === 34 || c === 40 || c === 41 || isSpace(c)) break;
      this.advance();
    }
    return this.text.slice(start, this.pos);
  }

  /** `TLIST(A1)` or `TLIST(A1, "1994"-"1996")`. */
  private readTlist(): PxItem {
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    this.advance();
    this.skipSpace();
    const unit = this.readWord();
    let range: [string, string] | null = null;
    this.skipSpace();
    if (this.peek() === 44) {
      this.advance();
      this.skipSpace();
      if (this.peek() !== 34) throw this.syntax('Expected a quoted start of the TLIST range');
      const from = this.readString();
      this.skipSpace();
      if (this.peek() !== 45) throw this.syntax('Expected "-" in the TLIST range');
      this.advance();
      this.skipSpace();
      if (this.peek() !== 34) throw this.syntax('Expected a quoted end of the TLIST range');
      range = [from, this.readString()];
      this.skipSpace();
    }
    if (this.peek() !== 41) throw this.syntax('Unterminated TLIST(...)', line, column);
    this.advance();
    return { kind: 'tlist', unit, range };
  }

  private readValue(): PxItem[] {
    const items: PxItem[] = [];
    let expectItem = true;
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c < 0) throw this.syntax('Statement not terminated by ";"');
      if (c === 59) {
        this.advance();
        return items;
      }
      if (c === 44) {
        this.advance();
        expectItem = true;
        continue;
      }
      if (!expectItem) throw this.syntax('Expected "," or ";" between values');
      if (c === 34) items.push({ kind: 'string', text: this.readJoinedString() });
      else {
        const word = this.readWord();
        if (this.peek() === 40 && word.toUpperCase() === 'TLIST') items.push(this.readTlist());
        else if (word === '') throw this.syntax(`Unexpected character "${String.fromCharCode(c)}"`);
        else items.push({ kind: 'word', text: word });
      }
      expectItem = false;
    }
  }

  private readSubkeys(): string[] {
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    this.advance();
    const keys: string[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c < 0) throw this.syntax('Unterminated "(" after the keyword', line, column);
      if (c === 41) {
        this.advance();
        return keys;
      }
      if (c === 44) {
        this.advance();
        continue;
      }
      if (c === 34) keys.push(this.readJoinedString());
      else {
        const word = this.readWord();
        if (word === '')
          throw this.syntax(
            `Unexpected character "${String.fromCharCode(c)}" in keyword parameters`,
          );
        keys.push(word);
      }
    }
  }

  /** The next statement, or null at the end of the text. */
  next(): PxEntry | null {
    this.skipSpace();
    if (this.pos >= this.text.length) return null;
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    const start = this.pos;
    while (this.pos < this.text.length && isKeywordChar(this.text.charCodeAt(this.pos)))
      this.advance();
    const keyword = this.text.slice(start, this.pos).toUpperCase();
    if (keyword === '')
      throw this.syntax(`Expected a keyword, found "${this.text.slice(this.pos, this.pos + 10)}"`);
    this.skipSpace();
    let language: string | null = null;
    if (this.peek() === 91) {
      const end = this.text.indexOf(']', this.pos);
      const nl = this.text.indexOf('\n', this.pos);
      if (end < 0 || (nl >= 0 && nl < end)) throw this.syntax('Unterminated "[" after the keyword');
      language = this.text.slice(this.pos + 1, end).trim();
      while (this.pos <= end) this.advance();
      this.skipSpace();
    }
    const subkeys = this.peek() === 40 ? this.readSubkeys() : [];
    this.skipSpace();
    if (this.peek() !== 61) throw this.syntax(`Expected "=" after ${keyword}`);
    this.advance();
    const valueStart = this.pos;
    const items = this.readValue();
    return {
      keyword,
      language,
      subkeys,
      items,
      raw: this.text.slice(valueStart, this.pos - 1).trim(),
      line,
      column,
    };
  }

  get position(): { line: number; column: number } {
    return { line: this.line, column: this.pos - this.lineStart + 1 };
  }
}

export function lexHeader(text: string): {
  entries: PxEntry[];
  end: { line: number; column: number };
} {
  const lexer = new HeaderLexer(text);
  const entries: PxEntry[] = [];
  for (let entry = lexer.next(); entry; entry = lexer.next()) entries.push(entry);
  return { entries, end: lexer.position };
}

/**
 * Finds where DATA begins in raw bytes, chunk by chunk, without decoding: keywords, quotes and
 * ';' are ASCII in every code page PX files use. State survives between chunks.
 */
export class DataKeywordScanner {
  private state = 0; // 0 statement start, 1 keyword, 2 after DATA, 3 in statement, 4 in string
  private keyword = '';
  private keywordAt = 0;
  /** Absolute offset of the "D" of DATA, once found. */
  dataKeywordAt = -1;

  /** Returns the absolute offset just after `DATA=`, or -1 if not in this chunk. */
  feed(chunk: Uint8Array, offset: number): number {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] ?? 0;
      switch (this.state) {
        case 0:
          if (isSpace(c)) break;
          if (isKeywordChar(c)) {
            this.state = 1;
            this.keyword = String.fromCharCode(c);
            this.keywordAt = offset + i;
          } else this.state = c === 34 ? 4 : c === 59 ? 0 : 3;
          break;
        case 1:
          if (isKeywordChar(c)) {
            if (this.keyword.length < 8) this.keyword += String.fromCharCode(c);
            else this.keyword = '?';
            break;
          }
          this.state = this.keyword.toUpperCase() === 'DATA' ? 2 : 3;
          i--;
          break;
        case 2:
          if (isSpace(c)) break;
          if (c === 61) {
            this.dataKeywordAt = this.keywordAt;
            return offset + i + 1;
          }
          this.state = 3;
          i--;
          break;
        case 3:
          if (c === 34) this.state = 4;
          else if (c === 59) this.state = 0;
          break;
        default:
          if (c === 34) this.state = 3;
      }
    }
    return -1;
  }
}
