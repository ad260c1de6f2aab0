/**
 * Hostile names, each with the verdict it must get, for the agency
 * "UBND tỉnh Lai Châu" and without an agency. The same list, with the verdicts,
 * is the table in docs/quality.md (a test below keeps the two in step; run with
 * GOVVN_PRINT_HOSTILE_TABLE=1 to print the rows).
 *
 * The hostname layer has finer tests of each trick (src/host/*.test.ts); these are
 * about the verdict a user sees.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate, type Verdict } from '../src/index.js';
import { parseAgencyName } from '../src/agency-name/index.js';

const AGENCY = 'UBND tỉnh Lai Châu';
const AS_OF = '2020-06-25';
/** Every era of the law: a name that is never compliant is never compliant on any of these days. */
const DAYS = ['2011-10-01', '2020-06-25', '2025-07-01', '2026-07-01'];

type Group = 'lookalike' | 'elsewhere' | 'same-host' | 'invalid' | 'huge';

interface Hostile {
  group: Group;
  /** What the trick is, in words (the input may hold characters that look like others). */
  what: string;
  input: string;
  /** How the input is shown in the docs, when it is too long or too odd to print. */
  shown?: string;
  /** The hostname judged (shortened in the docs when long). */
  hostname: string | null;
  /** Verdict for "UBND tỉnh Lai Châu". */
  agency: Verdict;
  /** Verdict with no agency. */
  alone: Verdict;
  /** A finding that must be among the issues, `ruleId:messageId`. */
  finding: string;
}

