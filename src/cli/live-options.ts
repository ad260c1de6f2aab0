/**
 * `govvn check --live` and its options, read and checked before anything is
 * sent: each mistake is a usage error by id, in the run's language.
 */
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { ResolvedLiveOptions } from '../live/options.js';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT } from '../live/options.js';
import { UsageError, type OptionSpec } from './args.js';
import { visible } from './output.js';

export const LIVE_OPTIONS: Record<string, OptionSpec> = {
  '--live': { value: false },
  '--concurrency': { value: true },
  '--timeout': { value: true },
  '--dns-server': { value: true, repeat: true },
  '--https-port': { value: true },
  '--http-port': { value: true },
  '--ca': { value: true },
};

/** More at once than this would only queue in the kernel: the bound keeps a mistyped 80000 from opening 80,000 sockets. */
export const MAX_CONCURRENCY = 256;
/** Ten minutes a name is already more than any site should take. */
export const MAX_TIMEOUT = 600_000;

export interface LiveRequest {
  options: ResolvedLiveOptions;
  concurrency: number;
}

function whole(value: string, min: number, max: number): number | null {
  if (!/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** `HOST` or `HOST:PORT`, an IPv6 address in brackets when a port follows; null when it is neither. */
export function dnsServer(text: string): string | null {
  const t = text.trim();
  if (isIP(t)) return t;
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(t);
  if (v6) {
    if (isIP(v6[1]!) !== 6) return null;
    if (v6[2] === undefined) return v6[1]!;
    return whole(v6[2], 1, 65535) === null ? null : t;
  }
  const v4 = /^([^:]+):(\d+)$/.exec(t);
  if (v4 && isIP(v4[1]!) === 4 && whole(v4[2]!, 1, 65535) !== null) return t;
  return null;
}

/** The live request from the options, or null without --live (then every live option is a mistake). */
export async function liveRequest(has: (k: string) => boolean, get: (k: string) => string | undefined, cwd: string): Promise<LiveRequest | null> {
  if (!has('--live')) {
    const stray = Object.keys(LIVE_OPTIONS).find((k) => k !== '--live' && has(k));
    if (stray) throw new UsageError({ id: 'live-option-needs-live', data: { option: stray } });
    return null;
  }
  const c = get('--concurrency');
  const concurrency = c === undefined ? DEFAULT_CONCURRENCY : whole(c, 1, MAX_CONCURRENCY);
  if (concurrency === null) throw new UsageError({ id: 'concurrency-number', data: { value: visible(c!), max: String(MAX_CONCURRENCY) } });
  const t = get('--timeout');
  const timeout = t === undefined ? DEFAULT_TIMEOUT : whole(t, 1, MAX_TIMEOUT);
  if (timeout === null) throw new UsageError({ id: 'timeout-number', data: { value: visible(t!), max: String(MAX_TIMEOUT) } });
  const servers: string[] = [];
  for (const part of (get('--dns-server') ?? '').split(',').filter((p) => p.trim() !== '')) {
    const server = dnsServer(part);
    if (server === null) throw new UsageError({ id: 'dns-server-address', data: { value: visible(part) } });
    servers.push(server);
  }
  const port = (option: string, fallback: number) => {
    const v = get(option);
    if (v === undefined) return fallback;
    const n = whole(v, 1, 65535);
    if (n === null) throw new UsageError({ id: 'port-number', data: { option, value: visible(v) } });
    return n;
  };
  const httpsPort = port('--https-port', 443);
  const httpPort = port('--http-port', 80);
  let ca: string[] | null = null;
  const caFile = get('--ca');
  if (caFile !== undefined) {
    let text: string;
    try {
      text = await readFile(resolve(cwd, caFile), 'utf8');
    } catch (e) {
      throw new UsageError({ id: 'cannot-read', data: { name: caFile, why: (e as NodeJS.ErrnoException).code ?? (e as Error).message } });
    }
    if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new UsageError({ id: 'ca-not-pem', data: { file: caFile } });
    ca = [text];
  }
  return {
    concurrency,
    options: { dnsServers: servers.length > 0 ? servers : null, timeout, httpsPort, httpPort, ca, maxRedirects: 10, maxHeaderSize: 16 * 1024, now: null },
  };
}
