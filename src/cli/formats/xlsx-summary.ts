/**
 * The workbook report's summary sheet: what was checked, as of when and with
 * what, the counts in the words of an inspection's conclusion, and a table by
 * kind of holder whose last column says the same per kind.
 */
import { DATA_SOURCE, LAW_TABLE_DATE, VERSION } from '../../index.js';
import { ENTITY_KINDS, type EntityKind, type Verdict } from '../../result.js';
import { countLine, WORDS } from '../messages.js';
import type { RunContext, Summary } from './format.js';
import { SHEET_WORDS } from './xlsx-words.js';

/** Verdict counts by the kind of holder found (null: none found). */
export type KindCounts = Map<EntityKind | null, Record<Verdict, number>>;

const VERDICTS: readonly Verdict[] = ['compliant', 'non-compliant', 'not-applicable', 'invalid'];

function day(date: string, vi: boolean): string {
  return vi ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;
}

const TITLE = { fontWeight: 'bold', fontSize: 14 } as const;
const BOLD = { fontWeight: 'bold' } as const;
const HEAD = { fontWeight: 'bold', backgroundColor: '#DDEBF7', alignVertical: 'center', borderStyle: 'thin', borderColor: '#BFBFBF' } as const;
const CELL = { borderStyle: 'thin', borderColor: '#BFBFBF', alignVertical: 'top' } as const;

export function summarySheet(ctx: RunContext, summary: Summary, byKind: KindCounts) {
  const vi = ctx.lang === 'vi';
  const r = WORDS[ctx.lang].report;
  const words = SHEET_WORDS[ctx.lang];
  const t = words.kindTable;
  const total = summary.rows;
  const source = ctx.file === null ? r.sourceArgs : ctx.file === '-' ? 'stdin' : ctx.file;
  const data = `${DATA_SOURCE.package}@${DATA_SOURCE.version}, ${vi ? 'bản đồ ngày' : 'map of'} ${day(DATA_SOURCE.mapDate, vi)}`;
  const line = (value: string, style: object = {}) => [{ value, ...style }];
  const rows: unknown[][] = [
    line(r.title, TITLE),
    line(`${r.asOf}: ${day(ctx.asOf, vi)}`),
    line(r.tool(VERSION, day(LAW_TABLE_DATE, vi), data)),
    line(`${r.source}: ${source}`),
    [],
    line(countLine(r.summaryCompliant, summary.verdicts.compliant, total), BOLD),
  ];
  for (const v of ['non-compliant', 'not-applicable', 'invalid'] as const) {
    if (summary.verdicts[v] > 0) rows.push(line(countLine(r.summaryOther[v], summary.verdicts[v], total)));
  }
  rows.push(line(r.countingNote, { fontStyle: 'italic', textColor: '#595959' }), []);
  rows.push(line(words.byKind, BOLD));
  rows.push([t.kind, t.total, t.compliant, t.nonCompliant, t.notApplicable, t.invalid, t.conclusion].map((value) => ({ value, ...HEAD })));
  // In the catalogue's order (ministries first), the rows whose holder was not found last.
  const order = (k: EntityKind | null) => (k === null ? ENTITY_KINDS.length : ENTITY_KINDS.indexOf(k));
  const kinds = [...byKind.keys()].sort((a, b) => order(a) - order(b));
  let conclusionWidth = 58;
  const countRow = (label: string, counts: Record<Verdict, number>, style: object) => {
    const n = VERDICTS.reduce((s, v) => s + counts[v], 0);
    const conclusion = countLine(r.summaryCompliant, counts.compliant, n);
    conclusionWidth = Math.max(conclusionWidth, [...conclusion].length + 4);
    return [
      { value: label, ...CELL, ...style },
      ...[n, ...VERDICTS.map((v) => counts[v])].map((value) => ({ value, type: Number, ...CELL, ...style, align: 'center' })),
      { value: conclusion, ...CELL, ...style },
    ];
  };
  for (const k of kinds) rows.push(countRow(k === null ? words.unknownKind : words.kinds[k], byKind.get(k)!, {}));
  rows.push(countRow(words.total, summary.verdicts, BOLD));
  return {
    sheet: words.summary,
    orientation: 'landscape',
    data: rows,
    // The first column carries the title lines, which overflow to the right as text does.
    columns: [{ width: 34 }, { width: 13 }, { width: 15 }, { width: 20 }, { width: 21 }, { width: 14 }, { width: conclusionWidth }],
  };
}
