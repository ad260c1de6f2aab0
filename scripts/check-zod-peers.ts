/**
 * govvn/zod with each zod its peer range accepts (`^3.25 || ^4`): for each, a
 * fresh project installs the packed package and that zod from the registry (npm's
 * cache first), then runs a registration check in ESM and in CJS and type-checks
 * a use of the schemas under Node16 resolution. A project on zod 3.25 reaches
 * zod 4's API through zod's own `zod/v4` entry, which govvn/zod imports.
 *
 *   npm run build && npx tsx scripts/check-zod-peers.ts
 *
 * A script run by CI (.ci/run), not a vitest test: it needs the registry, and a
 * test that skipped itself offline would let the peer range break unseen. Exits
 * 1 when any check fails, 2 when a project cannot be installed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installPacked } from './form-payload.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The oldest and the newest line of each major the peer range names. */
export const ZOD_RANGES = ['3.25', '^4'] as const;

const CHECK = `
const record = { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', domain: 'huyentanuyen.gov.vn' };
const r = registrationSchema({ asOf: '2020-06-25', lang: 'en' }).safeParse(record);
const ok = domainSchema({ asOf: '2026-11-28' }).parse('https://LaiChau.gov.vn/');
const stored = resultSchema.safeParse(validate('laichau.gov.vn', { asOf: '2026-11-28' })).success;
const mine = z.object({ name: z.string() }).safeParse({ name: 'x' }).success;
console.log(JSON.stringify({ success: r.success, path: r.error && r.error.issues[0].path, suggestions: r.error && r.error.issues[0].params.suggestions, ok, stored, mine }));
`;

const EXPECTED = JSON.stringify({ success: false, path: ['domain'], suggestions: ['tanuyen.laichau.gov.vn'], ok: 'laichau.gov.vn', stored: true, mine: true });

const TYPES = `
const s = domainSchema({ asOf: '2026-11-28', lang: 'en', allowNotApplicable: true });
const host: string = s.parse('laichau.gov.vn');
const reg = registrationSchema({ lang: 'vi' }).safeParse({ agency: 'x', domain: 'y' });
const domain: string | undefined = reg.success ? reg.data.domain : undefined;
const stored: Result = resultSchema.parse({});
export { host, domain, stored };
`;

function checkWith(range: string): string[] {
  const failures: string[] = [];
  let dir: string;
  try {
    dir = installPacked(ROOT, range).dir;
  } catch (e) {
    console.error(`cannot install govvn with zod@${range}: ${(e as Error).message}`);
    process.exit(2);
  }
  try {
    const version = (JSON.parse(readFileSync(join(dir, 'node_modules/zod/package.json'), 'utf8')) as { version: string }).version;
    writeFileSync(join(dir, 'check.mjs'), `import * as z from 'zod/v4';\nimport { domainSchema, registrationSchema, resultSchema } from 'govvn/zod';\nimport { validate } from 'govvn';\n${CHECK}`);
    writeFileSync(join(dir, 'check.cjs'), `const z = require('zod/v4');\nconst { domainSchema, registrationSchema, resultSchema } = require('govvn/zod');\nconst { validate } = require('govvn');\n${CHECK}`);
    for (const file of ['check.mjs', 'check.cjs']) {
      let out = '';
      try {
        out = execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' }).trim();
      } catch (e) {
        out = String((e as { stderr?: string }).stderr ?? e);
      }
      if (out !== EXPECTED) failures.push(`zod ${version}, ${file}: got ${out}, want ${EXPECTED}`);
    }
    writeFileSync(join(dir, 'types.mts'), `import { domainSchema, registrationSchema, resultSchema } from 'govvn/zod';\nimport type { Result } from 'govvn';\n${TYPES}`);
    writeFileSync(join(dir, 'types.cts'), `import { domainSchema, registrationSchema, resultSchema } from 'govvn/zod';\nimport type { Result } from 'govvn';\n${TYPES}`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['types.mts', 'types.cts'] }),
    );
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8' });
    } catch (e) {
      failures.push(`zod ${version}, types: ${(e as { stdout?: string }).stdout ?? String(e)}`);
    }
    console.log(`zod ${version}: ${failures.length === 0 ? 'govvn/zod works (ESM, CJS, types)' : 'FAILED'}`);
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
  return failures;
}

const failures = ZOD_RANGES.flatMap(checkWith);
for (const f of failures) console.error(f);
if (failures.length > 0) process.exitCode = 1;
