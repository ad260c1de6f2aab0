/**
 * govvn/zod as a user gets it: from a project that has govvn in node_modules
 * (here a symlink to this repository), imported in ESM and required in CJS, and
 * type-checked under Node's own module resolution.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/bundle-size.js';

const INPUT = { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', domain: 'huyentanuyen.gov.vn' };

/** The same check in both module systems: the done-when of the zod issue. */
const BODY = `
const r = registrationSchema({ asOf: '2020-06-25', lang: 'en' }).safeParse(${JSON.stringify(INPUT)});
const v = validate(${JSON.stringify(INPUT.domain)}, { agency: ${JSON.stringify(INPUT.agency)}, province: ${JSON.stringify(INPUT.province)}, asOf: '2020-06-25', lang: 'en' });
const first = v.issues.find((i) => i.severity === 'error');
const ok = domainSchema({ asOf: '2026-11-28' }).parse('https://LaiChau.gov.vn/');
console.log(JSON.stringify({ success: r.success, path: r.error.issues[0].path, message: r.error.issues[0].message, expected: first.message, ok, suggestions: r.error.issues[0].params.suggestions }));
`;

let dir = '';

function run(file: string): { success: boolean; path: string[]; message: string; expected: string; ok: string; suggestions: string[] } {
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' })) as ReturnType<typeof run>;
}

describe('govvn/zod from a consuming project', () => {
  beforeAll(() => {
    expect(existsSync(join(ROOT, 'dist/zod.js')), 'dist/zod.js is missing: run `npm run build` (npm test does)').toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'govvn-consumer-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules/govvn'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    writeFileSync(join(dir, 'check.mjs'), `import { domainSchema, registrationSchema } from 'govvn/zod';\nimport { validate } from 'govvn';\n${BODY}`);
    writeFileSync(join(dir, 'check.cjs'), `const { domainSchema, registrationSchema } = require('govvn/zod');\nconst { validate } = require('govvn');\n${BODY}`);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const file of ['check.mjs', 'check.cjs']) {
    it(`${file}: fails the 2020 Tân Uyên record on ["domain"] with validate's first error`, () => {
      const out = run(file);
      expect(out.success).toBe(false);
      expect(out.path).toEqual(['domain']);
      expect(out.message).toBe(out.expected);
      expect(out.message).toBe('The name is at level 3; this holder needs a level-4 name: tanuyen.laichau.gov.vn.');
      expect(out.suggestions).toEqual(['tanuyen.laichau.gov.vn']);
      expect(out.ok).toBe('laichau.gov.vn');
    });
  }

  it('resolves through the package\u2019s own exports from its root (self-reference)', () => {
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import { resultSchema } from 'govvn/zod'; import { validate } from 'govvn'; console.log(resultSchema.safeParse(validate('laichau.gov.vn', { asOf: '2026-11-28' })).success);`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(out.trim()).toBe('true');
    const require = createRequire(join(ROOT, 'package.json'));
    expect(require.resolve('govvn/zod')).toBe(join(ROOT, 'dist/zod.cjs'));
  });

  it('declares zod as an optional peer, and types first in both conditions', () => {
    const pkg = createRequire(import.meta.url)('../package.json') as {
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
      dependencies?: Record<string, string>;
      exports: Record<string, Record<string, Record<string, string>>>;
    };
    expect(pkg.peerDependencies?.['zod']).toBe('^3.25 || ^4');
    expect(pkg.peerDependenciesMeta?.['zod']?.optional).toBe(true);
    expect(pkg.dependencies?.['zod']).toBeUndefined();
    const zod = pkg.exports['./zod']!;
    expect(Object.keys(zod)).toEqual(['import', 'require']);
    expect(Object.keys(zod['import']!)[0]).toBe('types');
    expect(Object.keys(zod['require']!)[0]).toBe('types');
    for (const cond of ['import', 'require'] as const) for (const f of Object.values(zod[cond]!)) expect(existsSync(join(ROOT, f)), f).toBe(true);
  });

  it('type-checks in ESM and CJS under Node16 resolution', () => {
    const use = `
const s = domainSchema({ asOf: '2026-11-28', lang: 'en', allowNotApplicable: true });
const host: string = s.parse('laichau.gov.vn');
const reg = registrationSchema({ lang: 'vi' }).safeParse({ agency: 'x', domain: 'y' });
const domain: string | undefined = reg.success ? reg.data.domain : undefined;
const stored: Result = resultSchema.parse({});
export { host, domain, stored };
`;
    writeFileSync(join(dir, 'types.mts'), `import { domainSchema, registrationSchema, resultSchema } from 'govvn/zod';\nimport type { Result } from 'govvn';\n${use}`);
    writeFileSync(join(dir, 'types.cts'), `import { domainSchema, registrationSchema, resultSchema } from 'govvn/zod';\nimport type { Result } from 'govvn';\n${use}`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['types.mts', 'types.cts'] }),
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    // tsc prints its errors on stdout; show them when it fails.
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
    } catch (e) {
      throw new Error(`tsc failed:\n${(e as { stdout?: string }).stdout ?? String(e)}`);
    }
  });
});
