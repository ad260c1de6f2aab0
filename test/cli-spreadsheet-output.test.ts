/**
 * Reports for spreadsheets: the CSV's citation column, inert formula cells and
 * byte-order mark; -o for every format; the .xlsx report read back with every
 * row and its summary, its header frozen and filtered.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../src/cli/check.js';
import { parseCsv, runIn } from './cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'govvn-reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED = ['--file', 'test/fixtures/lai-chau-inspection-2020.csv', '--as-of', '2020-06-25', '--province', 'Lai Châu'];

describe('--format csv', () => {
  it('has a citation column: the legal basis of each finding that counts', async () => {
    const r = await runIn(['check', ...SEED, '--format', 'csv']);
    const [head, ...rows] = parseCsv(r.out);
    const at = head!.indexOf('citations');
    expect(at).toBe(head!.indexOf('messages') + 1);
    const tanUyen = rows.find((row) => row.includes('http://huyentanuyen.gov.vn'))!;
    expect(tanUyen[at]).toContain('Nghị định 43/2011/NĐ-CP, Điều 6 khoản 1 điểm c');
    expect(rows.filter((row) => row[at] !== '')).toHaveLength(1);
  });

  it('makes cells that a spreadsheet would run inert, with a leading quote', async () => {
    const input = 'domain,agency\n=HYPERLINK("http://x"),@SUM(1)\n+a.gov.vn,-1\n';
    const r = await runIn(['check', '-', '--format', 'csv'], { stdin: input });
    const rows = parseCsv(r.out).slice(1);
    expect(rows.map((row) => row.slice(1, 3))).toEqual([
      ["'=HYPERLINK(\"http://x\")", "'@SUM(1)"],
      ["'+a.gov.vn", "'-1"],
    ]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('starts with a byte-order mark when written to a file with -o, and not on standard output', async () => {
    const path = join(dir, 'report.csv');
    const r = await runIn(['check', ...SEED, '--format', 'csv', '-o', path]);
    expect(r.out).toBe('');
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const piped = await runIn(['check', ...SEED, '--format', 'csv']);
    expect(piped.out.charCodeAt(0)).not.toBe(0xfeff);
    expect(bytes.toString('utf8').slice(1)).toBe(piped.out);
  });
});

describe('-o FILE and --output-file FILE', () => {
  for (const format of FORMATS.filter((f) => f !== 'xlsx' && f !== 'csv')) {
    it(`--format ${format}: the file holds what standard output would`, async () => {
      const path = join(dir, `out.${format}`);
      const r = await runIn(['check', ...SEED, '--format', format, '--output-file', path]);
      expect(r.out).toBe('');
      expect(r.code).toBe(1);
      const piped = await runIn(['check', ...SEED, '--format', format]);
      expect(readFileSync(path, 'utf8')).toBe(piped.out);
    });
  }

  it('a file that cannot be written is a usage error; a usage error before any output leaves no file', async () => {
    const r = await runIn(['check', 'a.gov.vn', '-o', join(dir, 'no/such/dir/out.txt'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write .*ENOENT/);
    const path = join(dir, 'never.json');
    const bad = await runIn(['check', '-', '--input', 'csv', '--format', 'json', '-o', path], { stdin: 'nothing,here\n1,2\n' });
    expect(bad.code).toBe(2);
    expect(existsSync(path)).toBe(false);
    expect((await runIn(['check', 'a.gov.vn', '-o', 'x', '--output-file', 'y', '--lang', 'en'])).err).toContain('not both');
  });
});

describe('--format xlsx', () => {
  it('refuses a terminal, and writes to a pipe or a file', async () => {
    const tty = await runIn(['check', 'laichau.gov.vn', '--format', 'xlsx', '--lang', 'en'], { tty: true });
    expect(tty.code).toBe(2);
    expect(tty.err).toContain('give -o FILE');
    expect(tty.out).toBe('');
    const path = join(dir, 'tty.xlsx');
    expect((await runIn(['check', 'laichau.gov.vn', '--format', 'xlsx', '-o', path], { tty: true })).code).toBe(0);
    expect([...readFileSync(path).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('reads back with every row, its verdict and reasons, and the summary in the inspection’s words, by kind', async () => {
    const path = join(dir, 'report.xlsx');
    const r = await runIn(['check', ...SEED, '--format', 'xlsx', '-o', path]);
    expect(r.code).toBe(1);
    const [results, summary] = await readXlsxFile(path);
    expect(results!.sheet).toBe('Kết quả');
    const [head, ...rows] = results!.data;
    expect(head!.slice(0, 4)).toEqual(['Dòng', 'stt', 'agency', 'domain']);
    expect(rows).toHaveLength(9);
    expect(rows.map((row) => row[0])).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const verdict = head!.indexOf('Kết quả');
    expect(rows.filter((row) => row[verdict] === 'Chưa đúng quy định')).toHaveLength(1);
    expect(rows.filter((row) => row[verdict] === 'Đúng quy định')).toHaveLength(8);
    const tanUyen = rows.find((row) => row[3] === 'http://huyentanuyen.gov.vn')!;
    expect(tanUyen[head!.indexOf('Căn cứ pháp lý')]).toContain('Nghị định 43/2011/NĐ-CP');
    expect(tanUyen[head!.indexOf('Tên miền đề xuất')]).toBe('tanuyen.laichau.gov.vn');
    expect(tanUyen[head!.indexOf('Loại cơ quan, đơn vị')]).toBe('UBND cấp huyện');

    expect(summary!.sheet).toBe('Tổng hợp');
    const lines = summary!.data.map((row) => row.filter((c) => c !== null));
    expect(lines.flat()).toContain('08/09 cơ quan, đơn vị sử dụng tên miền đúng quy định');
    expect(lines.flat()).toContain('01/09 cơ quan, đơn vị sử dụng tên miền chưa đúng quy định');
    expect(lines.flat()).toContain('Áp dụng quy định pháp luật có hiệu lực vào ngày: 25/06/2020');
    expect(lines).toContainEqual(['UBND cấp huyện', 7, 6, 1, 0, 0, '06/07 cơ quan, đơn vị sử dụng tên miền đúng quy định']);
    expect(lines).toContainEqual(['Tổng cộng', 9, 8, 1, 0, 0, '08/09 cơ quan, đơn vị sử dụng tên miền đúng quy định']);
  });

  it('freezes and filters the header, prints landscape at the page width, and writes cells as text, never formulas', async () => {
    const path = join(dir, 'hostile.xlsx');
    await runIn(['check', '-', '--format', 'xlsx', '-o', path, '--lang', 'en'], { stdin: 'domain,agency\n=1+1,@x\n' });
    const files = unzipSync(readFileSync(path));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toMatch(/<autoFilter ref="A1:[A-Z]+2"\/>/);
    expect(sheet).toContain('fitToWidth="1"');
    expect(sheet).not.toContain('<f>');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('_xlnm._FilterDatabase');
    const [results, summary] = await readXlsxFile(path);
    expect(results!.sheet).toBe('Results');
    expect(summary!.sheet).toBe('Summary');
    expect(results!.data[1]!.slice(1, 3)).toEqual(['=1+1', '@x']);
  });

  it('names given as arguments or as lines of text: one column for the name, numbered or with its line', async () => {
    const path = join(dir, 'args.xlsx');
    await runIn(['check', 'laichau.gov.vn', 'sai.vn', '--format', 'xlsx', '-o', path]);
    const [results] = await readXlsxFile(path);
    expect(results!.data.map((row) => row.slice(0, 2))).toEqual([
      ['STT', 'Tên miền'],
      [1, 'laichau.gov.vn'],
      [2, 'sai.vn'],
    ]);
    const lines = join(dir, 'lines.xlsx');
    await runIn(['check', '-', '--format', 'xlsx', '-o', lines], { stdin: '# sites\nlaichau.gov.vn\n' });
    const [fromText] = await readXlsxFile(lines);
    expect(fromText!.data.map((row) => row.slice(0, 2))).toEqual([
      ['Dòng', 'Tên miền'],
      [2, 'laichau.gov.vn'],
    ]);
  });
});
