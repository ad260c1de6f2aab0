import { checkServerIdentity, connect as tlsConnect, createSecureContext, rootCertificates, type PeerCertificate, type SecureContext, type TLSSocket } from 'node:tls';
import type { LiveFailure, LiveTls } from '../law/live-facts.js';
import { Deadline, since, timeoutError } from './deadline.js';
import { certificateFailure, netFailure } from './failure.js';
import { connect } from './reach.js';

const contexts = new WeakMap<readonly string[], SecureContext>();

/**
 * The system's authorities and the ones the caller adds (a given `ca` would
 * otherwise replace them), as one context per run: building it parses every root
 * certificate, far too dear to do for each connection.
 */
export function trusted(ca: readonly string[] | null): SecureContext | undefined {
  if (!ca) return undefined;
  let context = contexts.get(ca);
  if (!context) {
    context = createSecureContext({ ca: [...rootCertificates, ...ca] });
    contexts.set(ca, context);
  }
  return context;
}

function handshake(socket: import('node:net').Socket, host: string, secureContext: SecureContext | undefined, deadline: Deadline): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    // Not rejected here: the certificate is judged below, so a bad one is a fact, not an error.
    const secure = tlsConnect({ socket, servername: host, ...(secureContext ? { secureContext } : {}), rejectUnauthorized: false });
    const timer = setTimeout(() => {
      secure.destroy();
      reject(timeoutError());
    }, deadline.remaining());
    secure.once('secureConnect', () => {
      clearTimeout(timer);
      resolve(secure);
    });
    secure.once('error', (e) => {
      clearTimeout(timer);
      secure.destroy();
      reject(e);
    });
  });
}

const iso = (text: string | undefined): string | null => {
  const d = text ? new Date(text) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
};

function namesOf(cert: PeerCertificate): string[] {
  const alt = cert.subjectaltname;
  if (alt) return alt.split(/,\s*/).filter((n) => n.startsWith('DNS:')).map((n) => n.slice(4));
  const cn = cert.subject?.CN;
  return cn ? [String(cn)] : [];
}

/** What is wrong with a certificate for a host at a moment, the most telling first; null when nothing is. */
export function certificateProblem(host: string, cert: PeerCertificate, authorizationError: string | null, now: Date): LiveFailure | null {
  if (checkServerIdentity(host, cert) !== undefined) return 'wrong-name';
  const to = iso(cert.valid_to);
  const from = iso(cert.valid_from);
  if (to !== null && now.toISOString() > to) return 'expired';
  if (from !== null && now.toISOString() < from) return 'not-yet-valid';
  // Node checks the dates against the clock too: at another moment only the chain is asked of it.
  if (authorizationError === null || authorizationError === 'CERT_HAS_EXPIRED' || authorizationError === 'CERT_NOT_YET_VALID') return null;
  return certificateFailure(authorizationError);
}

/**
 * The TLS handshake on the first address that takes a connection on the port;
 * null when none does (then the site has no HTTPS to judge).
 */
export async function tlsFacts(host: string, addresses: readonly string[], port: number, ca: readonly string[] | null, now: Date | null, deadline: Deadline): Promise<LiveTls | null> {
  const start = performance.now();
  const roots = trusted(ca);
  for (const address of addresses) {
    if (deadline.passed) return null;
    let socket;
    try {
      socket = await connect(address, port, deadline);
    } catch {
      continue;
    }
    try {
      const secure = await handshake(socket, host, roots, deadline);
      const cert = secure.getPeerCertificate();
      const authError = secure.authorized ? null : String(secure.authorizationError ?? 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
      secure.destroy();
      const failure = certificateProblem(host, cert, authError, now ?? new Date());
      return {
        address,
        ok: failure === null,
        failure,
        names: namesOf(cert),
        validFrom: iso(cert.valid_from),
        validTo: iso(cert.valid_to),
        issuer: cert.issuer ? String(cert.issuer.CN ?? cert.issuer.O ?? '') || null : null,
        ms: since(start),
      };
    } catch (e) {
      socket.destroy();
      const f = netFailure(e);
      return { address, ok: false, failure: f === 'error' || f === 'reset' ? 'tls-failure' : f, names: [], validFrom: null, validTo: null, issuer: null, ms: since(start) };
    }
  }
  return null;
}
