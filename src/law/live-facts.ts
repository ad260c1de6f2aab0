/**
 * What `govvn/live` found a name to serve: plain data, gathered over the network
 * by `src/live/` and judged here by the live rules. Types only, so the pure core
 * can carry them without touching the network.
 */

/** Why a step failed, in words a report can show. */
export type LiveFailure =
  /** The name does not exist (NXDOMAIN). */
  | 'no-such-name'
  /** The name server failed or refused to answer (SERVFAIL, REFUSED). */
  | 'server-failure'
  /** No answer in time. */
  | 'timeout'
  /** The port is closed (the connection was refused). */
  | 'refused'
  /** No route to the address. */
  | 'unreachable'
  /** The peer closed the connection mid-way. */
  | 'reset'
  /** The TLS handshake failed. */
  | 'tls-failure'
  /** The certificate is for another name. */
  | 'wrong-name'
  /** The certificate's validity ended. */
  | 'expired'
  /** The certificate's validity has not begun. */
  | 'not-yet-valid'
  /** The certificate does not chain to a trusted authority. */
  | 'untrusted'
  /** More redirects than the checker follows. */
  | 'too-many-redirects'
  /** A redirect back to an address already visited. */
  | 'redirect-loop'
  /** A redirect whose target is not an http(s) URL. */
  | 'bad-redirect'
  /** Response headers larger than the checker reads. */
  | 'headers-too-large'
  /** Not an HTTP response. */
  | 'bad-response'
  /** Anything else (the code is in the report's detail). */
  | 'error';

/** The address records of a name, each query's failure apart. */
export interface LiveDns {
  a: string[];
  aaaa: string[];
  /** null when the query was answered (with records or with none). */
  aFailure: LiveFailure | null;
  aaaaFailure: LiveFailure | null;
  ms: number;
}

/** Whether a TCP connection to a port opened, and on which address. */
export interface LiveReach {
  port: number;
  /** The address that answered, else the last one tried; null when there was none to try. */
  address: string | null;
  ok: boolean;
  failure: LiveFailure | null;
  ms: number;
}

/** The TLS handshake on the HTTPS port and the certificate it showed. */
export interface LiveTls {
  address: string;
  /** Handshake done and the certificate valid for the name, in date and trusted. */
  ok: boolean;
  failure: LiveFailure | null;
  /** The certificate's names (subject alternative names, else its common name). */
  names: string[];
  /** ISO dates of the certificate's validity. */
  validFrom: string | null;
  validTo: string | null;
  issuer: string | null;
  ms: number;
}

/** One request of the redirect chain. */
export interface LiveHop {
  url: string;
  /** null when no response came (the failure says why). */
  status: number | null;
  /** The Location header of a redirect. */
  location: string | null;
}

/** The HTTP redirect chain from the name, bounded. */
export interface LiveHttp {
  hops: LiveHop[];
  /** The last URL answered without a redirect; null when the chain failed. */
  finalUrl: string | null;
  /** The host of the last URL reached or tried. */
  finalHost: string | null;
  failure: LiveFailure | null;
  ms: number;
}

/** Every fact about one name; `null` for a step that could not start (no address to try). */
export interface LiveFacts {
  host: string;
  /** When the facts were gathered (ISO date-time): they hold for that moment. */
  checkedAt: string;
  dns: LiveDns;
  /** Whether an IPv6 address of the name answers on the HTTPS and on the HTTP port. */
  ipv6: { https: LiveReach; http: LiveReach } | null;
  tls: LiveTls | null;
  http: LiveHttp | null;
  /** A step ran out of time, or the whole check did (`timeout` per name). */
  timedOut: boolean;
  ms: number;
}

/**
 * The live facts as a rule sees them: the facts, and what the engine judged of
 * the names in them (a rule never judges another name itself).
 */
export interface LiveView {
  facts: LiveFacts;
  /** The name complies by its naming rules alone. */
  nameCompliant: boolean;
  /** Where the redirects end, when on another host (`www.` ignored), and whether that name is compliant for the same holder. */
  target: { host: string; compliant: boolean } | null;
  /** The first compliant name govvn suggests for the holder, when the name is not compliant. */
  suggestion: string | null;
}
