import { DATA_SOURCE, LAW_TABLE_DATE, rulesInForce, VERSION, type RuleInfo } from '../../index.js';
import type { Issue, Lang, Severity } from '../../result.js';
import type { BatchWriter } from '../output.js';
import { citationText, counted, type Formatter, type Row, type RunContext, type Summary } from './format.js';

export const INFORMATION_URI = 'https://www.npmjs.com/package/govvn';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: Record<string, unknown>;
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

function strongest(messages: Readonly<Record<string, Severity>>): Severity {
  const s = Object.values(messages);
  return s.includes('error') ? 'error' : s.includes('warning') ? 'warning' : 'info';
}

function descriptor(r: RuleInfo, lang: Lang): Descriptor {
  const cite = r.citation ? citationText(r.citation) : '';
  const basis = lang === 'vi' ? 'Căn cứ' : 'Basis';
  const page = lang === 'vi' ? 'Xem' : 'See';
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: cite ? `${r.title} (${cite})` : r.title },
    help: {
      text: `${r.title}.${cite ? ` ${basis}: ${cite}.` : ''} ${page} ${r.docs}.`,
      markdown: `${r.title}.${cite ? ` **${basis}:** ${r.citation?.url ? `[${cite}](${r.citation.url})` : cite}.` : ''} ${page} \`${r.docs}\`.`,
    },
    defaultConfiguration: { level: LEVEL[strongest(r.messages)] },
    properties: { citation: r.citation, provenance: r.provenance, appliesTo: r.appliesTo, from: r.from, to: r.to, docs: r.docs },
  };
}

/** The command line's own findings, so that every result names a rule of the run. */
function ownDescriptors(lang: Lang): Descriptor[] {
  const vi = lang === 'vi';
  const make = (id: string, title: string, level: 'error' | 'warning'): Descriptor => ({
    id,
    name: pascal(id),
    shortDescription: { text: title },
    fullDescription: { text: title },
    help: { text: `${title}. ${vi ? 'Xem' : 'See'} docs/cli.md.`, markdown: `${title}. ${vi ? 'Xem' : 'See'} \`docs/cli.md\`.` },
    defaultConfiguration: { level },
    properties: { docs: 'docs/cli.md' },
  });
  return [
    make('input-row', vi ? 'Dòng dữ liệu đầu vào đọc được và đủ cột' : 'An input row is readable and complete', 'error'),
    make('waiver', vi ? 'Miễn trừ trong tệp cấu hình còn hạn' : 'A waiver in the configuration is still in force', 'warning'),
  ];
}

/**
 * SARIF 2.1.0, streamed: the tool (with the rules in force on the date) first,
 * then one result per failing row as it is judged, then the run's properties
 * (rows checked, the tables' dates). A row that fails is `non-compliant` or
 * `invalid`; with `--fail-on warning`, a row with a warning that counts is a
 * result too, at level `warning`, since it fails the build.
 */
export function sarifFormat(ctx: RunContext): Formatter {
  const rules = [...rulesInForce(ctx.asOf, ctx.lang).map((r) => descriptor(r, ctx.lang)), ...ownDescriptors(ctx.lang)];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  let first = true;
  let results = 0;
  return {
    begin(w: BatchWriter) {
      const tool = {
        driver: {
          name: 'govvn',
          version: VERSION,
          semanticVersion: VERSION,
          informationUri: INFORMATION_URI,
          rules,
          properties: { lawTableDate: LAW_TABLE_DATE, data: DATA_SOURCE },
        },
      };
      const artifacts = ctx.artifactUri === null ? '' : `"artifacts":${JSON.stringify([{ location: { uri: ctx.artifactUri } }])},\n`;
      w.write(
        `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{\n"tool":${JSON.stringify(tool)},\n${artifacts}"results":[`,
      );
    },
    row(w: BatchWriter, row: Row) {
      let level: 'error' | 'warning';
      let issue: Issue | undefined;
      if (row.verdict === 'non-compliant' || row.verdict === 'invalid') {
        level = 'error';
        issue = counted(row, 'error')[0];
      } else {
        issue = ctx.failOn === 'warning' ? counted(row, 'warning')[0] : undefined;
        if (!issue) return;
        level = 'warning';
      }
      const result: Record<string, unknown> = {};
      if (issue) {
        result.ruleId = issue.ruleId;
        const i = index.get(issue.ruleId);
        if (i !== undefined) result.ruleIndex = i;
      }
      result.level = level;
      result.message = { text: issue?.message ?? `${row.hostname ?? row.input}: ${row.verdict}` };
      if (ctx.artifactUri !== null && row.line !== undefined) {
        result.locations = [{ physicalLocation: { artifactLocation: { uri: ctx.artifactUri, index: 0 }, region: { startLine: row.line } } }];
      } else {
        // Names from the command line or standard input: no file to point at.
        result.locations = [{ logicalLocations: [{ name: row.hostname ?? row.input, kind: 'resource' }] }];
      }
      result.properties = {
        input: row.input,
        hostname: row.hostname,
        verdict: row.verdict,
        ...(row.line === undefined ? {} : { line: row.line }),
        suggestions: row.suggestions,
        issues: row.issues.map((i) => ({ ruleId: i.ruleId, messageId: i.messageId, severity: i.severity, message: i.message, ...(i.waived ? { waived: i.waived } : {}) })),
      };
      w.write(`${first ? '\n' : ',\n'}${JSON.stringify(result)}`);
      first = false;
      results++;
    },
    async end(w: BatchWriter, summary: Summary) {
      const properties = {
        rowsChecked: summary.rows,
        results,
        verdicts: summary.verdicts,
        asOf: ctx.asOf,
        failOn: ctx.failOn,
        version: VERSION,
        lawTableDate: LAW_TABLE_DATE,
        data: DATA_SOURCE,
      };
      w.write(`\n],\n"properties":${JSON.stringify(properties)}\n}]}\n`);
    },
  };
}
