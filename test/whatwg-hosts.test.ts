/**
 * Contract tests of the hostname layer against the URL Standard's host parser
 * (https://url.spec.whatwg.org/#host-parsing): percent-decoding, UTS #46 mapping,
 * forbidden host and domain code points, the IPv4 number forms, IPv6 literals,
 * trailing dots, case. The cases were written from the standard's algorithm; the
 * `standard` column is what a conforming parser returns for the host, and is
 * checked against Node's own URL parser so that the table cannot drift from it.
 *
 * `parseHost` must agree with the standard on which host a browser visits, then
 * adds strict DNS syntax of its own: where the standard lets a host through that
 * no registry would delegate ('_', empty labels, edge hyphens, IP addresses), the
 * hostname is the standard's and the name is invalid.
 */
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseHost, type HostProblemCode } from '../src/host/index.js';

/** Fewer cases under mutation testing (stryker.config.mjs sets GOVVN_MUTATION), where each mutant reruns the file. */
const runs = (n: number): number => (process.env['GOVVN_MUTATION'] ? Math.max(10, Math.round(n / 10)) : n);
// and a fixed seed there, so that a mutant is killed or not the same way on every run.
if (process.env['GOVVN_MUTATION']) fc.configureGlobal({ seed: 20200625 });

interface HostCase {
  input: string;
  /** The host the URL Standard's parser returns (serialised), or null for failure. */
  standard: string | null;
  /** What parseHost reports: the hostname, and the first problem when the name is not valid. */
  hostname: string | null;
  problem?: HostProblemCode;
  /** The part of the standard the case is about. */
  why: string;
}

