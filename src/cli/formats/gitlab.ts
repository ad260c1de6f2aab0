import type { Severity } from '../../result.js';
import { citationText, counted, type Formatter, type Row, type RunContext, type Sink } from './format.js';
import { fingerprint } from './fingerprint.js';
import { placeOf } from './location.js';

/** Code Quality's scale: an error fails the name, a warning only weakens it. */
const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab Code Quality: a JSON array with one entry per finding that counts
 * (errors and warnings not waived), each with the rule as its check, the input
 * file and line, and a fingerprint that stays while the name and the finding
 * do, so that a merge request shows what it adds and what it fixes.
 */
export function gitlabFormat(ctx: RunContext): Formatter {
  let first = true;
  let position = 0;
  return {
    begin(w: Sink) {
      w.write('[');
    },
    row(w: Sink, row: Row) {
      position++;
      const findings = counted(row);
      if (findings.length === 0) return;
      const place = placeOf(ctx, row, position);
      let out = '';
      for (const i of findings) {
        const entry = {
          type: 'issue',
          description: `${row.hostname ?? row.input}: ${i.message}${i.citation ? ` (${citationText(i.citation)})` : ''}`,
          check_name: i.ruleId,
          fingerprint: fingerprint([i.ruleId, i.messageId, place.uri, row.input]),
          severity: SEVERITY[i.severity],
          categories: ['Compliance'],
          location: { path: place.uri, lines: { begin: place.line } },
        };
        out += `${first ? '\n' : ',\n'}${JSON.stringify(entry)}`;
        first = false;
      }
      w.write(out);
    },
    end(w: Sink) {
      w.write(first ? ']\n' : '\n]\n');
    },
  };
}
