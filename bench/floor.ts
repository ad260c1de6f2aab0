/**
 * The floor of validate's job: the least any judge of a name must do, written as
 * plainly and as fast as it can be, to measure `validate` against. For each name:
 * cut the scheme and the path, one scan of the LDH characters (lower-casing on the
 * way), a split into labels, one `Map` lookup of the holder (by the agency's text
 * when one is given, else by the label left of the zone), 19 rule calls that each
 * return one shared empty list, and the result object of govvn's shape.
 *
 * No real judge can do less; one that reads agencies' names, cites decrees and
 * proposes names does much more. The ratio says how close govvn stays to it.
 */
import { allProvinces, communesOf, districtsOf } from '../src/data/lookup.js';

interface Holder {
  kind: string;
  name: string;
  province: { code: string; name: string; label: string } | null;
  source: 'agency' | 'domain';
}

export interface FloorResult {
  input: string;
  hostname: string | null;
  verdict: 'compliant' | 'not-applicable' | 'invalid';
  asOf: string;
  entity: Holder | null;
  issues: readonly unknown[];
  suggestions: readonly string[];
}

const EMPTY: readonly unknown[] = Object.freeze([]);
const NO_NAMES: readonly string[] = Object.freeze([]);

interface Facts {
  labels: string[];
  holder: Holder | null;
  asOf: string;
}

/** 19 rules, as many as govvn has, each answering "nothing to say" without allocating. */
const RULES: ReadonlyArray<(facts: Facts) => readonly unknown[]> = Array.from({ length: 19 }, (_, i) => (facts: Facts) => (facts.labels.length < i - 40 ? [i] : EMPTY));

/** Holders by their domain label and by an agency's text, built once from govvn's own tables. */
function holderTables(): { byLabel: Map<string, Holder>; byAgency: Map<string, Holder> } {
  const byLabel = new Map<string, Holder>();
  const byAgency = new Map<string, Holder>();
  for (const p of allProvinces()) {
    const province = { code: p.id, name: p.fullName, label: p.labels[0]! };
    const ph: Holder = { kind: 'province', name: p.fullName, province, source: 'domain' };
    byLabel.set(p.labels[0]!, ph);
    byAgency.set(`UBND ${p.fullName}`, { ...ph, source: 'agency' });
    for (const d of districtsOf(p.id)) {
      const h: Holder = { kind: 'district', name: d.fullName, province, source: 'agency' };
      byAgency.set(`UBND ${d.fullName}`, h);
      if (!byLabel.has(d.labels[0]!)) byLabel.set(d.labels[0]!, { ...h, source: 'domain' });
    }
    for (const c of communesOf(p.id)) {
      const h: Holder = { kind: 'commune', name: c.fullName, province, source: 'agency' };
      byAgency.set(`UBND ${c.fullName}`, h);
      if (!byLabel.has(c.labels[0]!)) byLabel.set(c.labels[0]!, { ...h, source: 'domain' });
    }
  }
  return { byLabel, byAgency };
}

const { byLabel, byAgency } = holderTables();

/** The host of a name or URL in lower case, or null when a character is not LDH. */
function host(input: string): string | null {
  let start = input.indexOf('://');
  start = start < 0 ? 0 : start + 3;
  let end = input.length;
  let lower = '';
  let from = start;
  for (let i = start; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 58) {
      end = i;
      break;
    }
    if (c >= 65 && c <= 90) {
      lower += input.slice(from, i) + String.fromCharCode(c + 32);
      from = i + 1;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46)) return null;
  }
  return lower + input.slice(from, end);
}

/** The floor's judgement of one name. */
export function floor(input: string, asOf: string, agency?: string): FloorResult {
  const hostname = host(input);
  if (hostname === null || hostname.length === 0) {
    return { input, hostname: null, verdict: 'invalid', asOf, entity: null, issues: EMPTY, suggestions: NO_NAMES };
  }
  const labels = hostname.split('.');
  const holder = (agency !== undefined ? byAgency.get(agency) : byLabel.get(labels[labels.length - 3] ?? '')) ?? null;
  const facts: Facts = { labels, holder, asOf };
  let issues = EMPTY;
  for (let i = 0; i < RULES.length; i++) {
    const found = RULES[i]!(facts);
    if (found.length > 0) issues = issues.concat(found);
  }
  return { input, hostname, verdict: holder ? 'compliant' : 'not-applicable', asOf, entity: holder, issues, suggestions: NO_NAMES };
}
