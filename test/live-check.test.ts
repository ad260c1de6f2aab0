/**
 * What `checkLive` finds, against servers the tests start on 127.0.0.1 and ::1
 * only: every fact and every failure class, for IPv4 and for IPv6.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLive, type LiveOptions } from '../src/live/index.js';
import { startDns, startHostile, startWeb, TEST_CA, type DnsServer, type WebServers } from './helpers/live-servers.js';

let dns: DnsServer;
let web: WebServers;
/** Servers on 127.0.0.1 only: an AAAA of ::1 finds nothing there. */
let v4only: WebServers;

beforeAll(async () => {
  dns = await startDns({
    'v4.live.test': { a: ['127.0.0.1'] },
    'v6.live.test': { aaaa: ['::1'] },
    'dual.live.test': { a: ['127.0.0.1'], aaaa: ['::1'] },
    'expired.live.test': { a: ['127.0.0.1'], aaaa: ['::1'] },
    'wrongname.live.test': { a: ['127.0.0.1'], aaaa: ['::1'] },
    'noaddress.live.test': {},
    'servfail.live.test': { rcode: 'SERVFAIL' },
    'refused.live.test': { rcode: 'REFUSED' },
    'slow.live.test': { a: ['127.0.0.1'], delay: 3000 },
    'silent-dns.live.test': { drop: true },
    'old.live.test': { a: ['127.0.0.1'] },
    'old6.live.test': { aaaa: ['::1'] },
    'new.live.test': { aaaa: ['::1'] },
    'loop.live.test': { a: ['127.0.0.1'], aaaa: ['::1'] },
    'endless.live.test': { a: ['127.0.0.1'] },
    'gone.live.test': { a: ['127.0.0.1'] },
    'ftp.live.test': { a: ['127.0.0.1'] },
  });
  web = await startWeb((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    const go = (status: number, location: string) => {
      res.writeHead(status, { location });
      res.end();
    };
    if (host === 'old.live.test' || host === 'old6.live.test') return go(301, 'https://new.live.test/');
    if (host === 'loop.live.test') return go(302, path === '/a' ? '/b' : '/a');
    if (host === 'endless.live.test') return go(302, `/${Number(path.slice(1) || 0) + 1}`);
    if (host === 'gone.live.test') return go(301, 'https://nowhere.live.test/');
    if (host === 'ftp.live.test') return go(301, 'ftp://ftp.live.test/');
    res.end('ok');
  });
  v4only = await startWeb((_req, res) => res.end('ok'), { v6: false });
});

afterAll(async () => {
  await Promise.all([dns?.close(), web?.close(), v4only?.close()]);
});

const opts = (more: LiveOptions = {}): LiveOptions => ({
  dnsServers: [dns.v4],
  ports: { https: web.httpsPort, http: web.httpPort },
  ca: TEST_CA,
  timeout: 3000,
  ...more,
});

describe('DNS facts', () => {
  it('an IPv4-only name has its A record and no AAAA', async () => {
    const f = await checkLive('v4.live.test', opts());
    expect(f.dns).toMatchObject({ a: ['127.0.0.1'], aaaa: [], aFailure: null, aaaaFailure: null });
    expect(f.ipv6).toBeNull();
  });

  it('an IPv6-only name has its AAAA record and no A', async () => {
    const f = await checkLive('v6.live.test', opts());
    expect(f.dns).toMatchObject({ a: [], aaaa: ['::1'], aFailure: null, aaaaFailure: null });
  });

  it('the name server may be asked over IPv6 ([::1]:PORT)', async () => {
    const f = await checkLive('dual.live.test', opts({ dnsServers: [dns.v6] }));
    expect(f.dns).toMatchObject({ a: ['127.0.0.1'], aaaa: ['::1'] });
  });

  it('a name that does not exist is no-such-name, and nothing else is tried', async () => {
    const f = await checkLive('missing.live.test', opts());
    expect(f.dns).toMatchObject({ a: [], aaaa: [], aFailure: 'no-such-name', aaaaFailure: 'no-such-name' });
    expect([f.ipv6, f.tls, f.http]).toEqual([null, null, null]);
  });

  it('a name with no address records is an answer, not a failure', async () => {
    const f = await checkLive('noaddress.live.test', opts());
    expect(f.dns).toMatchObject({ a: [], aaaa: [], aFailure: null, aaaaFailure: null });
  });

  it('a server failure and a refusal are server-failure', async () => {
    expect((await checkLive('servfail.live.test', opts())).dns.aFailure).toBe('server-failure');
    expect((await checkLive('refused.live.test', opts())).dns.aaaaFailure).toBe('server-failure');
  });

  it('a slow answer past the time-out is timeout, within the time-out', async () => {
    const start = performance.now();
    const f = await checkLive('slow.live.test', opts({ timeout: 400 }));
    expect(f.dns.aFailure).toBe('timeout');
    expect(f.timedOut).toBe(true);
    expect(performance.now() - start).toBeLessThan(1500);
  });

  it('a name server that never answers is timeout too', async () => {
    const f = await checkLive('silent-dns.live.test', opts({ timeout: 300 }));
    expect(f.dns.aFailure).toBe('timeout');
  });
});

