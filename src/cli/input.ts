/**
 * Reading `govvn check`'s input as a stream: a small byte-level state machine
 * splits chunks into records (CSV or one name a line), so memory holds a few
 * KiB of records at a time however long the file. Bytes, not text, are split: UTF-8
 * never uses bytes below 0x80 inside a character, so quotes, commas and line
 * breaks are found safely, and each cell is decoded on its own, where a bad
 * byte can be reported with its line and column.
 */
import { ENTITY_KINDS, type EntityKind, type IssueData } from '../result.js';
import { foldKey } from '../vi/fold.js';
import { UsageError } from './args.js';

/** Documented in docs/cli.md: a cell longer than this is cut and its row is `invalid`. */
export const CELL_LIMIT_BYTES = 4096;
/** Cells kept per record; more are counted (a ragged row) but not stored. */
export const CELLS_LIMIT = 1024;

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

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
 * Splits bytes into records. In CSV mode, RFC 4180 with leniency: a quote inside
 * an unquoted cell is literal, text after a closing quote is kept. In text mode a
 * record is one line. CRLF, LF and a lone CR end a line; a record with no byte at
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

  constructor(private readonly csv: boolean) {}

  push(chunk: Uint8Array): RawRecord[] {
    const n = chunk.length;
    const csv = this.csv;
    let i = 0;
    while (i < n) {
      if (this.state === State.Quoted) {
        let j = i;
        for (; j < n; j++) {
          const b = chunk[j]!;
          if (b === QUOTE) break;
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
        i = j + 1;
        continue;
      }
      const b = chunk[i]!;
      if (this.state === State.AfterQuote) {
        if (b === QUOTE) {
          this.appendByte(QUOTE);
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
      if (csv && b === COMMA) {
        this.endCell();
        this.state = State.FieldStart;
        i++;
        continue;
      }
      if (csv && b === QUOTE && this.state === State.FieldStart) {
        this.state = State.Quoted;
        i++;
        continue;
      }
      // A run of ordinary bytes is copied at once.
      let j = i + 1;
      for (; j < n; j++) {
        const c = chunk[j]!;
        if (c === LF || c === CR || (csv && c === COMMA)) break;
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

// ---------------------------------------------------------------------------
// Columns

export type Role = 'domain' | 'agency' | 'kind' | 'province';

/** Header names by role, compared as fold keys (case, diacritics, `_` and spaces do not matter). */
const HEADER_NAMES: ReadonlyArray<readonly [Role, readonly string[]]> = [
  ['domain', ['domain', 'url', 'ten mien']],
  ['agency', ['agency', 'co quan', 'ten co quan']],
  ['kind', ['kind']],
  ['province', ['province', 'tinh']],
];

/** The column of each role in a header (the first that matches); -1 when absent. */
export function headerRoles(header: readonly string[]): Record<Role, number> {
  const roles: Record<Role, number> = { domain: -1, agency: -1, kind: -1, province: -1 };
  header.forEach((name, i) => {
    const key = foldKey(name);
    for (const [role, names] of HEADER_NAMES) {
      if (roles[role] === -1 && names.includes(key)) roles[role] = i;
    }
  });
  return roles;
}

// ---------------------------------------------------------------------------
// Decoding records into rows

/** What is wrong with a row, as an issue of rule `input-row`. */
export interface Trouble {
  messageId: 'empty-domain' | 'ragged-row' | 'invalid-utf8' | 'cell-too-long' | 'unclosed-quote' | 'unknown-kind';
  data: IssueData;
}

export interface InputRow {
  line: number;
  /** The domain cell (or the text line), decoded. */
  domain: string;
  agency?: string;
  kind?: EntityKind;
  province?: string;
  /** The input's own cells as they came, decoded (for `--format csv`). */
  cells: string[];
  troubles: Trouble[];
}

/** Turns raw records into rows: reads the header in CSV mode, skips comments and blanks in text mode. */
export class RowReader {
  private header: string[] | null = null;
  private roles: Record<Role, number> | null = null;

  constructor(readonly mode: 'csv' | 'txt') {}

  /** The input's column names (`input` for text), once known. */
  get columns(): readonly string[] | null {
    return this.mode === 'txt' ? ['input'] : this.header;
  }

  /** A row, or null for a header, comment or blank line. Throws UsageError for a CSV without a domain column. */
  read(rec: RawRecord): InputRow | null {
    return this.mode === 'txt' ? this.readLine(rec) : this.readCsv(rec);
  }

  private readLine(rec: RawRecord): InputRow | null {
    const text = (rec.cells[0] ?? '').trim();
    if (text === '' || text.startsWith('#')) return null;
    const size = rec.sizes[0] ?? 0;
    const troubles: Trouble[] = [];
    const where = { line: rec.line, column: 1, name: 'input' };
    if (rec.bad[0]) troubles.push({ messageId: 'invalid-utf8', data: where });
    if (size > CELL_LIMIT_BYTES) troubles.push({ messageId: 'cell-too-long', data: { ...where, length: size, limit: CELL_LIMIT_BYTES } });
    return { line: rec.line, domain: text, cells: [text], troubles };
  }

  private readCsv(rec: RawRecord): InputRow | null {
    if (this.header === null) {
      this.header = rec.cells.map((c) => c.trim());
      this.roles = headerRoles(this.header);
      if (this.roles.domain === -1) {
        throw new UsageError(
          `the CSV header has no domain column (one of domain, url, ten_mien, tên miền); it has: ${this.header.join(', ')}`,
        );
      }
      return null;
    }
    const roles = this.roles!;
    const header = this.header;
    const troubles: Trouble[] = [];
    if (rec.count !== header.length) {
      troubles.push({ messageId: 'ragged-row', data: { line: rec.line, expected: header.length, got: rec.count } });
    }
    const cells = rec.cells;
    for (let i = 0; i < cells.length; i++) {
      const size = rec.sizes[i]!;
      const long = size > CELL_LIMIT_BYTES;
      if (!rec.bad[i] && !long) continue;
      const where = { line: rec.line, column: i + 1, name: header[i] ?? '' };
      if (rec.bad[i]) troubles.push({ messageId: 'invalid-utf8', data: where });
      if (long) troubles.push({ messageId: 'cell-too-long', data: { ...where, length: size, limit: CELL_LIMIT_BYTES } });
    }
    if (rec.unclosedQuote) troubles.push({ messageId: 'unclosed-quote', data: { line: rec.line } });
    const domain = cells[roles.domain] ?? '';
    if (domain.trim() === '') {
      troubles.push({ messageId: 'empty-domain', data: { line: rec.line, column: roles.domain + 1, name: header[roles.domain]! } });
    }
    const row: InputRow = { line: rec.line, domain, cells, troubles };
    const agency = cellAt(cells, roles.agency);
    if (agency !== undefined) row.agency = agency;
    const province = cellAt(cells, roles.province);
    if (province !== undefined) row.province = province;
    const kind = cellAt(cells, roles.kind);
    if (kind !== undefined) {
      const k = kind.toLowerCase();
      if ((ENTITY_KINDS as readonly string[]).includes(k)) row.kind = k as EntityKind;
      else {
        troubles.push({
          messageId: 'unknown-kind',
          data: { line: rec.line, column: roles.kind + 1, name: header[roles.kind]!, value: kind, kinds: ENTITY_KINDS.join(', ') },
        });
      }
    }
    return row;
  }
}

/** A non-blank cell, trimmed; undefined when the column is absent or the cell empty (the command line's value then holds). */
function cellAt(cells: readonly string[], i: number): string | undefined {
  if (i < 0) return undefined;
  const v = cells[i]?.trim();
  return v ? v : undefined;
}

// ---------------------------------------------------------------------------
// Opening an input: CSV or text, decided from the name, a forced mode, or the first line

/** Records split from a few KiB of input; `waits` when the next batch needs another read. */
export interface Batch {
  records: RawRecord[];
  waits: boolean;
}

export interface OpenedInput {
  mode: 'csv' | 'txt';
  batches: AsyncGenerator<Batch, void, undefined>;
}

const SNIFF_LIMIT = 64 * 1024;
/**
 * Chunks are split in slices of this size: the records of a slice are judged
 * and dropped before the next is split, so they die young in the garbage
 * collector instead of being promoted with a whole 64 KiB chunk's worth (which
 * costs the process tens of MB on a million rows).
 */
const SLICE = 4 * 1024;

function* slices(splitter: RecordSplitter, bytes: Uint8Array): Generator<Batch, void, undefined> {
  for (let at = 0; at < bytes.length; at += SLICE) {
    const end = Math.min(at + SLICE, bytes.length);
    yield { records: splitter.push(bytes.subarray(at, end)), waits: end === bytes.length };
  }
}

/**
 * Reads just enough of the input to decide its mode (the first line, or 64 KiB),
 * drops a UTF-8 BOM, and returns the records as they are split.
 */
export async function openInput(
  chunks: AsyncIterable<Uint8Array | string>,
  options: { forced?: 'csv' | 'txt'; csvByName: boolean },
): Promise<OpenedInput> {
  const it = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headSize = 0;
  let done = false;
  // The first line decides; a BOM needs its three bytes seen.
  while (headSize < SNIFF_LIMIT) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    const bytes = toBytes(next.value);
    head.push(bytes);
    headSize += bytes.length;
    if (headSize >= 3 && (bytes.includes(LF) || bytes.includes(CR))) break;
  }
  let first = concat(head, headSize);
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) first = first.subarray(3);
  const mode = options.forced ?? (options.csvByName || looksLikeHeader(first) ? 'csv' : 'txt');
  async function* batches(): AsyncGenerator<Batch, void, undefined> {
    const splitter = new RecordSplitter(mode === 'csv');
    try {
      yield* slices(splitter, first);
      while (!done) {
        const next = await it.next();
        if (next.done) {
          done = true;
          break;
        }
        yield* slices(splitter, toBytes(next.value));
      }
      yield { records: splitter.end(), waits: true };
    } finally {
      // Stopped early (a usage error): release the file or standard input.
      if (!done) await it.return?.();
    }
  }
  return { mode, batches: batches() };
}

/** The first line is a header when one of its cells names a column govvn reads. */
function looksLikeHeader(bytes: Uint8Array): boolean {
  const splitter = new RecordSplitter(true);
  const records = splitter.push(bytes);
  const rec = records[0] ?? splitter.end()[0];
  if (!rec) return false;
  const roles = headerRoles(rec.cells.map((c) => c.trim()));
  return Object.values(roles).some((i) => i !== -1);
}

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