const CASES: HostCase[] = [
  // ASCII case and percent-decoding (host parser step: percent-decode, then domain to ASCII).
  { input: 'http://EXAMPLE.com', standard: 'example.com', hostname: 'example.com', why: 'ASCII upper case is lowered' },
  { input: 'http://ex%41mple.com', standard: 'example.com', hostname: 'example.com', why: 'percent-escapes are decoded before mapping' },
  { input: 'http://example%2Ecom', standard: 'example.com', hostname: 'example.com', why: 'an escaped dot becomes a label separator' },
  { input: 'http://ex%00ample.com', standard: null, hostname: 'ex%00ample.com', problem: 'bad-character', why: 'a decoded U+0000 is a forbidden domain code point' },
  { input: 'http://ex%20ample.com', standard: null, hostname: 'ex%20ample.com', problem: 'bad-character', why: 'a decoded space is forbidden' },
  { input: 'http://ex%2fample.com', standard: null, hostname: 'ex%2fample.com', problem: 'bad-character', why: 'a decoded "/" is forbidden' },
  { input: 'http://ex%ample.com', standard: null, hostname: 'ex%ample.com', problem: 'bad-character', why: 'a "%" not starting an escape stays, and is forbidden' },
  { input: 'http://%zz%66%a.com', standard: null, hostname: '%zz%66%a.com', problem: 'bad-character', why: 'broken escapes are not decoded' },
  { input: 'http://\uFF05\uFF14\uFF11.com', standard: null, hostname: '\uFF05\uFF14\uFF11.com', problem: 'uts46', why: 'fullwidth "%41" maps to "%41" only after decoding: "%" is then forbidden' },
  // Forbidden host code points.
  { input: 'http://ex<ample.com', standard: null, hostname: 'ex<ample.com', problem: 'bad-character', why: '"<" is a forbidden host code point' },
  { input: 'http://ex^ample.com', standard: null, hostname: 'ex^ample.com', problem: 'bad-character', why: '"^" is a forbidden host code point' },
  { input: 'http://ex|ample.com', standard: null, hostname: 'ex|ample.com', problem: 'bad-character', why: '"|" is a forbidden host code point' },
  { input: 'http://192.168.0.1 hello', standard: null, hostname: '192.168.0.1 hello', problem: 'bad-character', why: 'a space is a forbidden host code point' },
  { input: 'http://laichau.gov.vn /', standard: null, hostname: 'laichau.gov.vn ', problem: 'bad-character', why: 'a space before the path is inside the host (not trimmed: only the input\u2019s ends are)' },
  { input: 'http://laichau.gov.vn\u0001/x', standard: null, hostname: 'laichau.gov.vn\u0001', problem: 'bad-character', why: 'so is a control character before the path' },
  { input: 'http://ex_ample.com', standard: 'ex_ample.com', hostname: 'ex_ample.com', problem: 'bad-character', why: '"_" is allowed by the standard, not by DNS host syntax' },
  // Where the host ends.
  { input: 'http://exa#mple.com', standard: 'exa', hostname: 'exa', why: '"#" ends the host' },
  { input: 'http:\\\\example.com\\x', standard: 'example.com', hostname: 'example.com', why: '"\\" is a slash in special URLs' },
  { input: 'http://user:pass@example.com:8080/', standard: 'example.com', hostname: 'example.com', why: 'userinfo and port are not the host' },
  { input: 'http://ex\tample.com', standard: 'example.com', hostname: 'example.com', why: 'tab and newline are removed from the whole input' },
  // UTS #46 mapping (nontransitional, CheckHyphens off in the standard).
  { input: 'http://\uFF27\uFF2F.com', standard: 'go.com', hostname: 'go.com', why: 'fullwidth letters map to ASCII' },
  { input: 'http://www.foo\u3002bar.com', standard: 'www.foo.bar.com', hostname: 'www.foo.bar.com', why: 'U+3002 ideographic full stop is a dot' },
  { input: 'http://a\uFF61b', standard: 'a.b', hostname: 'a.b', why: 'U+FF61 halfwidth ideographic full stop is a dot' },
  { input: 'http://\u00ADexample.com', standard: 'example.com', hostname: 'example.com', why: 'U+00AD soft hyphen is ignored' },
  { input: 'http://GOO\u200B\u2060\uFEFFgoo.com', standard: 'googoo.com', hostname: 'googoo.com', why: 'zero-width characters are ignored' },
  { input: 'http://\u24D5\u24DE\u24DE.com', standard: 'foo.com', hostname: 'foo.com', why: 'circled letters map to ASCII' },
  { input: 'http://fa\u00DF.de', standard: 'xn--fa-hia.de', hostname: 'xn--fa-hia.de', why: 'nontransitional: "ß" is kept, not mapped to "ss"' },
  { input: 'http://\u03A3\u038C\u039B\u039F\u03A3.gr', standard: 'xn--wxaikc6b.gr', hostname: 'xn--wxaikc6b.gr', why: 'Greek capitals lowered, final sigma kept' },
  { input: 'http://xn--ls8h.example', standard: 'xn--ls8h.example', hostname: 'xn--ls8h.example', why: 'a valid A-label passes unchanged' },
  { input: 'http://xn--a.com', standard: null, hostname: 'xn--a.com', problem: 'uts46', why: 'an A-label that decodes to a disallowed code point fails' },
  { input: 'http://xn--.com', standard: null, hostname: 'xn--.com', problem: 'hyphen-edge', why: 'an empty A-label fails' },
  // Trailing dots and empty labels.
  { input: 'http://example.com.', standard: 'example.com.', hostname: 'example.com', why: 'one trailing dot is kept by the standard; hostname drops it' },
  { input: 'http://example.com..', standard: 'example.com..', hostname: 'example.com.', problem: 'empty-label', why: 'empty labels pass the standard, not DNS syntax' },
  { input: 'http://-foo.com', standard: '-foo.com', hostname: '-foo.com', problem: 'hyphen-edge', why: 'CheckHyphens is off in the standard' },
  { input: 'http://ab--c.com', standard: 'ab--c.com', hostname: 'ab--c.com', problem: 'hyphen-3-4', why: '"--" in positions 3 and 4 passes the standard, not RFC 5891' },
  // IPv4: a host whose last label is a number is an address, in any of its forms.
  { input: 'http://2130706433', standard: '127.0.0.1', hostname: '127.0.0.1', problem: 'ip-address', why: 'one decimal number' },
  { input: 'http://0177.0.0.1', standard: '127.0.0.1', hostname: '127.0.0.1', problem: 'ip-address', why: 'a leading 0 is octal' },
  { input: 'http://0x7f.1', standard: '127.0.0.1', hostname: '127.0.0.1', problem: 'ip-address', why: '0x is hex; a short form fills the last part' },
  { input: 'http://1.0x2.3', standard: '1.2.0.3', hostname: '1.2.0.3', problem: 'ip-address', why: 'three parts: the last one fills two bytes' },
  { input: 'http://\uFF10\uFF38\uFF43\uFF10\uFF0E\uFF10\uFF12\uFF15\uFF10\uFF0E\uFF10\uFF11', standard: '192.168.0.1', hostname: '192.168.0.1', problem: 'ip-address', why: 'fullwidth digits map first, then parse as IPv4' },
  { input: 'http://1.2.3.4.', standard: '1.2.3.4', hostname: '1.2.3.4', problem: 'ip-address', why: 'one trailing dot is allowed on an address' },
  { input: 'http://4294967296', standard: null, hostname: '4294967296', problem: 'ip-address', why: 'a number above 2^32 − 1 fails' },
  { input: 'http://192.168.0.257', standard: null, hostname: '192.168.0.257', problem: 'ip-address', why: 'a last part above 255 fails' },
  { input: 'http://1.2.3.4.5', standard: null, hostname: '1.2.3.4.5', problem: 'ip-address', why: 'more than four parts fails' },
  { input: 'http://1.2.3.09', standard: null, hostname: '1.2.3.09', problem: 'ip-address', why: '"09" is not octal: fails' },
  { input: 'http://foo.09', standard: null, hostname: 'foo.09', problem: 'ip-address', why: 'ends in a number, so must be an address, and is not one' },
  { input: 'http://foo.0x', standard: null, hostname: 'foo.0x', problem: 'ip-address', why: '"0x" alone is a number (zero)' },
  { input: 'http://foo.0xg', standard: 'foo.0xg', hostname: 'foo.0xg', why: '"0xg" is not a number: a domain' },
  // IPv6.
  { input: 'http://[0:0::1]', standard: '[::1]', hostname: '[::1]', problem: 'ip-address', why: 'IPv6 is serialised compressed' },
  { input: 'http://[::127.0.0.1]', standard: '[::7f00:1]', hostname: '[::7f00:1]', problem: 'ip-address', why: 'an embedded IPv4 is serialised as hex' },
  { input: 'http://[1::2::3]', standard: null, hostname: '[1::2::3]', problem: 'ip-address', why: 'two "::" fail' },
  { input: 'http://[www.example.com]/', standard: null, hostname: '[www.example.com]', problem: 'ip-address', why: 'brackets hold only an IPv6 address' },
];