describe('IPv6 reach', () => {
  it('an IPv6 address that answers on both ports', async () => {
    const f = await checkLive('v6.live.test', opts());
    expect(f.ipv6).toMatchObject({ https: { address: '::1', ok: true, failure: null }, http: { address: '::1', ok: true } });
  });

  it('an IPv6 address with nothing listening is refused, while IPv4 answers', async () => {
    const f = await checkLive('dual.live.test', opts({ ports: { https: v4only.httpsPort, http: v4only.httpPort } }));
    expect(f.ipv6).toMatchObject({ https: { address: '::1', ok: false, failure: 'refused' }, http: { ok: false, failure: 'refused' } });
    expect(f.tls).toMatchObject({ address: '127.0.0.1', ok: true });
  });
});

describe('TLS', () => {
  it.each([
    ['IPv4', 'v4.live.test', '127.0.0.1'],
    ['IPv6', 'v6.live.test', '::1'],
  ])('a certificate valid for the name, in date and trusted (%s)', async (_family, host, address) => {
    const f = await checkLive(host, opts());
    expect(f.tls).toMatchObject({ address, ok: true, failure: null, issuer: 'govvn live test CA' });
    expect(f.tls?.names).toContain('*.live.test');
  });

  it.each([['127.0.0.1'], ['::1']])('an expired certificate is expired, with its end date (%s)', async (address) => {
    const zone = address === '::1' ? { aaaa: [address] } : { a: [address] };
    dns.zones.set('expired.live.test', zone);
    const f = await checkLive('expired.live.test', opts());
    expect(f.tls).toMatchObject({ address, ok: false, failure: 'expired', validTo: '2021-01-01T00:00:00.000Z' });
  });

  it.each([['127.0.0.1'], ['::1']])('a certificate for another name is wrong-name (%s)', async (address) => {
    dns.zones.set('wrongname.live.test', address === '::1' ? { aaaa: [address] } : { a: [address] });
    const f = await checkLive('wrongname.live.test', opts());
    expect(f.tls).toMatchObject({ address, ok: false, failure: 'wrong-name', names: ['other.example'] });
  });

  it('a certificate from an authority not trusted is untrusted', async () => {
    const f = await checkLive('v4.live.test', opts({ ca: [] }));
    expect(f.tls).toMatchObject({ ok: false, failure: 'untrusted', issuer: 'govvn live test CA' });
  });

  it('the certificate is judged at the moment asked: after its end it is expired', async () => {
    const f = await checkLive('v4.live.test', opts({ now: new Date('2125-06-01T00:00:00Z') }));
    expect(f.tls?.failure).toBe('expired');
  });

  it('a plain HTTP server on the HTTPS port is tls-failure, and the chain starts over http', async () => {
    const f = await checkLive('v4.live.test', opts({ ports: { https: web.httpPort, http: web.httpPort } }));
    expect(f.tls).toMatchObject({ ok: false, failure: 'tls-failure' });
    expect(f.http?.hops[0]).toMatchObject({ url: 'http://v4.live.test/', status: 200 });
  });
});

