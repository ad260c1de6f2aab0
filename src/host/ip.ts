/**
 * IP literals. A browser decides "this is an IPv4 address" from the last label
 * alone (the WHATWG "ends in a number" rule), so '0x7f.1' and '2130706433' are
 * addresses, and 'a.1' is a broken one rather than a domain name.
 */

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/**
 * True when the URL parser would treat `host` as IPv4: its last label (a
 * single trailing dot ignored) is all decimal digits, or '0x'/'0X' followed
 * by hex digits.
 */
export function endsInNumber(host: string): boolean {
  let end = host.length;
  if (end > 0 && host.charCodeAt(end - 1) === 0x2e) {
    end--;
    // '.' alone is one empty label, not a number.
    if (end === 0) return false;
  }
  let start = end;
  while (start > 0 && host.charCodeAt(start - 1) !== 0x2e) start--;
  if (start === end) return false;

  let allDigits = true;
  for (let i = start; i < end; i++) {
    if (!isDigit(host.charCodeAt(i))) {
      allDigits = false;
      break;
    }
  }
  if (allDigits) return true;

  if (
    end - start >= 2 &&
    host.charCodeAt(start) === 0x30 &&
    (host.charCodeAt(start + 1) === 0x78 || host.charCodeAt(start + 1) === 0x58)
  ) {
    for (let i = start + 2; i < end; i++) {
      if (!isHexDigit(host.charCodeAt(i))) return false;
    }
    return true;
  }
  return false;
}

/** True for a bracketed IPv6 literal as the URL parser leaves it ('[::1]'). */
export function isBracketed(host: string): boolean {
  // Both brackets: "[31m…" (a terminal colour code pasted in) is no IPv6 literal.
  return host.charCodeAt(0) === 0x5b && host.charCodeAt(host.length - 1) === 0x5d;
}

/** The address without brackets, for messages. */
export function unbracket(host: string): string {
  return host.length >= 2 && host.charCodeAt(0) === 0x5b && host.charCodeAt(host.length - 1) === 0x5d
    ? host.slice(1, -1)
    : host;
}
