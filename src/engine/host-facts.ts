import { vnSuffixLength, type ParsedHost } from '../host/index.js';
import type { HostFacts, Zone } from '../law/facts.js';

/** Where the labels stand: the zone they sit in, and what lies left of it. */
export function hostFacts(parsed: ParsedHost): HostFacts | null {
  if (!parsed.valid || parsed.hostname === null) return null;
  const labels = parsed.labels;
  const n = labels.length;
  const last = labels[n - 1];
  const second = labels[n - 2];
  let zone: Zone;
  let suffixLength: number;
  if (last === 'vn' && second === 'gov') {
    zone = 'gov.vn';
    suffixLength = 2;
  } else if (last === 'vn' && second === 'edu') {
    zone = 'edu.vn';
    suffixLength = 2;
  } else if (last === 'vn') {
    zone = 'vn';
    suffixLength = vnSuffixLength(labels);
  } else {
    // Outside .vn only the zone matters to the law (no rule reads a foreign name's
    // labels), so the top-level label stands for its public suffix: no suffix list shipped.
    zone = 'foreign';
    suffixLength = 1;
  }
  const rest = labels.slice(0, Math.max(0, n - suffixLength));
  const first = rest[0];
  const portal = rest.length >= 2 && (first === 'dichvucong' || first === 'e-services') ? first : null;
  return {
    hostname: parsed.hostname,
    labels,
    unicodeLabels: parsed.unicodeLabels,
    zone,
    rest,
    level: n,
    portal,
  };
}
