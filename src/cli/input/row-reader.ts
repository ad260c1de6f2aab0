/**
 * The second stage of reading `govvn check`'s input: records become rows. In CSV
 * the header names the columns by role (domain, agency, kind, province); in text
 * a line is a name, and comments and blank lines are skipped. What is wrong with
 * a row is kept with it as troubles, reported as issues of rule `input-row`.
 */
import { ENTITY_KINDS, type EntityKind, type IssueData } from '../../result.js';
import { foldKey } from '../../vi/fold.js';
import { UsageError } from '../args.js';
import { CELL_LIMIT_BYTES, type RawRecord } from './record-splitter.js';

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