function standardHost(input: string): string | null {
  try {
    return new URL(input).hostname;
  } catch {
    return null;
  }
}

describe('the URL Standard host parser, as the hostname layer sees it', () => {
  it.each(CASES.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    // The table says what the standard says (Node implements it).
    expect(standardHost(c.input)).toBe(c.standard);
    const r = parseHost(c.input);
    expect(r.hostname).toBe(c.hostname);
    expect(r.valid).toBe(c.problem === undefined);
    if (c.problem !== undefined) expect(r.problems[0]?.code).toBe(c.problem);
    // A valid name is always the very host the standard gives, without its trailing dot.
    if (r.valid) expect(c.standard?.replace(/\.$/, '')).toBe(r.hostname);
  });

  it('covers the parts of the host parser it claims to', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => c.standard === null).length).toBeGreaterThanOrEqual(10);
  });
});

/** Text that reaches every branch of the host parser. */
const hostText = fc
  .array(
    fc.oneof(
      fc.constantFrom('.', '..', '\u3002', '\uFF0E', '%2e', '%2E', '%41', '%', '%00', '%zz', '_', '-', '--', 'xn--', 'xn--ls8h', '0x', '0', '09', '1', '255', '256',
        '4294967295', '4294967296', '\u00AD', '\u200B', '\u200D', '\u00DF', '\u03C2', '\u0130', '\uFF21', '\u24D0', '\u0301', '\u0430', '\u0627', '\u05D0', ' ', '<', '^', '|',
        '[', ']', '\uD800', '\u0000', '\u007F'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 5 }).filter((s) => !/[:/\\?#@]/.test(s)),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('differential: parseHost never accepts a host the standard refuses', () => {
  prop.prop([hostText], { numRuns: runs(500) })('a valid name is the standard\u2019s host, minus a trailing dot', (host) => {
    const input = `http://${host}/`;
    const r = parseHost(input);
    const standard = standardHost(input);
    if (standard === null) {
      expect(r.valid).toBe(false);
      return;
    }
    if (r.valid) expect(r.hostname).toBe(standard.replace(/\.$/, ''));
    else expect(r.hostname === null || r.problems.length > 0).toBe(true);
  });
});
