/**
 * The common case in one pass: a name already written the way a browser would
 * visit it (lower-case letters, digits, hyphens and dots, no `xn--` label, no
 * trailing dot, not ending in a number), and passing every DNS length and hyphen
 * rule. Such a name needs neither the URL parser nor the IDNA checks.
 */
import { plainNameLabels } from './syntax.js';

/**
 * The labels of `text` when it is a canonical LDH name, left to right; null when
 * anything about it needs the full path (which then names the problem or the note).
 */
export function canonicalLabels(text: string): string[] | null {
  const labels = plainNameLabels(text);
  if (labels === null) return null;
  // A last label starting with a digit may be an IPv4 part (`1`, `0x7f`): the long way decides.
  const c = labels[labels.length - 1]!.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 ? null : labels;
}
