import type { Severity } from '../../result.js';
import { WORDS } from '../messages.js';
import { citationText, counted, type Formatter, type Row, type RunContext, type Sink, type Summary } from './format.js';
import { placeOf } from './location.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message: `%`, CR and LF escaped as the runner reads them. */
function data(text: string): string {
  let out = '';
  for (const ch of text) out += ch === '%' ? '%25' : ch === '\r' ? '%0D' : ch === '\n' ? '%0A' : ch;
  return out;
}

/** A workflow command's property value: also `:` and `,`, which end it. */
function property(text: string): string {
  let out = '';
  for (const ch of data(text)) out += ch === ':' ? '%3A' : ch === ',' ? '%2C' : ch;
  return out;
}

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per
 * finding that counts (errors and warnings not waived), on the input file's
 * line when the names came from a file, then one plain line with the count.
 * Names given as arguments or on standard input have no file in the
 * repository: their annotations name none and show in the run's summary.
 */
export function githubFormat(ctx: RunContext): Formatter {
  let position = 0;
  return {
    begin() {},
    row(w: Sink, row: Row) {
      position++;
      const findings = counted(row);
      if (findings.length === 0) return;
      const place = placeOf(ctx, row, position);
      const where = place.real ? `file=${property(place.uri)},line=${place.line},` : '';
      let out = '';
      for (const i of findings) {
        const title = property(`govvn ${i.ruleId}: ${row.hostname ?? row.input}`);
        const cite = i.citation ? ` (${citationText(i.citation)})` : '';
        const fix = row.suggestions.length > 0 ? ` → ${row.suggestions[0]}` : '';
        out += `::${COMMAND[i.severity]} ${where}title=${title}::${data(`${i.message}${cite}${fix}`)}\n`;
      }
      w.write(out);
    },
    end(w: Sink, summary: Summary) {
      const v = WORDS[ctx.lang].verdict;
      const counts = (['compliant', 'non-compliant', 'not-applicable', 'invalid'] as const)
        .filter((k) => summary.verdicts[k] > 0)
        .map((k) => `${summary.verdicts[k]} ${v[k]}`);
      w.write(`govvn: ${summary.rows} ${ctx.lang === 'vi' ? 'dòng' : summary.rows === 1 ? 'row' : 'rows'}: ${counts.join(', ')}\n`);
    },
  };
}
