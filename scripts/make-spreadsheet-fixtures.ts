/**
 * Writes the seed table (test/fixtures/lai-chau-inspection-2020.csv) in the
 * forms spreadsheets save it, for the input tests: semicolon CSV with Excel's
 * byte-order mark and CRLF (Vietnamese regional settings), TSV, UTF-16 LE tab
 * text (Excel's "Unicode text"), UTF-16 BE CSV, and a workbook whose sheet has
 * a title block above its header. Run: npx tsx scripts/make-spreadsheet-fixtures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { CSV_DIALECT, RecordSplitter } from '../src/cli/input/record-splitter.js';

const dir = new URL('../test/fixtures/', import.meta.url);
const source = readFileSync(new URL('lai-chau-inspection-2020.csv', dir));
const splitter = new RecordSplitter(CSV_DIALECT);
const [, ...rows] = [...splitter.push(source), ...splitter.end()].map((r) => r.cells);
// The columns an inspector's own sheet has: number, agency, domain name.
const header = ['STT', 'Tên cơ quan', 'Tên miền'];
const table = rows.map((r) => [r[0]!, r[1]!, r[2]!]);

const quoted = (cell: string, delimiter: string) => (cell.includes(delimiter) || cell.includes('"') ? `"${cell.replace(/"/g, '""')}"` : cell);
const text = (delimiter: string, eol: string) => [header, ...table].map((r) => r.map((c) => quoted(c, delimiter)).join(delimiter) + eol).join('');

function utf16(s: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\uFEFF${s}`, 'utf16le');
  if (bigEndian) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

writeFileSync(new URL('lai-chau-2020-semicolon.csv', dir), `\uFEFF${text(';', '\r\n')}`);
writeFileSync(new URL('lai-chau-2020.tsv', dir), text('\t', '\n'));
writeFileSync(new URL('lai-chau-2020-utf16le.txt', dir), utf16(text('\t', '\r\n'), false));
writeFileSync(new URL('lai-chau-2020-utf16be.csv', dir), utf16(text(',', '\n'), true));

const title = [
  [{ value: 'DANH SÁCH TÊN MIỀN CỦA CÁC CƠ QUAN, ĐƠN VỊ TỈNH LAI CHÂU', fontWeight: 'bold' }],
  [{ value: '(Kèm theo Kết luận thanh tra ngày 25/6/2020)', fontStyle: 'italic' }],
  [],
];
const data = [
  ...title,
  header.map((value) => ({ value, fontWeight: 'bold' })),
  ...table.map(([n, agency, domain]) => [{ value: Number(n), type: Number }, { value: agency }, { value: domain }]),
];
const notes = [[{ value: 'Ghi chú' }], [{ value: 'Sheet đầu tiên là bảng cần kiểm tra.' }]];
const bytes = await writeXlsxFile(
  [
    { sheet: 'Danh sách', data, columns: [{ width: 6 }, { width: 30 }, { width: 40 }] },
    { sheet: 'Ghi chú', data: notes },
  ] as never,
).toBuffer();
writeFileSync(new URL('lai-chau-2020-title.xlsx', dir), bytes);
