/**
 * An Excel workbook (.xlsx) as `govvn check`'s input: one sheet's rows become
 * the same records a CSV gives, so every later stage is shared. Inspectors'
 * sheets carry a title block above the table: the header is the first row,
 * among the first HEADER_SEARCH_ROWS, that names a domain column, and what is
 * above it is not judged. The reader library is loaded only here, when a
 * workbook is read, so the library's entries and the forms never carry it.
 */
import { UsageError } from '../args.js';
import type { RawRecord } from './record-splitter.js';
import { headerRoles } from './row-reader.js';

/** How far down a title block may push the header. */
export const HEADER_SEARCH_ROWS = 30;


type CellValue = unknown;

/** A cell as text: numbers as Excel shows them without a format, dates as yyyy-mm-dd. */
function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** The sheet's rows from the header on, as records numbered by their row in the sheet. */
export async function readWorkbook(bytes: Uint8Array, sheet: string | undefined, name: string): Promise<RawRecord[]> {
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: Array<{ sheet: string; data: CellValue[][] }>;
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { trim: false });
  } catch (e) {
    throw new UsageError({ id: 'bad-workbook', data: { name, why: (e as Error).message } });
  }
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) {
    const names = sheets.map((s) => `"${s.sheet}"`).join(', ');
    throw new UsageError({ id: 'no-sheet', data: { name, sheet: sheet ?? '', names } });
  }
  const rows = chosen.data.map((r) => r.map(cellText));
  const at = headerRow(rows);
  if (at === -1) {
    throw new UsageError(
      `sheet "${chosen.sheet}" of ${name} has no header row with a domain column (one of domain, url, ten_mien, tên miền) in its first ${HEADER_SEARCH_ROWS} rows`,
    );
  }
  const width = lastFilled(rows[at]!) + 1;
  const records: RawRecord[] = [];
  for (let i = at; i < rows.length; i++) {
    // A sheet pads every row to its widest: cells past the header's and past
    // the row's last filled one are not the row's (more filled ones make it ragged).
    const filled = lastFilled(rows[i]!) + 1;
    if (filled === 0) continue;
    const cells = rows[i]!.slice(0, Math.max(filled, width));
    while (cells.length < width) cells.push('');
    records.push({ line: i + 1, cells, sizes: cells.map(utf8Length), bad: cells.map(() => false), count: cells.length, unclosedQuote: false });
  }
  return records;
}

function headerRow(rows: readonly string[][]): number {
  const n = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < n; i++) if (headerRoles(rows[i]!.map((c) => c.trim())).domain !== -1) return i;
  return -1;
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i;
  return -1;
}
