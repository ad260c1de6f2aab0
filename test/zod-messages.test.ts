/**
 * The rules' own messages serve validate, the command line's JSON and the zod issues:
 * the same inputs pushed through the three give the same sentences.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
// The command line always loads the communes before 2025-07-01; so does this file.
import '../src/history.js';
import { validate } from '../src/index.js';
import type { EntityKind, IssueRecord, Lang, Verdict } from '../src/result.js';
import { domainSchema, registrationSchema, resultSchema, type GovvnIssueParams } from '../src/zod.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

interface Case {
  why: string;
  input: string;
  asOf: string;
  agency?: string;
  province?: string;
  kind?: EntityKind;
  verdict: Verdict;
}

const LC = 'Lai Châu';
const CASES: Case[] = [
  { why: 'a commune with its name', input: 'tanuyen.laichau.gov.vn', agency: 'UBND xã Tân Uyên', province: LC, asOf: '2026-11-28', verdict: 'compliant' },
  { why: 'a province given as a URL', input: 'https://user@Laichau.gov.vn:8080/x', asOf: '2026-11-28', verdict: 'compliant' },
  { why: 'a ministry', input: 'moh.gov.vn', agency: 'Bộ Y tế', asOf: '2026-11-28', verdict: 'compliant' },
  { why: 'a department with an unknown abbreviation (a warning)', input: 'abc.laichau.gov.vn', agency: 'Sở Tài chính tỉnh Lai Châu', asOf: '2026-11-28', verdict: 'compliant' },
  { why: 'a school, as of the inspection', input: 'chuyenlequydonlaichau.edu.vn', agency: 'Trường chuyên Lê Quý Đôn', province: LC, asOf: '2020-06-25', verdict: 'compliant' },
  { why: 'a commune at level 3 with its type word', input: 'xatanuyen.gov.vn', agency: 'UBND xã Tân Uyên', province: LC, asOf: '2026-11-28', verdict: 'non-compliant' },
  { why: 'the district of the 2020 inspection', input: 'huyentanuyen.gov.vn', agency: 'UBND huyện Tân Uyên', province: LC, asOf: '2020-06-25', verdict: 'non-compliant' },
  { why: 'a district after districts were abolished', input: 'tanuyen.laichau.gov.vn', agency: 'UBND huyện Tân Uyên', province: LC, asOf: '2026-11-28', verdict: 'non-compliant' },
  { why: 'an agency outside .vn', input: 'example.com', agency: 'UBND xã Tân Uyên', province: LC, asOf: '2026-11-28', verdict: 'non-compliant' },
  { why: 'an accented label', input: 'tànuyên.laichau.gov.vn', asOf: '2026-11-28', verdict: 'non-compliant' },
  { why: 'a Party body on gov.vn', input: 'laichau.gov.vn', kind: 'party-body', asOf: '2026-11-28', verdict: 'non-compliant' },
  { why: 'an empty input', input: '', asOf: '2026-11-28', verdict: 'invalid' },
  { why: 'two dots in a row', input: 'a..b.gov.vn', asOf: '2026-11-28', verdict: 'invalid' },
  { why: 'an IP address', input: '127.0.0.1', asOf: '2026-11-28', verdict: 'invalid' },
  { why: 'a URL without a host', input: 'http://', asOf: '2026-11-28', verdict: 'invalid' },
  { why: 'a name outside gov.vn with no agency', input: 'example.com', asOf: '2026-11-28', verdict: 'not-applicable' },
  { why: 'a school name without its agency', input: 'chuyenlequydonlaichau.edu.vn', asOf: '2020-06-25', verdict: 'not-applicable' },
];

function options(c: Case, lang: Lang) {
  return {
    lang,
    asOf: c.asOf,
    ...(c.agency !== undefined ? { agency: c.agency } : {}),
    ...(c.province !== undefined ? { province: c.province } : {}),
    ...(c.kind !== undefined ? { kind: c.kind } : {}),
  };
}

const run = promisify(execFile);

/** One run of the CLI for cases that share their options: one result per name, in input order. */
/** A result as JSON carries it, read back through the contract's schema. */
type Stored = z.output<typeof resultSchema>;

async function cli(cases: readonly Case[], lang: Lang): Promise<Stored[]> {
  const c = cases[0]!;
  const args = [CLI, 'check', '--format', 'json', '--lang', lang, '--as-of', c.asOf];
  if (c.agency !== undefined) args.push('--agency', c.agency);
  if (c.province !== undefined) args.push('--province', c.province);
  if (c.kind !== undefined) args.push('--kind', c.kind);
  args.push('--', ...cases.map((x) => x.input));
  let out: string;
  try {
    out = (await run(process.execPath, args, { encoding: 'utf8' })).stdout;
  } catch (e) {
    // Exit status 1 is the verdict of a failing name, and its output is the result.
    const err = e as { code?: number; stdout?: string };
    if (err.code !== 1 || !err.stdout) throw e;
    out = err.stdout;
  }
  const parsed = JSON.parse(out) as unknown[];
  if (parsed.length !== cases.length) throw new Error(`expected ${cases.length} results, got ${parsed.length}`);
  return parsed.map((r) => resultSchema.parse(r));
}

