/**
 * Opening `govvn check`'s input: CSV or text, decided from the file's name, a
 * forced mode, or the first line (sniffed), then the records as they are split.
 * Deciding the input's form (and later its delimiter or encoding) is this
 * module's job; the splitter only follows the dialect it is given.
 */
import { CR, CSV_DIALECT, LF, LINE_DIALECT, RecordSplitter, type RawRecord } from './record-splitter.js';
import { headerRoles } from './row-reader.js';

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
    const splitter = new RecordSplitter(mode === 'csv' ? CSV_DIALECT : LINE_DIALECT);
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
  const splitter = new RecordSplitter(CSV_DIALECT);
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
