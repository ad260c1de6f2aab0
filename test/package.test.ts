/**
 * The package as a user gets it: the tarball `npm pack` makes, linted by publint
 * and by "Are the types wrong?", then installed from the registry's point of view
 * into a fresh project (its dependencies, and zod as the peer of govvn/zod, come
 * from the registry), and used there through every door: require, import,
 * govvn/zod, govvn/history, the command line, and TypeScript under node16,
 * bundler and node10 module resolution.
 *
 * `npm test` builds first, so dist/ is there; the tarball is packed with
 * --ignore-scripts so that packing does not rebuild dist/ under the other tests.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const TSC = BIN('tsc');

/** Installing needs the registry; minutes on a slow network. */
const INSTALL_TIMEOUT = 300_000;

function run(cmd: string, args: string[], cwd: string, timeout = 120_000): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_update_notifier: 'false', FORCE_COLOR: '0' } });
}

function ok(r: SpawnSyncReturns<string>): string {
  expect(r.error, String(r.error)).toBeUndefined();
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

// Under mutation testing (stryker.config.mjs) the package cannot see a mutant: skip.
describe.skipIf(Boolean(process.env['GOVVN_MUTATION']))('the published package', () => {
  let dir = '';
  let tarball = '';
  let project = '';

  beforeAll(() => {
    expect(existsSync(join(ROOT, 'dist/index.js')), 'dist/ is missing: run `npm run build` (npm test does)').toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'govvn-package-'));
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
    const packed = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = join(dir, packed[0]!.filename);
    files = packed[0]!.files.map((f) => f.path);
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  let files: string[] = [];

  it('ships the built library, its types, the command line, the docs and the licence; no sources or tests', () => {
    for (const f of ['package.json', 'config.schema.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'SECURITY.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/zod.js', 'dist/zod.cjs', 'dist/history.js', 'dist/history.cjs', 'dist/report.js', 'dist/report.cjs', 'dist/report.d.ts', 'dist/cli.js']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|scripts|examples)\//.test(f) || f.endsWith('.tmp.ts'))).toEqual([]);
  });

  it('publint --strict finds nothing', () => {
    const out = ok(run(BIN('publint'), ['run', tarball, '--strict'], ROOT));
    expect(out).toContain('All good!');
  });

  it('"Are the types wrong?" finds nothing, in node10, node16 (CJS and ESM) and bundler resolution', () => {
    const r = run(BIN('attw'), [tarball, '--format', 'json'], ROOT);
    const report = JSON.parse(r.stdout) as { problems?: Record<string, unknown>; analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(report.analysis.problems).toEqual([]);
    expect(report.problems ?? {}).toEqual({});
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './config.schema.json', './history', './live', './package.json', './report', './zod']);
    expect(r.status).toBe(0);
  });

  describe('installed in a fresh project', () => {
    beforeAll(() => {
      project = join(dir, 'consumer');
      mkdirSync(project);
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'govvn-consumer', version: '1.0.0', private: true }, null, 2));
      ok(run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, 'zod@^4'], project, INSTALL_TIMEOUT));
    }, INSTALL_TIMEOUT + 10_000);

    it('require("govvn") judges a name', () => {
      const out = ok(run(process.execPath, ['-e', `const g = require('govvn'); const r = g.validate('huyentanuyen.gov.vn', { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', asOf: '2020-06-25', lang: 'en' }); console.log(JSON.stringify([r.verdict, r.suggestions, typeof g.VERSION]));`], project));
      expect(JSON.parse(out)).toEqual(['non-compliant', ['tanuyen.laichau.gov.vn'], 'string']);
    });

    it('import("govvn") judges a name, and govvn/history adds the old communes', () => {
      const code = `
        const g = await import('govvn');
        const before = g.validate('taleng.tanuyen.laichau.gov.vn', { agency: 'UBND xã Tà Lèng', province: 'Lai Châu', asOf: '2020-06-25' }).issues.some((i) => i.messageId === 'history-not-loaded');
        await import('govvn/history');
        const after = g.validate('taleng.tanuyen.laichau.gov.vn', { agency: 'UBND xã Tà Lèng', province: 'Lai Châu', asOf: '2020-06-25' }).issues.some((i) => i.messageId === 'history-not-loaded');
        console.log(JSON.stringify([g.validate('laichau.gov.vn', { asOf: '2020-06-25' }).verdict, before, after]));`;
      const out = ok(run(process.execPath, ['--input-type=module', '-e', code], project));
      expect(JSON.parse(out)).toEqual(['compliant', true, false]);
    });

    it('import("govvn/zod") and require("govvn/zod") check a result with the peer zod', () => {
      const esm = ok(run(process.execPath, ['--input-type=module', '-e', `const { resultSchema, domainSchema } = await import('govvn/zod'); const { validate } = await import('govvn'); console.log(JSON.stringify([resultSchema.safeParse(validate('laichau.gov.vn', { asOf: '2020-06-25' })).success, domainSchema({ asOf: '2020-06-25' }).parse('HTTPS://LaiChau.gov.vn/x')]));`], project));
      expect(JSON.parse(esm)).toEqual([true, 'laichau.gov.vn']);
      const cjs = ok(run(process.execPath, ['-e', `const { resultSchema } = require('govvn/zod'); const { validate } = require('govvn'); console.log(resultSchema.safeParse(validate('x..y', { asOf: '2020-06-25' })).success);`], project));
      expect(cjs.trim()).toBe('true');
    });

    it('govvn/report by require and import: checkAll over names, the writers over its rows', () => {
      const cjs = ok(run(process.execPath, ['-e', `const { toJunit, REPORT_FORMATS } = require('govvn/report'); const { validate } = require('govvn'); console.log(JSON.stringify([REPORT_FORMATS.length, toJunit([validate('huyentanuyen.gov.vn', { asOf: '2020-06-25' })]).includes('failures="1"')]));`], project));
      expect(JSON.parse(cjs)).toEqual([6, true]);
      const code = `
        const { checkAll, toSarif } = await import('govvn/report');
        const rows = [];
        for await (const row of checkAll(['laichau.gov.vn', 'huyentanuyen.gov.vn'], { asOf: '2020-06-25' })) rows.push(row);
        const log = JSON.parse(toSarif(rows));
        console.log(JSON.stringify([rows.map((r) => [r.line, r.verdict]), log.runs[0].results[0].locations[0].physicalLocation.region.startLine]));`;
      const esm = ok(run(process.execPath, ['--input-type=module', '-e', code], project));
      expect(JSON.parse(esm)).toEqual([[[1, 'compliant'], [2, 'non-compliant']], 2]);
    });

    it('govvn/live by require and import: facts judged without touching the network', () => {
      // validateWithFacts judges stored facts: no socket here, the package's door is what is tested.
      const facts = JSON.stringify({ host: 'laichau.gov.vn', checkedAt: '2026-08-01T00:00:00.000Z', dns: { a: ['192.0.2.1'], aaaa: [], aFailure: null, aaaaFailure: null, ms: 1 }, ipv6: null, tls: null, http: null, timedOut: false, ms: 1 });
      const call = `validateWithFacts('laichau.gov.vn', { agency: 'UBND tỉnh Lai Châu', asOf: '2026-08-01' }, ${facts}).issues.map((i) => i.ruleId + '/' + i.messageId)`;
      const cjs = ok(run(process.execPath, ['-e', `const { validateWithFacts, checkLive } = require('govvn/live'); console.log(JSON.stringify([typeof checkLive, ${call}]));`], project));
      expect(JSON.parse(cjs)).toEqual(['function', ['live-ipv6/no-aaaa']]);
      const esm = ok(run(process.execPath, ['--input-type=module', '-e', `const { validateWithFacts } = await import('govvn/live'); console.log(JSON.stringify(${call}));`], project));
      expect(JSON.parse(esm)).toEqual(['live-ipv6/no-aaaa']);
    });

    it('npx govvn check laichau.gov.vn exits 0; a non-compliant name exits 1', () => {
      const good = run('npx', ['--no', 'govvn', 'check', 'laichau.gov.vn'], project);
      expect(good.status, good.stderr).toBe(0);
      expect(good.stdout).toContain('laichau.gov.vn');
      const bad = run('npx', ['--no', 'govvn', 'check', '--as-of', '2020-06-25', 'huyentanuyen.gov.vn'], project);
      expect(bad.status, bad.stderr).toBe(1);
      const version = ok(run('npx', ['--no', '--', 'govvn', '--version'], project));
      expect(version).toContain('0.1.0');
    });

    /** A program that uses the public types, and must not compile when it misuses them. */
    const PROGRAM = `
import { validate, suggest, ENTITY_KINDS, GovvnOptionError, type Result, type Issue, type ValidateOptions, type Verdict, type EntityKind } from 'govvn';
import 'govvn/history';
import { resultSchema, domainSchema } from 'govvn/zod';
import { toSarif, writeReport, type ReportRow, type CheckedRow } from 'govvn/report';

const options: ValidateOptions = { agency: 'UBND tỉnh Lai Châu', asOf: '2020-06-25', lang: 'en' };
const r: Result = validate('laichau.gov.vn', options);
const v: Verdict = r.verdict;
const first: Issue | undefined = r.issues[0];
const kinds: readonly EntityKind[] = ENTITY_KINDS;
const names: string[] = suggest('UBND huyện Tân Uyên', { province: 'Lai Châu', asOf: '2020-06-25' });
const parsed: Result = resultSchema.parse(r);
const host: string = domainSchema({ asOf: '2020-06-25' }).parse('laichau.gov.vn');
const err: Error = new GovvnOptionError('x');
const rows: ReportRow[] = [r];
const sarif: string = toSarif(rows, { file: 'sites.csv', failOn: 'warning' });
const checked: CheckedRow | undefined = undefined;
// @ts-expect-error: not a report format
writeReport('pdf', rows);
// @ts-expect-error: not a language the library speaks
validate('laichau.gov.vn', { lang: 'fr' });
// @ts-expect-error: not a verdict
const wrong: Verdict = 'ok';
export { v, first, kinds, names, parsed, host, err, wrong, sarif, checked };
`;

    const CONFIGS: Array<[string, Record<string, unknown>, string]> = [
      ['node16 (CommonJS file)', { module: 'node16', moduleResolution: 'node16' }, 'program.ts'],
      ['node16 (ES module file)', { module: 'node16', moduleResolution: 'node16' }, 'program.mts'],
      ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'program.ts'],
      ['node10', { module: 'commonjs', moduleResolution: 'node10' }, 'program.ts'],
    ];

    for (const [name, options, file] of CONFIGS) {
      it(`a TypeScript program using the public types compiles under ${name}`, () => {
        const sub = join(project, `ts-${name.replace(/\W+/g, '-')}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, file), PROGRAM);
        const tsconfig = {
          // Declarations checked too (skipLibCheck off), ours and zod's; zod's need the DOM's URL and esModuleInterop.
          compilerOptions: { ...options, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, esModuleInterop: true, types: [], lib: ['es2022', 'dom'] },
          files: [file],
        };
        writeFileSync(join(sub, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
        const r = run(TSC, ['-p', join(sub, 'tsconfig.json')], sub);
        expect(r.stdout + r.stderr).toBe('');
        expect(r.status).toBe(0);
      });
    }
  });
});
