import { provincesByLabel, type Province } from '../data/lookup.js';
import type { HostFacts } from './facts.js';
import { fullNameMiss } from './match.js';
import { finding, type FindingOf } from './rule.js';
import { NOT_FULL_NAME, UNIT_TYPE_PREFIX, WRONG_LEVEL, WRONG_PARENT, WRONG_PROVINCE } from './shared-messages.js';

const LOCALITY_MESSAGES = {
  'wrong-level': WRONG_LEVEL,
  'wrong-parent': WRONG_PARENT,
  'wrong-province': WRONG_PROVINCE,
  'unit-type-prefix': UNIT_TYPE_PREFIX,
  'not-full-name': NOT_FULL_NAME,
} as const;

type LocalityFinding = FindingOf<typeof LOCALITY_MESSAGES>;

/**
 * What districts and communes share: a name of the form
 * `<full name>.<province>.gov.vn`. These check the parts other than the level,
 * which each rule counts in its own way.
 */

/** A unit whose province is unknown: only a level-3 name can be called wrong. */
export function levelWithoutProvince(host: HostFacts, own: string): LocalityFinding[] {
  return host.rest.length < 2 ? [finding('wrong-level', { want: 4, got: host.level, expected: `${own}.<tentinhthanh>.gov.vn` })] : [];
}

/** The rightmost label before gov.vn must be the province's. */
export function provinceParent(host: HostFacts, province: Province, expected: string): LocalityFinding[] {
  const rest = host.rest;
  if (rest.length < 2) return [];
  const parent = rest[rest.length - 1]!;
  if (province.labels.includes(parent)) return [];
  const other = provincesByLabel(parent).length > 0;
  return [finding(other ? 'wrong-province' : 'wrong-parent', { label: parent, want: province.labels[0]!, expected })];
}

/** The unit's own label, the leftmost one (a level-3 name has only that), must be its full name. */
export function fullNameLabel(host: HostFacts, own: readonly string[], province: Province, expected: string): LocalityFinding[] {
  const label = host.rest[0];
  if (label === undefined || own.length === 0) return [];
  const miss = fullNameMiss(label, own, province.labels);
  return miss ? [finding(miss, { label, want: own[0]!, expected })] : [];
}
