import { DATA_SOURCE, LAW_TABLE_DATE, VERSION } from '../../index.js';
import type { Verdict } from '../../result.js';
import { countLine, WORDS } from '../messages.js';
import { visible } from '../visible.js';
import { citationText, counted, memoryAside, type Formatter, type Row, type RowInput, type RunContext, type Sink, type Summary } from './format.js';
import { LIVE_WORDS, liveCells } from './live-cells.js';

/** Text from the input or the findings, made inert in markdown: no markup, no HTML, one line. */
export function md(text: string): string {
  return visible(text).replace(/[\\`*_[\]<>|#~&]/g, (c) => `\\${c}`);
}

function day(date: string, vi: boolean): string {
  return vi ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;
}

const FAILING: ReadonlySet<Verdict> = new Set(['non-compliant', 'invalid']);

/**
 * A report modelled on section 1.3 of Lai Châu's 2020 inspection conclusion:
 * what was checked and by what, the table (one line per row, streamed), the
 * count of compliant names, then each failing row with its reasons and legal
 * basis. The failing rows are kept aside (in memory, or the command line's
 * spool) until the table ends.
 * The count takes `compliant` rows only: `not-applicable` means nothing showed
 * a state body's name, which is not the same as a name found right; it is
 * counted on a line of its own.
 */
export function markdownFormat(ctx: RunContext): Formatter {
  const r = WORDS[ctx.lang].report;
  const vi = ctx.lang === 'vi';
  const spool = (ctx.aside ?? memoryAside)();
  let n = 0;
  // With --live, three columns after the result: IPv6, HTTPS, where the redirects end.
  const liveHeads = ctx.live ? Object.values(LIVE_WORDS[ctx.lang].columns) : [];
  const table = [...r.table.slice(0, 4), ...liveHeads, ...r.table.slice(4)];
  return {
    begin(w: Sink) {
      const data = `${DATA_SOURCE.package}@${DATA_SOURCE.version}, ${vi ? 'bản đồ ngày' : 'map of'} ${day(DATA_SOURCE.mapDate, vi)}`;
      const source = ctx.file === null ? r.sourceArgs : ctx.file === '-' ? r.sourceStdin : `\`${ctx.file.replace(/`/g, "'")}\``;
      w.write(
        `# ${r.title}\n\n` +
          `- ${r.asOf}: **${day(ctx.asOf, vi)}**\n` +
          `- ${r.tool(VERSION, day(LAW_TABLE_DATE, vi), data)}\n` +
          `- ${r.source}: ${source}\n\n` +
          `| ${table.join(' | ')} |\n` +
          `|---:|${'---|'.repeat(table.length - 1)}\n`,
      );
    },
    row(w: Sink, row: Row, input: RowInput) {
      n++;
      const agency = md(input.agency ?? row.entity?.name ?? '');
      const findings = counted(row);
      const reasons = findings.map((i) => md(i.message) + (i.citation ? ` (${md(citationText(i.citation))})` : '')).join('<br>');
      const live = ctx.live ? `${Object.values(liveCells(row.live, ctx.lang)).map(md).join(' | ')} | ` : '';
      w.write(
        `| ${n} | ${agency} | ${md(row.input)} | ${r.result[row.verdict]} | ${live}${reasons} | ${md(row.suggestions[0] ?? '')} |\n`,
      );
      if (!FAILING.has(row.verdict)) return;
      let detail = `### ${n}. ${agency || '—'} — ${md(row.hostname ?? row.input)}${row.line === undefined ? '' : ` (${r.line} ${row.line})`}\n\n`;
      for (const i of findings) {
        detail += `- ${r.reasons}: ${md(i.message)}`;
        if (i.citation) detail += ` (${r.basis}: ${md(citationText(i.citation))})`;
        detail += '\n';
      }
      for (const i of row.issues.filter((x) => x.waived)) {
        detail += `- ${md(i.message)} (${r.waivedNote}: ${md(i.waived!.reason)}, ${day(i.waived!.until, vi)})\n`;
      }
      if (row.suggestions.length > 0) detail += `- ${r.suggestions}: ${row.suggestions.map(md).join(', ')}\n`;
      spool.append(`${detail}\n`);
    },
    end(w: Sink, summary: Summary) {
      const total = summary.rows;
      let out = `\n**${countLine(r.summaryCompliant, summary.verdicts.compliant, total)}.**\n\n`;
      for (const v of ['non-compliant', 'not-applicable', 'invalid'] as const) {
        if (summary.verdicts[v] > 0) out += `${countLine(r.summaryOther[v], summary.verdicts[v], total)}.\n\n`;
      }
      out += `_${r.countingNote}_\n\n## ${r.failing}\n\n`;
      if (summary.verdicts['non-compliant'] + summary.verdicts.invalid === 0) out += `${r.noneFailing}\n`;
      w.write(out);
      return spool.writeTo(w);
    },
    dispose() {
      spool.dispose();
    },
  };
}
