// src/host/index.ts
import { parse as parseDomain } from "tldts";

// src/host/extract.ts
function isTabOrNewline(c) {
  return c === 9 || c === 10 || c === 13;
}
function cleanInput(input) {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 32) start++;
  while (end > start && input.charCodeAt(end - 1) <= 32) end--;
  const trimmed = start === 0 && end === input.length ? input : input.slice(start, end);
  let firstBreak = -1;
  for (let i = 0; i < trimmed.length; i++) {
    if (isTabOrNewline(trimmed.charCodeAt(i))) {
      firstBreak = i;
      break;
    }
  }
  if (firstBreak === -1) return { trimmed, cleaned: trimmed };
  const parts = [];
  let from = 0;
  for (let i = firstBreak; i < trimmed.length; i++) {
    if (isTabOrNewline(trimmed.charCodeAt(i))) {
      if (i > from) parts.push(trimmed.slice(from, i));
      from = i + 1;
    }
  }
  if (from < trimmed.length) parts.push(trimmed.slice(from));
  return { trimmed, cleaned: parts.join("") };
}
function isSpecialScheme(scheme) {
  switch (scheme) {
    case "http":
    case "https":
    case "ws":
    case "wss":
    case "ftp":
    case "file":
      return true;
    default:
      return false;
  }
}
function isAsciiLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function endsAuthority(c, special) {
  return c === 47 || c === 63 || c === 35 || special && c === 92;
}
function schemeEnd(text) {
  if (text.length === 0 || !isAsciiLetter(text.charCodeAt(0))) return -1;
  let dotted = false;
  let i = 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) break;
    if (c === 46) dotted = true;
    else if (!(isAsciiLetter(c) || isDigit(c) || c === 43 || c === 45)) return -1;
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
function splitHost(text) {
  const end = schemeEnd(text);
  let scheme = null;
  let special = true;
  let pos = 0;
  let hasExtra = false;
  if (end !== -1) {
    scheme = text.slice(0, end).toLowerCase();
    special = isSpecialScheme(scheme);
    pos = end + 1;
    hasExtra = true;
    if (scheme === "file") {
      if (!(isSlash(text, pos, true) && isSlash(text, pos + 1, true))) {
        return { scheme, hasAuthority: false, userinfo: null, host: "", hasExtra };
      }
      pos += 2;
    } else if (special) {
      while (isSlash(text, pos, true)) pos++;
    } else {
      if (!(isSlash(text, pos, false) && isSlash(text, pos + 1, false))) {
        return { scheme, hasAuthority: false, userinfo: null, host: "", hasExtra };
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
    if (c === 64) lastAt = i;
  }
  if (authorityEnd < text.length) hasExtra = true;
  const hostStart = lastAt === -1 ? pos : lastAt + 1;
  let hostEnd = authorityEnd;
  let inBrackets = false;
  for (let i = hostStart; i < authorityEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 91) inBrackets = true;
    else if (c === 93) inBrackets = false;
    else if (c === 58 && !inBrackets) {
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
    hasExtra
  };
}
function isSlash(text, i, special) {
  const c = text.charCodeAt(i);
  return c === 47 || special && c === 92;
}
function isPlainAsciiName(text) {
  let labelStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      labelStart = i + 1;
    } else if (c >= 97 && c <= 122 || isDigit(c)) {
    } else if (c === 45) {
      if (i === labelStart + 3 && text.charCodeAt(labelStart) === 120 && text.charCodeAt(labelStart + 1) === 110 && text.charCodeAt(labelStart + 2) === 45) {
        return false;
      }
    } else {
      return false;
    }
  }
  return text.length > 0;
}

