/**
 * The options of `govvn check` for spreadsheets' files: how to read a CSV or a
 * workbook, and where to write the report (a binary one cannot go to a terminal).
 */
import { UsageError, type OptionSpec } from './args.js';
import type { DelimiterName } from './input/record-splitter.js';

export const SPREADSHEET_OPTIONS: Record<string, OptionSpec> = {
  '--delimiter': { value: true, choices: [',', ';', 'tab'] },
  '--sheet': { value: true },
  '-o': { value: true },
  '--output-file': { value: true },
};

export interface SpreadsheetRequest {
  /** Forced with --delimiter; sniffed from the first line otherwise. */
  delimiter?: DelimiterName;
  /** The workbook's sheet to read; the first when absent. */
  sheet?: string;
  /** The file the report is written to, instead of standard output. */
  output?: string;
}

/** The options read and checked against the input they apply to. */
export function spreadsheetRequest(
  get: (k: string) => string | undefined,
  file: string | null,
  input: 'csv' | 'txt' | undefined,
): SpreadsheetRequest {
  const req: SpreadsheetRequest = {};
  const delimiter = get('--delimiter') as DelimiterName | undefined;
  const sheet = get('--sheet');
  if ((delimiter !== undefined || sheet !== undefined) && file === null) {
    throw new UsageError({ id: 'needs-file', data: { option: delimiter !== undefined ? '--delimiter' : '--sheet' } });
  }
  if (delimiter !== undefined && input === 'txt') throw new UsageError({ id: 'delimiter-on-txt' });
  if (get('-o') !== undefined && get('--output-file') !== undefined) throw new UsageError({ id: 'output-both' });
  const output = get('-o') ?? get('--output-file');
  if (delimiter !== undefined) req.delimiter = delimiter;
  if (sheet !== undefined) req.sheet = sheet;
  if (output !== undefined) {
    if (output === '' || output === '-') throw new UsageError({ id: 'output-needs-name' });
    req.output = output;
  }
  return req;
}
