/** Help that teaches, "did you mean", the config found from a subfolder and its JSON Schema. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { configSchemaText } from '../scripts/config-json-schema.js';
import { findConfig } from '../src/cli/config.js';
import { COMMAND_HELP, OPTION_HELP } from '../src/cli/help.js';
import { RULE_IDS } from '../src/index.js';
import { root, runIn } from './cli-helpers.js';

const COMMANDS = ['check', 'rules', 'explain', 'suggest'];

describe('help per command', () => {
  it.each(COMMANDS.flatMap((c) => [[c, 'vi'], [c, 'en']]))('%s --help in %s: every option with what it does, the exit codes, two examples', async (command, lang) => {
    const asked = [await runIn([command, '--help', '--lang', lang!]), await runIn([command, '-h', '--lang', lang!]), await runIn(['help', command!, '--lang', lang!])];
    for (const r of asked) expect([r.code, r.out, r.err]).toEqual([0, asked[0]!.out, '']);
    const out = asked[0]!.out;
    expect(out).toContain(lang === 'vi' ? 'Mã thoát:\n  0  ' : 'Exit codes:\n  0  ');
    expect(out).toContain('\n  2  ');
    expect(out.match(/\n  govvn /g)).toHaveLength(2);
    expect(out).toContain(`govvn ${command}`);
    for (const l of out.trimEnd().split('\n')) expect([...l].length, l).toBeLessThanOrEqual(100);
  });

  it('check --help gives the defaults of its options', async () => {
    const r = await runIn(['check', '--help', '--lang', 'en']);
    expect(r.out).toMatch(/--as-of YYYY-MM-DD +judge by the law in force on this day; default: the config's asOf, else\s+today in Vietnam/);
    expect(r.out).toMatch(/--format FORMAT +the output format \(one of text, json, ndjson, csv, markdown, sarif,\s+junit, gitlab, github, xlsx\); default: text/);
    expect(r.out).toContain('--fail-on error|warning|never');
    expect(r.out).toContain('-h, --help');
  });

  it('every option a command accepts has its help line, in both languages', () => {
    const main = readFileSync(`${root}src/cli/main.ts`, 'utf8');
    for (const name of main.match(/'--?[a-z-]+'(?=: \{ value)/g)!.map((q) => q.slice(1, -1))) {
      expect(OPTION_HELP[name], name).toBeDefined();
      expect(OPTION_HELP[name]!.what.vi && OPTION_HELP[name]!.what.en, name).toBeTruthy();
    }
    for (const c of [...COMMANDS, 'help']) expect(COMMAND_HELP[c]!.examples).toHaveLength(2);
  });

  it('help for an unknown command offers the nearest, exit 2', async () => {
    const r = await runIn(['help', 'chek', '--lang', 'en']);
    expect([r.code, r.err]).toEqual([2, 'govvn: unknown command "chek"; did you mean "check"?\n']);
  });
});

describe('did you mean', () => {
  it.each([
    [['chek', 'laichau.gov.vn'], 'unknown command "chek"; did you mean "check"?'],
    [['check', '--as-off', '2020-06-25', 'laichau.gov.vn'], 'unknown option --as-off; did you mean "--as-of"?'],
    [['check', '--provinse', 'Lai Châu', 'laichau.gov.vn'], 'unknown option --provinse; did you mean "--province"?'],
    [['check', '--format', 'markdwn', 'laichau.gov.vn'], 'got "markdwn"; did you mean "markdown"?'],
    [['explain', 'comune-domain'], 'unknown rule id "comune-domain"; did you mean "commune-domain"?'],
    [['audit', 'x'], 'unknown command "audit" (commands: check, rules, explain, suggest, help)'],
  ])('%j → %s', async (argv, said) => {
    const r = await runIn([...argv, '--lang=en']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^govvn: .*\n$/);
    expect(r.err.endsWith(`${said}\n`)).toBe(true);
  });

  it('in Vietnamese without --lang: the unknown option and its nearest name', async () => {
    const r = await runIn(['check', '--as-off', '2020-06-25', 'laichau.gov.vn']);
    expect(r.err).toBe('govvn: không có tùy chọn --as-off; bạn có ý muốn nói "--as-of"?\n');
  });
});

/** A repository with a config at its root and a subfolder to run from. */
function repository(config: unknown): { top: string; sub: string } {
  const top = mkdtempSync(join(tmpdir(), 'govvn-repo-'));
  mkdirSync(join(top, '.git'));
  mkdirSync(join(top, 'a', 'b'), { recursive: true });
  writeFileSync(join(top, 'govvn.config.json'), JSON.stringify(config));
  return { top, sub: join(top, 'a', 'b') };
}

