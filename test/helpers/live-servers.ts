/**
 * Servers the live tests start on the loopback addresses, and nowhere else: a DNS
 * server answering from a table, and HTTP and HTTPS servers on 127.0.0.1 and ::1
 * sharing their ports (the checker is told the ports), with a test certificate
 * authority (test/fixtures/live/). Every one is closed by its `close`.
 */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { createSecureContext } from 'node:tls';
import * as packet from 'dns-packet';

const FIXTURES = new URL('../fixtures/live/', import.meta.url);
const pem = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

/** The test authority, to give the checker as `ca`. */
export const TEST_CA = pem('ca.pem');

// ------------------------------------------------------------------ DNS

/** What the DNS server answers for a name; a name not in the table does not exist (NXDOMAIN). */
export interface Zone {
  a?: string[];
  aaaa?: string[];
  /** Answer with this error code instead. */
  rcode?: 'SERVFAIL' | 'REFUSED' | 'NXDOMAIN';
  /** Answer after this many milliseconds. */
  delay?: number;
  /** Never answer. */
  drop?: boolean;
}

export interface DnsServer {
  /** `127.0.0.1:PORT` and `[::1]:PORT`, as `dnsServers` takes them. */
  v4: string;
  v6: string;
  zones: Map<string, Zone>;
  /** How many questions came, by type. */
  asked: { A: number; AAAA: number };
  close(): Promise<void>;
}

function answer(query: packet.Packet, zones: Map<string, Zone>): Buffer | null {
  const q = query.questions?.[0];
  if (!q) return null;
  const zone = zones.get(q.name.toLowerCase());
  const base = { id: query.id, type: 'response' as const, flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE, questions: [q] };
  if (!zone || zone.rcode) {
    return packet.encode({ ...base, flags: base.flags | rcodeFlag(zone?.rcode ?? 'NXDOMAIN'), answers: [] });
  }
  const list = q.type === 'A' ? (zone.a ?? []) : q.type === 'AAAA' ? (zone.aaaa ?? []) : [];
  return packet.encode({
    ...base,
    answers: list.map((data) => ({ type: q.type as 'A' | 'AAAA', class: 'IN' as const, name: q.name, ttl: 60, data })),
  });
}

function rcodeFlag(rcode: 'SERVFAIL' | 'REFUSED' | 'NXDOMAIN'): number {
  return { SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 }[rcode];
}

function bindUdp(type: 'udp4' | 'udp6', address: string, port: number): Promise<UdpSocket> {
  return new Promise((resolve, reject) => {
    const s = createSocket(type);
    s.once('error', reject);
    s.bind(port, address, () => {
      s.off('error', reject);
      resolve(s);
    });
  });
}

export async function startDns(zones: Record<string, Zone> = {}): Promise<DnsServer> {
  const table = new Map(Object.entries(zones));
  const asked = { A: 0, AAAA: 0 };
  const timers = new Set<NodeJS.Timeout>();
  const serve = (socket: UdpSocket) =>
    socket.on('message', (msg, from) => {
      let query: packet.Packet;
      try {
        query = packet.decode(msg);
      } catch {
        return;
      }
      const q = query.questions?.[0];
      if (q?.type === 'A' || q?.type === 'AAAA') asked[q.type]++;
      const zone = q ? table.get(q.name.toLowerCase()) : undefined;
      if (zone?.drop) return;
      const reply = answer(query, table);
      if (!reply) return;
      const send = () => socket.send(reply, from.port, from.address);
      if (zone?.delay) {
        const t = setTimeout(() => {
          timers.delete(t);
          send();
        }, zone.delay);
        timers.add(t);
      } else send();
    });
  const v4 = await bindUdp('udp4', '127.0.0.1', 0);
  const port = v4.address().port;
  const v6 = await bindUdp('udp6', '::1', port).catch(() => bindUdp('udp6', '::1', 0));
  serve(v4);
  serve(v6);
  return {
    v4: `127.0.0.1:${port}`,
    v6: `[::1]:${v6.address().port}`,
    zones: table,
    asked,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      await Promise.all([new Promise<void>((r) => v4.close(() => r())), new Promise<void>((r) => v6.close(() => r()))]);
    },
  };
}

