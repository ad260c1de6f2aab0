/**
 * `govvn check` reads what spreadsheets write: CSV with any of the three
 * delimiters, UTF-8 or UTF-16 by its byte-order mark, and .xlsx workbooks with a
 * title block above the header. Every input row still gives one output row.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { inertCell } from '../src/cli/formats/csv.js';
import { openInput } from '../src/cli/input/open.js';
import { runIn } from './cli-helpers.js';

const LAI_CHAU = ['--as-of', '2020-06-25', '--province', 'Lai Châu', '--format', 'json'];
const dir = mkdtempSync(join(tmpdir(), 'govvn-sheets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Out = Array<{ line?: number; verdict: string; input: string; issues: Array<{ ruleId: string; messageId: string }> }>;

async function judged(args: string[], stdin?: Uint8Array): Promise<Out> {
  const r = await runIn(['check', ...args, '--format', 'json'], stdin ? { stdin } : {});
  expect(r.err).toBe('');
  return JSON.parse(r.out) as Out;
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const b = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (bigEndian) for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
  return b;
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('the seed table as spreadsheets save it (test/fixtures, made by scripts/make-spreadsheet-fixtures.ts)', () => {
  const forms = [
    'lai-chau-2020-semicolon.csv',
    'lai-chau-2020.tsv',
    'lai-chau-2020-utf16le.txt',
    'lai-chau-2020-utf16be.csv',
    'lai-chau-2020-title.xlsx',
  ];
  for (const name of forms) {
    it(`${name}: 9 rows, 1 non-compliant (huyentanuyen.gov.vn)`, async () => {
      const r = await runIn(['check', '--file', `test/fixtures/${name}`, ...LAI_CHAU]);
      expect(r.err).toBe('');
      const rows = JSON.parse(r.out) as Out;
      expect(rows).toHaveLength(9);
      const failing = rows.filter((x) => x.verdict === 'non-compliant');
      expect(failing.map((x) => x.input)).toEqual(['http://huyentanuyen.gov.vn']);
      expect(rows.filter((x) => x.verdict === 'compliant')).toHaveLength(8);
    });
  }

  it('the workbook: rows numbered as the sheet numbers them, below its title block', async () => {
    const r = await runIn(['check', '--file', 'test/fixtures/lai-chau-2020-title.xlsx', ...LAI_CHAU]);
    expect((JSON.parse(r.out) as Out).map((x) => x.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('a workbook on standard input is known by its first bytes', async () => {
    const { readFileSync } = await import('node:fs');
    const rows = await judged(['-', '--as-of', '2020-06-25', '--province', 'Lai Châu'], readFileSync('test/fixtures/lai-chau-2020-title.xlsx'));
    expect(rows).toHaveLength(9);
  });
});

describe('the delimiter', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  async function* once(b: Uint8Array) {
    yield b;
  }
  const cellsOf = async (text: string) => {
    const opened = await openInput(once(bytes(text)), { csvByName: false });
    const records = [];
    for await (const b of opened.batches) records.push(...b.records.map((r) => r.cells));
    return { mode: opened.mode, records };
  };

  it('is sniffed from the header: the one under which a cell names the domain column', async () => {
    expect(await cellsOf('STT;Tên cơ quan;Tên miền\n1;UBND, xã;a.gov.vn\n')).toEqual({
      mode: 'csv',
      records: [['STT', 'Tên cơ quan', 'Tên miền'], ['1', 'UBND, xã', 'a.gov.vn']],
    });
    expect((await cellsOf('domain\tagency, note\nx.gov.vn\tA, B\n')).records[1]).toEqual(['x.gov.vn', 'A, B']);
    expect((await cellsOf('a,b;c,d\n')).mode).toBe('txt');
  });

  it('--delimiter forces it: a header split otherwise has no domain column', async () => {
    const path = file('forced.csv', 'domain,agency\na.gov.vn,UBND\n');
    const r = await runIn(['check', '--file', path, '--delimiter', ';']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('has no domain column');
    const ok = await judged(['--file', file('tabbed.txt', 'domain\nx.gov.vn\n'), '--delimiter', 'tab']);
    expect(ok).toHaveLength(1);
  });

  it('--delimiter and --sheet need a file; --delimiter is not for text input', async () => {
    expect((await runIn(['check', 'a.gov.vn', '--delimiter', ';', '--lang', 'en'])).err).toContain('--delimiter applies to --file PATH or -');
    expect((await runIn(['check', 'a.gov.vn', '--sheet', 'X', '--lang', 'en'])).err).toContain('--sheet applies to --file PATH or -');
    expect((await runIn(['check', '--file', 'x.txt', '--input', 'txt', '--delimiter', ';'])).code).toBe(2);
    expect((await runIn(['check', '--file', 'x', '--delimiter', '|', '--lang', 'en'])).err).toContain('must be one of');
    const csv = file('plain.csv', 'domain\na.gov.vn\n');
    expect((await runIn(['check', '--file', csv, '--sheet', 'X', '--lang', 'en'])).err).toContain('--sheet applies to a workbook');
  });
});

describe('the encoding', () => {
  const table = 'domain;agency\nhuyentanuyen.gov.vn;UBND huyện Tân Uyên\n';

  it('UTF-16 LE and BE by their byte-order marks, cut anywhere between chunks', async () => {
    for (const big of [false, true]) {
      for (const chunk of [1, 3, 64]) {
        const r = await runIn(['check', '-', '--format', 'json', '--province', 'Lai Châu'], { stdin: utf16(table, big), chunk });
        const rows = JSON.parse(r.out) as Out;
        expect(rows.map((x) => x.input)).toEqual(['huyentanuyen.gov.vn']);
      }
    }
  });

  it('stops with a clear error on what it cannot decode', async () => {
    const broken = new Uint8Array([...utf16('domain\n', false), 0x00, 0xd8, 0x41, 0x00]); // a lone high surrogate
    expect((await runIn(['check', '-', '--lang', 'en'], { stdin: broken })).err).toMatch(/not valid UTF-16LE text/);
    const odd = new Uint8Array([...utf16('domain\na.gov.vn\n', true), 0x00]);
    expect((await runIn(['check', '-', '--lang', 'en'], { stdin: odd })).err).toMatch(/not valid UTF-16BE text/);
    const noMark = Buffer.from('domain\na.gov.vn\n', 'utf16le');
    const r = await runIn(['check', '-', '--lang', 'en'], { stdin: noMark });
    expect(r.code).toBe(2);
    expect(r.err).toContain('UTF-16 text without a byte-order mark');
    const utf32 = new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]);
    expect((await runIn(['check', '-', '--lang', 'en'], { stdin: utf32 })).err).toContain('UTF-32');
  });
});

describe('every input row gives one output row, in every form, broken rows too', () => {
  // Header, a good row, an empty domain, a ragged row, an unknown kind.
  const rows = [
    ['domain', 'agency', 'kind'],
    ['laichau.gov.vn', 'UBND tỉnh Lai Châu', ''],
    ['', 'UBND huyện Sìn Hồ', ''],
    ['a.gov.vn', 'x', '', 'extra'],
    ['b.gov.vn', 'y', 'castle'],
  ];
  const text = (d: string) => rows.map((r) => r.join(d)).join('\n') + '\n"unclosed.gov.vn' + d + 'z\n';
  const expectBroken = (out: Out, withUnclosed: boolean) => {
    expect(out).toHaveLength(withUnclosed ? 5 : 4);
    const ids = out.map((x) => x.issues.filter((i) => i.ruleId === 'input-row').map((i) => i.messageId));
    expect(ids.slice(0, 4)).toEqual([[], ['empty-domain'], ['ragged-row'], ['unknown-kind']]);
    if (withUnclosed) expect(ids[4]).toContain('unclosed-quote');
  };

  it('semicolon CSV', async () => expectBroken(await judged(['--file', file('broken.csv', text(';'))]), true));
  it('TSV', async () => expectBroken(await judged(['--file', file('broken.tsv', text('\t'))]), true));
  it('UTF-16 LE', async () => expectBroken(await judged(['--file', file('broken16le.csv', utf16(text(','), false))]), true));
  it('UTF-16 BE', async () => expectBroken(await judged(['--file', file('broken16be.csv', utf16(text(';'), true))]), true));

  it('.xlsx, under a title block', async () => {
    const data = [[{ value: 'Bảng kiểm tra' }], [], ...rows.map((r) => r.map((value) => (value === '' ? null : { value })))];
    const bytes = await writeXlsxFile(data as never).toBuffer();
    const out = await judged(['--file', file('broken.xlsx', bytes)]);
    expectBroken(out, false);
    expect(out.map((x) => x.line)).toEqual([4, 5, 6, 7]);
  });

  it('a CR closing a quoted cell does not shift the next line numbers', async () => {
    const out = await judged(['--file', file('cr.csv', 'domain,note\na.gov.vn,"x\r"\nb.gov.vn,y\n')]);
    expect(out.map((x) => x.line)).toEqual([2, 4]);
  });

  it('a file named .xlsx that is not a workbook is a usage error', async () => {
    const r = await runIn(['check', '--file', file('fake.xlsx', 'domain\na.gov.vn\n'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a readable .xlsx workbook');
  });
});

describe('cells a spreadsheet would run', () => {
  it('get a leading quote (OWASP), others stay as they are', () => {
    for (const c of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(inertCell(c)).toBe(`'${c}`);
    for (const c of ['a.gov.vn', '', "'=x", ' =x']) expect(inertCell(c)).toBe(c);
  });
});
