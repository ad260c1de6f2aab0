/**
 * The hostname layer: from whatever an inspector pasted (a bare name, a URL, a
 * hostile trick) to the host a browser would actually visit, judged against
 * strict DNS and IDNA syntax. Never throws.
 */
import { canonicalLabels } from './canonical.js';
import { cleanInput, isPlainAsciiName, isSpecialScheme, splitHost } from './extract.js';
import { toASCIILabel } from './idna.js';
import { endsInNumber, isBracketed, unbracket } from './ip.js';
import { MAX_LABELS, MAX_UNICODE_LABEL_UNITS, checkName, plainNameLabels } from './syntax.js';

import type { HostNote, HostProblem, ParsedHost } from './types.js';

export { labelScripts, isLookalikeRisk } from './lookalike.js';
export { vnSuffixLength } from './vn-suffix.js';
export type { HostNote, HostNoteCode, HostProblem, HostProblemCode, ParsedHost } from './types.js';

/**
 * Beyond these sizes a Unicode host is not given to the URL parser: Punycode
 * encoding is quadratic in a label's length, and such a host is over-long
 * whatever the parser would make of it.
 */
const MAX_UNICODE_HOST_UNITS = 2048;

export function parseHost(input: string): ParsedHost {
  const text = typeof input === 'string' ? input : '';
  // Most inputs are canonical names already: nothing to clean, map or report.
  const canonical = canonicalLabels(text);
  if (canonical !== null) return valid(text, text, [], canonical, canonical);

  const problems: HostProblem[] = [];
  const notes: HostNote[] = [];
  const { trimmed, cleaned } = cleanInput(text);

  if (cleaned.length === 0) {
    problems.push({ code: 'empty', data: {} });
    return invalid(text, null, problems, notes);
  }

  // Most inputs are already bare lower-case names: nothing for the URL parser to change.
  if (trimmed === cleaned && isPlainAsciiName(cleaned) && !endsInNumber(cleaned)) {
    const hostname = dropTrailingDot(cleaned);
    if (hostname !== cleaned) notes.push(notCanonical(cleaned, hostname));
    const labels = plainNameLabels(hostname);
    if (labels !== null) return valid(text, hostname, notes, labels, labels);
    return judgeName(text, hostname, problems, notes);
  }

  const split = splitHost(cleaned);
  // Tabs and newlines inside the host are dropped by the browser but were written.
  const written = trimmed === cleaned ? split.host : splitHost(trimmed).host;
  if (split.userinfo !== null) notes.push({ code: 'userinfo', data: { userinfo: split.userinfo } });
  if (!split.hasAuthority || split.host.length === 0) {
    problems.push({ code: 'no-host', data: {} });
    return invalid(text, null, problems, notes);
  }

  const parsed = hugeUnicodeHost(split.host)
    ? null
    : browserHostname(split.scheme === null ? 'http://' + cleaned : cleaned, split.scheme, split.host);
  if (parsed === '') {
    problems.push({ code: 'no-host', data: {} });
    return invalid(text, null, problems, notes);
  }

  if (parsed !== null) {
    const hostname = isBracketed(parsed) ? parsed : dropTrailingDot(parsed);
    addUrlNotes(notes, split.scheme !== null || split.hasExtra, written, hostname);
    if (isBracketed(hostname) || endsInNumber(hostname)) {
      problems.push({ code: 'ip-address', data: { address: unbracket(hostname) } });
      return invalid(text, hostname, problems, notes);
    }
    return judgeName(text, hostname, problems, notes);
  }

  // The URL parser refused the host: judge it as far as we can read it.
  const raw = dropTrailingDot(split.host.toLowerCase());
  if (isBracketed(raw) || endsInNumber(raw.normalize('NFKC'))) {
    addUrlNotes(notes, split.scheme !== null || split.hasExtra, written, raw);
    problems.push({ code: 'ip-address', data: { address: raw } });
    return invalid(text, raw, problems, notes);
  }
  const hostname = mapLabels(raw);
  if (hostname === '') {
    // Only characters a browser ignores ('\u00AD'): nothing is left to visit.
    problems.push({ code: 'no-host', data: {} });
    return invalid(text, null, problems, notes);
  }
  addUrlNotes(notes, split.scheme !== null || split.hasExtra, written, hostname);
  checkName(hostname, problems);
  if (problems.length === 0) {
    // Nothing our checks can name (e.g. a percent-escape that decodes to a forbidden character).
    problems.push({ code: 'uts46', data: { label: hostname, reason: 'refused by the URL parser' } });
  }
  return invalid(text, hostname, problems, notes);
}

