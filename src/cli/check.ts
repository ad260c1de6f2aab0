/**
 * `govvn check`: judges each input row as it is read and writes its result at
 * once, so a file of any length runs in the memory of one row (and one batch of
 * output).
 */
import { createReadStream } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { todayInVietnam, validate } from '../index.js';
import type { Lang, ValidateOptions, Verdict } from '../result.js';
import { UsageError } from './args.js';
import { useColour } from './colour.js';
import { counted, type Aside, type FailOn, type Formatter, type Row, type RowInput, type RunContext } from './formats/format.js';
import { FORMATS as REPORT_FORMATS, FORMATTERS, type Format as ReportFormat } from './formats/registry.js';
import { xlsxFormat } from './formats/xlsx.js';
import { openInput } from './input/open.js';
import { readWorkbook } from './input/workbook.js';
import { RowReader } from './input/row-reader.js';
import { judgeInputRow, rowOptions, troubleRow } from './judge-row.js';
import type { InputRow } from './input/row-reader.js';
import { LiveProgress } from './live-progress.js';
import type { LiveRequest } from './live-options.js';
import { WORDS } from './messages.js';
import { BatchWriter, FileOut, Spool, type OutStream } from './output.js';
import type { SpreadsheetRequest } from './spreadsheet-options.js';

/** The command line's formats: the report writers', and the workbook, which needs Node. */
export const FORMATS = [...REPORT_FORMATS, 'xlsx'] as const;
export type Format = ReportFormat | 'xlsx';

const MAKERS: Record<Format, (ctx: RunContext) => Formatter> = { ...FORMATTERS, xlsx: xlsxFormat };

/** Formats whose output is bytes, not text: never written to a terminal. */
const BINARY: ReadonlySet<Format> = new Set(['xlsx']);

/** Rows between two progress lines on a terminal. */
const PROGRESS_EVERY = 10_000;

export interface CheckIo {
  stdout: OutStream;
  stderr: OutStream;
  stdin: AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export interface CheckRequest extends SpreadsheetRequest {
  /** The options every row starts from (a CSV row's agency, kind and province replace these). */
  options: ValidateOptions & { lang: Lang };
  format: Format;
  failOn: FailOn;
  /** Names given as arguments (when there is no file). */
  names: readonly string[];
  /** A file path, `-` for standard input, or null. */
  file: string | null;
  input?: 'csv' | 'txt';
  /** Info notes left out: only warnings and errors are written. */
  quiet?: boolean;
  /** More warnings that count than this fails the run (exit 1). */
  maxWarnings?: number;
  /** `--color` (true) or `--no-color` (false); the environment and the terminal decide otherwise. */
  color?: boolean;
  /** The file standard input came from, for the formats that name a file (SARIF, JUnit, GitLab, GitHub). */
  stdinFilename?: string;
  /** `--live`: each name is also checked over the network, so many at once, results in input order. */
  live?: LiveRequest;
}

function tooManyWarnings(lang: Lang, found: number, limit: number): string {
  return lang === 'vi' ? `${found} cảnh báo, quá mức cho phép (--max-warnings ${limit})` : `${found} warnings, more than --max-warnings ${limit} allows`;
}

/** Only warnings and errors (`--quiet`). */
function withoutNotes(row: Row): Row {
  return row.issues.some((i) => i.severity === 'info') ? { ...row, issues: row.issues.filter((i) => i.severity !== 'info') } : row;
}

/** 10.000 in Vietnamese, 10,000 in English (without relying on the runtime's locale data). */
function grouped(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, lang === 'vi' ? '.' : ',');
}

function artifactUri(file: string, cwd: string): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(abs).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}

