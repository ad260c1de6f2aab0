/**
 * `--format xlsx`: the report as an Excel workbook, for inspectors who work in
 * a spreadsheet. A results sheet (the input's own columns, then the verdict in
 * its colour, the reasons, their legal basis and the suggested names, under a
 * frozen header with filters) and a summary sheet in the words of an
 * inspection's conclusion ("08/09 cơ quan, đơn vị …"), overall and by kind of
 * holder. Cells are written as text, never as formulas. The rows are held until
 * the end (a workbook is written whole), and the writer library is loaded only
 * then.
 */
import type { Verdict } from '../../result.js';
import { UsageError } from '../args.js';
import { WORDS } from '../messages.js';
import type { BatchWriter } from '../output.js';
import { citationText, counted, type Formatter, type Row, type RowInput, type RunContext, type Summary } from './format.js';
import { LIVE_WORDS, liveCells } from './live-cells.js';
import { reportLayout } from './xlsx-layout.js';
import { summarySheet, type KindCounts } from './xlsx-summary.js';
import { SHEET_WORDS } from './xlsx-words.js';

/** Excel's last row; one goes to the header. */
export const XLSX_MAX_ROWS = 1_048_576 - 1;

/** Fill and text colours of each verdict: Excel's own "good", "bad", "neutral" and "note" styles. */
export const VERDICT_STYLE: Record<Verdict, { backgroundColor: string; textColor: string }> = {
  compliant: { backgroundColor: '#C6EFCE', textColor: '#006100' },
  'non-compliant': { backgroundColor: '#FFC7CE', textColor: '#9C0006' },
  'not-applicable': { backgroundColor: '#EDEDED', textColor: '#404040' },
  invalid: { backgroundColor: '#FFEB9C', textColor: '#9C5700' },
};

type Cell = { value?: string | number; [style: string]: unknown } | null;

/** A light grid, as tables in an inspection's report have: rows are followed across a wide page. */
const GRID = { borderStyle: 'thin', borderColor: '#BFBFBF' } as const;
const HEADER = { fontWeight: 'bold', backgroundColor: '#DDEBF7', wrap: true, alignVertical: 'center', ...GRID } as const;
const BODY = { alignVertical: 'top', wrap: true, ...GRID } as const;

/** Widths in characters: the reasons and their basis get room, short columns fit what they hold. */
const REASONS_WIDTH = 55;
const CITATIONS_WIDTH = 44;
const NARROW_MAX = 40;
/** Points per line of 11-point text, for the rows' heights (a reader does not fit them itself). */
const LINE_HEIGHT = 14.5;