/** The CLI's answer for every case and language (`<lang>/<index>`). */
const fromCliByCase = new Map<string, Stored>();

const errorMessages = (r: { issues: readonly IssueRecord[] }) => r.issues.filter((i) => i.severity === 'error' && !i.waived).map((i) => i.message);

describe('the same messages for validate, the CLI and the zod schemas', () => {
  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
    const groups = new Map<string, { lang: Lang; indexes: number[] }>();
    for (const lang of ['vi', 'en'] as const) {
      for (const [i, c] of CASES.entries()) {
        const key = JSON.stringify(options(c, lang));
        const g = groups.get(key) ?? { lang, indexes: [] };
        g.indexes.push(i);
        groups.set(key, g);
      }
    }
    const jobs = [...groups.values()];
    const width = Math.max(2, Math.min(8, availableParallelism()));
    for (let k = 0; k < jobs.length; k += width) {
      await Promise.all(
        jobs.slice(k, k + width).map(async ({ lang, indexes }) => {
          const results = await cli(indexes.map((i) => CASES[i]!), lang);
          for (const [n, i] of indexes.entries()) fromCliByCase.set(`${lang}/${i}`, results[n]!);
        }),
      );
    }
  }, 120_000);

  it('covers every verdict, in both languages, with at least ten inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(CASES.map((c) => c.verdict))).toEqual(new Set(['compliant', 'non-compliant', 'invalid', 'not-applicable']));
    const reasons = new Set(CASES.filter((c) => c.verdict === 'non-compliant').map((c) => validate(c.input, options(c, 'en')).issues.find((i) => i.severity === 'error')?.ruleId));
    expect(reasons.size).toBeGreaterThanOrEqual(4);
  });

  for (const lang of ['vi', 'en'] as const) {
    describe(lang, () => {
      for (const [index, c] of CASES.entries()) {
        it(`${c.why}: ${JSON.stringify(c.input)} is ${c.verdict}`, () => {
          const o = options(c, lang);
          const lib = validate(c.input, o);
          expect(lib.verdict).toBe(c.verdict);

          // The CLI's JSON is the same result, sentence for sentence.
          const fromCli = fromCliByCase.get(`${lang}/${index}`)!;
          expect(fromCli.verdict).toBe(lib.verdict);
          expect(fromCli.issues.map((i) => i.message)).toEqual(lib.issues.map((i) => i.message));
          expect(fromCli.issues.map((i) => i.citation)).toEqual(lib.issues.map((i) => i.citation));
          expect(fromCli.suggestions).toEqual(lib.suggestions);

          const schemas: Array<[string, () => z.ZodSafeParseResult<unknown>, PropertyKey[]]> = [
            ['domainSchema', () => domainSchema(o).safeParse(c.input), []],
          ];
          if (c.agency !== undefined) {
            const { agency: _a, province: _p, ...rest } = o;
            const rec = { agency: c.agency, domain: c.input, ...(c.province !== undefined ? { province: c.province } : {}) };
            schemas.push(['registrationSchema', () => registrationSchema(rest).safeParse(rec), ['domain']]);
          }
          for (const [name, parse, path] of schemas) {
            const p = parse();
            if (c.verdict === 'compliant') {
              expect(p.success, name).toBe(true);
              const data = p.data as string | { domain: string };
              expect(typeof data === 'string' ? data : data.domain, name).toBe(lib.hostname);
              continue;
            }
            expect(p.success, name).toBe(false);
            const issues = (p.error?.issues ?? []) as z.core.$ZodIssueCustom[];
            expect(issues.every((i) => i.code === 'custom' && i.path.join() === path.join()), name).toBe(true);
            const params = issues.map((i) => i.params as GovvnIssueParams);
            if (c.verdict === 'not-applicable') {
              // validate has no finding to give: the schema's own sentence, in the same language.
              expect(errorMessages(lib)).toEqual([]);
              expect(issues).toHaveLength(1);
              expect(params[0]).toMatchObject({ ruleId: 'verdict', messageId: 'not-applicable', citation: null });
              expect(issues[0]!.message).toContain(lib.hostname!);
              expect(issues[0]!.message).toMatch(lang === 'vi' ? /nằm ngoài/ : /is outside/);
              continue;
            }
            expect(issues.map((i) => i.message), name).toEqual(errorMessages(lib));
            expect(issues.map((i) => i.message), name).toEqual(errorMessages(fromCli));
            const errs = lib.issues.filter((i) => i.severity === 'error');
            expect(params.map((x) => [x.ruleId, x.messageId, x.citation]), name).toEqual(errs.map((i) => [i.ruleId, i.messageId, i.citation ?? null]));
            for (const x of params) expect(x.suggestions, name).toEqual(lib.suggestions);
          }
          if (c.verdict === 'not-applicable') {
            expect(domainSchema({ ...o, allowNotApplicable: true }).parse(c.input)).toBe(lib.hostname);
          }
        });
      }
    });
  }
});
