import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/args.js';
import { csvCell } from '../src/cli/formats/csv.js';
import { openInput } from '../src/cli/input/open.js';
import { CELL_LIMIT_BYTES, CELLS_LIMIT, CSV_DIALECT, LINE_DIALECT, RecordSplitter, type RawRecord } from '../src/cli/input/record-splitter.js';
import { headerRoles, RowReader } from '../src/cli/input/row-reader.js';
import { fixtures } from './cli-helpers.js';

const bytes = (s: string) => new TextEncoder().encode(s);

/** Splits with the input given in pieces at the given offsets. */
function split(data: Uint8Array, csv: boolean, cuts: number[] = []): RawRecord[] {
  const s = new RecordSplitter(csv ? CSV_DIALECT : LINE_DIALECT);
  const out: RawRecord[] = [];
  let at = 0;
  for (const cut of [...cuts, data.length]) {
    out.push(...s.push(data.subarray(at, cut)));
    at = cut;
  }
  return [...out, ...s.end()];
}

const view = (rs: RawRecord[]) => rs.map((r) => ({ line: r.line, cells: r.cells }));

async function* chunks(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function records(data: Uint8Array, opts: { forced?: 'csv' | 'txt'; csvByName?: boolean } = {}, size = 7) {
  const opened = await openInput(chunks(data, size), { csvByName: false, ...opts });
  const out: RawRecord[] = [];
  for await (const b of opened.batches) out.push(...b.records);
  return { mode: opened.mode, records: out };
}

describe('the record splitter', () => {
  it('reads RFC 4180 CSV: quoted commas, doubled quotes, a quoted line break; each record with the line it starts on', () => {
    const data = bytes('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nlast,,\n');
    expect(view(split(data, true))).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'say "hi"', 'two\r\nlines'] },
      { line: 4, cells: ['last', '', ''] },
    ]);
  });

  it('skips blank lines but counts them; LF, CRLF and a lone CR each end one line', () => {
    const data = bytes('a\n\r\n\rb\r\n\nc');
    expect(view(split(data, false))).toEqual([
      { line: 1, cells: ['a'] },
      { line: 4, cells: ['b'] },
      { line: 6, cells: ['c'] },
    ]);
  });

  it('is lenient where files are: a quote inside an unquoted cell is literal, text after a closing quote is kept', () => {
    expect(split(bytes('ab"c,"d"e\n'), true)[0]!.cells).toEqual(['ab"c', 'de']);
  });

  it('in text mode, commas and quotes are part of the line', () => {
    expect(split(bytes('"a",b\n'), false)[0]!.cells).toEqual(['"a",b']);
  });

  it('reports a quote left open at the end of the file', () => {
    const [r] = split(bytes('"open,cell\nstill open'), true);
    expect(r).toMatchObject({ line: 1, unclosedQuote: true, cells: ['open,cell\nstill open'] });
  });

  it('flags a cell that is not UTF-8, decoded with U+FFFD for display', () => {
    const [r] = split(new Uint8Array([0x61, 0xff, 0x2c, 0xc3, 0xa2, 0x0a]), true);
    expect(r!.cells).toEqual(['a\uFFFD', 'â']);
    expect(r!.bad).toEqual([true, false]);
  });

  it('keeps at most CELL_LIMIT_BYTES of a cell, with its true size', () => {
    const [r] = split(bytes(`${'x'.repeat(10_000)},y\n`), true);
    expect(r!.cells[0]).toHaveLength(CELL_LIMIT_BYTES);
    expect(r!.sizes).toEqual([10_000, 1]);
  });

  it('keeps at most CELLS_LIMIT cells of a record, with the true count', () => {
    const [r] = split(bytes(`${','.repeat(5000)}\n`), true);
    expect(r!.count).toBe(5001);
    expect(r!.cells).toHaveLength(CELLS_LIMIT);
  });

  it('splits the hostile fixture the same whatever the chunks', () => {
    const data = new Uint8Array(readFileSync(`${fixtures}hostile.csv`));
    const whole = view(split(data, true));
    expect(whole).toHaveLength(14); // the header and 13 rows
    const ones = Array.from({ length: data.length - 1 }, (_, i) => i + 1);
    expect(view(split(data, true, ones))).toEqual(whole);
    for (let cut = 1; cut < 400; cut++) expect(view(split(data, true, [cut]))).toEqual(whole);
  });

  it('round-trips any cells written with csvCell, in any chunks', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ê', ',', '"', '\n', '\r\n', ' ', '𝔸') });
    const recordsArb = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(recordsArb, fc.array(fc.nat(), { maxLength: 4 }), (recs, cutSeeds) => {
        const data = bytes(recs.map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
        const cuts = [...new Set(cutSeeds.map((c) => c % data.length))].sort((a, b) => a - b);
        expect(split(data, true, cuts).map((r) => r.cells)).toEqual(recs);
      }),
    );
  });
});

