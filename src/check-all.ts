/**
 * `checkAll`: `govvn check` from code. The input is a list of names, of rows
 * (a domain with the row's agency, kind or province), or the bytes of a file
 * (a Node stream from `fs.createReadStream`, `process.stdin`, a `fetch` body's
 * chunks), read as the command line reads a file: CSV with a header naming its
 * columns, or text with one name a line. One result per input row, in order,
 * each with its line (the file's line, or the item's position from 1).
 */
import { GovvnOptionError, todayInVietnam, validate } from './index.js';
import type { EntityKind, Result, ValidateOptions } from './result.js';
import { UsageError } from './cli/args.js';
import { openInput } from './cli/input/open.js';
import { RowReader } from './cli/input/row-reader.js';
import { judgeInputRow, rowOptions } from './cli/judge-row.js';

/** A row given as an object: its domain, and what it says of its holder (each replaces the option of the same name). */
export interface CheckRow {
  domain: string;
  agency?: string;
  kind?: EntityKind;
  province?: string;
}

/** What `checkAll` reads: names, rows, or a file's bytes (Uint8Array or Buffer chunks). */
export type CheckInput =
  | Iterable<string | CheckRow>
  | AsyncIterable<string | CheckRow>
  | AsyncIterable<Uint8Array>;

export interface CheckAllOptions extends ValidateOptions {
  /** How a file's bytes are read: `csv` or `txt`; sniffed from the first line when not given. */
  input?: 'csv' | 'txt';
}

/** A result with where it came from; `agency` and `cells` feed the report writers of `govvn/report`. */
export type CheckedRow = Result & {
  /** The file's line, or the item's position counted from 1. */
  line: number;
  /** The agency named for the row (its own, else the option's). */
  agency?: string;
  /** The row's own cells as they came (the name alone for a list of names). */
  cells: readonly string[];
};

function isBytes(v: unknown): v is Uint8Array {
  return v instanceof Uint8Array;
}

/**
 * Judges every row of `input`, yielding each result as it is ready. The options
 * are checked before the first row (a bad date throws `GovvnOptionError`), and
 * the date is fixed once, so a long run does not cross midnight into another
 * law. A file without the column of the domain names throws an Error saying so.
 */
export async function* checkAll(input: CheckInput, options: CheckAllOptions = {}): AsyncGenerator<CheckedRow, void, undefined> {
  const { input: forced, ...rest } = options;
  validate('', rest);
  const base: ValidateOptions = { ...rest, asOf: rest.asOf ?? todayInVietnam() };
  const it = Symbol.asyncIterator in input ? input[Symbol.asyncIterator]() : (input as Iterable<string | CheckRow>)[Symbol.iterator]();
  const first = await it.next();
  if (first.done) return;
  if (isBytes(first.value)) {
    yield* fromBytes(first.value, it as AsyncIterator<Uint8Array>, base, forced);
    return;
  }
  let line = 0;
  let next: IteratorResult<unknown> = first;
  while (!next.done) {
    line++;
    yield fromItem(next.value as string | CheckRow, line, base);
    next = await it.next();
  }
}

function fromItem(item: string | CheckRow, line: number, base: ValidateOptions): CheckedRow {
  if (typeof item === 'string' || item === null || typeof item !== 'object') {
    const name = item as string;
    const agency = base.agency;
    return { line, ...validate(name, base), ...(agency !== undefined ? { agency } : {}), cells: [typeof name === 'string' ? name : String(name)] };
  }
  const agency = item.agency ?? base.agency;
  return { line, ...validate(item.domain, rowOptions(base, item)), ...(agency !== undefined ? { agency } : {}), cells: [String(item.domain ?? '')] };
}

async function* fromBytes(
  head: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
  base: ValidateOptions,
  forced: 'csv' | 'txt' | undefined,
): AsyncGenerator<CheckedRow, void, undefined> {
  async function* chunks(): AsyncGenerator<Uint8Array, void, undefined> {
    yield head;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  }
  const opened = await openInput(chunks(), { ...(forced ? { forced } : {}), csvByName: false });
  const reader = new RowReader(opened.mode);
  try {
    for await (const batch of opened.batches) {
      for (const rec of batch.records) {
        const row = reader.read(rec);
        if (row === null) continue;
        const agency = row.agency ?? base.agency;
        yield { ...judgeInputRow(row, base), line: row.line, ...(agency !== undefined ? { agency } : {}), cells: row.cells };
      }
    }
  } catch (e) {
    // The command line's usage error is, from code, a mistake in the options or the input.
    if (e instanceof UsageError) throw new GovvnOptionError(e.message);
    throw e;
  }
}
