/** What a live check may be told, and every default in one place. */
export interface LiveOptions {
  /**
   * Name servers to ask, each `HOST` or `HOST:PORT` (`[::1]:5353` for IPv6 with a
   * port); the system's when absent.
   */
  dnsServers?: readonly string[];
  /** Milliseconds for the whole check of one name (default 10,000). */
  timeout?: number;
  /** Ports to try: HTTPS (default 443) and HTTP (default 80); tests run servers elsewhere. */
  ports?: { https?: number; http?: number };
  /** Extra certificate authorities to trust, PEM, besides the system's (an internal CA, a test CA). */
  ca?: string | readonly string[];
  /** Redirects followed before the chain counts as endless (default 10). */
  maxRedirects?: number;
  /** Bytes of response headers read before giving up (default 16 KiB). */
  maxHeaderSize?: number;
  /** The moment certificates are judged at (default: now). */
  now?: Date;
}

export interface ResolvedLiveOptions {
  dnsServers: readonly string[] | null;
  timeout: number;
  httpsPort: number;
  httpPort: number;
  ca: readonly string[] | null;
  maxRedirects: number;
  maxHeaderSize: number;
  now: Date | null;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_CONCURRENCY = 8;

/** Addresses of one family tried per step: enough to get past a dead one, few enough to bound the time. */
export const ADDRESSES_PER_FAMILY = 2;

function port(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new RangeError(`${what} must be a port number (1-65535), got ${String(value)}`);
  return value;
}

function positive(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${what} must be a positive number, got ${String(value)}`);
  return value;
}

export function resolveLiveOptions(o: LiveOptions = {}): ResolvedLiveOptions {
  const ca = o.ca === undefined ? null : typeof o.ca === 'string' ? [o.ca] : [...o.ca];
  return {
    dnsServers: o.dnsServers && o.dnsServers.length > 0 ? [...o.dnsServers] : null,
    timeout: positive(o.timeout, DEFAULT_TIMEOUT, 'timeout'),
    httpsPort: port(o.ports?.https, 443, 'ports.https'),
    httpPort: port(o.ports?.http, 80, 'ports.http'),
    ca,
    maxRedirects: Math.floor(positive(o.maxRedirects, 10, 'maxRedirects')),
    maxHeaderSize: Math.floor(positive(o.maxHeaderSize, 16 * 1024, 'maxHeaderSize')),
    now: o.now ?? null,
  };
}