export function xlsxFormat(ctx: RunContext): Formatter {
  const words = SHEET_WORDS[ctx.lang];
  const c = words.columns;
  // Names as arguments or a text file's lines have no header of their own: their one column is named here.
  const plain = ctx.file === null || (ctx.columns.length === 1 && ctx.columns[0] === 'input');
  const own = plain ? [c.input] : [...ctx.columns];
  const liveHeads = ctx.live ? Object.values(LIVE_WORDS[ctx.lang].columns) : [];
  const heads = [ctx.withLines ? c.line : c.no, ...own, c.verdict, c.reasons, c.citations, c.suggestions, ...liveHeads, c.kind, c.hostname];
  const prose = new Set([own.length + 2, own.length + 3]);
  const widths = heads.map((h) => Math.min([...h].length + 2, NARROW_MAX));
  const rows: Cell[][] = [heads.map((h) => ({ value: h, ...HEADER }))];
  const byKind: KindCounts = new Map();
  let n = 0;

  const text = (value: string, i: number, style: object = BODY): Cell => {
    if (!prose.has(i)) {
      const longest = Math.max(...value.split('\n').map((l) => [...l].length));
      if (longest + 2 > widths[i]!) widths[i] = Math.min(longest + 2, NARROW_MAX);
    }
    // An empty cell keeps its borders.
    if (value === '') return { ...style };
    // A count or a row number typed in the input stays a number: as text, Excel flags it and aligns it left.
    return wholeNumber(value) ? { value: Number(value), type: Number, ...style, align: 'center' } : { value, ...style };
  };

  return {
    begin() {},
    row(_w: BatchWriter, row: Row, input: RowInput) {
      if (++n > XLSX_MAX_ROWS) throw new UsageError({ id: 'workbook-too-many-rows', data: { max: String(XLSX_MAX_ROWS) } });
      const findings = counted(row);
      const citations = [...new Set(findings.flatMap((i) => (i.citation ? [citationText(i.citation)] : [])))];
      const kind = row.entity?.kind;
      const cells = ctx.file === null ? [row.input] : Array.from({ length: own.length }, (_, i) => input.cells[i] ?? '');
      const values = [
        ...cells,
        WORDS[ctx.lang].report.result[row.verdict],
        findings.map((i) => i.message).join('\n'),
        citations.join('\n'),
        row.suggestions.join('\n'),
        ...(ctx.live ? Object.values(liveCells(row.live, ctx.lang)) : []),
        kind ? words.kinds[kind] : '',
        row.hostname ?? '',
      ];
      const first = ctx.withLines ? row.line ?? n : n;
      const line: Cell[] = [{ value: first, ...BODY, align: 'center' }];
      values.forEach((v, k) => {
        const i = k + 1;
        line.push(i === own.length + 1 ? text(v, i, { ...BODY, ...VERDICT_STYLE[row.verdict], fontWeight: 'bold' }) : text(v, i));
      });
      rows.push(line);
      const key = kind ?? null;
      const counts = byKind.get(key) ?? { compliant: 0, 'non-compliant': 0, 'not-applicable': 0, invalid: 0 };
      counts[row.verdict]++;
      byKind.set(key, counts);
    },
    async end(w: BatchWriter, summary: Summary) {
      widths[own.length + 2] = REASONS_WIDTH;
      widths[own.length + 3] = CITATIONS_WIDTH;
      widths[0] = Math.max(widths[0]!, String(n).length + 3);
      for (const line of rows) fitHeight(line, widths);
      const { default: writeXlsxFile } = await import('write-excel-file/node');
      const results = { sheet: words.results, data: rows, columns: widths.map((width) => ({ width })), stickyRowsCount: 1, orientation: 'landscape' };
      const sheets = [results, summarySheet(ctx, summary, byKind)];
      // Printed without the last column, the hostname as govvn read it: the input's own column shows the name.
      const layout = reportLayout(words.results, heads.length, rows.length, heads.length - 1);
      // The library's types describe its cells more narrowly than the plain objects built here.
      const bytes = await writeXlsxFile(sheets as never, { features: [layout] as never, fontFamily: 'Arial', fontSize: 11 }).toBuffer();
      await w.writeBytes(bytes);
    },
  };
}

/** Digits only, without a leading zero (a code such as 007 stays text), short enough to be exact. */
function wholeNumber(s: string): boolean {
  if (s.length === 0 || s.length > 15 || (s.length > 1 && s.charCodeAt(0) === 0x30)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Lines a text takes wrapped in a column of `width` characters (conservatively: a character as wide as a digit). */
function wrappedLines(text: string, width: number): number {
  // Text averages narrower than the digit a column's width counts in.
  const perLine = Math.max(1, Math.floor(width * 1.1));
  let lines = 0;
  for (const paragraph of text.split('\n')) lines += Math.max(1, Math.ceil([...paragraph].length / perLine));
  return lines;
}

/** A row as tall as its longest wrapped cell. */
function fitHeight(line: Cell[], widths: readonly number[]): void {
  let lines = 1;
  line.forEach((cell, i) => {
    if (cell !== null && typeof cell.value === 'string') lines = Math.max(lines, wrappedLines(cell.value, widths[i]!));
  });
  if (lines > 1) line[0] = { ...line[0], height: Math.ceil(lines * LINE_HEIGHT + 3) };
}