// src/host/idna.ts
import punycode from "punycode/";
function hasNonAscii(text) {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) return true;
  }
  return false;
}
function hexCodePoint(cp) {
  return "U+" + cp.toString(16).toUpperCase().padStart(4, "0");
}
function checkALabel(label) {
  const encoded = label.slice(4);
  let unicode;
  try {
    unicode = punycode.decode(encoded);
    if (punycode.encode(unicode) !== encoded) return { ok: false, code: "bad-punycode" };
  } catch {
    return { ok: false, code: "bad-punycode" };
  }
  if (!hasNonAscii(unicode)) return { ok: false, code: "bad-punycode" };
  const reason = uLabelProblem(unicode, label);
  return reason === null ? { ok: true, unicode } : { ok: false, code: "uts46", reason, unicode };
}
var STARTS_WITH_MARK = /^\p{M}/u;
function uLabelProblem(unicode, aLabel) {
  if (unicode.normalize("NFC") !== unicode) return "not in Unicode normalisation form C";
  if (STARTS_WITH_MARK.test(unicode)) return "begins with a combining mark";
  if (unicode.charCodeAt(0) === 45 || unicode.charCodeAt(unicode.length - 1) === 45) {
    return "hyphen at the start or end of the Unicode label";
  }
  if (unicode.charCodeAt(2) === 45 && unicode.charCodeAt(3) === 45) {
    return "hyphens in positions 3 and 4 of the Unicode label";
  }
  let mapped;
  try {
    mapped = new URL("http://" + unicode).hostname;
  } catch {
    return refusalReason(unicode);
  }
  if (mapped !== aLabel) return `not in mapped form: a browser reads it as ${mapped}`;
  return null;
}
function refusalReason(unicode) {
  if (STARTS_WITH_MARK.test(unicode)) return "begins with a combining mark";
  let probed = 0;
  for (const ch of unicode) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 128) continue;
    if (++probed > 64) break;
    try {
      new URL("http://a" + ch);
    } catch {
      return `code point ${hexCodePoint(cp)} is not allowed here`;
    }
  }
  if (isRightToLeftLabel(unicode)) {
    const bidi = bidiProblem(unicode);
    if (bidi !== null) return bidi;
  }
  return "refused by the URL parser";
}
function toASCIILabel(label) {
  try {
    const hostname = new URL("http://" + label + ".x").hostname;
    return hostname.endsWith(".x") ? hostname.slice(0, -2) : null;
  } catch {
    return null;
  }
}
var NONSPACING_MARK = /^[\p{Mn}\p{Me}]$/u;
var SYMBOL_OR_PUNCTUATION = /^[\p{S}\p{P}\p{Z}\p{C}]$/u;
function isArabicNumber(cp) {
  return cp >= 1536 && cp <= 1541 || cp >= 1632 && cp <= 1641 || cp === 1643 || cp === 1644 || cp === 1757 || cp === 2192 || cp === 2193 || cp === 2274 || cp >= 68912 && cp <= 68921 || cp >= 69216 && cp <= 69246;
}
function inRightToLeftBlock(cp) {
  return cp >= 1424 && cp <= 2303 || cp >= 64285 && cp <= 65023 || cp >= 65136 && cp <= 65279 || cp >= 67584 && cp <= 69631 || cp >= 124928 && cp <= 126975;
}
function bidiClass(ch) {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 128) {
    if (cp >= 48 && cp <= 57) return "EN";
    if (cp === 45) return "ES";
    if (cp >= 97 && cp <= 122 || cp >= 65 && cp <= 90) return "L";
    return "ON";
  }
  if (NONSPACING_MARK.test(ch)) return "NSM";
  if (isArabicNumber(cp)) return "AN";
  if (cp >= 1776 && cp <= 1785) return "EN";
  if (inRightToLeftBlock(cp)) return "R";
  if (SYMBOL_OR_PUNCTUATION.test(ch)) return "ON";
  return "L";
}
function isRightToLeftLabel(label) {
  if (!hasNonAscii(label)) return false;
  for (const ch of label) {
    const c = bidiClass(ch);
    if (c === "R" || c === "AN") return true;
  }
  return false;
}
function bidiProblem(label) {
  let first = null;
  let lastStrong = null;
  let hasEN = false;
  let hasAN = false;
  let forbidden = null;
  for (const ch of label) {
    const c = bidiClass(ch);
    if (first === null) first = c;
    if (c !== "NSM") lastStrong = c;
    if (c === "EN") hasEN = true;
    if (c === "AN") hasAN = true;
    if (forbidden === null && (c === "R" || c === "AN" || c === "L")) {
      if (first === "R" ? c === "L" : c !== "L") forbidden = c;
    }
  }
  if (first === null) return null;
  if (first !== "L" && first !== "R") return "bidi rule: must start with a letter";
  if (forbidden !== null) return "bidi rule: mixes left-to-right and right-to-left characters";
  if (first === "R") {
    if (lastStrong !== "R" && lastStrong !== "EN" && lastStrong !== "AN") {
      return "bidi rule: a right-to-left label must end with a letter or digit";
    }
    if (hasEN && hasAN) return "bidi rule: mixes European and Arabic-Indic digits";
  } else if (lastStrong !== "L" && lastStrong !== "EN") {
    return "bidi rule: a left-to-right label must end with a letter or digit";
  }
  return null;
}

