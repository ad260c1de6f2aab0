/**
 * Strict DNS syntax of a host name (RFC 1035 §2.3.1 and §2.3.4, RFC 5891
 * §4.2.3.1), on the lenient URL parser's output: the parser lets through '_',
 * '*', empty labels, edge hyphens and over-long names; registries do not.
 */
import type { HostProblem, HostProblemCode } from './types.js';
import { bidiProblem, checkALabel, hexCodePoint, isRightToLeftLabel, refusalReason } from './idna.js';

/** Enough to explain any real mistake; keeps output small for hostile input. */
export const MAX_PROBLEMS = 20;
export const MAX_LABEL_OCTETS = 63;
export const MAX_NAME_OCTETS = 253;
export const MAX_LABELS = 127;
/** Labels longer than this are shown shortened in problem data. */
const SHOWN_LABEL_CHARS = 255;
/** Beyond this many code units a Unicode label is not handed to the URL parser (see index.ts). */
export const MAX_UNICODE_LABEL_UNITS = 256;

/** Adds a problem unless the list already holds `limit` of them. */
export function addProblem(
  problems: HostProblem[],
  code: HostProblemCode,
  data: Record<string, string | number>,
  limit = MAX_PROBLEMS,
): void {
  if (problems.length < limit) problems.push({ code, data });
}

/** The character for messages: itself when printable ASCII (space included), else its code point. */
export function showChar(cp: number): string {
  return cp >= 0x20 && cp < 0x7f ? String.fromCharCode(cp) : hexCodePoint(cp);
}

function shown(label: string): string {
  return label.length > SHOWN_LABEL_CHARS ? label.slice(0, SHOWN_LABEL_CHARS) + '…' : label;
}

function isLdh(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

function utf8Length(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

function isXnPrefix(host: string, start: number, end: number): boolean {
  return (
    end - start >= 4 &&
    host.charCodeAt(start) === 0x78 &&
    host.charCodeAt(start + 1) === 0x6e &&
    host.charCodeAt(start + 2) === 0x2d &&
    host.charCodeAt(start + 3) === 0x2d
  );
}

/**
 * Letters, digits and hyphen only (every offending character once), no edge
 * hyphen, no '--' in positions 3–4 unless an 'xn--' label, at most 63 octets.
 * Returns whether the characters were all letters, digits and hyphen.
 */
function checkAsciiLabel(
  host: string,
  start: number,
  end: number,
  label: string,
  problems: HostProblem[],
  budget: number,
): boolean {
  const len = end - start;
  if (len > MAX_LABEL_OCTETS) addProblem(problems, 'label-too-long', { label: shown(label), length: len }, budget);

  // Which ASCII characters were already reported, as 128 bits in four words.
  let seen0 = 0;
  let seen1 = 0;
  let seen2 = 0;
  let seen3 = 0;
  let ldh = true;
  for (let i = start; i < end && problems.length < budget; i++) {
    const c = host.charCodeAt(i);
    if (isLdh(c)) continue;
    ldh = false;
    const bit = 1 << (c & 31);
    const word = c >> 5;
    if (word === 0) {
      if (seen0 & bit) continue;
      seen0 |= bit;
    } else if (word === 1) {
      if (seen1 & bit) continue;
      seen1 |= bit;
    } else if (word === 2) {
      if (seen2 & bit) continue;
      seen2 |= bit;
    } else if (word === 3) {
      if (seen3 & bit) continue;
      seen3 |= bit;
    }
    addProblem(problems, 'bad-character', { label: shown(label), char: showChar(c) }, budget);
  }

  if (host.charCodeAt(start) === 0x2d || host.charCodeAt(end - 1) === 0x2d) {
    addProblem(problems, 'hyphen-edge', { label: shown(label) }, budget);
  }
  if (len >= 4 && host.charCodeAt(start + 2) === 0x2d && host.charCodeAt(start + 3) === 0x2d && !isXnPrefix(host, start, end)) {
    addProblem(problems, 'hyphen-3-4', { label: shown(label) }, budget);
  }
  return ldh;
}

function hasNonAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) > 0x7f) return true;
  }
  return false;
}

/** The labels of a checked name, for the first 128 labels. */
export interface CheckedLabels {
  labels: string[];
  /** Same length; 'xn--' labels decoded. */
  unicodeLabels: string[];
}

/**
 * The common case in one pass: a name of [a-z0-9.-] only, with no `xn--` label
 * (any `--` in positions 3–4 is declined), that passes every DNS length and
 * hyphen check. Returns its labels, else null (the caller then runs `checkName`
 * to name the problems, or the URL parser for other characters).
 */
