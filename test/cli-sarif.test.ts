/**
 * SARIF that code scanning accepts, from every input mode: valid against the
 * SARIF 2.1.0 schema, a physical location (a file and a line) on every result
 * (GitHub refuses a result without one), a `helpUri` on every rule, and the
 * project's address as `informationUri`.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_URL } from '../src/cli/formats/links.js';
import { SYNTHETIC_INPUT } from '../src/cli/formats/location.js';
import { fixtures, root, runIn } from './cli-helpers.js';
import { sarifValidator } from './helpers/sarif-schema.js';

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  version: string;
  homepage: string;
  repository: { url: string };
  bugs: { url: string };
};
const LAI_CHAU = ['--as-of', '2020-06-25', '--province', 'Lai Châu', '--format', 'sarif'];
const NAMES = ['laichau.gov.vn', 'huyentanuyen.gov.vn', 'x..y', 'muongte.laichau.gov.vn'];

const dir = mkdtempSync(join(tmpdir(), 'govvn-sarif-'));
writeFileSync(join(dir, 'sites.txt'), `# the province's sites\n${NAMES.join('\n')}\n`);

type Log = {
  runs: Array<{
    tool: { driver: { informationUri: string; rules: Array<{ id: string; helpUri: string }> } };
    artifacts: Array<{ location: { uri: string } }>;
    results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; index: number }; region: { startLine: number } } }> }>;
  }>;
};

/** [mode, argv, stdin, cwd, expected file, expected lines of the results] */
const MODES: Array<[string, string[], string | undefined, string, string, number[]]> = [
  ['names as arguments', ['check', ...LAI_CHAU, ...NAMES], undefined, root, SYNTHETIC_INPUT, [2, 3]],
  ['names on standard input', ['check', ...LAI_CHAU, '-'], `${NAMES.join('\n')}\n`, root, SYNTHETIC_INPUT, [2, 3]],
  ['standard input named by --stdin-filename', ['check', ...LAI_CHAU, '-', '--stdin-filename', 'lists/sites.txt'], `${NAMES.join('\n')}\n`, root, 'lists/sites.txt', [2, 3]],
  ['a text file', ['check', ...LAI_CHAU, '--file', 'sites.txt'], undefined, dir, 'sites.txt', [3, 4]],
  ['a CSV file', ['check', ...LAI_CHAU, '--file', 'lai-chau-inspection-2020.csv'], undefined, fixtures, 'lai-chau-inspection-2020.csv', [8]],
  ['a CSV on standard input', ['check', ...LAI_CHAU, '-'], readFileSync(`${fixtures}lai-chau-inspection-2020.csv`, 'utf8'), root, SYNTHETIC_INPUT, [8]],
];

describe('SARIF from every input mode', () => {
  const validate = sarifValidator();

  for (const [mode, argv, stdin, cwd, file, lines] of MODES) {
    it(`${mode}: valid SARIF 2.1.0, every result at a line of ${file}`, async () => {
      const r = await runIn(argv, { ...(stdin !== undefined ? { stdin } : {}), cwd });
      expect(r.err).toBe('');
      expect(r.code).toBe(1);
      const log = JSON.parse(r.out) as Log;
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      const run = log.runs[0]!;
      expect(run.artifacts.map((a) => a.location.uri)).toEqual([file]);
      expect(run.results.length).toBeGreaterThan(0);
      for (const result of run.results) {
        const physical = result.locations[0]!.physicalLocation;
        expect(physical.artifactLocation).toEqual({ uri: file, index: 0 });
        expect(physical.region.startLine).toBeGreaterThanOrEqual(1);
      }
      expect(run.results.map((x) => x.locations[0]!.physicalLocation.region.startLine)).toEqual(lines);
    });
  }

  it('every rule has a helpUri to its page online, as of this version; the tool names the project', async () => {
    const log = JSON.parse((await runIn(['check', ...LAI_CHAU, 'laichau.gov.vn'])).out) as Log;
    const driver = log.runs[0]!.tool.driver;
    expect(driver.informationUri).toBe(PROJECT_URL);
    expect(driver.rules.length).toBeGreaterThan(5);
    for (const rule of driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`^${PROJECT_URL}/blob/v${pkg.version.replace(/\./g, '\\.')}/docs/`));
      // The page it names is in the repository (and in the package's docs/).
      expect(existsSync(`${root}${rule.helpUri.slice(`${PROJECT_URL}/blob/v${pkg.version}/`.length)}`), rule.helpUri).toBe(true);
    }
  });

  it('package.json names the same repository, homepage and issue tracker', () => {
    expect(pkg.repository.url).toBe(`git+${PROJECT_URL}.git`);
    expect(pkg.homepage.startsWith(PROJECT_URL)).toBe(true);
    expect(pkg.bugs.url).toBe(`${PROJECT_URL}/issues`);
  });

  it('a result keeps its fingerprint when its row moves', async () => {
    const fp = async (names: string[]) => {
      const log = JSON.parse((await runIn(['check', ...LAI_CHAU, ...names])).out) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> };
      return log.runs[0]!.results.map((x) => x.partialFingerprints['govvnFinding/v1']);
    };
    expect(await fp(['huyentanuyen.gov.vn'])).toEqual(await fp(['laichau.gov.vn', 'huyentanuyen.gov.vn']));
  });
});