// src/host/ip.ts
function isDigit2(c) {
  return c >= 48 && c <= 57;
}
function isHexDigit(c) {
  return isDigit2(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
function endsInNumber(host) {
  let end = host.length;
  if (end > 0 && host.charCodeAt(end - 1) === 46) {
    end--;
    if (end === 0) return false;
  }
  let start = end;
  while (start > 0 && host.charCodeAt(start - 1) !== 46) start--;
  if (start === end) return false;
  let allDigits = true;
  for (let i = start; i < end; i++) {
    if (!isDigit2(host.charCodeAt(i))) {
      allDigits = false;
      break;
    }
  }
  if (allDigits) return true;
  if (end - start >= 2 && host.charCodeAt(start) === 48 && (host.charCodeAt(start + 1) === 120 || host.charCodeAt(start + 1) === 88)) {
    for (let i = start + 2; i < end; i++) {
      if (!isHexDigit(host.charCodeAt(i))) return false;
    }
    return true;
  }
  return false;
}
function isBracketed(host) {
  return host.charCodeAt(0) === 91;
}
function unbracket(host) {
  return host.length >= 2 && host.charCodeAt(0) === 91 && host.charCodeAt(host.length - 1) === 93 ? host.slice(1, -1) : host;
}

// src/host/syntax.ts
var MAX_PROBLEMS = 20;
var MAX_LABEL_OCTETS = 63;
var MAX_NAME_OCTETS = 253;
var MAX_LABELS = 127;
var SHOWN_LABEL_CHARS = 255;
var MAX_UNICODE_LABEL_UNITS = 256;
function addProblem(problems, code, data, limit = MAX_PROBLEMS) {
  if (problems.length < limit) problems.push({ code, data });
}
function showChar(cp) {
  return cp >= 32 && cp < 127 ? String.fromCharCode(cp) : hexCodePoint(cp);
}
function shown(label) {
  return label.length > SHOWN_LABEL_CHARS ? label.slice(0, SHOWN_LABEL_CHARS) + "\u2026" : label;
}
function isLdh(c) {
  return c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 45;
}
function utf8Length(text, start, end) {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
function isXnPrefix(host, start, end) {
  return end - start >= 4 && host.charCodeAt(start) === 120 && host.charCodeAt(start + 1) === 110 && host.charCodeAt(start + 2) === 45 && host.charCodeAt(start + 3) === 45;
}
function checkAsciiLabel(host, start, end, label, problems, budget) {
  const len = end - start;
  if (len > MAX_LABEL_OCTETS) addProblem(problems, "label-too-long", { label: shown(label), length: len }, budget);
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
    addProblem(problems, "bad-character", { label: shown(label), char: showChar(c) }, budget);
  }
  if (host.charCodeAt(start) === 45 || host.charCodeAt(end - 1) === 45) {
    addProblem(problems, "hyphen-edge", { label: shown(label) }, budget);
  }
  if (len >= 4 && host.charCodeAt(start + 2) === 45 && host.charCodeAt(start + 3) === 45 && !isXnPrefix(host, start, end)) {
    addProblem(problems, "hyphen-3-4", { label: shown(label) }, budget);
  }
  return ldh;
}
function hasNonAscii2(text, start, end) {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) > 127) return true;
  }
  return false;
}
function plainNameLabels(host) {
  if (host.length > MAX_NAME_OCTETS) return null;
  const labels = [];
  let start = 0;
  for (let i = 0; i <= host.length; i++) {
    if (i < host.length && host.charCodeAt(i) !== 46) continue;
    const len = i - start;
    if (len === 0 || len > MAX_LABEL_OCTETS || host.charCodeAt(start) === 45 || host.charCodeAt(i - 1) === 45 || len >= 4 && host.charCodeAt(start + 2) === 45 && host.charCodeAt(start + 3) === 45) {
      return null;
    }
    labels.push(host.slice(start, i));
    start = i + 1;
  }
  return labels;
}
function checkName(host, problems) {
  const budget = MAX_PROBLEMS - 2;
  const labels = [];
  const unicodeLabels = [];
  let flagged = null;
  let rightToLeft = false;
  let count = 0;
  let octets = 0;
  let start = 0;
  for (let i = 0; i <= host.length; i++) {
    if (i < host.length && host.charCodeAt(i) !== 46) continue;
    const end = i;
    const index = count++;
    if (problems.length >= budget || index > MAX_LABELS) {
      octets += utf8Length(host, start, end) + 1;
      if (index <= MAX_LABELS) {
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
      addProblem(problems, "empty-label", { position: count }, budget);
      octets += 1;
    } else if (hasNonAscii2(host, start, end)) {
      const length = utf8Length(host, start, end);
      octets += length + 1;
      if (length > MAX_LABEL_OCTETS) addProblem(problems, "label-too-long", { label: shown(label), length }, budget);
      if (end - start <= MAX_UNICODE_LABEL_UNITS) {
        addProblem(problems, "uts46", { label: shown(label), reason: refusalReason(label) }, budget);
      }
    } else {
      octets += end - start + 1;
      const ldh = checkAsciiLabel(host, start, end, label, problems, budget);
      if (ldh && end - start <= MAX_LABEL_OCTETS && isXnPrefix(host, start, end)) {
        const result = checkALabel(label);
        if (result.ok) {
          unicode = result.unicode;
        } else if (result.code === "bad-punycode") {
          addProblem(problems, "bad-punycode", { label }, budget);
        } else {
          unicode = result.unicode;
          addProblem(problems, "uts46", { label, reason: result.reason }, budget);
        }
        if (!rightToLeft && isRightToLeftLabel(unicode)) rightToLeft = true;
      }
    }
    labels.push(label);
    unicodeLabels.push(unicode);
    if (problems.length > before) {
      if (flagged === null) flagged = [];
      flagged[index] = true;
    }
    start = i + 1;
  }
  octets -= 1;
  if (rightToLeft) {
    for (let k = 0; k < unicodeLabels.length && problems.length < budget; k++) {
      if (flagged?.[k] === true) continue;
      const reason = bidiProblem(unicodeLabels[k] ?? "");
      if (reason !== null) addProblem(problems, "uts46", { label: shown(labels[k] ?? ""), reason }, budget);
    }
  }
  if (octets > MAX_NAME_OCTETS) addProblem(problems, "name-too-long", { length: octets });
  if (count > MAX_LABELS) addProblem(problems, "too-many-labels", { count });
  return { labels, unicodeLabels };
}

// src/host/lookalike.ts
var SCRIPTS = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Han", /\p{Script=Han}/u],
  ["Hiragana", /\p{Script=Hiragana}/u],
  ["Katakana", /\p{Script=Katakana}/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Lao", /\p{Script=Lao}/u],
  ["Khmer", /\p{Script=Khmer}/u],
  ["Myanmar", /\p{Script=Myanmar}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Georgian", /\p{Script=Georgian}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Syriac", /\p{Script=Syriac}/u],
  ["Thaana", /\p{Script=Thaana}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Bengali", /\p{Script=Bengali}/u],
  ["Gurmukhi", /\p{Script=Gurmukhi}/u],
  ["Gujarati", /\p{Script=Gujarati}/u],
  ["Oriya", /\p{Script=Oriya}/u],
  ["Tamil", /\p{Script=Tamil}/u],
  ["Telugu", /\p{Script=Telugu}/u],
  ["Kannada", /\p{Script=Kannada}/u],
  ["Malayalam", /\p{Script=Malayalam}/u],
  ["Sinhala", /\p{Script=Sinhala}/u],
  ["Tibetan", /\p{Script=Tibetan}/u],
  ["Mongolian", /\p{Script=Mongolian}/u],
  ["Ethiopic", /\p{Script=Ethiopic}/u],
  ["Cherokee", /\p{Script=Cherokee}/u],
  ["Canadian_Aboriginal", /\p{Script=Canadian_Aboriginal}/u],
  ["Tifinagh", /\p{Script=Tifinagh}/u],
  ["Bopomofo", /\p{Script=Bopomofo}/u],
  ["Yi", /\p{Script=Yi}/u],
  ["Nko", /\p{Script=Nko}/u],
  ["Coptic", /\p{Script=Coptic}/u],
  ["Glagolitic", /\p{Script=Glagolitic}/u],
  ["Runic", /\p{Script=Runic}/u],
  ["Ogham", /\p{Script=Ogham}/u]
];
var LETTER = /\p{L}/u;
function scriptOf(ch) {
  for (const [name, test] of SCRIPTS) {
    if (test.test(ch)) return name;
  }
  return "Other";
}
function labelScripts(unicodeLabel) {
  let ascii = true;
  let asciiLetter = false;
  for (let i = 0; i < unicodeLabel.length; i++) {
    const c = unicodeLabel.charCodeAt(i);
    if (c > 127) {
      ascii = false;
      break;
    }
    if (c >= 97 && c <= 122 || c >= 65 && c <= 90) asciiLetter = true;
  }
  if (ascii) return asciiLetter ? ["Latin"] : [];
  const scripts = [];
  for (const ch of unicodeLabel) {
    const c = ch.charCodeAt(0);
    let script;
    if (c < 128) {
      if (!(c >= 97 && c <= 122 || c >= 65 && c <= 90)) continue;
      script = "Latin";
    } else {
      if (!LETTER.test(ch)) continue;
      script = scriptOf(ch);
    }
    if (!scripts.includes(script)) scripts.push(script);
  }
  return scripts;
}
function isLookalikeRisk(unicodeLabel) {
  const scripts = labelScripts(unicodeLabel);
  return {
    scripts,
    mixed: scripts.length > 1,
    nonLatin: scripts.some((s) => s !== "Latin")
  };
}

// src/host/index.ts
var TLDTS_OPTIONS = {
  allowPrivateDomains: false,
  detectIp: false,
  extractHostname: false,
  validateHostname: false,
  mixedInputs: false
};
var MAX_UNICODE_HOST_UNITS = 2048;
function parseHost(input) {
  const text = typeof input === "string" ? input : "";
  const problems = [];
  const notes = [];
  const { trimmed, cleaned } = cleanInput(text);
  if (cleaned.length === 0) {
    problems.push({ code: "empty", data: {} });
    return invalid(text, null, problems, notes);
  }
  if (trimmed === cleaned && isPlainAsciiName(cleaned) && !endsInNumber(cleaned)) {
    const hostname2 = dropTrailingDot(cleaned);
    if (hostname2 !== cleaned) notes.push(notCanonical(cleaned, hostname2));
    const labels = plainNameLabels(hostname2);
    if (labels !== null) return valid(text, hostname2, notes, labels, labels.slice());
    return judgeName(text, hostname2, problems, notes);
  }
  const split = splitHost(cleaned);
  const written = trimmed === cleaned ? split.host : splitHost(trimmed).host;
  if (split.userinfo !== null) notes.push({ code: "userinfo", data: { userinfo: split.userinfo } });
  if (!split.hasAuthority || split.host.length === 0) {
    problems.push({ code: "no-host", data: {} });
    return invalid(text, null, problems, notes);
  }
  const parsed = hugeUnicodeHost(split.host) ? null : browserHostname(split.scheme === null ? "http://" + cleaned : cleaned, split.scheme, split.host);
  if (parsed === "") {
    problems.push({ code: "no-host", data: {} });
    return invalid(text, null, problems, notes);
  }
  if (parsed !== null) {
    const hostname2 = isBracketed(parsed) ? parsed : dropTrailingDot(parsed);
    addUrlNotes(notes, split.scheme !== null || split.hasExtra, written, hostname2);
    if (isBracketed(hostname2) || endsInNumber(hostname2)) {
      problems.push({ code: "ip-address", data: { address: unbracket(hostname2) } });
      return invalid(text, hostname2, problems, notes);
    }
    return judgeName(text, hostname2, problems, notes);
  }
  const raw = dropTrailingDot(split.host.toLowerCase());
  if (isBracketed(raw) || endsInNumber(raw.normalize("NFKC"))) {
    addUrlNotes(notes, split.scheme !== null || split.hasExtra, written, raw);
    problems.push({ code: "ip-address", data: { address: raw } });
    return invalid(text, raw, problems, notes);
  }
  const hostname = mapLabels(raw);
  if (hostname === "") {
    problems.push({ code: "no-host", data: {} });
    return invalid(text, null, problems, notes);
  }
  addUrlNotes(notes, split.scheme !== null || split.hasExtra, written, hostname);
  checkName(hostname, problems);
  if (problems.length === 0) {
    problems.push({ code: "uts46", data: { label: hostname, reason: "refused by the URL parser" } });
  }
  return invalid(text, hostname, problems, notes);
}
function browserHostname(urlText, scheme, host) {
  try {
    const hostname = new URL(urlText).hostname;
    if (scheme !== null && !isSpecialScheme(scheme) && hostname !== "") {
      return new URL("http://" + hostname).hostname;
    }
    return hostname;
  } catch {
    try {
      return new URL("http://" + host).hostname;
    } catch {
      return null;
    }
  }
}
function isDotLike(c) {
  return c === 46 || c === 12290 || c === 65294 || c === 65377;
}
function hugeUnicodeHost(host) {
  let unicode = false;
  let labelUnits = 0;
  let longLabel = false;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c > 127) unicode = true;
    if (isDotLike(c)) labelUnits = 0;
    else if (++labelUnits > MAX_UNICODE_LABEL_UNITS) longLabel = true;
  }
  return unicode && (longLabel || host.length > MAX_UNICODE_HOST_UNITS);
}
function mapLabels(raw) {
  let unicode = false;
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) > 127) {
      unicode = true;
      break;
    }
  }
  if (!unicode) return raw;
  const parts = raw.split(".");
  for (let k = 0; k < parts.length && k <= MAX_LABELS; k++) {
    const label = parts[k] ?? "";
    if (label.length === 0 || label.length > MAX_UNICODE_LABEL_UNITS) continue;
    let ascii = true;
    for (let i = 0; i < label.length; i++) {
      if (label.charCodeAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) continue;
    const mapped = toASCIILabel(label);
    if (mapped !== null) parts[k] = mapped;
  }
  return parts.join(".");
}
function dropTrailingDot(host) {
  return host.length > 1 && host.charCodeAt(host.length - 1) === 46 ? host.slice(0, -1) : host;
}
function notCanonical(written, hostname) {
  return { code: "not-canonical", data: { written, hostname } };
}
function addUrlNotes(notes, urlish, written, hostname) {
  if (urlish) notes.push({ code: "url", data: { host: hostname } });
  if (written !== hostname) notes.push(notCanonical(written, hostname));
}
function judgeName(input, hostname, problems, notes) {
  const { labels, unicodeLabels } = checkName(hostname, problems);
  if (problems.length > 0) return invalid(input, hostname, problems, notes);
  return valid(input, hostname, notes, labels, unicodeLabels);
}
function valid(input, hostname, notes, labels, unicodeLabels) {
  const www = labels.length > 1 && labels[0] === "www";
  if (www) {
    labels.shift();
    unicodeLabels.shift();
  }
  const psl = parseDomain(hostname, TLDTS_OPTIONS);
  return {
    input,
    hostname,
    valid: true,
    problems: [],
    notes,
    www,
    labels,
    unicodeLabels,
    publicSuffix: psl.publicSuffix,
    domain: psl.domain
  };
}
function invalid(input, hostname, problems, notes) {
  return {
    input,
    hostname,
    valid: false,
    problems,
    notes,
    www: hostname !== null && hostname.length > 4 && hostname.startsWith("www."),
    labels: [],
    unicodeLabels: [],
    publicSuffix: null,
    domain: null
  };
}
export {
  isLookalikeRisk,
  labelScripts,
  parseHost
};
