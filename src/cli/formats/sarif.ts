import { DATA_SOURCE, LAW_TABLE_DATE, rulesInForce, VERSION, type RuleInfo } from '../../index.js';
import type { Issue, Lang, Severity } from '../../result.js';
import { citationText, counted, type Formatter, type Row, type RunContext, type Sink, type Summary } from './format.js';
import { liveCells } from './live-cells.js';
import { fingerprint } from './fingerprint.js';
import { docsUrl, PROJECT_URL } from './links.js';
import { placeOf, SYNTHETIC_INPUT } from './location.js';

export const INFORMATION_URI = PROJECT_URL;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
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
  const url = docsUrl(r.docs);
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: cite ? `${r.title} (${cite})` : r.title },
    help: {
      text: `${r.title}.${cite ? ` ${basis}: ${cite}.` : ''} ${page} ${url}`,
      markdown: `${r.title}.${cite ? ` **${basis}:** ${r.citation?.url ? `[${cite}](${r.citation.url})` : cite}.` : ''} ${page} [${r.docs}](${url}).`,
    },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[strongest(r.messages)] },
    properties: { citation: r.citation, provenance: r.provenance, appliesTo: r.appliesTo, from: r.from, to: r.to, docs: r.docs },
  };
}

/** The command line's own findings, so that every result names a rule of the run. */
function ownDescriptors(lang: Lang): Descriptor[] {
  const vi = lang === 'vi';
  const url = docsUrl('docs/cli.md');
  const make = (id: string, title: string, level: 'error' | 'warning'): Descriptor => ({
    id,
    name: pascal(id),
    shortDescription: { text: title },
    fullDescription: { text: title },
    help: { text: `${title}. ${vi ? 'Xem' : 'See'} ${url}`, markdown: `${title}. ${vi ? 'Xem' : 'See'} [docs/cli.md](${url}).` },
    helpUri: url,
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
  const cells = (row: Row) => liveCells(row.live, ctx.lang);
  let position = 0;
  const synthetic = ctx.artifactUri === null;
  return {
    begin(w: Sink) {
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
      // Names from the arguments or standard input are placed in a file that stands in for them (see location.ts).
      const artifact = synthetic
        ? { location: { uri: SYNTHETIC_INPUT }, description: { text: ctx.file === '-' ? 'standard input, one name a line' : 'the names given as arguments, one a line' } }
        : { location: { uri: ctx.artifactUri } };
      const artifacts = `"artifacts":${JSON.stringify([artifact])},\n`;
      w.write(
        `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{\n"tool":${JSON.stringify(tool)},\n${artifacts}"results":[`,
      );
    },
    row(w: Sink, row: Row) {
      position++;
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
      // Code scanning refuses a result without a physical location: every result has one.
      const place = placeOf(ctx, row, position);
      const location: Record<string, unknown> = { physicalLocation: { artifactLocation: { uri: place.uri, index: 0 }, region: { startLine: place.line } } };
      if (!place.real) location.logicalLocations = [{ name: row.hostname ?? row.input, kind: 'resource' }];
      result.locations = [location];
      // The finding's identity leaves the line out: a row that moves keeps its alert.
      result.partialFingerprints = { 'govvnFinding/v1': fingerprint([issue?.ruleId ?? row.verdict, place.uri, row.input]) };
      result.properties = {
        input: row.input,
        hostname: row.hostname,
        verdict: row.verdict,
        ...(row.line === undefined ? {} : { line: row.line }),
        suggestions: row.suggestions,
        issues: row.issues.map((i) => ({ ruleId: i.ruleId, messageId: i.messageId, severity: i.severity, message: i.message, ...(i.waived ? { waived: i.waived } : {}) })),
        // With --live: the three cells a reader sees first, and the facts behind them.
        ...(ctx.live && row.live !== undefined ? { ipv6: cells(row).ipv6, https: cells(row).https, redirectsTo: cells(row).redirect, live: row.live } : {}),
      };
      w.write(`${first ? '\n' : ',\n'}${JSON.stringify(result)}`);
      first = false;
      results++;
    },
    end(w: Sink, summary: Summary) {
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
