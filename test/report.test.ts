/**
 * govvn/report from code: checkAll over names, rows and a file's bytes, one
 * result per input row with its line, as the command line judges them; the
 * writers give the very text `govvn check --format …` writes for the same rows.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { GovvnOptionError, validate } from '../src/index.js';
import { checkAll, REPORT_FORMATS, toGithub, toJunit, toMarkdown, toSarif, writeReport, type CheckedRow } from '../src/report.js';
import { fixtures, runIn } from './cli-helpers.js';
import { sarifValidator } from './helpers/sarif-schema.js';

const LAI_CHAU = { asOf: '2020-06-25', province: 'Lai Châu' } as const;
const FILE = 'lai-chau-inspection-2020.csv';

async function all(rows: AsyncIterable<CheckedRow>): Promise<CheckedRow[]> {
  const out: CheckedRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe('checkAll', () => {
  it('over a list of names: one result each, its position as its line, as validate gives it', async () => {
    const names = ['laichau.gov.vn', 'huyentanuyen.gov.vn', 'x..y'];
    const rows = await all(checkAll(names, LAI_CHAU));
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    rows.forEach((r, i) => {
      const { line: _, cells, ...result } = r;
      expect(result).toEqual(validate(names[i]!, LAI_CHAU));
      expect(cells).toEqual([names[i]]);
    });
  });

  it('over an async iterable of rows: each row\'s agency, kind and province replace the options', async () => {
    async function* rows() {
      yield { domain: 'huyentanuyen.gov.vn', agency: 'UBND huyện Tân Uyên' };
      yield 'laichau.gov.vn';
    }
    const out = await all(checkAll(rows(), LAI_CHAU));
    expect(out[0]).toMatchObject({ line: 1, verdict: 'non-compliant', agency: 'UBND huyện Tân Uyên', suggestions: ['tanuyen.laichau.gov.vn'] });
    expect(out[0]!.suggestions).toEqual(validate('huyentanuyen.gov.vn', { ...LAI_CHAU, agency: 'UBND huyện Tân Uyên' }).suggestions);
    expect(out[1]).toMatchObject({ line: 2, verdict: 'compliant' });
  });

  it('over a Node stream of a CSV file: read as the command line reads it, the file\'s lines', async () => {
    const rows = await all(checkAll(createReadStream(`${fixtures}${FILE}`, { highWaterMark: 64 }), LAI_CHAU));
    expect(rows).toHaveLength(9);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows.filter((r) => r.verdict === 'non-compliant').map((r) => [r.line, r.agency])).toEqual([[8, 'UBND huyện Tân Uyên']]);
    const cli = JSON.parse((await runIn(['check', '--file', FILE, '--as-of', '2020-06-25', '--province', 'Lai Châu', '--format', 'json'], { cwd: fixtures })).out) as unknown[];
    expect(rows.map(({ agency: _, cells: __, ...r }) => r)).toEqual(cli);
  });

  it('over a stream of names in object mode', async () => {
    const rows = await all(checkAll(Readable.from(['laichau.gov.vn', 'huyentanuyen.gov.vn']), LAI_CHAU));
    expect(rows.map((r) => [r.line, r.verdict])).toEqual([[1, 'compliant'], [2, 'non-compliant']]);
  });

  it('refuses bad options before the first row, and a CSV without a domain column; a header alone is no rows', async () => {
    await expect(all(checkAll(['laichau.gov.vn'], { asOf: '2020-13-40' }))).rejects.toThrow(GovvnOptionError);
    await expect(all(checkAll(Readable.from([Buffer.from('domain,agency\n')]), {}))).resolves.toEqual([]);
    await expect(all(checkAll(Readable.from([Buffer.from('a,b\nx,y\n')]), { input: 'csv' }))).rejects.toThrow(GovvnOptionError);
  });
});

describe('the report writers', () => {
  it('write what the command line writes for the same rows, in every format', async () => {
    const rows = await all(checkAll(createReadStream(`${fixtures}${FILE}`), LAI_CHAU));
    const columns = readFileSync(`${fixtures}${FILE}`, 'utf8').split(/\r?\n/)[0]!.split(',');
    expect(REPORT_FORMATS).toEqual(['markdown', 'csv', 'sarif', 'junit', 'gitlab', 'github']);
    for (const format of REPORT_FORMATS) {
      const cli = await runIn(['check', '--file', FILE, '--as-of', '2020-06-25', '--province', 'Lai Châu', '--format', format], { cwd: fixtures });
      expect(writeReport(format, rows, { file: FILE, columns }), format).toBe(cli.out);
    }
  });

  it('need no file: SARIF valid with every result placed, JUnit and annotations from plain results', () => {
    const results = ['laichau.gov.vn', 'huyentanuyen.gov.vn'].map((n) => validate(n, LAI_CHAU));
    const log = JSON.parse(toSarif(results)) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual([2]);
    expect(toJunit(results)).toContain('tests="2" failures="1"');
    expect(toGithub(results, { lang: 'en' }).split('\n').at(-2)).toBe('govvn: 2 rows: 1 compliant, 1 non-compliant');
    expect(toMarkdown(results, { lang: 'en' })).toContain('**01/02 agencies and units use a domain name that complies with the rules.**');
  });

  it('refuses a format it does not write', () => {
    expect(() => writeReport('pdf' as never, [])).toThrow(TypeError);
  });
});
