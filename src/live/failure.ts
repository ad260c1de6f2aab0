import type { LiveFailure } from '../law/live-facts.js';

const codeOf = (e: unknown): string => (e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '');

/** A DNS query's error as a failure; null for "the name has no record of that type" (an answer, not a failure). */
export function dnsFailure(e: unknown): LiveFailure | null {
  switch (codeOf(e)) {
    case 'ENODATA':
      return null;
    case 'ENOTFOUND':
      return 'no-such-name';
    case 'ETIMEOUT':
    case 'ECANCELLED':
      return 'timeout';
    case 'ESERVFAIL':
    case 'EREFUSED':
    case 'ECONNREFUSED':
    case 'EBADRESP':
    case 'EFORMERR':
    case 'ENOTIMP':
      return 'server-failure';
    default:
      return 'error';
  }
}

/** A connection's or a request's error as a failure. */
export function netFailure(e: unknown): LiveFailure {
  const code = codeOf(e);
  switch (code) {
    case 'ETIMEDOUT':
    case 'ABORT_ERR':
    case 'ERR_LIVE_TIMEOUT':
      return 'timeout';
    case 'ECONNREFUSED':
      return 'refused';
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
    case 'EADDRNOTAVAIL':
    case 'ENETDOWN':
      return 'unreachable';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'reset';
    case 'HPE_HEADER_OVERFLOW':
      return 'headers-too-large';
    case 'EPROTO':
      return 'tls-failure';
  }
  if (code.startsWith('HPE_')) return 'bad-response';
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS')) return 'tls-failure';
  return 'error';
}

/** The verify error Node reports for a certificate, as a failure. */
export function certificateFailure(code: string): LiveFailure {
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return 'expired';
    case 'CERT_NOT_YET_VALID':
      return 'not-yet-valid';
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return 'wrong-name';
    default:
      return 'untrusted';
  }
}
