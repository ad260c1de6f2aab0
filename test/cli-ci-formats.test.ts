/**
 * The formats and flags for CI systems other than code scanning: JUnit XML,
 * GitLab Code Quality, GitHub workflow commands; --quiet, --max-warnings and
 * the colour switches.
 */
import { describe, expect, it } from 'vitest';
import { fixtures, runIn } from './cli-helpers.js';

const LAI_CHAU = ['--as-of', '2020-06-25', '--province', 'Lai Châu'];
const inspection = ['check', '--file', 'lai-chau-inspection-2020.csv', ...LAI_CHAU];

describe('--format junit', () => {
  it('one test case per row, a failure for the row that fails, the counts in the suites', async () => {
    const r = await runIn([...inspection, '--format', 'junit'], { cwd: fixtures });
    expect(r.code).toBe(1);
    expect(r.out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="govvn" tests="9" failures="1" errors="0">\n')).toBe(true);
    expect(r.out.match(/<testcase /g)).toHaveLength(9);
    expect(r.out.match(/<failure /g)).toHaveLength(1);
    expect(r.out).toContain('<testcase name="huyentanuyen.gov.vn (lai-chau-inspection-2020.csv:8)" classname="lai-chau-inspection-2020.csv" file="lai-chau-inspection-2020.csv" line="8">');
    expect(r.out).toMatch(/<failure message="[^"]+tanuyen\.laichau\.gov\.vn\." type="district-domain">error district-domain: .*\(Nghị định 43\/2011\/NĐ-CP, Điều 6 khoản 1 điểm c\)\n/);
    expect(r.out).toContain('suggestion: tanuyen.laichau.gov.vn</failure>');
    expect(r.out.endsWith('</testsuite>\n</testsuites>\n')).toBe(true);
  });

  it('a hostile name cannot break the XML: markup escaped, characters XML cannot hold made visible', async () => {
    const r = await runIn(['check', '--as-of', '2020-06-25', '--format', 'junit', '"><x a=\'1\'>&\u0001\ud800.gov.vn']);
    const names = [...r.out.matchAll(/<testcase name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toHaveLength(1);
    expect(names[0]).toContain('&quot;&gt;&lt;x a=&apos;1&apos;&gt;&amp;\\u0001\\ud800.gov.vn');
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('names as arguments are cases of govvn-input.txt, at their position', async () => {
    const r = await runIn(['check', '--as-of', '2020-06-25', '--format', 'junit', 'laichau.gov.vn', 'huyentanuyen.gov.vn']);
    expect(r.out).toContain('<testcase name="huyentanuyen.gov.vn (govvn-input.txt:2)" classname="govvn-input.txt" file="govvn-input.txt" line="2">');
    expect(r.out).toContain('<testsuite name="govvn check arguments" tests="2" failures="1"');
  });
});

describe('--format gitlab', () => {
  it('Code Quality: one entry per error or warning, with check, severity, fingerprint and the file line', async () => {
    const r = await runIn([...inspection, '--format', 'gitlab'], { cwd: fixtures });
    expect(r.code).toBe(1);
    const entries = JSON.parse(r.out) as Array<{ description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }>;
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.location).toEqual({ path: 'lai-chau-inspection-2020.csv', lines: { begin: 8 } });
      expect(e.severity).toBe('major');
      expect(e.description.startsWith('huyentanuyen.gov.vn: ')).toBe(true);
      expect(e.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(entries.map((e) => e.check_name)).toContain('district-domain');
    expect(new Set(entries.map((e) => e.fingerprint)).size).toBe(entries.length);
  });

  it('a warning is minor; no finding is an empty array', async () => {
    const warned = JSON.parse((await runIn(['check', '--as-of', '2020-06-25', '--format', 'gitlab', 'x.gov.vn'])).out) as Array<{ severity: string; check_name: string }>;
    expect(warned).toEqual([expect.objectContaining({ severity: 'minor', check_name: 'unknown-holder' })]);
    expect((await runIn(['check', '--as-of', '2020-06-25', '--format', 'gitlab', 'laichau.gov.vn'])).out).toBe('[]\n');
  });
});

describe('--format github', () => {
  it('an ::error annotation on the file line per error, then a count', async () => {
    const r = await runIn([...inspection, '--format', 'github', '--lang', 'en'], { cwd: fixtures });
    const lines = r.out.trimEnd().split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) expect(a).toMatch(/^::error file=lai-chau-inspection-2020\.csv,line=8,title=govvn [a-z0-9-]+%3A huyentanuyen\.gov\.vn::/);
    expect(annotations[0]).toContain('→ tanuyen.laichau.gov.vn');
    expect(lines.at(-1)).toBe('govvn: 9 rows: 8 compliant, 1 non-compliant');
  });

  it('escapes what would end or split a command; names from arguments name no file', async () => {
    const r = await runIn(['check', '--as-of', '2020-06-25', '--format', 'github', '--lang', 'en', 'a,b:c%\n::x.gov.vn']);
    const first = r.out.split('\n')[0]!;
    expect(first.startsWith('::error title=govvn ')).toBe(true);
    expect(first).not.toContain('file=');
    expect(r.out.split('\n').filter((l) => l.startsWith('::')).every((l) => /^::(error|warning) /.test(l))).toBe(true);
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet leaves out the info notes (the "input is a URL" note), keeps warnings and errors', async () => {
    const argv = ['check', '--as-of', '2020-06-25', '--lang', 'en', 'http://laichau.gov.vn', 'x.gov.vn', 'huyentanuyen.gov.vn'];
    const loud = await runIn(argv);
    const quiet = await runIn([...argv, '--quiet']);
    expect(loud.out).toContain('input-form');
    expect(quiet.out).not.toContain('input-form');
    expect(quiet.out).toContain('warning unknown-holder');
    expect(quiet.out).toContain('error   district-domain');
    expect(quiet.code).toBe(loud.code);
    const json = JSON.parse((await runIn([...argv, '--quiet', '--format', 'json'])).out) as Array<{ issues: Array<{ severity: string }> }>;
    expect(json.flatMap((r) => r.issues).some((i) => i.severity === 'info')).toBe(false);
  });

  it('--max-warnings N fails the run past N warnings that count, saying so on stderr', async () => {
    const argv = ['check', '--as-of', '2020-06-25', '--lang', 'en', 'x.gov.vn', 'y.gov.vn'];
    expect((await runIn(argv)).code).toBe(0);
    expect((await runIn([...argv, '--max-warnings', '2'])).code).toBe(0);
    const over = await runIn([...argv, '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.err).toBe('govvn: 2 warnings, more than --max-warnings 1 allows\n');
    expect((await runIn([...argv, '--max-warnings', 'many'])).code).toBe(2);
  });
});

describe('colour', () => {
  const argv = ['check', '--as-of', '2020-06-25', 'huyentanuyen.gov.vn'];
  const painted = async (extra: string[], env: Record<string, string>, tty: boolean) => (await runIn([...argv, ...extra], { env, tty })).out.includes('\x1b[');

  it('--color and --no-color decide, whatever the terminal and the environment', async () => {
    expect(await painted(['--color'], { NO_COLOR: '1' }, false)).toBe(true);
    expect(await painted(['--no-color'], { FORCE_COLOR: '1' }, true)).toBe(false);
    expect((await runIn([...argv, '--color', '--no-color'])).code).toBe(2);
  });

  it('FORCE_COLOR turns it on in a pipe (0 or false off); NO_COLOR off on a terminal', async () => {
    expect(await painted([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await painted([], { FORCE_COLOR: '' }, false)).toBe(true);
    expect(await painted([], { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await painted([], { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(await painted([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(await painted([], {}, true)).toBe(true);
    expect(await painted([], {}, false)).toBe(false);
  });

  it('--stdin-filename applies to standard input only', async () => {
    expect((await runIn([...argv, '--stdin-filename', 'x.txt'])).code).toBe(2);
  });
});