// ------------------------------------------------------------------ HTTP and HTTPS

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Which address families a pair of servers listens on. */
export interface Families {
  v4?: boolean;
  v6?: boolean;
}

export interface WebServers {
  httpsPort: number;
  httpPort: number;
  /** Requests seen, as `scheme://host/path`. */
  seen: string[];
  close(): Promise<void>;
}

const CERTS = {
  valid: createSecureContext({ cert: pem('valid.pem'), key: pem('valid.key') }),
  expired: createSecureContext({ cert: pem('expired.pem'), key: pem('expired.key') }),
  wrong: createSecureContext({ cert: pem('wrong-name.pem'), key: pem('wrong-name.key') }),
};

/** The certificate a test name gets: `expired.…` an expired one, `wrongname.…` one for another name. */
function contextFor(servername: string) {
  if (servername.startsWith('expired.')) return CERTS.expired;
  if (servername.startsWith('wrongname.')) return CERTS.wrong;
  return CERTS.valid;
}

function listen(server: NetServer, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port, ipv6Only: host === '::1' }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Listens on the families asked, all on one port (a fresh one each try until both families get it). */
async function onPort(make: () => NetServer, families: Families): Promise<{ port: number; servers: NetServer[] }> {
  const hosts = [...(families.v4 !== false ? ['127.0.0.1'] : []), ...(families.v6 !== false ? ['::1'] : [])];
  for (let attempt = 0; attempt < 20; attempt++) {
    const servers: NetServer[] = [];
    try {
      let port = 0;
      for (const host of hosts) {
        const s = make();
        port = await listen(s, host, port);
        servers.push(s);
      }
      return { port, servers };
    } catch {
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    }
  }
  throw new Error('no free port on the loopback addresses');
}

const closeAll = (servers: NetServer[]) =>
  Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((r) => {
          (s as Server).closeAllConnections?.();
          s.close(() => r());
        }),
    ),
  ).then(() => undefined);

/** HTTP and HTTPS servers on the loopback addresses running one handler; `cert` gives every name (or each name, as a function) its certificate. */
export async function startWeb(handler: Handler, families: Families = {}, cert?: 'expired' | 'wrong' | ((servername: string) => 'expired' | 'wrong' | 'valid')): Promise<WebServers> {
  const pick = (name: string) => (cert === undefined ? contextFor(name) : CERTS[typeof cert === 'function' ? cert(name) : cert]);
  const seen: string[] = [];
  const wrap =
    (scheme: string): Handler =>
    (req, res) => {
      seen.push(`${scheme}://${req.headers.host ?? ''}${req.url ?? ''}`);
      handler(req, res);
    };
  const https = await onPort(
    () => createHttpsServer({ SNICallback: (name, cb) => cb(null, pick(name)), ...CERTS_DEFAULT }, wrap('https')),
    families,
  );
  const http = await onPort(() => createHttpServer(wrap('http')), families);
  return { httpsPort: https.port, httpPort: http.port, seen, close: () => closeAll([...https.servers, ...http.servers]) };
}

const CERTS_DEFAULT = { cert: pem('valid.pem'), key: pem('valid.key') };

/** Raw TCP servers that misbehave on both ports: accept and never answer, or stream headers without end. */
export async function startHostile(kind: 'silent' | 'endless-headers', families: Families = {}): Promise<WebServers> {
  const sockets = new Set<Socket>();
  const make = () =>
    createNetServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
      if (kind === 'endless-headers') {
        socket.once('data', () => {
          socket.write('HTTP/1.1 200 OK\r\n');
          const more = () => {
            while (!socket.destroyed && socket.write(`x-filler: ${'a'.repeat(1000)}\r\n`));
            if (!socket.destroyed) socket.once('drain', more);
          };
          more();
        });
      }
    });
  const a = await onPort(make, families);
  const b = await onPort(make, families);
  return {
    httpsPort: a.port,
    httpPort: b.port,
    seen: [],
    close: async () => {
      for (const s of sockets) s.destroy();
      await closeAll([...a.servers, ...b.servers]);
    },
  };
}