/** The hostname the URL parser gives, '' for a URL without a host, null when refused. */
function browserHostname(urlText: string, scheme: string | null, host: string): string | null {
  try {
    const hostname = new URL(urlText).hostname;
    // Other schemes keep the host opaque: read it the way an http URL would be.
    if (scheme !== null && !isSpecialScheme(scheme) && hostname !== '') {
      return new URL('http://' + hostname).hostname;
    }
    return hostname;
  } catch {
    // Perhaps only the port or the path was at fault: try the host alone. Not when the
    // host ends in a space or control character: the parser would trim it off the
    // host alone, where inside the URL it made the URL fail ('http://a.vn /').
    const last = host.charCodeAt(host.length - 1);
    if (host.charCodeAt(0) <= 0x20 || last <= 0x20) return null;
    try {
      return new URL('http://' + host).hostname;
    } catch {
      return null;
    }
  }
}

function isDotLike(c: number): boolean {
  // '.', and the full stops UTS #46 maps to it.
  return c === 0x2e || c === 0x3002 || c === 0xff0e || c === 0xff61;
}

/** A Unicode host too big to hand to the URL parser in linear time. */
function hugeUnicodeHost(host: string): boolean {
  let unicode = false;
  let labelUnits = 0;
  let longLabel = false;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c > 0x7f) unicode = true;
    if (isDotLike(c)) labelUnits = 0;
    else if (++labelUnits > MAX_UNICODE_LABEL_UNITS) longLabel = true;
  }
  return unicode && (longLabel || host.length > MAX_UNICODE_HOST_UNITS);
}

/**
 * Map, label by label, a host the URL parser refused as a whole, so that the
 * labels it does accept are judged in the form a browser would use and only
 * the culprits stay in Unicode.
 */
function mapLabels(raw: string): string {
  let unicode = false;
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) > 0x7f) {
      unicode = true;
      break;
    }
  }
  if (!unicode) return raw;

  const parts = raw.split('.');
  for (let k = 0; k < parts.length && k <= MAX_LABELS; k++) {
    const label = parts[k] ?? '';
    if (label.length === 0 || label.length > MAX_UNICODE_LABEL_UNITS) continue;
    let ascii = true;
    for (let i = 0; i < label.length; i++) {
      if (label.charCodeAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) continue;
    const mapped = toASCIILabel(label);
    if (mapped !== null) parts[k] = mapped;
  }
  return parts.join('.');
}

function dropTrailingDot(host: string): string {
  return host.length > 1 && host.charCodeAt(host.length - 1) === 0x2e ? host.slice(0, -1) : host;
}

function notCanonical(written: string, hostname: string): HostNote {
  return { code: 'not-canonical', data: { written, hostname } };
}

function addUrlNotes(notes: HostNote[], urlish: boolean, written: string, hostname: string): void {
  if (urlish) notes.push({ code: 'url', data: { host: hostname } });
  if (written !== hostname) notes.push(notCanonical(written, hostname));
}

/** Strict checks; a name that passes them is valid. */
function judgeName(input: string, hostname: string, problems: HostProblem[], notes: HostNote[]): ParsedHost {
  const { labels, unicodeLabels } = checkName(hostname, problems);
  if (problems.length > 0) return invalid(input, hostname, problems, notes);
  return valid(input, hostname, notes, labels, unicodeLabels);
}

/**
 * The result for a name that passed every check; takes ownership of the label
 * arrays (one array twice when no label is an IDN).
 */
function valid(input: string, hostname: string, notes: HostNote[], labels: string[], unicodeLabels: string[]): ParsedHost {
  const www = labels.length > 1 && labels[0] === 'www';
  if (www) {
    labels.shift();
    if (unicodeLabels !== labels) unicodeLabels.shift();
  }
  return {
    input,
    hostname,
    valid: true,
    problems: [],
    notes,
    www,
    labels,
    unicodeLabels,
  };
}

function invalid(input: string, hostname: string | null, problems: HostProblem[], notes: HostNote[]): ParsedHost {
  return {
    input,
    hostname,
    valid: false,
    problems,
    notes,
    www: hostname !== null && hostname.length > 4 && hostname.startsWith('www.'),
    labels: [],
    unicodeLabels: [],
  };
}
