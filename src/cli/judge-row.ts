/**
 * One input row judged: the step `govvn check` and `checkAll` share, so that a
 * row gives the same result from the command line and from code.
 */
import { validate } from '../index.js';
import type { EntityKind, Issue, Lang, ValidateOptions } from '../result.js';
import type { Row } from './formats/format.js';
import type { InputRow } from './input/row-reader.js';
import { inputMessage } from './messages.js';

/** What a row may name besides its domain; each replaces the run's option of the same name. */
export interface RowFields {
  agency?: string | undefined;
  kind?: EntityKind | undefined;
  province?: string | undefined;
}

/** The run's options with the row's own agency, kind and province. */
export function rowOptions(base: ValidateOptions, row: RowFields): ValidateOptions {
  if (row.agency === undefined && row.kind === undefined && row.province === undefined) return base;
  const options = { ...base };
  if (row.agency !== undefined) options.agency = row.agency;
  if (row.kind !== undefined) options.kind = row.kind;
  if (row.province !== undefined) options.province = row.province;
  return options;
}

/** A row that could not be read is not judged: `invalid`, with what is wrong and where. */
export function troubleRow(row: InputRow, asOf: string, lang: Lang): Row {
  const issues: Issue[] = row.troubles.map((t) => ({
    ruleId: 'input-row',
    messageId: t.messageId,
    data: t.data,
    severity: 'error',
    message: inputMessage(lang, t.messageId, t.data),
  }));
  return { line: row.line, input: row.domain, hostname: null, verdict: 'invalid', asOf, entity: null, issues, suggestions: [] };
}

/** A row read from a file: judged with its own fields, or `invalid` when it could not be read. `base.asOf` is set. */
export function judgeInputRow(row: InputRow, base: ValidateOptions): Row {
  if (row.troubles.length > 0) return troubleRow(row, base.asOf!, base.lang ?? 'vi');
  return { line: row.line, ...validate(row.domain, rowOptions(base, row)) };
}
