import type { BatchWriter } from '../output.js';
import { citationText, counted, type Formatter, type Row, type RowInput, type RunContext } from './format.js';
import { liveCells } from './live-cells.js';

/** With --live: IPv6, HTTPS, and where the redirects end, in the run's language. */
const LIVE_COLUMNS = ['ipv6', 'https', 'redirects_to'];

const OWN_COLUMNS = ['hostname', 'verdict', 'entity_kind', 'rule_ids', 'messages', 'citations', 'suggestions'];

/** RFC 4180 quoting: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvCell(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x22 || c === 0x0a || c === 0x0d) return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/**
 * A cell a spreadsheet will not run: one that begins with = + - @, a tab or a
 * CR would be read as a formula, so it gets a leading single quote, as OWASP's
 * advice on CSV injection has it. The report's cells come from the input, which
 * may be anyone's.
 */
export function inertCell(text: string): string {
  const c = text.charCodeAt(0);
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d ? `'${text}` : text;
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map((c) => csvCell(inertCell(c))).join(',')}\n`;
}

/**
 * The line, the input's own columns as they came (a short row padded, the
 * fields past the header's dropped: its `ragged-row` issue says how many it
 * had), then what govvn found. Rule ids, messages and citations are the
 * findings that count (errors and warnings not waived). Written to a file (-o),
 * the CSV starts with a UTF-8 byte-order mark, without which Excel reads the
 * Vietnamese as another code page; on standard output it has none, as programs
 * reading a pipe expect.
 */
export function csvFormat(ctx: RunContext): Formatter {
  const width = ctx.columns.length;
  return {
    begin(w: BatchWriter) {
      w.write((ctx.toFile ? '\uFEFF' : '') + csvLine(['line', ...ctx.columns, ...OWN_COLUMNS, ...(ctx.live ? LIVE_COLUMNS : [])]));
    },
    row(w: BatchWriter, row: Row, input: RowInput) {
      const own = input.cells.length === width ? input.cells : Array.from({ length: width }, (_, i) => input.cells[i] ?? '');
      const findings = counted(row);
      const ruleIds = [...new Set(findings.map((i) => i.ruleId))];
      const citations = [...new Set(findings.flatMap((i) => (i.citation ? [citationText(i.citation)] : [])))];
      w.write(
        csvLine([
          row.line === undefined ? '' : String(row.line),
          ...own,
          row.hostname ?? '',
          row.verdict,
          row.entity?.kind ?? '',
          ruleIds.join(' '),
          findings.map((i) => i.message).join(' | '),
          citations.join(' | '),
          row.suggestions.join(' '),
          ...(ctx.live ? Object.values(liveCells(row.live, ctx.lang)) : []),
        ]),
      );
    },
    async end() {},
  };
}