describe('redirects', () => {
  it.each([
    ['IPv4', 'old.live.test'],
    ['IPv6', 'old6.live.test'],
  ])('a chain to another host, resolved through the same servers (%s)', async (_family, host) => {
    const f = await checkLive(host, opts());
    expect(f.http).toMatchObject({
      hops: [
        { url: `https://${host}/`, status: 301, location: 'https://new.live.test/' },
        { url: 'https://new.live.test/', status: 200, location: null },
      ],
      finalUrl: 'https://new.live.test/',
      finalHost: 'new.live.test',
      failure: null,
    });
  });

  it('a name that serves its own pages ends on itself', async () => {
    const f = await checkLive('dual.live.test', opts());
    expect(f.http).toMatchObject({ finalHost: 'dual.live.test', failure: null, hops: [{ status: 200 }] });
  });

  it('a loop is redirect-loop, on the first URL seen again', async () => {
    const f = await checkLive('loop.live.test', opts());
    expect(f.http?.failure).toBe('redirect-loop');
    expect(f.http?.hops.map((h) => h.url)).toEqual(['https://loop.live.test/', 'https://loop.live.test/a', 'https://loop.live.test/b']);
  });

  it('endless redirects stop at the limit: too-many-redirects', async () => {
    const f = await checkLive('endless.live.test', opts({ maxRedirects: 5 }));
    expect(f.http?.failure).toBe('too-many-redirects');
    expect(f.http?.hops).toHaveLength(6);
    expect(f.http?.finalUrl).toBeNull();
  });

  it('a redirect to a name that does not exist says so, with the host it went to', async () => {
    const f = await checkLive('gone.live.test', opts());
    expect(f.http).toMatchObject({ failure: 'no-such-name', finalHost: 'nowhere.live.test', finalUrl: null });
  });

  it('a redirect out of http(s) is bad-redirect', async () => {
    const f = await checkLive('ftp.live.test', opts());
    expect(f.http?.failure).toBe('bad-redirect');
  });

  it('ports with nothing listening are refused: no TLS, and the chain fails', async () => {
    const closed = await startWeb((_q, r) => r.end());
    const ports = { https: closed.httpsPort, http: closed.httpPort };
    await closed.close();
    const f = await checkLive('v4.live.test', opts({ ports }));
    expect(f.tls).toBeNull();
    expect(f.http).toMatchObject({ failure: 'refused', hops: [{ url: 'http://v4.live.test/', status: null }] });
  });
});

describe('hostile servers, bounded', () => {
  it.each([['v4.live.test'], ['v6.live.test']])('a server that accepts and never answers: timeout, within the time-out (%s)', async (host) => {
    const silent = await startHostile('silent');
    try {
      const start = performance.now();
      const f = await checkLive(host, opts({ ports: { https: silent.httpsPort, http: silent.httpPort }, timeout: 600 }));
      expect(performance.now() - start).toBeLessThan(1500);
      expect(f.tls?.failure).toBe('timeout');
      expect(f.http?.failure).toBe('timeout');
      expect(f.timedOut).toBe(true);
    } finally {
      await silent.close();
    }
  });

  it('endless headers stop at the header limit: headers-too-large', async () => {
    const flood = await startHostile('endless-headers');
    try {
      const before = process.memoryUsage().heapUsed;
      const f = await checkLive('v4.live.test', opts({ ports: { https: flood.httpsPort, http: flood.httpPort }, timeout: 2000 }));
      expect(f.http?.failure).toBe('headers-too-large');
      // The parser gives up at 16 KiB: nothing near the megabytes the server would send is kept.
      expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 * 1024);
    } finally {
      await flood.close();
    }
  });
});

describe('options', () => {
  it('a wrong port or time-out is refused before anything is sent', async () => {
    const asked = dns.asked.A;
    await expect(checkLive('v4.live.test', { ports: { https: 70000 } })).rejects.toThrow(/ports.https/);
    await expect(checkLive('v4.live.test', { timeout: 0 })).rejects.toThrow(/timeout/);
    expect(dns.asked.A).toBe(asked);
  });
});
