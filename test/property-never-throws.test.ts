/**
 * Properties of `validate` over any input at all: it never throws on the name,
 * whatever it is, and what it returns is always a well-formed `Result` (checked
 * with the same zod schema users check stored results with).
 *
 * Runs are bounded so that `npm test` stays fast; a failure prints its seed and
 * path, which `{ seed, path }` in the second argument of `test.prop` replays.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import '../src/history.js';
import { GovvnOptionError, validate, type ValidateOptions } from '../src/index.js';
import { resultSchema } from '../src/zod.js';

/** Fewer cases under mutation testing (stryker.config.mjs sets GOVVN_MUTATION), where each mutant reruns the file. */
const runs = (n: number): number => (process.env['GOVVN_MUTATION'] ? Math.max(10, Math.round(n / 10)) : n);
// and a fixed seed there, so that a mutant is killed or not the same way on every run.
if (process.env['GOVVN_MUTATION']) fc.configureGlobal({ seed: 20200625 });

/** Any UTF-16 code unit, lone surrogates and C0/C1 controls included (fc's 'binary' unit emits only well-formed text). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Pieces that mean something to a URL or host parser, to reach past the first refusal. */
const hostilePiece = fc.constantFrom(
  '.', '..', '\u3002', '\uFF0E', '\uFF61', '%2e', '%2E', '%', '%zz', '@', ':', '/', '\\', '#', '?', '[', ']', '[::1]',
  'http://', 'https://', 'HTTP://', 'file:', '//', 'xn--', 'xn--ls8h', 'xn--l-8f4gg7i', '--', '-', '_', '*', ' ', '\t', '\n', '\r',
  '\u0000', '\u001f', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\ud800', '\udc00',
  '\u0301', '\u0430', '\u03bf', '\u0627', '\u05d0', '\u0660', '\uff4c', '\uff10', '0x', '0x7f', '0177', '127', '255', '256', '4294967296',
  'gov', 'vn', 'gov.vn', 'edu.vn', 'laichau', 'www', 'sở', 'Lai Châu', 'ⓛⓐⓘ', '\u{1F4A9}', 'ß', 'ς', 'İ', 'ﬁ',
);

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: codeUnit, maxLength: 80 }),
  fc.array(fc.oneof(hostilePiece, fc.string({ unit: 'grapheme-ascii', maxLength: 6 })), { maxLength: 24 }).map((a) => a.join('')),
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.domain(),
);

const options = fc.record(
  {
    agency: fc.constantFrom('UBND tỉnh Lai Châu', 'UBND huyện Tân Uyên', 'Sở Y tế tỉnh Lai Châu', 'Bộ Tài chính', 'Trường THPT Lê Quý Đôn', 'Huyện ủy Tuy Phong'),
    province: fc.constantFrom('Lai Châu', 'Hà Nội', 'Hồ Chí Minh'),
    asOf: fc.constantFrom('2011-10-01', '2020-06-25', '2025-06-30', '2025-07-01', '2026-07-01'),
    lang: fc.constantFrom('vi' as const, 'en' as const),
  },
  { requiredKeys: ['asOf'] },
);

function wellFormed(r: unknown, input: string): void {
  const parsed = resultSchema.safeParse(r);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  const result = r as { input: string; verdict: string; hostname: string | null };
  expect(result.input).toBe(input);
  if (result.verdict !== 'invalid') expect(result.hostname).not.toBeNull();
}

describe('validate never throws on the name, and always returns a Result', () => {
  test.prop([hostileString, options], { numRuns: runs(400) })('any string, with any agency and date', (input, opts) => {
    wellFormed(validate(input, opts as ValidateOptions), input);
  });

  test.prop([hostileString], { numRuns: runs(300) })('any string, without options', (input) => {
    wellFormed(validate(input, { asOf: '2026-11-28' }), input);
  });

  test.prop([fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true })], {
    numRuns: runs(200),
  })('any value as the input (a form may hand over anything)', (value) => {
    const r = validate(value as string, { asOf: '2020-06-25', agency: 'UBND tỉnh Lai Châu' });
    expect(resultSchema.safeParse(r).success).toBe(true);
    expect(typeof r.input).toBe('string');
  });

  test('values whose conversion to text throws or lies', () => {
    const throwing = { toString: () => { throw new Error('no'); } };
    const lying = { toString: () => ({}), valueOf: () => ({}) };
    const proxy = new Proxy({}, { get: () => { throw new Error('trap'); } });
    for (const v of [throwing, lying, proxy, Symbol('x'), Object.create(null), () => 'laichau.gov.vn']) {
      const r = validate(v as unknown as string, { asOf: '2020-06-25' });
      expect(resultSchema.safeParse(r).success).toBe(true);
      expect(r.verdict).not.toBe('compliant');
    }
  });

  test.prop([fc.string({ unit: codeUnit, maxLength: 60 }), fc.string({ unit: codeUnit, maxLength: 30 })], { numRuns: runs(200) })(
    'any agency and province text is an answer, never an exception',
    (agency, province) => {
      const r = validate('laichau.gov.vn', { agency, province, asOf: '2020-06-25' });
      expect(resultSchema.safeParse(r).success).toBe(true);
    },
  );

  test.prop([fc.constantFrom('2011-09-30', '2020-02-30', '20200625', '', 'today')])('a bad date is the only way to make it throw, and it says so', (asOf) => {
    expect(() => validate('laichau.gov.vn', { asOf })).toThrow(GovvnOptionError);
  });

  // About 1 MB each: the caps in src/host keep the work linear (the benchmark shows the scaling).
  const MB = 1 << 20;
  test.each([
    ['ASCII letters', 'a'.repeat(MB)],
    ['lone high surrogates', '\ud800'.repeat(MB)],
    ['Vietnamese letters and dots', 'ạ.'.repeat(MB / 2)],
    ['ideographic full stops', '\u3002'.repeat(MB)],
    ['percent-encoded dots', '%2e'.repeat(MB / 3)],
    ['at-signs after a scheme', 'http://' + '@'.repeat(MB)],
    ['long Unicode labels', ('ạ'.repeat(60) + '.').repeat(MB / 61)],
    ['NUL and controls', '\u0000\u0001\u001f\u007f'.repeat(MB / 4)],
  ])('1 MB of %s', (_name, input) => {
    const r = validate(input, { asOf: '2020-06-25', agency: 'UBND tỉnh Lai Châu' });
    expect(resultSchema.safeParse(r).success).toBe(true);
    expect(r.verdict).toBe('invalid');
    // A huge input is reported briefly: problems are capped (MAX_PROBLEMS in src/host/syntax.ts).
    expect(r.issues.length).toBeLessThanOrEqual(24);
  });
});
