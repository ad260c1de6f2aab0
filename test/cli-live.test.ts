/**
 * `govvn check --live` in-process, against loopback servers: the live object
 * beside the naming verdict, the columns of every format, the options' errors,
 * the progress bar on a terminal only, and no network at all without --live.
 */
import dgram from 'node:dgram';
import dns from 'node:dns';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCsv, root, runIn } from './cli-helpers.js';
import { startDns, startWeb, type DnsServer, type WebServers } from './helpers/live-servers.js';

const CA = `${root}test/fixtures/live/ca.pem`;
let dnsServer: DnsServer;
let web: WebServers;
let dir: string;
let csv: string;

beforeAll(async () => {
  dnsServer = await startDns({
    'huyentanuyen.gov.vn': { a: ['127.0.0.1'] },
    'tanuyen.laichau.gov.vn': { a: ['127.0.0.1'], aaaa: ['::1'] },
    'laichau.gov.vn': { a: ['127.0.0.1'], aaaa: ['::1'] },
    'expired.laichau.gov.vn': { a: ['127.0.0.1'] },
  });
  web = await startWeb((req, res) => {
    if ((req.headers.host ?? '').startsWith('huyentanuyen.')) {
      res.writeHead(301, { location: 'https://tanuyen.laichau.gov.vn/' });
      res.end();
      return;
    }
    res.end('ok');
  });
  dir = mkdtempSync(join(tmpdir(), 'govvn-live-'));
  csv = join(dir, 'sites.csv');
  writeFileSync(
    csv,
    'Tên cơ quan,Tên miền\nUBND huyện Tân Uyên,huyentanuyen.gov.vn\nUBND huyện Tân Uyên,tanuyen.laichau.gov.vn\nUBND tỉnh Lai Châu,laichau.gov.vn\nUBND tỉnh Lai Châu,khongco.laichau.gov.vn\nUBND tỉnh Lai Châu,a..gov.vn\n',
  );
});

afterAll(async () => {
  await Promise.all([dnsServer?.close(), web?.close()]);
});

const liveArgs = () => ['--live', '--dns-server', dnsServer.v4, '--https-port', String(web.httpsPort), '--http-port', String(web.httpPort), '--ca', CA, '--timeout', '3000'];
const base = ['check', '--as-of', '2020-06-25', '--province', 'Lai Châu'];