/** Runs the check; returns the exit code. Throws UsageError before any output for a usage mistake. */
export async function runCheck(io: CheckIo, req: CheckRequest): Promise<number> {
  const { options, failOn } = req;
  const lang = options.lang;
  // The options are checked once, before any output, so a bad date is a usage error.
  validate('', options);
  const asOf = options.asOf ?? todayInVietnam();
  const base: ValidateOptions = { ...options, asOf };
  if (BINARY.has(req.format) && req.output === undefined && io.stdout.isTTY === true) {
    throw new UsageError({ id: 'binary-to-terminal', data: { format: req.format } });
  }
  const out = req.output === undefined ? null : new FileOut(resolve(io.cwd, req.output));
  const w = new BatchWriter(out ?? io.stdout);
  const verdicts: Record<Verdict, number> = { compliant: 0, 'non-compliant': 0, 'not-applicable': 0, invalid: 0 };
  let rows = 0;
  let failing = false;
  let warnings = 0;
  let formatter: Formatter | null = null;
  let columns: readonly string[] = ['input'];
  // A live run draws its own bar (names are slow); an offline run a line every 10,000 rows.
  const showProgress = io.stderr.isTTY === true && req.live === undefined;
  const liveProgress = req.live && io.stderr.isTTY === true ? new LiveProgress(io.stderr, req.file === null ? req.names.length : null, lang) : null;
  const fileNamed = req.file === '-' ? (req.stdinFilename ?? null) : req.file;
  // Kept aside by a format (the markdown's failing rows, the JUnit cases): in a temporary file past a limit.
  const spool = (): Aside => {
    const s = new Spool();
    return { append: (t) => s.append(t), writeTo: () => s.copyTo(w), dispose: () => s.dispose() };
  };
  let progressShown = false;

  const ctx = (): RunContext => ({
    lang,
    asOf,
    failOn,
    columns,
    withLines: req.file !== null,
    file: req.file,
    artifactUri: fileNamed === null ? null : artifactUri(fileNamed, io.cwd),
    color: useColour(req.color, io.env, out === null && io.stdout.isTTY === true),
    aside: spool,
    toFile: out !== null,
    live: req.live !== undefined,
  });

  const emit = (judged: Row, input: RowInput): void => {
    const row = req.quiet ? withoutNotes(judged) : judged;
    if (formatter === null) {
      // Begun at the first row: a CSV's columns are known by then, and an input
      // without rows leaves the output empty for its usage error.
      formatter = MAKERS[req.format](ctx());
      formatter.begin(w);
    }
    formatter.row(w, row, input);
    rows++;
    verdicts[row.verdict]++;
    if (row.verdict === 'non-compliant' || row.verdict === 'invalid') failing = true;
    else if (failOn === 'warning' && counted(row, 'warning').length > 0) failing = true;
    if (req.maxWarnings !== undefined) warnings += counted(row, 'warning').length;
    if (showProgress && rows % PROGRESS_EVERY === 0) {
      io.stderr.write(`\r${WORDS[lang].progress(grouped(rows, lang))}`);
      progressShown = true;
    }
  };

  // Without --live each row is judged at once; with it, rows go through a pool of checks and come out in order.
  let judgeRow = (row: InputRow): void | Promise<void> => {
    emit(judgeInputRow(row, base), { cells: row.cells, agency: row.agency ?? base.agency });
  };
  let judgeName = (name: string): void | Promise<void> => {
    emit(validate(name, base), { cells: [name], agency: base.agency });
  };
  let drain = async (): Promise<void> => {};
  if (req.live) {
    const liveRun = await startLive(req.live, base, async (row, input) => {
      emit(row, input);
      liveProgress?.tick();
      if (w.full) await w.flush();
    });
    judgeRow = liveRun.row;
    judgeName = liveRun.name;
    drain = liveRun.drain;
  }

  try {
    if (req.file === null) {
      if (req.names.length === 0) throw new UsageError({ id: 'no-names' });
      for (const name of req.names) {
        await judgeName(name);
        if (w.full) await w.flush();
      }
      await drain();
    } else {
      await readFile(io, req, judgeRow, w, (c) => (columns = c));
      await drain();
      if (rows === 0) throw new UsageError({ id: 'input-no-rows', data: { file: req.file } });
    }
    await formatter!.end(w, { rows, verdicts });
    await w.flush();
    await out?.close();
  } catch (e) {
    // What was judged is written before the error that stopped the run.
    if (formatter !== null) await w.flush();
    await out?.close();
    throw e;
  } finally {
    (formatter as Formatter | null)?.dispose?.();
    if (progressShown) io.stderr.write('\r\x1b[2K');
    liveProgress?.clear();
  }
  if (req.maxWarnings !== undefined && warnings > req.maxWarnings) {
    io.stderr.write(`govvn: ${tooManyWarnings(lang, warnings, req.maxWarnings)}\n`);
    return 1;
  }
  if (failOn === 'never') return 0;
  return failing ? 1 : 0;
}

