import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { Resolver } from 'node:dns/promises';
import type { LiveFailure, LiveHop, LiveHttp } from '../law/live-facts.js';
import { Deadline, since, timeoutError } from './deadline.js';
import { addressRecords } from './dns.js';
import { netFailure } from './failure.js';
import { ADDRESSES_PER_FAMILY, type ResolvedLiveOptions } from './options.js';
import { trusted } from './tls.js';

/** The addresses a request tries, IPv4 first, a few of each family. */
export function tryOrder(a: readonly string[], aaaa: readonly string[]): string[] {
  return [...a.slice(0, ADDRESSES_PER_FAMILY), ...aaaa.slice(0, ADDRESSES_PER_FAMILY)];
}

interface Answer {
  status: number;
  location: string | null;
}

/** One GET, its headers read and its body never: a hostile server cannot make the checker hold more than its headers. */
function get(url: URL, address: string, port: number, options: ResolvedLiveOptions, deadline: Deadline): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const https = url.protocol === 'https:';
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const req = (https ? httpsRequest : httpRequest)({
      host: address,
      port,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { host: url.host, 'user-agent': 'govvn-live (+https://github.com/govvn/govvn)', accept: '*/*', connection: 'close' },
      agent: false,
      maxHeaderSize: options.maxHeaderSize,
      ...(https ? { servername: isIP(host) ? '' : host, rejectUnauthorized: false, ...secure(options) } : {}),
    });
    const timer = setTimeout(() => req.destroy(timeoutError()), deadline.remaining());
    req.once('response', (res: IncomingMessage) => {
      clearTimeout(timer);
      const location = res.headers.location ?? null;
      resolve({ status: res.statusCode ?? 0, location });
      res.destroy();
      req.destroy();
    });
    req.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.end();
  });
}

function secure(options: ResolvedLiveOptions) {
  const secureContext = trusted(options.ca);
  return secureContext ? { secureContext } : {};
}

/** The addresses of a host met along the chain: asked once per check. */
type Addresses = Map<string, { addresses: string[]; failure: LiveFailure | null }>;

async function addressesOf(host: string, known: Addresses, resolver: Resolver, deadline: Deadline) {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return { addresses: [bare], failure: null };
  let found = known.get(host);
  if (!found) {
    const dns = await addressRecords(resolver, host, deadline);
    const addresses = tryOrder(dns.a, dns.aaaa);
    found = { addresses, failure: addresses.length > 0 ? null : (dns.aFailure ?? dns.aaaaFailure ?? 'no-such-name') };
    known.set(host, found);
  }
  return found;
}

/**
 * Follows the redirects from a URL, bounded in hops and in time; each host met
 * is resolved through the same name servers as the name itself.
 */
export async function followRedirects(
  start: string,
  known: Addresses,
  resolver: Resolver,
  options: ResolvedLiveOptions,
  deadline: Deadline,
): Promise<LiveHttp> {
  const began = performance.now();
  const hops: LiveHop[] = [];
  const seen = new Set<string>();
  let url = new URL(start);
  const done = (failure: LiveFailure | null, finalUrl: string | null): LiveHttp => ({ hops, finalUrl, finalHost: url.hostname, failure, ms: since(began) });
  for (;;) {
    seen.add(url.href);
    const { addresses, failure } = await addressesOf(url.hostname, known, resolver, deadline);
    if (failure !== null || addresses.length === 0) {
      hops.push({ url: url.href, status: null, location: null });
      return done(failure ?? 'no-such-name', null);
    }
    const port = url.port !== '' ? Number(url.port) : url.protocol === 'https:' ? options.httpsPort : options.httpPort;
    let answer: Answer | null = null;
    let lastFailure: LiveFailure = 'error';
    for (const address of addresses) {
      if (deadline.passed) {
        lastFailure = 'timeout';
        break;
      }
      try {
        answer = await get(url, address, port, options, deadline);
        break;
      } catch (e) {
        lastFailure = netFailure(e);
        // Only a closed or unreachable address is worth another try; a server that answered badly answers so on all.
        if (lastFailure !== 'refused' && lastFailure !== 'unreachable') break;
      }
    }
    if (answer === null) {
      hops.push({ url: url.href, status: null, location: null });
      return done(lastFailure, null);
    }
    const redirect = answer.status >= 300 && answer.status < 400 && answer.location !== null;
    hops.push({ url: url.href, status: answer.status, location: redirect ? answer.location : null });
    if (!redirect) return done(null, url.href);
    let next: URL;
    try {
      next = new URL(answer.location!, url);
    } catch {
      return done('bad-redirect', null);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') return done('bad-redirect', null);
    if (seen.has(next.href)) {
      url = next;
      return done('redirect-loop', null);
    }
    if (hops.length > options.maxRedirects) return done('too-many-redirects', null);
    url = next;
  }
}
