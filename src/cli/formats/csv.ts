import type { BatchWriter } from '../output.js';
import { counted, type Formatter, type Row, type RowInput, type RunContext } from './format.js';

const OWN_COLUMNS = ['hostname', 'verdict', 'entity_kind', 'rule_ids', 'messages', 'suggestions'];

/** RFC 4180 quoting: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvCell(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x22 || c === 0x0a || c === 0x0d) return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

/**
 * The line, the input's own columns as they came (a short row padded, the
 * fields past the header's dropped: its `ragged-row` issue says how many it
 * had), then what govvn found. Rule ids and messages are the findings that count
 * (errors and warnings not waived).
 */
export function csvFormat(ctx: RunContext): Formatter {
  const width = ctx.columns.length;
  return {
    begin(w: BatchWriter) {
      w.write(csvLine(['line', ...ctx.columns, ...OWN_COLUMNS]));
    },
    row(w: BatchWriter, row: Row, input: RowInput) {
      const own = input.cells.length === width ? input.cells : Array.from({ length: width }, (_, i) => input.cells[i] ?? '');
      const findings = counted(row);
      const ruleIds = [...new Set(findings.map((i) => i.ruleId))];
      w.write(
        csvLine([
          row.line === undefined ? '' : String(row.line),
          ...own,
          row.hostname ?? '',
          row.verdict,
          row.entity?.kind ?? '',
          ruleIds.join(' '),
          findings.map((i) => i.message).join(' | '),
          row.suggestions.join(' '),
        ]),
      );
    },
    async end() {},
  };
}