export function plainNameLabels(host: string): string[] | null {
  const n = host.length;
  if (n === 0 || n > MAX_NAME_OCTETS) return null;
  const labels: string[] = [];
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? host.charCodeAt(i) : 0x2e;
    if (c !== 0x2e) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d) continue;
      return null;
    }
    const len = i - start;
    if (
      len === 0 ||
      len > MAX_LABEL_OCTETS ||
      host.charCodeAt(start) === 0x2d ||
      host.charCodeAt(i - 1) === 0x2d ||
      (len >= 4 && host.charCodeAt(start + 2) === 0x2d && host.charCodeAt(start + 3) === 0x2d)
    ) {
      return null;
    }
    labels.push(host.slice(start, i));
    start = i + 1;
  }
  // 253 octets cannot hold 128 labels, so the label count needs no check here.
  return labels;
}

/**
 * All strict checks on `host` (no trailing dot; ASCII except, on the fallback
 * path, labels the URL parser refused). Pushes problems; the labels returned
 * are meaningful only when no problem was found.
 */
export function checkName(host: string, problems: HostProblem[]): CheckedLabels {
  // Keep room for the two whole-name problems after the per-label ones.
  const budget = MAX_PROBLEMS - 2;
  const labels: string[] = [];
  const unicodeLabels: string[] = [];
  // Labels already judged bad, so the Bidi pass does not pile on.
  let flagged: boolean[] | null = null;
  let rightToLeft = false;
  let count = 0;
  let octets = 0;
  let start = 0;

  for (let i = 0; i <= host.length; i++) {
    if (i < host.length && host.charCodeAt(i) !== 0x2e) continue;
    const end = i;
    const index = count++;
    // Label arrays and the costly Unicode checks stop at 128 labels: more is already a problem.
    const kept = index <= MAX_LABELS;
    if (problems.length >= budget) {
      // Only count from here on; keeps a huge input linear and cheap.
      octets += utf8Length(host, start, end) + 1;
      if (kept) {
        labels.push(host.slice(start, end));
        unicodeLabels.push(host.slice(start, end));
      }
      start = i + 1;
      continue;
    }
    const before = problems.length;
    const label = host.slice(start, end);
    let unicode = label;
    if (end === start) {
      addProblem(problems, 'empty-label', { position: count }, budget);
      octets += 1;
    } else if (hasNonAscii(host, start, end)) {
      // Only on the fallback path: a label the URL parser would not map.
      const length = utf8Length(host, start, end);
      octets += length + 1;
      if (length > MAX_LABEL_OCTETS) addProblem(problems, 'label-too-long', { label: shown(label), length }, budget);
      if (kept && end - start <= MAX_UNICODE_LABEL_UNITS) {
        addProblem(problems, 'uts46', { label: shown(label), reason: refusalReason(label) }, budget);
      }
    } else {
      octets += end - start + 1;
      const ldh = checkAsciiLabel(host, start, end, label, problems, budget);
      // Decoding is quadratic in the label length: only for labels that can be valid.
      if (ldh && kept && end - start <= MAX_LABEL_OCTETS && isXnPrefix(host, start, end)) {
        const result = checkALabel(label);
        if (result.ok) {
          unicode = result.unicode;
        } else if (result.code === 'bad-punycode') {
          addProblem(problems, 'bad-punycode', { label }, budget);
        } else {
          unicode = result.unicode;
          addProblem(problems, 'uts46', { label, reason: result.reason }, budget);
        }
        if (!rightToLeft && isRightToLeftLabel(unicode)) rightToLeft = true;
      }
    }
    if (kept) {
      labels.push(label);
      unicodeLabels.push(unicode);
      if (problems.length > before) {
        if (flagged === null) flagged = [];
        flagged[index] = true;
      }
    }
    start = i + 1;
  }
  octets -= 1;

  if (rightToLeft) {
    // A Bidi domain name: every label, ASCII ones included, must obey the rule.
    for (let k = 0; k < unicodeLabels.length && problems.length < budget; k++) {
      if (flagged?.[k] === true) continue;
      const reason = bidiProblem(unicodeLabels[k] ?? '');
      if (reason !== null) addProblem(problems, 'uts46', { label: shown(labels[k] ?? ''), reason }, budget);
    }
  }

  if (octets > MAX_NAME_OCTETS) addProblem(problems, 'name-too-long', { length: octets });
  if (count > MAX_LABELS) addProblem(problems, 'too-many-labels', { count });
  return { labels, unicodeLabels };
}
