/**
 * Live facts from a short description, for the rule pages' examples and the rule
 * tests: what differs from a site in good order (it resolves, answers over IPv6,
 * has a valid certificate and serves its own pages). The addresses are the
 * documentation ranges (RFC 5737, RFC 3849): data only, never contacted.
 */
import type { LiveFacts, LiveFailure } from '../../src/live/index.js';

export interface LiveSketch {
  /** How the DNS answered: the default is an A and an AAAA record. */
  dns?: 'no-such-name' | 'server-failure' | 'timeout' | 'no-address' | 'ipv4-only';
  /** `silent`: the AAAA address answers on neither port. */
  ipv6?: 'silent';
  /** What is wrong with HTTPS; `none`: nothing listens on its port, the site answers over HTTP. */
  tls?: Exclude<LiveFailure, 'no-such-name' | 'server-failure'> | 'none';
  /** The host the redirects end on (the default: the name's own pages). */
  redirectsTo?: string;
}

export const SKETCH_KEYS = ['dns', 'ipv6', 'tls', 'redirectsTo'];

export function sketchFacts(host: string, s: LiveSketch = {}): LiveFacts {
  const failed = s.dns === 'no-such-name' || s.dns === 'server-failure' || s.dns === 'timeout' ? s.dns : null;
  const a = failed || s.dns === 'no-address' ? [] : ['203.0.113.10'];
  const aaaa = failed || s.dns === 'no-address' || s.dns === 'ipv4-only' ? [] : ['2001:db8::10'];
  const dns = { a, aaaa, aFailure: failed, aaaaFailure: failed, ms: 3 };
  const facts: LiveFacts = { host, checkedAt: '2026-08-01T02:00:00.000Z', dns, ipv6: null, tls: null, http: null, timedOut: s.dns === 'timeout', ms: 40 };
  if (a.length === 0 && aaaa.length === 0) return facts;
  if (aaaa.length > 0) {
    const ok = s.ipv6 !== 'silent';
    const reach = (port: number) => ({ port, address: aaaa[0]!, ok, failure: ok ? null : ('timeout' as const), ms: 5 });
    facts.ipv6 = { https: reach(443), http: reach(80) };
  }
  const scheme = s.tls === 'none' || s.tls === 'tls-failure' ? 'http' : 'https';
  if (s.tls !== 'none') {
    const failure = s.tls ?? null;
    facts.tls = {
      address: a[0] ?? aaaa[0]!,
      ok: failure === null,
      failure,
      names: failure === 'wrong-name' ? ['other.example'] : [host],
      validFrom: '2026-01-01T00:00:00.000Z',
      validTo: failure === 'expired' ? '2026-05-01T00:00:00.000Z' : '2027-01-01T00:00:00.000Z',
      issuer: failure === 'untrusted' ? 'A private CA' : 'A public CA',
      ms: 10,
    };
  }
  const start = `${scheme}://${host}/`;
  const hops = s.redirectsTo
    ? [
        { url: start, status: 301, location: `https://${s.redirectsTo}/` },
        { url: `https://${s.redirectsTo}/`, status: 200, location: null },
      ]
    : [{ url: start, status: 200, location: null }];
  const final = s.redirectsTo ?? host;
  facts.http = { hops, finalUrl: `${s.redirectsTo ? 'https' : scheme}://${final}/`, finalHost: final, failure: null, ms: 20 };
  return facts;
}