/**
 * The live run's two doors, names and file rows, into one pool of at most
 * `concurrency` checks; `deliver` gets the results in input order. The live
 * module is loaded here only: a run without --live never loads it.
 */
async function startLive(live: LiveRequest, base: ValidateOptions, deliver: (row: Row, input: RowInput) => Promise<void>) {
  const { OrderedPool, validateLiveResolved } = await import('../live/entry-for-cli.js');
  const pool = new OrderedPool<[Row, RowInput]>(live.concurrency, ([row, input]) => deliver(row, input));
  return {
    name: (name: string) =>
      pool.push(async () => [await validateLiveResolved(name, base, live.options), { cells: [name], agency: base.agency }]),
    row: (row: InputRow) =>
      pool.push(async (): Promise<[Row, RowInput]> => {
        const input = { cells: row.cells, agency: row.agency ?? base.agency };
        // A row that could not be read is not looked up: one output row, with no live facts.
        if (row.troubles.length > 0) return [{ ...troubleRow(row, base.asOf!, base.lang ?? 'vi'), live: null }, input];
        return [{ line: row.line, ...(await validateLiveResolved(row.domain, rowOptions(base, row), live.options)) }, input];
      }),
    drain: () => pool.drain(),
  };
}

async function readFile(
  io: CheckIo,
  req: CheckRequest,
  judgeRow: (row: InputRow) => void | Promise<void>,
  w: BatchWriter,
  setColumns: (c: readonly string[]) => void,
): Promise<void> {
  const file = req.file!;
  const name = file === '-' ? 'standard input' : file;
  // Small reads (4 KiB): each batch of records dies young, so the heap stays small
  // on long files (docs/performance.md).
  const source = file === '-' ? io.stdin : createReadStream(resolve(io.cwd, file), { highWaterMark: 4 * 1024 });
  let opened;
  try {
    opened = await openInput(source, {
      ...(req.input ? { forced: req.input } : {}),
      csvByName: /\.(?:csv|tsv)$/i.test(file),
      workbookByName: /\.xlsx$/i.test(file),
      ...(req.sheet !== undefined ? { sheet: req.sheet } : {}),
      ...(req.delimiter !== undefined ? { delimiter: req.delimiter } : {}),
      readWorkbook,
      name,
    });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError({ id: 'cannot-read', data: { name, why: (e as NodeJS.ErrnoException).code ?? (e as Error).message } });
  }
  const reader = new RowReader(opened.mode);
  try {
    for await (const batch of opened.batches) {
      for (const rec of batch.records) {
        const row = reader.read(rec);
        if (row === null) {
          if (reader.columns) setColumns(reader.columns);
          continue;
        }
        const pending = judgeRow(row);
        if (pending) await pending;
        if (w.full) await w.flush();
      }
      // Before waiting for more input, what is judged goes out (a slow stdin still sees its rows).
      // Within a large chunk (a pipe's 64 KiB), a turn of the event loop between
      // slices lets the garbage collector's tasks run, which keeps the heap from
      // growing on long inputs (docs/performance.md).
      if (batch.waits) await w.flush();
      else await new Promise((r) => setImmediate(r));
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw new UsageError({ id: 'cannot-read', data: { name, why: code } });
    throw e;
  }
}
