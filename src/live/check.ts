import type { LiveFacts } from '../law/live-facts.js';
import { Deadline, since } from './deadline.js';
import { addressRecords, resolverFor } from './dns.js';
import { resolveLiveOptions, type LiveOptions, type ResolvedLiveOptions } from './options.js';
import { reach } from './reach.js';
import { followRedirects, tryOrder } from './redirects.js';
import { tlsFacts } from './tls.js';
import { ADDRESSES_PER_FAMILY } from './options.js';

/**
 * What a host serves, checked within its time-out: its A and AAAA records, whether
 * an IPv6 address answers on the HTTPS and HTTP ports, the TLS handshake and the
 * certificate, and the redirect chain. Never throws for what the network does:
 * every failure is a fact.
 */
export async function checkHost(host: string, o: ResolvedLiveOptions): Promise<LiveFacts> {
  const start = performance.now();
  const checkedAt = new Date().toISOString();
  const deadline = new Deadline(o.timeout);
  const resolver = resolverFor(o.dnsServers, deadline);
  try {
    const dns = await addressRecords(resolver, host, deadline);
    const facts: LiveFacts = { host, checkedAt, dns, ipv6: null, tls: null, http: null, timedOut: false, ms: 0 };
    const addresses = tryOrder(dns.a, dns.aaaa);
    if (addresses.length > 0) {
      const v6 = dns.aaaa.slice(0, ADDRESSES_PER_FAMILY);
      const [https6, http6, tls] = await Promise.all([
        v6.length > 0 ? reach(v6, o.httpsPort, deadline) : null,
        v6.length > 0 ? reach(v6, o.httpPort, deadline) : null,
        tlsFacts(host, addresses, o.httpsPort, o.ca, o.now, deadline),
      ]);
      if (https6 && http6) facts.ipv6 = { https: https6, http: http6 };
      facts.tls = tls;
      // Where a visitor lands: from https when a TLS server answers, else from http.
      const scheme = tls !== null && tls.failure !== 'tls-failure' && tls.failure !== 'timeout' ? 'https' : 'http';
      const known = new Map([[host, { addresses, failure: null }]]);
      facts.http = await followRedirects(`${scheme}://${host}/`, known, resolver, o, deadline);
    }
    // c-ares's own time-out may fire a moment before the deadline: a step that timed out counts as the name's.
    const failures = [dns.aFailure, dns.aaaaFailure, facts.tls?.failure, facts.http?.failure, facts.ipv6?.https.failure, facts.ipv6?.http.failure];
    facts.timedOut = deadline.passed || failures.includes('timeout');
    facts.ms = since(start);
    return facts;
  } finally {
    resolver.cancel();
  }
}

/** `checkHost` with the caller's options checked and defaulted. */
export async function checkLive(host: string, options?: LiveOptions): Promise<LiveFacts> {
  return checkHost(host, resolveLiveOptions(options));
}