describe('column names', () => {
  it('are matched without regard to case, diacritics, spaces or underscores', () => {
    expect(headerRoles(['Stt', 'Tên cơ quan', 'TÊN MIỀN', 'Loại', 'Tỉnh'])).toEqual({ domain: 2, agency: 1, kind: -1, province: 4 });
    expect(headerRoles(['ten_mien', 'co_quan', 'KIND', 'province'])).toEqual({ domain: 0, agency: 1, kind: 2, province: 3 });
    expect(headerRoles(['URL', 'Agency', 'tinh'])).toEqual({ domain: 0, agency: 1, kind: -1, province: 2 });
    expect(headerRoles(['domains', 'name'])).toEqual({ domain: -1, agency: -1, kind: -1, province: -1 });
  });

  it('the first of two domain columns is the one read', () => {
    expect(headerRoles(['url', 'domain']).domain).toBe(0);
  });
});

describe('opening an input', () => {
  it('drops a BOM split across chunks, and reads CSV when the first line is a header', async () => {
    const r = await records(bytes('\uFEFFdomain,agency\nlaichau.gov.vn,UBND\n'), {}, 1);
    expect(r.mode).toBe('csv');
    expect(r.records.map((x) => x.cells)).toEqual([
      ['domain', 'agency'],
      ['laichau.gov.vn', 'UBND'],
    ]);
  });

  it('reads text when the first line names no column, CSV when the file is named .csv, and as told with --input', async () => {
    expect((await records(bytes('laichau.gov.vn\n'))).mode).toBe('txt');
    expect((await records(bytes('laichau.gov.vn\n'), { csvByName: true })).mode).toBe('csv');
    expect((await records(bytes('domain\nx.gov.vn\n'), { forced: 'txt' })).mode).toBe('txt');
    expect((await records(bytes('x.gov.vn\n'), { forced: 'csv' })).mode).toBe('csv');
  });

  it('gives nothing for an empty input', async () => {
    expect((await records(new Uint8Array(0))).records).toEqual([]);
  });
});

describe('rows', () => {
  it('text: skips comments and blank lines, trims, keeps line numbers', () => {
    const reader = new RowReader('txt');
    const rows = split(bytes('# sites\n\n  laichau.gov.vn  \n   # indented comment\nsinho.laichau.gov.vn\n'), false)
      .map((r) => reader.read(r))
      .filter((r) => r !== null);
    expect(rows.map((r) => [r.line, r.domain, r.troubles])).toEqual([
      [3, 'laichau.gov.vn', []],
      [5, 'sinho.laichau.gov.vn', []],
    ]);
  });

  it('CSV: reads the roles of a row; an empty cell leaves the command line its say', () => {
    const reader = new RowReader('csv');
    const [header, row, bare] = split(bytes('tên miền,tên cơ quan,kind,tỉnh\nx.gov.vn,UBND huyện A,District,Lai Châu\ny.gov.vn,,,\n'), true);
    expect(reader.read(header!)).toBeNull();
    expect(reader.columns).toEqual(['tên miền', 'tên cơ quan', 'kind', 'tỉnh']);
    expect(reader.read(row!)).toMatchObject({ line: 2, domain: 'x.gov.vn', agency: 'UBND huyện A', kind: 'district', province: 'Lai Châu', troubles: [] });
    const b = reader.read(bare!)!;
    expect([b.agency, b.kind, b.province]).toEqual([undefined, undefined, undefined]);
  });

  it('CSV: says what is wrong with a row and where', () => {
    const reader = new RowReader('csv');
    const recs = split(bytes('domain,agency,kind\n,A,\nx.gov.vn,A\nx.gov.vn,A,bank\n'), true);
    reader.read(recs[0]!);
    expect(reader.read(recs[1]!)!.troubles).toEqual([{ messageId: 'empty-domain', data: { line: 2, column: 1, name: 'domain' } }]);
    expect(reader.read(recs[2]!)!.troubles).toEqual([{ messageId: 'ragged-row', data: { line: 3, expected: 3, got: 2 } }]);
    expect(reader.read(recs[3]!)!.troubles[0]).toMatchObject({ messageId: 'unknown-kind', data: { line: 4, column: 3, value: 'bank' } });
  });

  it('CSV without a domain column is a usage error', () => {
    const reader = new RowReader('csv');
    expect(() => reader.read(split(bytes('agency,province\n'), true)[0]!)).toThrow(UsageError);
  });
});
