/**
 * Browser-like reading of what the user typed: which part of it is the host.
 *
 * The WHATWG URL parser is the authority on the final hostname; the hand
 * reading here mirrors its authority splitting so that we can also say what the
 * host looked like *as written*, name the userinfo, and still find a host when
 * the parser refuses the input.
 */

/** Input after the clean-up every browser does before parsing. */
export interface CleanInput {
  /** C0 controls and spaces removed from both ends. */
  trimmed: string;
  /** `trimmed` without any tab, CR or LF (the parser ignores them anywhere). */
  cleaned: string;
}

function isTabOrNewline(c: number): boolean {
  return c === 0x09 || c === 0x0a || c === 0x0d;
}

export function cleanInput(input: string): CleanInput {
  let start = 0;
  let end = input.length;
  // C0 controls and space are all <= U+0020.
  while (start < end && input.charCodeAt(start) <= 0x20) start++;
  while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
  const trimmed = start === 0 && end === input.length ? input : input.slice(start, end);

  let firstBreak = -1;
  for (let i = 0; i < trimmed.length; i++) {
    if (isTabOrNewline(trimmed.charCodeAt(i))) {
      firstBreak = i;
      break;
    }
  }
  if (firstBreak === -1) return { trimmed, cleaned: trimmed };

  // Rare: build the copy only when there is something to drop.
  const parts: string[] = [];
  let from = 0;
  for (let i = firstBreak; i < trimmed.length; i++) {
    if (isTabOrNewline(trimmed.charCodeAt(i))) {
      if (i > from) parts.push(trimmed.slice(from, i));
      from = i + 1;
    }
  }
  if (from < trimmed.length) parts.push(trimmed.slice(from));
  return { trimmed, cleaned: parts.join('') };
}

/** Schemes whose URLs always have a host and accept '\' as '/'. */
export function isSpecialScheme(scheme: string): boolean {
  switch (scheme) {
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
    case 'ftp':
    case 'file':
      return true;
    default:
      return false;
  }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** '/', '\', '?' or '#' (or end): what may follow a port. */
function endsAuthority(c: number, special: boolean): boolean {
  return c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c);
}

/**
 * Index of the ':' ending a leading scheme, or -1. A dotted word followed by
 * ':' ('laichau.gov.vn:8080', 'laichau.gov.vn:1@evil.com') and a word followed
 * by a numeric port ('localhost:8080') are read as host and port, as an
 * address bar does, not as a scheme: nobody checking a domain means a scheme
 * called 'laichau.gov.vn'.
 */
export function schemeEnd(text: string): number {
  if (text.length === 0 || !isAsciiLetter(text.charCodeAt(0))) return -1;
  let dotted = false;
  let i = 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) break;
    if (c === 0x2e) dotted = true;
    else if (!(isAsciiLetter(c) || isDigit(c) || c === 0x2b || c === 0x2d)) return -1;
  }
  if (i === text.length) return -1;
  const scheme = text.slice(0, i).toLowerCase();
  if (isSpecialScheme(scheme)) return i;
  if (dotted) return -1;
  let j = i + 1;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  if (j > i + 1 && (j === text.length || endsAuthority(text.charCodeAt(j), true))) return -1;
  return i;
}

/** The parts of a URL-ish input that matter for judging its host. */
export interface HostSplit {
  /** Lower-cased scheme when the input started with one, else null. */
  scheme: string | null;
  /** Whether the URL has an authority at all ('mailto:a@b' has none). */
  hasAuthority: boolean;
  /** Text before the last '@' of the authority, or null when there is no '@'. */
  userinfo: string | null;
  /** The host exactly as written (no lower-casing, no decoding). */
  host: string;
  /** A port, path, query, fragment or leading slashes surrounded the host. */
  hasExtra: boolean;
}

/**
 * Split `text` the way the WHATWG parser finds the authority: after the scheme
 * (no scheme: as if 'http://' were prepended), the authority runs to the first
 * '/', '?', '#' (and '\' for special schemes); the host follows its last '@'
 * and ends at a ':' outside brackets.
 */
export function splitHost(text: string): HostSplit {
  const end = schemeEnd(text);
  let scheme: string | null = null;
  let special = true;
  let pos = 0;
  let hasExtra = false;

  if (end !== -1) {
    scheme = text.slice(0, end).toLowerCase();
    special = isSpecialScheme(scheme);
    pos = end + 1;
    hasExtra = true;
    if (scheme === 'file') {
      if (!(isSlash(text, pos, true) && isSlash(text, pos + 1, true))) {
        return { scheme, hasAuthority: false, userinfo: null, host: '', hasExtra };
      }
      pos += 2;
    } else if (special) {
      // Special schemes tolerate any number of slashes of either kind.
      while (isSlash(text, pos, true)) pos++;
    } else {
      if (!(isSlash(text, pos, false) && isSlash(text, pos + 1, false))) {
        return { scheme, hasAuthority: false, userinfo: null, host: '', hasExtra };
      }
      pos += 2;
    }
  } else {
    while (isSlash(text, pos, true)) {
      pos++;
      hasExtra = true;
    }
  }

  let authorityEnd = text.length;
  let lastAt = -1;
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (endsAuthority(c, special)) {
      authorityEnd = i;
      break;
    }
    if (c === 0x40) lastAt = i;
  }
  if (authorityEnd < text.length) hasExtra = true;

  const hostStart = lastAt === -1 ? pos : lastAt + 1;
  let hostEnd = authorityEnd;
  let inBrackets = false;
  for (let i = hostStart; i < authorityEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) inBrackets = true;
    else if (c === 0x5d) inBrackets = false;
    else if (c === 0x3a && !inBrackets) {
      hostEnd = i;
      hasExtra = true;
      break;
    }
  }

  return {
    scheme,
    hasAuthority: true,
    userinfo: lastAt === -1 ? null : text.slice(pos, lastAt),
    host: text.slice(hostStart, hostEnd),
    hasExtra,
  };
}

function isSlash(text: string, i: number, special: boolean): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2f || (special && c === 0x5c);
}

/**
 * True when `text` is already a bare lower-case ASCII name ([a-z0-9.-] only,
 * no 'xn--' label): the URL parser would return it unchanged, so it can be
 * skipped. Numeric-looking names are left to the caller (see ip.ts).
 */
export function isPlainAsciiName(text: string): boolean {
  let labelStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      labelStart = i + 1;
    } else if ((c >= 0x61 && c <= 0x7a) || isDigit(c)) {
      // fine
    } else if (c === 0x2d) {
      // 'xn--' at a label start needs the IDNA checks of the slow path.
      if (
        i === labelStart + 3 &&
        text.charCodeAt(labelStart) === 0x78 &&
        text.charCodeAt(labelStart + 1) === 0x6e &&
        text.charCodeAt(labelStart + 2) === 0x2d
      ) {
        return false;
      }
    } else {
      return false;
    }
  }
  return text.length > 0;
}
