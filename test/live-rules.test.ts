/**
 * The live rules judge what a name serves through the same machinery as the
 * naming rules: the same Issue shape, severities from `rules`, waivers. Facts are
 * sketched here, and gathered from loopback servers at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import { resultSchema } from '../src/zod.js';
import { validateLive, validateWithFacts } from '../src/live/index.js';
import { sketchFacts } from './helpers/live-sketch.js';
import { startDns, startWeb, TEST_CA, type DnsServer, type WebServers } from './helpers/live-servers.js';

const LAI_CHAU = { agency: 'UBND tỉnh Lai Châu', asOf: '2026-08-01', lang: 'en' } as const;
const TAN_UYEN = { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', asOf: '2020-06-25', lang: 'en' } as const;

const live = (r: { issues: ReadonlyArray<{ ruleId: string; messageId: string; severity: string }> }) =>
  r.issues.filter((i) => i.ruleId.startsWith('live-')).map((i) => `${i.severity} ${i.ruleId}/${i.messageId}`);

describe('without live facts', () => {
  it('validate runs no live rule and carries no live object', () => {
    const r = validate('laichau.gov.vn', LAI_CHAU);
    expect(live(r)).toEqual([]);
    expect(r).not.toHaveProperty('live');
  });

  it('live facts in good order leave the naming verdict, issues and suggestions as they were', () => {
    for (const [name, o] of [
      ['laichau.gov.vn', LAI_CHAU],
      ['huyentanuyen.gov.vn', TAN_UYEN],
      ['tanuyen.laichau.gov.vn', TAN_UYEN],
    ] as const) {
      const plain = validate(name, o);
      const withFacts = validateWithFacts(name, o, sketchFacts(name, name === 'huyentanuyen.gov.vn' ? { redirectsTo: 'tanuyen.laichau.gov.vn' } : {}));
      expect(withFacts.verdict).toBe(plain.verdict);
      expect(withFacts.issues.filter((i) => !i.ruleId.startsWith('live-'))).toEqual(plain.issues);
      expect(withFacts.suggestions).toEqual(plain.suggestions);
      expect(withFacts.live?.host).toBe(name);
    }
  });
});

describe('IPv6 (Decree 224/2026 Art. 11(4))', () => {
  it('no AAAA record is an error from 2026-07-01, citing the decree', () => {
    const r = validateWithFacts('laichau.gov.vn', LAI_CHAU, sketchFacts('laichau.gov.vn', { dns: 'ipv4-only' }));
    expect(r.verdict).toBe('non-compliant');
    const i = r.issues.find((x) => x.ruleId === 'live-ipv6');
    expect(i).toMatchObject({ messageId: 'no-aaaa', severity: 'error', citation: { instrument: 'Decree 224/2026/ND-CP', article: 'Art. 11(4)' } });
    expect(i?.message).toBe('laichau.gov.vn has no IPv6 address (no AAAA record); a state agency\u2019s portal or website must support IPv6.');
  });

  it('before 2026-07-01 there is no IPv6 finding', () => {
    const r = validateWithFacts('laichau.gov.vn', { ...LAI_CHAU, asOf: '2026-06-30' }, sketchFacts('laichau.gov.vn', { dns: 'ipv4-only' }));
    expect(live(r)).toEqual([]);
    expect(r.verdict).toBe('compliant');
  });

  it('an AAAA that answers on no port names the addresses and ports, in Vietnamese too', () => {
    const r = validateWithFacts('laichau.gov.vn', { ...LAI_CHAU, lang: 'vi' }, sketchFacts('laichau.gov.vn', { ipv6: 'silent' }));
    const i = r.issues.find((x) => x.ruleId === 'live-ipv6');
    expect(i?.data).toEqual({ hostname: 'laichau.gov.vn', addresses: '2001:db8::10', ports: '443, 80' });
    expect(i?.message).toBe('laichau.gov.vn có địa chỉ IPv6 (2001:db8::10) nhưng không địa chỉ nào trả lời ở cổng 443, 80; cổng/trang thông tin điện tử phải truy cập được qua IPv6.');
  });

  it('a configured severity and a waiver apply as to any rule', () => {
    const facts = sketchFacts('laichau.gov.vn', { dns: 'ipv4-only' });
    const softened = validateWithFacts('laichau.gov.vn', { ...LAI_CHAU, rules: { 'live-ipv6': 'warning' } }, facts);
    expect(live(softened)).toEqual(['warning live-ipv6/no-aaaa']);
    expect(softened.verdict).toBe('compliant');
    const off = validateWithFacts('laichau.gov.vn', { ...LAI_CHAU, rules: { 'live-ipv6': 'off' } }, facts);
    expect(live(off)).toEqual([]);
    const waiver = { domain: 'laichau.gov.vn', rule: 'live-ipv6', reason: 'IPv6 on the new hosting in Q4', until: '2026-12-31' } as const;
    const waived = validateWithFacts('laichau.gov.vn', { ...LAI_CHAU, waivers: [waiver], today: '2026-08-01' }, facts);
    expect(waived.issues.find((i) => i.ruleId === 'live-ipv6')?.waived).toEqual({ reason: waiver.reason, until: waiver.until });
    expect(waived.verdict).toBe('compliant');
  });
});

describe('the redirect of an old name', () => {
  it('to the holder\u2019s compliant name: the move is done, and what remains', () => {
    const r = validateWithFacts('huyentanuyen.gov.vn', TAN_UYEN, sketchFacts('huyentanuyen.gov.vn', { redirectsTo: 'tanuyen.laichau.gov.vn' }));
    const i = r.issues.find((x) => x.ruleId === 'live-redirect');
    expect(i).toMatchObject({ messageId: 'moved', severity: 'info', data: { hostname: 'huyentanuyen.gov.vn', target: 'tanuyen.laichau.gov.vn', status: 301 } });
    expect(i?.message).toMatch(/the move is done\. What remains: keep the redirect \(HTTP 301\) while old links are in use, then retire huyentanuyen\.gov\.vn\./);
    expect(i?.citation).toMatchObject({ instrument: 'Decree 43/2011/ND-CP', article: 'Art. 6(2)' });
  });

  it('serving its own copy: redirect to the suggested name', () => {
    const r = validateWithFacts('huyentanuyen.gov.vn', TAN_UYEN, sketchFacts('huyentanuyen.gov.vn'));
    expect(r.issues.find((x) => x.ruleId === 'live-redirect')).toMatchObject({ messageId: 'own-copy', severity: 'warning', data: { suggestion: 'tanuyen.laichau.gov.vn' } });
  });

  it('to a name that is not the holder\u2019s compliant one', () => {
    const r = validateWithFacts('huyentanuyen.gov.vn', TAN_UYEN, sketchFacts('huyentanuyen.gov.vn', { redirectsTo: 'laichau.gov.vn' }));
    expect(r.issues.find((x) => x.ruleId === 'live-redirect')).toMatchObject({ messageId: 'moved-elsewhere', data: { target: 'laichau.gov.vn' } });
  });

  it('a compliant name is not asked where it leads', () => {
    const r = validateWithFacts('tanuyen.laichau.gov.vn', TAN_UYEN, sketchFacts('tanuyen.laichau.gov.vn', { redirectsTo: 'laichau.gov.vn' }));
    expect(live(r)).toEqual([]);
  });
});

describe('the other live findings', () => {
  it('a name not in the DNS is a warning, not a failed verdict', () => {
    const r = validateWithFacts('laichau.gov.vn', LAI_CHAU, sketchFacts('laichau.gov.vn', { dns: 'no-such-name' }));
    expect(live(r)).toEqual(['warning live-resolves/no-such-name']);
    expect(r.verdict).toBe('compliant');
  });

  it('an expired certificate cites RFC 5280 and gives its end date', () => {
    const r = validateWithFacts('laichau.gov.vn', LAI_CHAU, sketchFacts('laichau.gov.vn', { tls: 'expired' }));
    expect(r.issues.find((x) => x.ruleId === 'live-https')).toMatchObject({
      messageId: 'expired',
      severity: 'warning',
      data: { validTo: '2026-05-01' },
      citation: { instrument: 'RFC 5280', article: '§4.1.2.5' },
    });
  });

  it('a name with no host to check carries live: null and no live finding', () => {
    const r = validateWithFacts('a..gov.vn', LAI_CHAU, null);
    expect(r.live).toBeNull();
    expect(live(r)).toEqual([]);
    expect(r.verdict).toBe('invalid');
  });
});

describe('the contract', () => {
  it('a stored live result reads back through resultSchema with its facts', () => {
    const r = validateWithFacts('huyentanuyen.gov.vn', TAN_UYEN, sketchFacts('huyentanuyen.gov.vn', { redirectsTo: 'tanuyen.laichau.gov.vn', tls: 'expired' }));
    const stored = JSON.parse(JSON.stringify(r)) as unknown;
    expect(resultSchema.parse(stored)).toEqual(r);
    expect(resultSchema.safeParse({ ...(stored as object), live: { host: 'x' } }).success).toBe(false);
  });
});

describe('validateLive against loopback servers', () => {
  let dns: DnsServer;
  let web: WebServers;
  beforeAll(async () => {
    dns = await startDns({
      'huyentanuyen.gov.vn': { a: ['127.0.0.1'] },
      'tanuyen.laichau.gov.vn': { a: ['127.0.0.1'], aaaa: ['::1'] },
      'laichau.gov.vn': { a: ['127.0.0.1'] },
    });
    web = await startWeb((req, res) => {
      if ((req.headers.host ?? '').startsWith('huyentanuyen.')) {
        res.writeHead(301, { location: 'https://tanuyen.laichau.gov.vn/' });
        res.end();
        return;
      }
      res.end('ok');
    });
  });
  afterAll(async () => {
    await Promise.all([dns?.close(), web?.close()]);
  });
  const options = () => ({ dnsServers: [dns.v4], ports: { https: web.httpsPort, http: web.httpPort }, ca: TEST_CA, timeout: 3000 });

  it('Tân Uyên\u2019s old name hands visitors on to its compliant name', async () => {
    const r = await validateLive('huyentanuyen.gov.vn', TAN_UYEN, options());
    expect(r.verdict).toBe('non-compliant');
    expect(r.live?.http?.finalHost).toBe('tanuyen.laichau.gov.vn');
    expect(live(r)).toEqual(['info live-redirect/moved']);
  });

  it('a province\u2019s portal without IPv6 fails from 2026-07-01', async () => {
    const r = await validateLive('https://laichau.gov.vn/gioi-thieu', LAI_CHAU, options());
    expect(r.live?.host).toBe('laichau.gov.vn');
    expect(live(r)).toEqual(['error live-ipv6/no-aaaa']);
    expect(r.verdict).toBe('non-compliant');
  });

  it('an invalid input is judged and not looked up', async () => {
    const asked = dns.asked.A;
    const r = await validateLive('a..gov.vn', LAI_CHAU, options());
    expect(r.live).toBeNull();
    expect(dns.asked.A).toBe(asked);
  });
});
