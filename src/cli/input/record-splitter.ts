/**
 * The first stage of reading `govvn check`'s input: a small byte-level state
 * machine splits chunks into records, so memory holds a few KiB of records at a
 * time however long the file. Bytes, not text, are split: UTF-8 never uses bytes
 * below 0x80 inside a character, so quotes, delimiters and line breaks are found
 * safely, and each cell is decoded on its own, where a bad byte can be reported
 * with its line and column. Input in another encoding is to be turned into UTF-8
 * before it reaches the splitter; what separates cells is the splitter's dialect.
 */

/** Documented in docs/cli.md: a cell longer than this is cut and its row is `invalid`. */
export const CELL_LIMIT_BYTES = 4096;
/** Cells kept per record; more are counted (a ragged row) but not stored. */
export const CELLS_LIMIT = 1024;

const QUOTE = 0x22;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const TAB = 0x09;
export const CR = 0x0d;
export const LF = 0x0a;
/** Stands for "no such byte" in a dialect: no byte of a chunk (0–255) equals it. */
const NONE = -1;

/** What separates and quotes cells; line breaks always end a record. */
export interface Dialect {
  /** The byte between cells, or NONE when a record is one cell (a line of text). */
  readonly delimiter: number;
  /** The byte that opens and closes a quoted cell, or NONE. */
  readonly quote: number;
}

/** RFC 4180: cells separated by commas, quoted with double quotes. */
export const CSV_DIALECT: Dialect = { delimiter: COMMA, quote: QUOTE };
/** What spreadsheets write under regional settings where the comma is the decimal mark (Vietnamese among them). */
export const SEMICOLON_DIALECT: Dialect = { delimiter: SEMICOLON, quote: QUOTE };
/** Tab-separated values, as a spreadsheet's copy and paste gives them. */
export const TAB_DIALECT: Dialect = { delimiter: TAB, quote: QUOTE };

/** The delimiters `--delimiter` names, and the dialect of each. */
export const DELIMITERS = { ',': CSV_DIALECT, ';': SEMICOLON_DIALECT, tab: TAB_DIALECT } as const;
export type DelimiterName = keyof typeof DELIMITERS;

/** One name a line: commas and quotes are part of the line. */
export const LINE_DIALECT: Dialect = { delimiter: NONE, quote: NONE };

/** A record as split: cells decoded one by one, with what went wrong in each. */
export interface RawRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  /** The cells kept (at most CELLS_LIMIT), each cut at CELL_LIMIT_BYTES; bytes that are not UTF-8 as U+FFFD. */
  cells: string[];
  /** The true byte length of each kept cell (more than the limit: the cell was cut). */
  sizes: number[];
  /** Whether each kept cell had bytes that are not UTF-8. */
  bad: boolean[];
  /** The true number of cells, kept or not. */
  count: number;
  /** The file ended inside a quoted cell. */
  unclosedQuote: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  AfterQuote,
}

/**
 * Splits bytes into records. With a quote byte, RFC 4180 with leniency: a quote
 * inside an unquoted cell is literal, text after a closing quote is kept. With
 * neither delimiter nor quote (text mode) a record is one line. CRLF, LF and a lone CR end a line; a record with no byte at
 * all (a blank line) is skipped, the line still counted.
 */
export class RecordSplitter {
  private state = State.FieldStart;
  private line = 1;
  private recordLine = 1;
  private prevCR = false;
  private hasContent = false;
  private cells: string[] = [];
  private sizes: number[] = [];
  private bad: boolean[] = [];
  private count = 0;
  private buf = new Uint8Array(256);
  private len = 0;
  private size = 0;
  private out: RawRecord[] = [];

  private readonly delimiter: number;
  private readonly quote: number;

  constructor(dialect: Dialect) {
    this.delimiter = dialect.delimiter;
    this.quote = dialect.quote;
  }