describe('without --live', () => {
  it('no socket is opened and no DNS query is made, while the CSV is judged', async () => {
    const spies = [
      vi.spyOn(net.Socket.prototype, 'connect'),
      vi.spyOn(tls, 'connect'),
      vi.spyOn(dgram.Socket.prototype, 'send'),
      vi.spyOn(dgram.Socket.prototype, 'bind'),
      vi.spyOn(dns, 'lookup'),
      vi.spyOn(dns.Resolver.prototype, 'resolve4'),
      vi.spyOn(dns.Resolver.prototype, 'resolve6'),
      vi.spyOn(dns.promises.Resolver.prototype, 'resolve4'),
      vi.spyOn(dns.promises.Resolver.prototype, 'resolve6'),
    ];
    try {
      const r = await runIn([...base, '--file', csv, '--format', 'json']);
      const rows = JSON.parse(r.out) as Array<Record<string, unknown>>;
      expect(rows).toHaveLength(5);
      expect(rows.every((x) => !('live' in x))).toBe(true);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      // The same spies see a live run: the proof above could have failed.
      await runIn([...base, ...liveArgs(), '--format', 'json', 'laichau.gov.vn']);
      expect(spies[0]).toHaveBeenCalled();
      expect(spies[8]).toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('with --live', () => {
  it('each JSON result carries a live object beside the naming verdict, which is unchanged', async () => {
    const plain = JSON.parse((await runIn([...base, '--file', csv, '--format', 'json'])).out) as Array<Record<string, unknown>>;
    const r = await runIn([...base, ...liveArgs(), '--file', csv, '--format', 'json', '--concurrency', '2']);
    const rows = JSON.parse(r.out) as Array<Record<string, unknown> & { live: { host: string; http: { finalHost: string } | null; dns: { aFailure: string | null } } | null }>;
    expect(rows.map((x) => x.input)).toEqual(plain.map((x) => x.input));
    expect(rows.map((x) => x.verdict)).toEqual(plain.map((x) => x.verdict));
    for (const [i, row] of rows.entries()) {
      const { live: _, issues, ...rest } = row;
      const { issues: plainIssues, ...plainRest } = plain[i]!;
      expect(rest).toEqual(plainRest);
      expect((issues as Array<{ ruleId: string }>).filter((x) => !x.ruleId.startsWith('live-'))).toEqual(plainIssues);
    }
    expect(rows[0]!.live?.http?.finalHost).toBe('tanuyen.laichau.gov.vn');
    expect(rows[3]!.live?.dns.aFailure).toBe('no-such-name');
    expect(rows[4]!.live).toBeNull();
    expect(Object.keys(rows[0]!).slice(-1)).toEqual(['live']);
  });

  it('the text format shows IPv6, HTTPS and where the redirects end, in Vietnamese by default', async () => {
    const r = await runIn([...base, ...liveArgs(), 'huyentanuyen.gov.vn', 'tanuyen.laichau.gov.vn']);
    expect(r.out).toContain('    IPv6: không có AAAA · HTTPS: hợp lệ · chuyển hướng tới: tanuyen.laichau.gov.vn\n');
    expect(r.out).toContain('    IPv6: có · HTTPS: hợp lệ · chuyển hướng tới: (không chuyển hướng)\n');
    expect(r.out).toMatch(/live-redirect: huyentanuyen\.gov\.vn chuyển hướng người truy cập tới tanuyen\.laichau\.gov\.vn/);
  });

  it('the CSV gets three columns, one row per input row', async () => {
    const r = await runIn([...base, ...liveArgs(), '--lang', 'en', '--file', csv, '--format', 'csv']);
    const table = parseCsv(r.out);
    expect(table[0]!.slice(-3)).toEqual(['ipv6', 'https', 'redirects_to']);
    expect(table).toHaveLength(6);
    expect(table[1]!.slice(-3)).toEqual(['no AAAA', 'valid', 'tanuyen.laichau.gov.vn']);
    expect(table[4]!.slice(-3)).toEqual(['no such name', '\u2013', '\u2013']);
    expect(table[5]!.slice(-3)).toEqual(['', '', '']);
  });

  it('the markdown report\u2019s table gets the columns after the result', async () => {
    const r = await runIn([...base, ...liveArgs(), '--file', csv, '--format', 'markdown']);
    expect(r.out).toContain('| Stt | Tên cơ quan | Tên miền | Kết quả | IPv6 | HTTPS | chuyển hướng tới | Lý do và căn cứ | Đề xuất |\n|---:|---|---|---|---|---|---|---|---|\n');
    expect(r.out).toMatch(/\| 1 \| UBND huyện Tân Uyên \| huyentanuyen\.gov\.vn \| Chưa đúng quy định \| không có AAAA \| hợp lệ \| tanuyen\.laichau\.gov\.vn \|/);
  });

  it('the SARIF results carry the three cells and the facts', async () => {
    const r = await runIn([...base, ...liveArgs(), '--lang', 'en', '--format', 'sarif', 'huyentanuyen.gov.vn']);
    const log = JSON.parse(r.out) as { runs: Array<{ results: Array<{ properties: Record<string, unknown> }> }> };
    expect(log.runs[0]!.results[0]!.properties).toMatchObject({ ipv6: 'no AAAA', https: 'valid', redirectsTo: 'tanuyen.laichau.gov.vn', live: { host: 'huyentanuyen.gov.vn' } });
  });

  it('the workbook gets the columns, headed in the run\u2019s language', async () => {
    const out = join(dir, 'live.xlsx');
    await runIn([...base, ...liveArgs(), '--file', csv, '--format', 'xlsx', '-o', out]);
    const sheet = strFromU8(unzipSync(readFileSync(out))['xl/sharedStrings.xml']!);
    for (const word of ['IPv6', 'HTTPS', 'chuyển hướng tới', 'không có AAAA', 'tên miền không tồn tại']) expect(sheet).toContain(word);
  });

  it('--fail-on and waivers apply to live findings as to any rule', async () => {
    // A province portal, right by name and with IPv6, whose certificate has expired: a warning only.
    const expired = await startWeb((_q, res) => res.end('ok'), {}, 'expired');
    try {
      const lai = ['check', '--as-of', '2026-08-01', '--agency', 'UBND tỉnh Lai Châu', ...liveArgs(), '--https-port', String(expired.httpsPort), '--http-port', String(expired.httpPort)];
      const plain = await runIn([...lai, 'laichau.gov.vn']);
      expect(plain.out).toContain('cảnh báo live-https');
      expect(plain.code).toBe(0);
      expect((await runIn([...lai, '--fail-on', 'warning', 'laichau.gov.vn'])).code).toBe(1);
      const cfg = join(dir, 'govvn.config.json');
      writeFileSync(cfg, JSON.stringify({ waivers: [{ domain: 'laichau.gov.vn', rule: 'live-https', reason: 'renewal ordered', until: '2099-12-31' }] }));
      expect((await runIn([...lai, '--config', cfg, '--fail-on', 'warning', 'laichau.gov.vn'])).code).toBe(0);
    } finally {
      await expired.close();
    }
  });

  it('a progress bar on standard error when it is a terminal, never on standard output', async () => {
    const r = await runIn([...base, ...liveArgs(), '--format', 'json', 'laichau.gov.vn', 'huyentanuyen.gov.vn'], { errTty: true });
    expect(r.err).toContain('[########################] govvn: đã kiểm tra trực tuyến 2/2 tên miền');
    expect(JSON.parse(r.out)).toHaveLength(2);
    const quiet = await runIn([...base, ...liveArgs(), '--format', 'json', 'laichau.gov.vn']);
    expect(quiet.err).toBe('');
  });
});

describe('the live options\u2019 mistakes, in both languages', () => {
  it.each([
    [['--concurrency', '4', 'x.gov.vn'], '--concurrency chỉ dùng với --live', '--concurrency applies to --live'],
    [['--live', '--concurrency', '0', 'x.gov.vn'], 'tùy chọn --concurrency cần một số nguyên từ 1 đến 256; đã nhận "0"', 'option --concurrency needs a whole number from 1 to 256; got "0"'],
    [['--live', '--timeout', '1.5', 'x.gov.vn'], 'tùy chọn --timeout cần số mili giây', 'option --timeout needs milliseconds'],
    [['--live', '--dns-server', 'ns1.example', 'x.gov.vn'], 'tùy chọn --dns-server cần một địa chỉ IP', 'option --dns-server needs an IP address'],
    [['--live', '--dns-server', '127.0.0.1:99999', 'x.gov.vn'], 'đã nhận "127.0.0.1:99999"', 'got "127.0.0.1:99999"'],
    [['--live', '--https-port', '0', 'x.gov.vn'], 'tùy chọn --https-port cần một số cổng', 'option --https-port needs a port number'],
    [['--live', '--ca', 'package.json', 'x.gov.vn'], 'package.json không chứa chứng thư PEM nào', 'package.json holds no PEM certificate'],
  ])('%j', async (args, vi, en) => {
    const rv = await runIn(['check', ...args]);
    expect(rv.code).toBe(2);
    expect(rv.err).toContain(vi);
    const re = await runIn(['check', '--lang', 'en', ...args]);
    expect(re.err).toContain(en);
    expect(re.out).toBe('');
  });

  it('several name servers, repeated or as a list, are all accepted', async () => {
    const r = await runIn([...base, ...liveArgs(), '--dns-server', `${dnsServer.v6},${dnsServer.v4}`, '--format', 'json', 'laichau.gov.vn']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0].live.dns.aaaa).toEqual(['::1']);
  });
});
