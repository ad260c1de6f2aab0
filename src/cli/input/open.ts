/**
 * Opening `govvn check`'s input: a workbook, CSV or text, decided from the
 * file's name, a forced mode, or the first bytes and line (sniffed), then the
 * records as they are split. Deciding the input's form, encoding and delimiter
 * is this module's job; the splitter only follows the dialect it is given.
 */
import { UsageError } from '../args.js';
import { sniffEncoding, toUtf8 } from './decode.js';
import { CR, CSV_DIALECT, DELIMITERS, LF, LINE_DIALECT, RecordSplitter, type DelimiterName, type Dialect, type RawRecord } from './record-splitter.js';
import { headerRoles } from './row-reader.js';
import { isZip } from './zip.js';

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
 * collector instead of being promoted with a whole 64 KiB chunk's worth.
 */
const SLICE = 4 * 1024;

function* slices(splitter: RecordSplitter, bytes: Uint8Array): Generator<Batch, void, undefined> {
  for (let at = 0; at < bytes.length; at += SLICE) {
    const end = Math.min(at + SLICE, bytes.length);
    yield { records: splitter.push(bytes.subarray(at, end)), waits: end === bytes.length };
  }
}

export interface OpenOptions {
  forced?: 'csv' | 'txt';
  csvByName: boolean;
  /** The input is a workbook by its name (.xlsx); a ZIP's first bytes say so too. */
  workbookByName?: boolean;
  /** The sheet to read in a workbook (the first when absent). */
  sheet?: string;
  /** The delimiter given with --delimiter (sniffed when absent). */
  delimiter?: DelimiterName;
  /** The input as named in messages. */
  name?: string;
  /**
   * Reads a workbook's records. Given by the command line, which may load a
   * spreadsheet library; a caller without it (govvn/report) refuses workbooks.
   */
  readWorkbook?: (bytes: Uint8Array, sheet: string | undefined, name: string) => Promise<RawRecord[]>;
}

/**
 * Reads just enough of the input to decide its form (the first line, or 64 KiB):
 * a workbook, or text whose encoding its byte-order mark gives (turned into
 * UTF-8), then CSV or lines, and the CSV's delimiter; returns the records as
 * they are split.
 */
export async function openInput(chunks: AsyncIterable<Uint8Array | string>, options: OpenOptions): Promise<OpenedInput> {
  const name = options.name ?? 'the input';
  const it = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headSize = 0;
  let done = false;
  // The first line decides; a byte-order mark or a ZIP signature needs its four bytes seen.
  while (headSize < SNIFF_LIMIT) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    const bytes = toBytes(next.value);
    head.push(bytes);
    headSize += bytes.length;
    if (headSize >= 4 && (bytes.includes(LF) || bytes.includes(CR))) break;
  }
  const raw = concat(head, headSize);
  if (options.workbookByName || isZip(raw)) return openWorkbook(raw, it, done, options, name);
  if (options.sheet !== undefined) throw new UsageError({ id: 'sheet-on-text', data: { name } });
  const { encoding, bom } = sniffEncoding(raw, name);
  const utf8 = toUtf8(encoding, name);
  const first = utf8.push(raw.subarray(bom));
  const sniffed = sniffForm(first);
  const mode = options.forced ?? (options.delimiter || options.csvByName || sniffed.header ? 'csv' : 'txt');
  const dialect = mode === 'txt' ? LINE_DIALECT : options.delimiter ? DELIMITERS[options.delimiter] : sniffed.dialect;
  async function* batches(): AsyncGenerator<Batch, void, undefined> {
    const splitter = new RecordSplitter(dialect);
    try {
      yield* slices(splitter, first);
      while (!done) {
        const next = await it.next();
        if (next.done) {
          done = true;
          break;
        }
        yield* slices(splitter, utf8.push(toBytes(next.value)));
      }
      yield* slices(splitter, utf8.end());
      yield { records: splitter.end(), waits: true };
    } finally {
      // Stopped early (a usage error): release the file or standard input.
      if (!done) await it.return?.();
    }
  }
  return { mode, batches: batches() };
}

/** A workbook is read whole (a ZIP's directory is at its end), then given as one batch of records. */
async function openWorkbook(
  first: Uint8Array,
  it: AsyncIterator<Uint8Array | string>,
  done: boolean,
  options: OpenOptions,
  name: string,
): Promise<OpenedInput> {
  const parts = [first];
  let size = first.length;
  while (!done) {
    const next = await it.next();
    if (next.done) break;
    const bytes = toBytes(next.value);
    parts.push(bytes);
    size += bytes.length;
  }
  if (!options.readWorkbook) throw new UsageError({ id: 'workbook-not-here', data: { name } });
  const records = await options.readWorkbook(concat(parts, size), options.sheet, name);
  async function* batches(): AsyncGenerator<Batch, void, undefined> {
    yield { records, waits: true };
  }
  return { mode: 'csv', batches: batches() };
}

const CANDIDATES = [DELIMITERS[','], DELIMITERS[';'], DELIMITERS.tab];

/**
 * The first line's form: it is a header when, split by one of the delimiters,
 * a cell names a column govvn reads (a domain column first); without one, the
 * delimiter that splits it into the most cells (a comma on a tie).
 */
function sniffForm(bytes: Uint8Array): { header: boolean; dialect: Dialect } {
  let best: { header: boolean; dialect: Dialect; score: number } = { header: false, dialect: CSV_DIALECT, score: -1 };
  for (const dialect of CANDIDATES) {
    const splitter = new RecordSplitter(dialect);
    const rec = splitter.push(bytes)[0] ?? splitter.end()[0];
    if (!rec) continue;
    const roles = headerRoles(rec.cells.map((c) => c.trim()));
    const named = Object.values(roles).filter((i) => i !== -1).length;
    // A domain column outranks other roles, which outrank a bare count of cells.
    const score = (roles.domain !== -1 ? 1e6 : 0) + named * 1e4 + Math.min(rec.count, 9999);
    if (score > best.score) best = { header: named > 0, dialect, score };
  }
  return { header: best.header, dialect: best.dialect };
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
