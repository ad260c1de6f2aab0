import { LAW_TABLE_DATE, VERSION } from '../../index.js';
import { citationText, memoryAside, type Formatter, type Row, type RunContext, type Sink, type Summary } from './format.js';
import { failingFindings } from './failing.js';
import { placeOf } from './location.js';
import { xml } from './xml.js';

/**
 * JUnit XML, as GitLab, Jenkins and Azure Pipelines read test reports: one test
 * case per input row, named by the name checked, in a class named by the input
 * file; a row that fails the run (as the exit code counts it) has a `failure`
 * whose type is the rule and whose text lists the findings with their legal
 * basis and the suggestion. The counts go in the suites' start tags, so the
 * cases are kept aside until the last row.
 */
export function junitFormat(ctx: RunContext): Formatter {
  const cases = (ctx.aside ?? memoryAside)();
  let position = 0;
  let failures = 0;
  return {
    begin() {},
    row(_w: Sink, row: Row) {
      position++;
      const place = placeOf(ctx, row, position);
      const name = `${row.hostname ?? row.input} (${place.uri}:${place.line})`;
      let out = `<testcase name="${xml(name)}" classname="${xml(place.uri)}" file="${xml(place.uri)}" line="${place.line}"`;
      const findings = failingFindings(row, ctx.failOn);
      if (findings === null) {
        cases.append(`${out}/>\n`);
        return;
      }
      failures++;
      const first = findings[0];
      const text = findings.map((i) => `${i.severity} ${i.ruleId}: ${i.message}${i.citation ? ` (${citationText(i.citation)})` : ''}`);
      if (row.suggestions.length > 0) text.push(`suggestion: ${row.suggestions.join(', ')}`);
      out += `>\n<failure message="${xml(first?.message ?? row.verdict)}" type="${xml(first?.ruleId ?? row.verdict)}">${xml(text.join('\n'), false)}</failure>\n</testcase>\n`;
      cases.append(out);
    },
    end(w: Sink, summary: Summary) {
      const counts = `tests="${summary.rows}" failures="${failures}" errors="0"`;
      const source = ctx.artifactUri ?? (ctx.file === '-' ? 'stdin' : 'arguments');
      w.write(
        `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="govvn" ${counts}>\n` +
          `<testsuite name="${xml(`govvn check ${source}`)}" ${counts} skipped="0">\n` +
          `<properties>\n<property name="asOf" value="${ctx.asOf}"/>\n<property name="failOn" value="${ctx.failOn}"/>\n` +
          `<property name="version" value="${xml(VERSION)}"/>\n<property name="lawTableDate" value="${LAW_TABLE_DATE}"/>\n</properties>\n`,
      );
      const done = cases.writeTo(w);
      const close = () => w.write('</testsuite>\n</testsuites>\n');
      if (done instanceof Promise) return done.then(close);
      close();
    },
    dispose() {
      cases.dispose();
    },
  };
}
