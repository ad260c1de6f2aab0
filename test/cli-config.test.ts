import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/cli/config.js';
import { parseConfig } from '../src/cli/config-check.js';
import { configSchema } from '../scripts/config-zod-schema.js';
import { closest, editDistance } from '../src/cli/did-you-mean.js';
import { runCli, runIn } from './cli-helpers.js';

type Row = { verdict: string; issues: Array<{ ruleId: string; messageId: string; severity: string; waived?: { reason: string; until: string } }> };

/** A working directory holding the given govvn.config.json. */
function withConfig(config: unknown, name = 'govvn.config.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'govvn-config-'));
  writeFileSync(join(dir, name), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

function mistakes(data: unknown): string[] {
  try {
    parseConfig(data, 'govvn.config.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message.split('\n');
  }
  throw new Error('accepted');
}

describe('the config schema', () => {
  it('accepts every documented key', () => {
    const config = {
      $schema: './node_modules/govvn/docs/ci.md',
      rules: { 'unknown-holder': 'off', 'district-domain': 'warning' },
      asOf: '2020-06-25',
      province: 'Lai Châu',
      lang: 'en',
      failOn: 'warning',
      waivers: [{ domain: 'huyentanuyen.gov.vn', rule: 'district-domain', reason: 'moving in 2021', until: '2021-06-30' }],
    };
    const { $schema: _, ...rest } = config;
    expect(parseConfig(config, 'c.json')).toEqual(rest);
    expect(parseConfig({}, 'c.json')).toEqual({});
  });

  it.each([
    [{ rules: { 'district-domian': 'off' } }, 'govvn.config.json: rules.district-domian: unknown rule id "district-domian"; did you mean "district-domain"?'],
    [{ rules: { 'district-domain': 'warn' } }, 'govvn.config.json: rules.district-domain: must be "off", "warning" or "error"'],
    [{ rules: ['district-domain'] }, 'govvn.config.json: rules: must be an object'],
    [{ asOf: '2020-02-30' }, 'govvn.config.json: asOf: must be a real date written YYYY-MM-DD'],
    [{ lang: 'fr' }, 'govvn.config.json: lang: must be "vi" or "en"'],
    [{ failOn: 'sometimes' }, 'govvn.config.json: failOn: must be "error", "warning" or "never"'],
    [{ province: 3 }, 'govvn.config.json: province: must be a string'],
    [{ rule: {} }, 'govvn.config.json: rule: unknown key'],
    [{ waivers: {} }, 'govvn.config.json: waivers: must be an array'],
    [{ waivers: ['x'] }, 'govvn.config.json: waivers[0]: must be an object { domain, rule, reason, until }'],
    [{ waivers: [{ domain: 'a.gov.vn', rule: 'district-domain', reason: '', until: '2021-01-01' }] }, 'govvn.config.json: waivers[0].reason: must say why'],
    [{ waivers: [{ domain: 'a.gov.vn', rule: 'nope', reason: 'r', until: '2021-01-01' }] }, 'govvn.config.json: waivers[0].rule: unknown rule id "nope" (see govvn rules)'],
    [{ waivers: [{ domain: 'a.gov.vn', rule: 'district-domain', reason: 'r', until: '1/1/2021' }] }, 'govvn.config.json: waivers[0].until: must be a real date'],
    [{ waivers: [{ domain: 'a.gov.vn', rule: 'district-domain', reason: 'r', until: '2021-01-01', by: 'x' }] }, 'govvn.config.json: waivers[0].by: unknown key'],
    [[], 'govvn.config.json: (top level): must be a JSON object'],
  ])('names the bad key: %j', (data, message) => {
    expect(mistakes(data).join('\n')).toContain(message);
  });

  it.each([
    [{ rules: { 'unknown-holdr': 'off' } }, 'govvn.config.json: rules.unknown-holdr: unknown rule id "unknown-holdr"; did you mean "unknown-holder"?'],
    [{ rules: { 'District-Domain': 'off' } }, 'govvn.config.json: rules.District-Domain: unknown rule id "District-Domain"; did you mean "district-domain"?'],
    [{ rules: { 'no-such-rule-at-all': 'off' } }, 'govvn.config.json: rules.no-such-rule-at-all: unknown rule id "no-such-rule-at-all" (see govvn rules)'],
    [{ waivers: [{ domain: 'a.gov.vn', rule: 'comune-domain', reason: 'r', until: '2021-01-01' }] }, 'govvn.config.json: waivers[0].rule: unknown rule id "comune-domain"; did you mean "commune-domain"?'],
    [{ asof: '2020-06-25' }, 'govvn.config.json: asof: unknown key; did you mean "asOf"?'],
    [{ fail_on: 'error' }, 'govvn.config.json: fail_on: unknown key; did you mean "failOn"?'],
    [{ rule: {} }, 'govvn.config.json: rule: unknown key; did you mean "rules"?'],
    [{ waivers: [{ domain: 'a.gov.vn', rule: 'district-domain', reason: 'r', untill: '2021-01-01' }] }, 'govvn.config.json: waivers[0].untill: unknown key; did you mean "until"?'],
    [{ colour: 'red' }, 'govvn.config.json: colour: unknown key'],
  ])('says "did you mean" only when a known name is near: %j', (data, message) => {
    expect(mistakes(data)).toContain(message);
  });

  it('reports every mistake, one line each', () => {
    expect(mistakes({ lang: 'fr', failOn: 'x', extra: 1 })).toHaveLength(3);
  });
});

describe('the checker and the editors\u2019 schema agree', () => {
  // config.schema.json is written from a zod schema; the command line checks by hand.
  // On each of these the two must accept the same files and name the same paths.
  const waiver = { domain: 'a.gov.vn', rule: 'district-domain', reason: 'r', until: '2021-01-01' };
  const files: unknown[] = [
    {}, [], null, 3, 'x', { $schema: 3 }, { $schema: 'x' }, { rules: {} }, { rules: [] }, { rules: null }, { rules: { 'district-domain': 'off' } },
    { rules: { 'district-domain': 3 } }, { rules: { nope: 'off', 'unknown-holder': 'error' } }, { asOf: '2020-06-25' }, { asOf: 20200625 },
    { asOf: '2020-13-01' }, { province: '' }, { province: 'Lai Châu' }, { province: null }, { lang: 'vi' }, { lang: 'VI' }, { failOn: 'never' },
    { failOn: true }, { waivers: [] }, { waivers: {} }, { waivers: [waiver, waiver] }, { waivers: [waiver, 3] }, { waivers: [{ ...waiver, until: '2021-02-29' }] },
    { waivers: [{ ...waiver, domain: '' }] }, { waivers: [{ ...waiver, rule: 'x' }] }, { waivers: [{ ...waiver, extra: 1 }] }, { waivers: [{}] },
    { extra: 1 }, { asof: '2020-06-25', lang: 'fr' },
  ];
  it.each(files.map((f) => [f]))('%j', (file) => {
    const zod = configSchema.safeParse(file);
    let paths: string[] = [];
    try {
      parseConfig(file, 'f');
    } catch (e) {
      paths = (e as Error).message.split('\n').map((l) => l.split(': ')[1]!);
    }
    expect(paths.length === 0, 'accepted by both or by neither').toBe(zod.success);
    if (!zod.success) {
      const zodPaths = zod.error.issues.flatMap((i) => {
        const at = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
        return i.code === 'unrecognized_keys' ? i.keys.map((k) => (at ? `${at}.${k}` : k)) : [at || '(top level)'];
      });
      expect(paths).toEqual(zodPaths);
    }
  });

  it('says every mistake in Vietnamese too', () => {
    try {
      parseConfig({ lang: 'fr', waivers: [{ ...waiver, rule: 'district-domian', reason: '' }], asof: 1 }, 'f.json');
      throw new Error('accepted');
    } catch (e) {
      expect((e as ConfigError).render('vi').split('\n')).toEqual([
        'f.json: lang: phải là "vi" hoặc "en"',
        'f.json: waivers[0].rule: không có quy tắc mang mã "district-domian"; bạn có ý muốn nói "district-domain"?',
        'f.json: waivers[0].reason: phải nêu lý do',
        'f.json: asof: khóa không hợp lệ; bạn có ý muốn nói "asOf"?',
      ]);
    }
  });
});

describe('the nearest known name', () => {
  it('counts edits, a swap of neighbours as one, case aside', () => {
    expect(editDistance('district-domian', 'district-domain')).toBe(1);
    expect(editDistance('asof', 'asOf')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('offers a name only when it is near, the first on a tie, never the word itself', () => {
    expect(closest('lang', ['lang', 'asOf'])).toBeUndefined();
    expect(closest('rul', ['rules', 'rule'])).toBe('rule');
    expect(closest('ab', ['ac', 'ad'])).toBe('ac');
    expect(closest('nope', ['province', 'asOf'])).toBeUndefined();
    expect(closest('provnce', ['province'])).toBe('province');
  });
});

describe('govvn.config.json in a run', () => {
  const tanUyen = ['check', '--as-of', '2020-06-25', '--province', 'Lai Châu', '--format', 'json', 'huyentanuyen.gov.vn'];
  const both = (until: string) => ({
    waivers: ['district-domain', 'laichau-decision-20-2016'].map((rule) => ({ domain: 'huyentanuyen.gov.vn', rule, reason: 'đang chuyển sang tên miền mới', until })),
  });

  it('is read from the working directory; a mistake stops the run with exit 2, naming the key', () => {
    const dir = withConfig({ rules: { 'district-domian': 'off' } });
    const r = runCli(tanUyen, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    // In the run's language: Vietnamese by default, English with --lang en.
    expect(r.err).toBe('govvn: govvn.config.json: rules.district-domian: không có quy tắc mang mã "district-domian"; bạn có ý muốn nói "district-domain"?\n');
    const en = runCli([...tanUyen, '--lang', 'en'], { cwd: dir });
    expect([en.code, en.err]).toEqual([2, 'govvn: govvn.config.json: rules.district-domian: unknown rule id "district-domian"; did you mean "district-domain"?\n']);
  });

  it('--config names another file; a missing one, or one that is not JSON, is exit 2', () => {
    const dir = withConfig({ lang: 'en' }, 'ci.json');
    expect(JSON.parse(runCli([...tanUyen, '--config', 'ci.json'], { cwd: dir }).out)[0].issues[0].message).toMatch(/^The name/);
    const missing = runCli([...tanUyen, '--config', 'nope.json', '--lang', 'en'], { cwd: dir });
    expect([missing.code, missing.err]).toEqual([2, 'govvn: cannot read config nope.json: ENOENT\n']);
    const broken = runCli([...tanUyen, '--lang', 'en'], { cwd: withConfig('{"rules": ') });
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^govvn: govvn\.config\.json: not valid JSON/);
  });

  it('a live waiver: the findings are reported as waived and the name passes', () => {
    const r = runCli(tanUyen, { cwd: withConfig(both('2099-12-31')) });
    const [row] = JSON.parse(r.out) as Row[];
    expect(row!.verdict).toBe('compliant');
    const errors = row!.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((i) => i.waived?.until === '2099-12-31')).toBe(true);
    expect(r.code).toBe(0);
  });

  it('an expired waiver: it covers nothing and is itself reported', () => {
    const r = runCli(tanUyen, { cwd: withConfig(both('2020-01-01')) });
    const [row] = JSON.parse(r.out) as Row[];
    expect(row!.verdict).toBe('non-compliant');
    expect(row!.issues.filter((i) => i.ruleId === 'waiver').map((i) => i.messageId)).toEqual(['expired', 'expired']);
    expect(row!.issues.some((i) => i.waived)).toBe(false);
    expect(r.code).toBe(1);
  });

  it('a rule turned off drops its findings (and with them a --fail-on warning failure)', () => {
    const argv = ['check', '--as-of', '2020-06-25', '--fail-on', 'warning', '--format', 'json', 'abcxyz.gov.vn'];
    const on = runCli(argv, { cwd: withConfig({}) });
    expect(on.code).toBe(1);
    const off = runCli(argv, { cwd: withConfig({ rules: { 'unknown-holder': 'off' } }) });
    expect((JSON.parse(off.out) as Row[])[0]!.issues.some((i) => i.ruleId === 'unknown-holder')).toBe(false);
    expect(off.code).toBe(0);
  });

  it('gives defaults (asOf, province, lang, failOn) that the command line overrides', async () => {
    const cwd = withConfig({ asOf: '2020-06-25', province: 'Lai Châu', lang: 'en', failOn: 'never' });
    const byConfig = await runIn(['check', '--format', 'json', 'huyentanuyen.gov.vn'], { cwd });
    const [row] = JSON.parse(byConfig.out) as Array<Row & { asOf: string }>;
    expect(row!.asOf).toBe('2020-06-25');
    expect(row!.issues.find((i) => i.severity === 'error')!).toMatchObject({ ruleId: 'district-domain' });
    expect(byConfig.out).toContain('The name is at level 3');
    expect(byConfig.code).toBe(0);
    const byArgs = await runIn(['check', '--format', 'json', '--lang', 'vi', '--fail-on', 'error', '--as-of', '2020-06-26', 'huyentanuyen.gov.vn'], { cwd });
    expect(JSON.parse(byArgs.out)[0].asOf).toBe('2020-06-26');
    expect(byArgs.out).toContain('Tên miền đang ở cấp 3');
    expect(byArgs.code).toBe(1);
  });
});
