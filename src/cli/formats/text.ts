import type { Severity, Verdict } from '../../result.js';
import { dayText, WORDS } from '../messages.js';
import { visible } from '../visible.js';
import { citationText, type Formatter, type Row, type RunContext, type Sink } from './format.js';
import { LIVE_WORDS, liveCells } from './live-cells.js';

// Widths are fixed (rows stream, nothing is measured ahead); a longer value pushes the line on.
const LINE_WIDTH = 7;
const HOST_WIDTH = 34;
const KIND_WIDTH = 19; // 'education authority'

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

const VERDICT_COLOUR: Record<Verdict, string> = {
  compliant: ANSI.green,
  'non-compliant': ANSI.red,
  'not-applicable': ANSI.dim,
  invalid: ANSI.red,
};

const SEVERITY_COLOUR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.dim };

/** Pads to a width in columns. */
export function pad(text: string, width: number): string {
  // Vietnamese text is NFC from the tables: one code point, one column.
  const len = [...text].length;
  return len >= width ? text : text + ' '.repeat(width - len);
}

const INPUT_SHOWN = 60;

function quoted(input: string): string {
  const chars = [...visible(input)];
  return `"${chars.length > INPUT_SHOWN ? `${chars.slice(0, INPUT_SHOWN - 1).join('')}…` : chars.join('')}"`;
}

/**
 * One line per row in fixed-width columns (line, verdict, hostname, kind, first
 * suggestion), starting at the left margin; below it, indented, each finding
 * with its citation, so `grep -v '^ '` keeps one line per row.
 */
export function textFormat(ctx: RunContext): Formatter {
  const words = WORDS[ctx.lang];
  const verdictWidth = Math.max(...Object.values(words.verdict).map((v) => [...v].length), [...words.columns.verdict].length);
  const severityWidth = Math.max(...Object.values(words.severity).map((v) => [...v].length));
  const paint = (colour: string, text: string) => (ctx.color ? `${colour}${text}${ANSI.reset}` : text);
  const head = (line: string, verdict: string, host: string, kind: string, suggestion: string) =>
    `${ctx.withLines ? pad(line, LINE_WIDTH) + ' ' : ''}${verdict} ${pad(host, HOST_WIDTH)} ${pad(kind, KIND_WIDTH)} ${suggestion}`.trimEnd() + '\n';
  return {
    begin(w: Sink) {
      const c = words.columns;
      w.write(paint(ANSI.bold, head(c.line, pad(c.verdict, verdictWidth), c.hostname, c.kind, c.suggestion).trimEnd()) + '\n');
    },
    row(w: Sink, row: Row) {
      const verdict = paint(VERDICT_COLOUR[row.verdict], pad(words.verdict[row.verdict], verdictWidth));
      // Without a host, the input itself (quoted, cut short) says which row this is.
      const host = row.hostname !== null ? visible(row.hostname) : row.input.trim() === '' ? words.noHost : quoted(row.input);
      let out = head(row.line === undefined ? '' : String(row.line), verdict, host, row.entity ? words.kind[row.entity.kind] : '-', row.suggestions[0] ?? '');
      if (ctx.live && row.live) {
        // The live facts on a line of their own, indented like the findings: `grep -v '^ '` still keeps one line a row.
        const cells = liveCells(row.live, ctx.lang);
        const c = LIVE_WORDS[ctx.lang].columns;
        out += `    ${c.ipv6}: ${cells.ipv6} · ${c.https}: ${cells.https} · ${c.redirect}: ${visible(cells.redirect)}\n`;
      }
      for (const i of row.issues) {
        const cite = i.citation ? ` (${citationText(i.citation)})` : '';
        const waived = i.waived ? ` ${words.waived(dayText(i.waived.until, ctx.lang), visible(i.waived.reason))}` : '';
        out += `    ${paint(SEVERITY_COLOUR[i.severity], pad(words.severity[i.severity], severityWidth))} ${i.ruleId}: ${visible(i.message)}${cite}${waived}\n`;
      }
      if (row.suggestions.length > 1) out += `    ${words.suggest}: ${row.suggestions.join(', ')}\n`;
      w.write(out);
    },
    async end() {},
  };
}