describe('the config found from a subfolder', () => {
  const waived = {
    asOf: '2020-06-25',
    province: 'Lai Châu',
    waivers: [{ domain: 'huyentanuyen.gov.vn', rule: 'district-domain', reason: 'moving', until: '2099-12-31' }],
  };

  it('is the nearest govvn.config.json up to the repository root', () => {
    const { top, sub } = repository(waived);
    expect(findConfig(sub)).toBe(join(top, 'govvn.config.json'));
    writeFileSync(join(top, 'a', 'govvn.config.json'), '{}');
    expect(findConfig(sub)).toBe(join(top, 'a', 'govvn.config.json'));
  });

  it('stops at the folder holding .git: a config above the repository is not read', () => {
    const outer = mkdtempSync(join(tmpdir(), 'govvn-outer-'));
    writeFileSync(join(outer, 'govvn.config.json'), '{}');
    mkdirSync(join(outer, 'repo', '.git'), { recursive: true });
    mkdirSync(join(outer, 'repo', 'src'));
    expect(findConfig(join(outer, 'repo', 'src'))).toBeNull();
    expect(findConfig(outer)).toBe(join(outer, 'govvn.config.json'));
  });

  it('keeps asOf and the waivers: the verdict from a subfolder is the verdict from the root', async () => {
    const { top, sub } = repository({ ...waived, rules: { 'laichau-decision-20-2016': 'off' } });
    const argv = ['check', '--format', 'json', '--agency', 'UBND huyện Tân Uyên', 'huyentanuyen.gov.vn'];
    const fromTop = await runIn(argv, { cwd: top });
    const fromSub = await runIn(argv, { cwd: sub });
    expect(fromSub.out).toBe(fromTop.out);
    expect(JSON.parse(fromSub.out)).toMatchObject([{ asOf: '2020-06-25', verdict: 'compliant' }]);
  });

  it('names a mistake by its path from the working directory', async () => {
    const { sub } = repository({ asof: '2020-06-25' });
    const r = await runIn(['check', 'laichau.gov.vn', '--lang', 'en'], { cwd: sub });
    expect([r.code, r.err]).toEqual([2, 'govvn: ../../govvn.config.json: asof: unknown key; did you mean "asOf"?\n']);
    const vi = await runIn(['check', 'laichau.gov.vn'], { cwd: sub });
    expect(vi.err).toBe('govvn: ../../govvn.config.json: asof: khóa không hợp lệ; bạn có ý muốn nói "asOf"?\n');
  });

  it('--print-config shows the resolved config and its file', async () => {
    const { top, sub } = repository(waived);
    const r = await runIn(['check', '--print-config', '--lang', 'en'], { cwd: sub });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ file: join(top, 'govvn.config.json'), config: { ...waived, lang: 'en' } });
    const none = await runIn(['rules', '--print-config'], { cwd: mkdtempSync(join(tmpdir(), 'govvn-none-')) });
    expect(JSON.parse(none.out)).toEqual({ file: null, config: {} });
  });
});

describe('config.schema.json', () => {
  const schema = JSON.parse(readFileSync(`${root}config.schema.json`, 'utf8')) as Record<string, unknown>;

  it('is the zod schema as written by the build', () => {
    expect(readFileSync(`${root}config.schema.json`, 'utf8')).toBe(configSchemaText());
  });

  it('accepts what the config accepts and refuses a misspelt key and an unknown rule', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    const good = {
      $schema: './node_modules/govvn/config.schema.json',
      rules: { 'unknown-holder': 'off' },
      asOf: '2020-06-25',
      lang: 'vi',
      failOn: 'warning',
      waivers: [{ domain: 'huyentanuyen.gov.vn', rule: 'district-domain', reason: 'moving', until: '2021-06-30' }],
    };
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ asof: '2020-06-25' })).toBe(false);
    expect(validate({ rules: { 'district-domian': 'off' } })).toBe(false);
    expect((schema['properties'] as Record<string, { propertyNames?: { enum: string[] } }>)['rules']!.propertyNames!.enum).toEqual([...RULE_IDS]);
  });

  it('ships in the package and is exported for editors', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { files: string[]; exports: Record<string, unknown> };
    expect(pkg.files).toContain('config.schema.json');
    expect(pkg.exports['./config.schema.json']).toBe('./config.schema.json');
  });
});

describe('each language whole in the command line’s words', () => {
  const seed = ['check', '--as-of', '2020-06-25', '--province', 'Lai Châu', '--file', 'examples/lai-chau-inspection-2020.csv'];

  it('Vietnamese text: kinds and severities in Vietnamese, no ids', async () => {
    const r = await runIn(seed);
    expect(r.out).toMatch(/\n8 +chưa đúng quy định +huyentanuyen\.gov\.vn +UBND cấp huyện +tanuyen\.laichau\.gov\.vn\n/);
    expect(r.out).toContain('\n9       đúng quy định       laichau.baohiemxahoi.gov.vn        đơn vị thuộc bộ\n');
    expect(r.out).toContain('\n    lỗi      district-domain: ');
    expect(r.out).toContain('\n    lưu ý    input-form: ');
    expect(r.out).not.toMatch(/ (district|ministry-unit|school|error|info|warning) /);
  });

  it('English text: kinds and severities in English', async () => {
    const r = await runIn([...seed, '--lang', 'en']);
    expect(r.out).toMatch(/\n8 +non-compliant +huyentanuyen\.gov\.vn +district +tanuyen\.laichau\.gov\.vn\n/);
    expect(r.out).toContain(' ministry unit\n');
    expect(r.out).toContain('\n    error   district-domain: ');
  });

  it('the Vietnamese report writes its dates dd/mm/yyyy and standard input in Vietnamese', async () => {
    const r = await runIn(['check', '--as-of', '2020-06-25', '--format', 'markdown', '-'], { stdin: 'laichau.gov.vn\n' });
    expect(r.out).toContain('- Áp dụng quy định pháp luật có hiệu lực vào ngày: **25/06/2020**');
    expect(r.out).toMatch(/dữ liệu quy định pháp luật cập nhật đến ngày \d\d\/\d\d\/\d{4};/);
    expect(r.out).toContain('- Dữ liệu đầu vào: đầu vào chuẩn (stdin)');
    expect(r.out).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  it('a waiver’s day in Vietnamese text is dd/mm/yyyy', async () => {
    const { top } = repository({ waivers: [{ domain: 'huyentanuyen.gov.vn', rule: 'district-domain', reason: 'chuyển năm sau', until: '2099-12-31' }] });
    const r = await runIn(['check', '--as-of', '2020-06-25', '--agency', 'UBND huyện Tân Uyên', '--province', 'Lai Châu', 'huyentanuyen.gov.vn'], { cwd: top });
    expect(r.out).toContain('[được miễn trừ đến ngày 31/12/2099: chuyển năm sau]');
  });
});