const cyrillicA = 'l\u0430ichau.gov.vn';
const over253 = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(55)}.gov.vn`;
const at253 = over253.replace('d'.repeat(55), 'd'.repeat(54));

const CASES: Hostile[] = [
  // Never compliant: look-alike letters. UTS #46 accepts them; the lookalike rule does not.
  { group: 'lookalike', what: 'Cyrillic а (U+0430) for the a of laichau', input: cyrillicA, hostname: 'xn--lichau-3nf.gov.vn', agency: 'non-compliant', alone: 'non-compliant', finding: 'lookalike-script:mixed-script' },
  { group: 'lookalike', what: 'the same, written as its A-label', input: 'xn--lichau-3nf.gov.vn', hostname: 'xn--lichau-3nf.gov.vn', agency: 'non-compliant', alone: 'non-compliant', finding: 'lookalike-script:mixed-script' },
  { group: 'lookalike', what: 'whole-script Cyrillic (у а ш)', input: '\u0443\u0430\u0448.gov.vn', hostname: 'xn--80a1bq.gov.vn', agency: 'non-compliant', alone: 'non-compliant', finding: 'lookalike-script:non-latin-script' },
  { group: 'lookalike', what: 'whole-script Cyrillic (с і с)', input: '\u0441\u0456\u0441.gov.vn', hostname: 'xn--q1aa6d.gov.vn', agency: 'non-compliant', alone: 'non-compliant', finding: 'lookalike-script:non-latin-script' },
  { group: 'lookalike', what: 'Greek υ (U+03C5) for the u of laichau', input: 'laicha\u03C5.gov.vn', hostname: 'xn--laicha-u1e.gov.vn', agency: 'non-compliant', alone: 'non-compliant', finding: 'lookalike-script:mixed-script' },
  { group: 'lookalike', what: 'Greek ο (U+03BF) for the o of gov', input: 'laichau.g\u03BFv.vn', hostname: 'laichau.xn--gv-jbc.vn', agency: 'non-compliant', alone: 'non-compliant', finding: 'lookalike-script:mixed-script' },
  { group: 'lookalike', what: 'Greek κ hidden in an A-label (lκaichau)', input: 'xn--laichau-3nf.gov.vn', hostname: 'xn--laichau-3nf.gov.vn', agency: 'non-compliant', alone: 'non-compliant', finding: 'lookalike-script:mixed-script' },

  // Never compliant: the browser goes somewhere else.
  { group: 'elsewhere', what: 'more labels after the name', input: 'laichau.gov.vn.evil.com', hostname: 'laichau.gov.vn.evil.com', agency: 'non-compliant', alone: 'not-applicable', finding: 'gov-vn-zone:outside-gov-vn' },
  { group: 'elsewhere', what: 'the name as userinfo', input: 'http://laichau.gov.vn@evil.com/', hostname: 'evil.com', agency: 'non-compliant', alone: 'not-applicable', finding: 'input-form:userinfo' },
  { group: 'elsewhere', what: 'the name and a port as userinfo, no scheme', input: 'laichau.gov.vn:80@evil.com', hostname: 'evil.com', agency: 'non-compliant', alone: 'not-applicable', finding: 'input-form:userinfo' },
  { group: 'elsewhere', what: '"\\" ends the host before "@"', input: 'http://evil.com\\@laichau.gov.vn', hostname: 'evil.com', agency: 'non-compliant', alone: 'not-applicable', finding: 'gov-vn-zone:outside-gov-vn' },
  { group: 'elsewhere', what: '"#" ends the host before "@"', input: 'http://evil.com#@laichau.gov.vn', hostname: 'evil.com', agency: 'non-compliant', alone: 'not-applicable', finding: 'gov-vn-zone:outside-gov-vn' },
  { group: 'elsewhere', what: '"?" ends the host before "@"', input: 'http://evil.com?@laichau.gov.vn', hostname: 'evil.com', agency: 'non-compliant', alone: 'not-applicable', finding: 'gov-vn-zone:outside-gov-vn' },
  { group: 'elsewhere', what: '"/" ends the host before "@"', input: 'http://evil.com/@laichau.gov.vn', hostname: 'evil.com', agency: 'non-compliant', alone: 'not-applicable', finding: 'gov-vn-zone:outside-gov-vn' },
  { group: 'elsewhere', what: 'the name as a path', input: 'evil.com/laichau.gov.vn', hostname: 'evil.com', agency: 'non-compliant', alone: 'not-applicable', finding: 'gov-vn-zone:outside-gov-vn' },
  { group: 'elsewhere', what: 'an escaped "/" stays in the userinfo', input: 'http://laichau.gov.vn%2F@evil.com', hostname: 'evil.com', agency: 'non-compliant', alone: 'not-applicable', finding: 'input-form:userinfo' },
  { group: 'elsewhere', what: 'a percent-encoded dot joins another host', input: 'laichau.gov.vn%2eevil.com', hostname: 'laichau.gov.vn.evil.com', agency: 'non-compliant', alone: 'not-applicable', finding: 'gov-vn-zone:outside-gov-vn' },
  { group: 'elsewhere', what: 'an ideographic full stop joins another host', input: 'laichau.gov.vn\u3002evil.com', hostname: 'laichau.gov.vn.evil.com', agency: 'non-compliant', alone: 'not-applicable', finding: 'gov-vn-zone:outside-gov-vn' },
  { group: 'elsewhere', what: 'an escaped "@" is no userinfo: a forbidden host character', input: 'http://laichau.gov.vn%40evil.com', hostname: 'laichau.gov.vn%40evil.com', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:bad-character' },
  { group: 'elsewhere', what: 'an escaped "/" inside the host', input: 'https://evil.com%2flaichau.gov.vn', hostname: 'evil.com%2flaichau.gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:bad-character' },
  { group: 'elsewhere', what: 'a right-to-left override (U+202E) that shows the name reversed', input: '\u202Env.vog.uahcial', hostname: '\u202Env.vog.uahcial', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:uts46' },
  { group: 'elsewhere', what: 'a NUL before more labels', input: 'laichau.gov.vn\u0000.evil.com', hostname: 'laichau.gov.vn\u0000.evil.com', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:bad-character' },
  { group: 'elsewhere', what: 'a zero width joiner (U+200D) out of context', input: 'lai\u200Dchau.gov.vn', hostname: 'lai\u200Dchau.gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:uts46' },
  { group: 'elsewhere', what: 'a space between the host and the path: no browser opens it', input: 'http://laichau.gov.vn /', hostname: 'laichau.gov.vn ', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:bad-character' },

  // Judged as the host a browser visits, with an info finding on how it was written.
  { group: 'same-host', what: '"\\" after the host', input: 'http://laichau.gov.vn\\x', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:url' },
  { group: 'same-host', what: '"#" after the host', input: 'http://laichau.gov.vn#x', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:url' },
  { group: 'same-host', what: '"?" after the host', input: 'http://laichau.gov.vn?x', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:url' },
  { group: 'same-host', what: '"/" after the host', input: 'http://laichau.gov.vn/x', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:url' },
  { group: 'same-host', what: 'userinfo and a port around the name', input: 'https://user:pw@laichau.gov.vn:8443/', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:userinfo' },
  { group: 'same-host', what: 'a percent-encoded dot', input: 'laichau%2Egov.vn', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:not-canonical' },
  { group: 'same-host', what: 'fullwidth letters and full stops', input: '\uFF4C\uFF41\uFF49\uFF43\uFF48\uFF41\uFF55\uFF0E\uFF47\uFF4F\uFF56\uFF0E\uFF56\uFF4E', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:not-canonical' },
  { group: 'same-host', what: 'ideographic full stops (U+3002)', input: 'laichau\u3002gov\u3002vn', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:not-canonical' },
  { group: 'same-host', what: 'a soft hyphen (U+00AD), ignored', input: 'lai\u00ADchau.gov.vn', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:not-canonical' },
  { group: 'same-host', what: 'a zero width space (U+200B), ignored', input: 'lai\u200Bchau.gov.vn', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:not-canonical' },
  { group: 'same-host', what: 'a tab inside, dropped', input: 'lai\tchau.gov.vn', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:not-canonical' },
  { group: 'same-host', what: 'circled letters', input: '\u24DB\u24D0\u24D8\u24D2\u24D7\u24D0\u24E4.gov.vn', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:not-canonical' },
  { group: 'same-host', what: 'upper case', input: 'LAICHAU.GOV.VN', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:not-canonical' },
  { group: 'same-host', what: 'one trailing dot', input: 'laichau.gov.vn.', hostname: 'laichau.gov.vn', agency: 'compliant', alone: 'compliant', finding: 'input-form:not-canonical' },

  // Invalid: not a host name a registry would delegate.
  { group: 'invalid', what: 'an xn-- label that does not decode', input: 'xn--zz.gov.vn', hostname: 'xn--zz.gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:bad-punycode' },
  { group: 'invalid', what: 'an xn-- label whose number overflows', input: 'xn--9999999999.gov.vn', hostname: 'xn--9999999999.gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:bad-punycode' },
  { group: 'invalid', what: 'an xn-- label that decodes to plain ASCII', input: 'xn--abc-.gov.vn', hostname: 'xn--abc-.gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:bad-punycode' },
  { group: 'invalid', what: 'an xn-- label that does not re-encode to itself (two surrogates decoded apart)', input: 'xn--l-8f4gg7i.gov.vn', hostname: 'xn--l-8f4gg7i.gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:bad-punycode' },
  { group: 'invalid', what: 'an xn-- label that decodes to a disallowed code point', input: 'xn--a.gov.vn', hostname: 'xn--a.gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:uts46' },
  { group: 'invalid', what: '"--" in positions 3–4, not xn--', input: 'la--ichau.gov.vn', hostname: 'la--ichau.gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:hyphen-3-4' },
  { group: 'invalid', what: '"--" in positions 3–4 (another prefix)', input: 'ab--laichau.gov.vn', hostname: 'ab--laichau.gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:hyphen-3-4' },
  { group: 'invalid', what: 'an empty label ("..")', input: 'laichau..gov.vn', hostname: 'laichau..gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:empty-label' },
  { group: 'invalid', what: 'a leading dot', input: '.laichau.gov.vn', hostname: '.laichau.gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:empty-label' },
  { group: 'invalid', what: 'two trailing dots', input: 'laichau.gov.vn..', hostname: 'laichau.gov.vn.', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:empty-label' },
  { group: 'invalid', what: 'IPv4 as one decimal number', input: '2130706433', hostname: '127.0.0.1', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:ip-address' },
  { group: 'invalid', what: 'IPv4 in octal', input: '0177.0.0.1', hostname: '127.0.0.1', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:ip-address' },
  { group: 'invalid', what: 'IPv4 in hex, dotted', input: '0x7f.0.0.1', hostname: '127.0.0.1', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:ip-address' },
  { group: 'invalid', what: 'IPv4 as one hex number, in a URL', input: 'http://0x7f000001/', hostname: '127.0.0.1', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:ip-address' },
  { group: 'invalid', what: 'IPv4, short form', input: '127.1', hostname: '127.0.0.1', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:ip-address' },
  { group: 'invalid', what: 'IPv4, dotted decimal', input: '1.1.1.1', hostname: '1.1.1.1', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:ip-address' },
  { group: 'invalid', what: 'a name ending in a number (a broken address)', input: 'laichau.gov.1', hostname: 'laichau.gov.1', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:ip-address' },
  { group: 'invalid', what: 'IPv6 literal', input: '[::1]', hostname: '[::1]', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:ip-address' },
  { group: 'invalid', what: 'IPv6 literal in a URL', input: 'http://[2001:db8::1]/', hostname: '[2001:db8::1]', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:ip-address' },
  { group: 'invalid', what: 'IPv6 with an embedded IPv4', input: '[::ffff:127.0.0.1]', hostname: '[::ffff:7f00:1]', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:ip-address' },
  { group: 'invalid', what: '128 labels', input: `${'a.'.repeat(127)}vn`, shown: "'a.'.repeat(127) + 'vn'", hostname: `${'a.'.repeat(127)}vn`, agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:too-many-labels' },
  { group: 'invalid', what: 'a name of 254 octets', input: over253, shown: 'four labels of 63, 63, 63 and 55 octets + .gov.vn', hostname: over253, agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:name-too-long' },
  { group: 'invalid', what: 'a label of 64 octets', input: `${'a'.repeat(64)}.gov.vn`, shown: "'a'.repeat(64) + '.gov.vn'", hostname: `${'a'.repeat(64)}.gov.vn`, agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:label-too-long' },
  { group: 'invalid', what: 'an underscore', input: 'lai_chau.gov.vn', hostname: 'lai_chau.gov.vn', agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:bad-character' },

  // Never a crash, and an answer at once.
  { group: 'huge', what: '100,000 letters', input: 'a'.repeat(100_000), shown: "'a'.repeat(100000)", hostname: 'a'.repeat(100_000), agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:label-too-long' },
  { group: 'huge', what: '100,000 characters of repeated names', input: 'laichau.gov.vn.'.repeat(6667).slice(0, 100_000), shown: "'laichau.gov.vn.'.repeat(6667), first 100000", hostname: 'laichau.gov.vn.'.repeat(6667).slice(0, 100_000), agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:too-many-labels' },
  { group: 'huge', what: '100,000 Vietnamese letters', input: 'ạ'.repeat(100_000), shown: "'ạ'.repeat(100000)", hostname: 'ạ'.repeat(100_000), agency: 'invalid', alone: 'invalid', finding: 'hostname-syntax:label-too-long' },
];

const GROUP_TITLES: Record<Group, string> = {
  lookalike: 'Never compliant: look-alike letters',
  elsewhere: 'Never compliant: the browser goes somewhere else, or nowhere',
  'same-host': 'The host a browser visits, with an info finding',
  invalid: 'Invalid',
  huge: 'Never a crash',
};

function issuesOf(input: string, agency: boolean) {
  return validate(input, { asOf: AS_OF, lang: 'en', ...(agency ? { agency: AGENCY } : {}) });
}

for (const group of Object.keys(GROUP_TITLES) as Group[]) {
  describe(GROUP_TITLES[group], () => {
    for (const c of CASES.filter((x) => x.group === group)) {
      it(`${c.what} → ${c.agency} for ${AGENCY}, ${c.alone} without an agency`, () => {
        const withAgency = issuesOf(c.input, true);
        const alone = issuesOf(c.input, false);
        expect(withAgency.hostname).toBe(c.hostname);
        expect(withAgency.verdict).toBe(c.agency);
        expect(alone.hostname).toBe(c.hostname);
        expect(alone.verdict).toBe(c.alone);
        expect(withAgency.issues.map((i) => `${i.ruleId}:${i.messageId}`)).toContain(c.finding);
        if (group === 'same-host') {
          // The name is judged as written by the browser; the note says how it was written.
          expect(withAgency.issues.every((i) => i.severity === 'info')).toBe(true);
          expect(withAgency.issues.some((i) => i.ruleId === 'input-form')).toBe(true);
          expect(withAgency.issues.find((i) => i.ruleId === 'input-form')!.citation).toBeUndefined();
        }
        if (group !== 'same-host') {
          for (const asOf of DAYS) {
            expect(validate(c.input, { asOf, agency: AGENCY }).verdict, asOf).not.toBe('compliant');
            expect(validate(c.input, { asOf }).verdict, asOf).not.toBe('compliant');
          }
        }
      });
    }
  });
}

describe('boundaries next to the hostile cases', () => {
  it('a name of exactly 253 octets is a valid name (judged by the rules, not refused)', () => {
    expect(at253.length).toBe(253);
    const r = validate(at253, { asOf: AS_OF, agency: AGENCY });
    expect(r.verdict).toBe('non-compliant');
    expect(r.issues.some((i) => i.ruleId === 'hostname-syntax')).toBe(false);
  });

  it('127 labels are fine as far as the label count goes', () => {
    const r = validate(`${'a.'.repeat(126)}vn`, { asOf: AS_OF });
    expect(r.issues.map((i) => i.messageId)).not.toContain('too-many-labels');
  });

  it('a huge input is answered with a bounded list of issues', () => {
    for (const c of CASES.filter((x) => x.group === 'huge')) {
      expect(issuesOf(c.input, true).issues.length).toBeLessThanOrEqual(24);
    }
  });
});

describe('hostile agency names (a form takes the agency from its user too)', () => {
  it('a committee name of 100,000 characters is answered, and reads its trailing place from a few words only', () => {
    // Before the fix every tail of the unit's name was looked up as a place: time
    // quadratic in the name's length (minutes for 100,000 characters). Counted, not timed.
    const long = 'UBND xã A' + ' B'.repeat(50_000);
    let asked = 0;
    const isPlace = (name: string) => {
      asked++;
      return name === 'Lai Châu';
    };
    const parsed = parseAgencyName(long, isPlace);
    expect(parsed.kind).toBe('commune');
    expect(asked).toBeLessThanOrEqual(12);
    expect(parseAgencyName('UBND huyện Tam Đường Lai Châu', isPlace).locality).toEqual({ name: 'Lai Châu' });
    const r = validate('laichau.gov.vn', { agency: long, province: 'Lai Châu', asOf: AS_OF });
    expect(r.verdict).not.toBe('compliant');
  });

  it.each([
    ['a repeated typed locality', 'Sở Y tế ' + 'tỉnh Lai Châu '.repeat(7000)],
    ['nested parentheses', '(a'.repeat(50_000)],
    ['a repeated type word', 'UBND ' + 'thành phố '.repeat(10_000)],
    ['lone surrogates', '\ud800'.repeat(100_000)],
  ])('%s: an answer, never an exception', (_what, agency) => {
    const r = validate('laichau.gov.vn', { agency, asOf: AS_OF });
    expect(['compliant', 'non-compliant', 'not-applicable']).toContain(r.verdict);
  });
});

// ---------------------------------------------------------------------------
// The table in docs/quality.md

/** The input as the docs show it: printable ASCII as is, anything else as \uXXXX. */
function shown(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp >= 0x20 && cp < 0x7f && ch !== '|' && ch !== '`' ? ch : `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return out;
}

function cell(text: string | null): string {
  if (text === null) return '—';
  const s = shown(text);
  return '`' + (s.length > 48 ? `${s.slice(0, 40)}…` : s) + '`';
}

function row(c: Hostile, n: number): string {
  const input = c.shown ?? cell(c.input);
  return `| ${n} | ${c.what} | ${c.shown ? c.shown : input} | ${cell(c.hostname)} | ${c.agency} | ${c.alone} | \`${c.finding}\` |`;
}

describe('docs/quality.md', () => {
  const rows = CASES.map((c, i) => row(c, i + 1));
  if (process.env['GOVVN_PRINT_HOSTILE_TABLE']) console.log(rows.join('\n'));

  it('lists every hostile case with its verdict', () => {
    const doc = readFileSync(new URL('../docs/quality.md', import.meta.url), 'utf8');
    const missing = rows.filter((r) => !doc.includes(r));
    expect(missing).toEqual([]);
  });
});
