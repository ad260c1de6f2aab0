/**
 * govvn/report: the reports `govvn check` writes, for tools that build their
 * own. Each writer is a pure function from results (`validate`'s, or the rows
 * `checkAll` yields) to the text the command line would write for them; the
 * command line streams the very same formatters.
 *
 * ```ts
 * import { checkAll, toSarif } from 'govvn/report';
 * const rows = [];
 * for await (const row of checkAll(createReadStream('sites.csv'), { asOf: '2020-06-25' })) rows.push(row);
 * writeFileSync('govvn.sarif', toSarif(rows, { file: 'sites.csv' }));
 * ```
 */
import { todayInVietnam } from './index.js';
import type { Lang, Result, Verdict } from './result.js';
import type { FailOn, RowInput, RunContext, Sink } from './cli/formats/format.js';
import { FORMATTERS } from './cli/formats/registry.js';

export { checkAll, type CheckAllOptions, type CheckedRow, type CheckInput, type CheckRow } from './check-all.js';
export { SYNTHETIC_INPUT } from './cli/formats/location.js';
export type { FailOn } from './cli/formats/format.js';

/** A result to report, with where it came from when known (as `checkAll` yields it). */
export type ReportRow = Result & {
  /** The input file's line (or the name's position). */
  line?: number;
  /** The agency named for the row, shown in the markdown report. */
  agency?: string;
  /** The row's own cells, kept in the CSV report (the input alone when not given). */
  cells?: readonly string[];
};

export interface ReportOptions {
  /** The language of the report's own words; the results' messages keep theirs. Default `vi`. */
  lang?: Lang;
  /** The date judged by, shown in the report; default the first result's. */
  asOf?: string;
  /** Which rows fail (as `--fail-on`): SARIF, JUnit and the exit code count these. Default `error`. */
  failOn?: FailOn;
  /**
   * The input file, relative to the repository root, that findings point at;
   * without one, SARIF, JUnit and GitLab name `govvn-input.txt` (SYNTHETIC_INPUT)
   * with each result at its line, and GitHub annotations name no file.
   */
  file?: string;
  /** The input's own column names, for the CSV report (default `input`). */
  columns?: readonly string[];
}

/** The formats written here; `xlsx` is binary and has its own writer. */
export const REPORT_FORMATS = ['markdown', 'csv', 'sarif', 'junit', 'gitlab', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Any report by its format's name. */
export function writeReport(format: ReportFormat, rows: Iterable<ReportRow>, options: ReportOptions = {}): string {
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new TypeError(`unknown report format "${String(format)}" (${REPORT_FORMATS.join(', ')})`);
  const list = [...rows];
  const ctx: RunContext = {
    lang: options.lang ?? 'vi',
    asOf: options.asOf ?? list[0]?.asOf ?? todayInVietnam(),
    failOn: options.failOn ?? 'error',
    columns: options.columns ?? ['input'],
    withLines: list.some((r) => r.line !== undefined),
    file: options.file ?? null,
    artifactUri: options.file ?? null,
    color: false,
    toFile: false,
  };
  const parts: string[] = [];
  const sink: Sink = { write: (text) => void parts.push(text) };
  const verdicts: Record<Verdict, number> = { compliant: 0, 'non-compliant': 0, 'not-applicable': 0, invalid: 0 };
  const formatter = FORMATTERS[format](ctx);
  try {
    formatter.begin(sink);
    for (const row of list) {
      const { agency, cells, ...result } = row;
      const input: RowInput = { cells: cells ?? [row.input], agency };
      formatter.row(sink, result, input);
      verdicts[row.verdict]++;
    }
    // In memory, every format writes before end returns (see Formatter.end).
    void formatter.end(sink, { rows: list.length, verdicts });
  } finally {
    formatter.dispose?.();
  }
  return parts.join('');
}

/** The inspection-style report: what was checked and by what, the table, the count, each failing row with its reasons and legal basis. */
export const toMarkdown = (rows: Iterable<ReportRow>, options?: ReportOptions): string => writeReport('markdown', rows, options);
/** The input's cells and what govvn found, one line per row. */
export const toCsv = (rows: Iterable<ReportRow>, options?: ReportOptions): string => writeReport('csv', rows, options);
/** SARIF 2.1.0 for code scanning: the rules in force with their help pages, one result per failing row, each with a physical location. */
export const toSarif = (rows: Iterable<ReportRow>, options?: ReportOptions): string => writeReport('sarif', rows, options);
/** JUnit XML: one test case per row, a failure for each row that fails. */
export const toJunit = (rows: Iterable<ReportRow>, options?: ReportOptions): string => writeReport('junit', rows, options);
/** GitLab Code Quality JSON: one entry per error or warning. */
export const toGitlab = (rows: Iterable<ReportRow>, options?: ReportOptions): string => writeReport('gitlab', rows, options);
/** GitHub Actions workflow commands: one annotation per error or warning. */
export const toGithub = (rows: Iterable<ReportRow>, options?: ReportOptions): string => writeReport('github', rows, options);