  push(chunk: Uint8Array): RawRecord[] {
    const n = chunk.length;
    const delimiter = this.delimiter;
    const quote = this.quote;
    let i = 0;
    while (i < n) {
      if (this.state === State.Quoted) {
        let j = i;
        for (; j < n; j++) {
          const b = chunk[j]!;
          if (b === quote) break;
          // Line breaks inside quotes are content, but still lines of the file.
          if (b === LF) {
            if (!this.prevCR) this.line++;
            this.prevCR = false;
          } else if (b === CR) {
            this.line++;
            this.prevCR = true;
          } else this.prevCR = false;
        }
        this.append(chunk, i, j);
        if (j === n) return this.drain();
        this.state = State.AfterQuote;
        // A CR just before the closing quote is the quoted cell's: an LF after the
        // quote is a line break of its own, not the second half of a CRLF.
        this.prevCR = false;
        i = j + 1;
        continue;
      }
      const b = chunk[i]!;
      if (this.state === State.AfterQuote) {
        if (b === quote) {
          this.appendByte(quote);
          this.state = State.Quoted;
          i++;
          continue;
        }
        this.state = State.Unquoted;
      }
      if (b === LF) {
        if (!this.prevCR) this.line++;
        this.prevCR = false;
        this.endRecord();
        i++;
        continue;
      }
      if (b === CR) {
        this.line++;
        this.prevCR = true;
        this.endRecord();
        i++;
        continue;
      }
      this.prevCR = false;
      this.hasContent = true;
      if (b === delimiter) {
        this.endCell();
        this.state = State.FieldStart;
        i++;
        continue;
      }
      if (b === quote && this.state === State.FieldStart) {
        this.state = State.Quoted;
        i++;
        continue;
      }
      // A run of ordinary bytes is copied at once.
      let j = i + 1;
      for (; j < n; j++) {
        const c = chunk[j]!;
        if (c === LF || c === CR || c === delimiter) break;
      }
      this.append(chunk, i, j);
      this.state = State.Unquoted;
      i = j;
    }
    return this.drain();
  }

  /** The last record, when the input does not end with a line break. */
  end(): RawRecord[] {
    const unclosed = this.state === State.Quoted;
    if (this.hasContent) this.emit(unclosed);
    return this.drain();
  }

  private drain(): RawRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private append(src: Uint8Array, start: number, end: number): void {
    const k = end - start;
    if (k === 0) return;
    this.size += k;
    const room = CELL_LIMIT_BYTES - this.len;
    if (room <= 0) return;
    const take = k < room ? k : room;
    this.reserve(this.len + take);
    this.buf.set(src.subarray(start, start + take), this.len);
    this.len += take;
  }

  private appendByte(b: number): void {
    this.size++;
    if (this.len >= CELL_LIMIT_BYTES) return;
    this.reserve(this.len + 1);
    this.buf[this.len++] = b;
  }

  private reserve(want: number): void {
    if (want <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < want) cap *= 2;
    const next = new Uint8Array(Math.min(cap, Math.max(want, CELL_LIMIT_BYTES)));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  private endCell(): void {
    this.count++;
    if (this.cells.length < CELLS_LIMIT) {
      // Decoded from a view of the buffer: no copy of the bytes is kept.
      const view = this.buf.subarray(0, this.len);
      let text: string;
      let bad = false;
      // A cut cell may end inside a character: decoded leniently, it is reported anyway.
      if (this.size > this.len) text = lenient.decode(view);
      else {
        try {
          text = strict.decode(view);
        } catch {
          text = lenient.decode(view);
          bad = true;
        }
      }
      this.cells.push(text);
      this.sizes.push(this.size);
      this.bad.push(bad);
    }
    this.len = 0;
    this.size = 0;
  }

  private endRecord(): void {
    if (this.hasContent) this.emit(false);
    this.recordLine = this.line;
  }

  private emit(unclosedQuote: boolean): void {
    this.endCell();
    this.out.push({ line: this.recordLine, cells: this.cells, sizes: this.sizes, bad: this.bad, count: this.count, unclosedQuote });
    this.cells = [];
    this.sizes = [];
    this.bad = [];
    this.count = 0;
    this.hasContent = false;
    this.state = State.FieldStart;
  }
}
