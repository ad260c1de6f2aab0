import { Resolver } from 'node:dns/promises';
import type { LiveDns, LiveFailure } from '../law/live-facts.js';
import { Deadline, since } from './deadline.js';
import { dnsFailure } from './failure.js';

/** A resolver for one name's check: the configured servers, one try, cancelled when the time runs out. */
export function resolverFor(servers: readonly string[] | null, deadline: Deadline): Resolver {
  const resolver = new Resolver({ timeout: Math.max(1, deadline.remaining()), tries: 1 });
  if (servers) resolver.setServers([...servers]);
  return resolver;
}

type Query = { addresses: string[]; failure: LiveFailure | null };

async function query(resolver: Resolver, host: string, type: 'A' | 'AAAA', deadline: Deadline): Promise<Query> {
  let timer: NodeJS.Timeout | undefined;
  // c-ares has its own time-out per try; the deadline bounds the whole query whatever the servers do.
  const late = new Promise<Query>((resolve) => {
    timer = setTimeout(() => resolve({ addresses: [], failure: 'timeout' }), deadline.remaining());
  });
  const asked = (type === 'A' ? resolver.resolve4(host) : resolver.resolve6(host)).then(
    (addresses): Query => ({ addresses: [...new Set(addresses)], failure: null }),
    (e: unknown): Query => ({ addresses: [], failure: dnsFailure(e) }),
  );
  try {
    return await Promise.race([asked, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The A and AAAA records of a name, asked together. */
export async function addressRecords(resolver: Resolver, host: string, deadline: Deadline): Promise<LiveDns> {
  const start = performance.now();
  const [a, aaaa] = await Promise.all([query(resolver, host, 'A', deadline), query(resolver, host, 'AAAA', deadline)]);
  return { a: a.addresses, aaaa: aaaa.addresses, aFailure: a.failure, aaaaFailure: aaaa.failure, ms: since(start) };
}
