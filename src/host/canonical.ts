/**
 * The common case in one pass: a name already written the way a browser would
 * visit it (lower-case letters, digits, hyphens and dots, no `xn--` label, no
 * trailing dot, not ending in a number), and passing every DNS length and hyphen
 * rule. Such a name needs neither the URL parser nor the IDNA checks.
 */
import { MAX_LABEL_OCTETS, MAX_NAME_OCTETS } from './syntax.js';

/**
 * The labels of `text` when it is a canonical LDH name, left to right; null when
 * anything about it needs the full path (which then names the problem or the note).
 */
export function canonicalLabels(text: string): string[] | null {
  const n = text.length;
  if (n === 0 || n > MAX_NAME_OCTETS) return null;
  const labels: string[] = [];
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x2e;
    if (c === 0x2e) {
      const len = i - start;
      if (len === 0 || len > MAX_LABEL_OCTETS) return null;
      if (text.charCodeAt(start) === 0x2d || text.charCodeAt(i - 1) === 0x2d) return null;
      // `ab--`: reserved, and `xn--` needs decoding; both go the long way.
      if (len >= 4 && text.charCodeAt(start + 2) === 0x2d && text.charCodeAt(start + 3) === 0x2d) return null;
      labels.push(text.slice(start, i));
      start = i + 1;
    } else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d)) {
      return null;
    }
  }
  // A last label starting with a digit may be an IPv4 part (`1`, `0x7f`): the long way.
  const last = labels[labels.length - 1]!;
  const d = last.charCodeAt(0);
  if (d >= 0x30 && d <= 0x39) return null;
  return labels;
}

/**
 * The public suffix and registrable domain of names in the two zones the law is
 * about, read off the labels: the Public Suffix List has `gov.vn` and `edu.vn`
 * and nothing below them. Other names are left to the list (null).
 */
export function zoneSplit(labels: readonly string[]): { publicSuffix: string; domain: string | null } | null {
  const n = labels.length;
  if (n < 2 || labels[n - 1] !== 'vn') return null;
  const second = labels[n - 2];
  const suffix = second === 'gov' ? 'gov.vn' : second === 'edu' ? 'edu.vn' : null;
  if (suffix === null) return null;
  return { publicSuffix: suffix, domain: n >= 3 ? `${labels[n - 3]}.${suffix}` : null };
}
