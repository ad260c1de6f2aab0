import { provincesByLabel } from '../data/lookup.js';
import type { Facts } from './facts.js';
import { finding, type FindingOf } from './rule.js';
import { DEEPER_THAN_LEVEL_4, FULL_NAME_BEFORE_224, FULL_NAME_UNVERIFIED, UNRECOGNISED_ABBREVIATION, WRONG_LEVEL, WRONG_PARENT, WRONG_PROVINCE } from './shared-messages.js';

export interface ParentForm {
  /** Labels the parent holds (the province's, the ministry's, the central agency's). */
  parentLabels: readonly string[];
  /** Labels the unit itself plausibly uses; empty when unknown (no check then). */
  unitLabels: readonly string[];
  /** The unit's full name as labels: accepted from Decree 224/2026, a warning before it. */
  fullNames?: readonly string[];
  /** A branch is named by a province label, so another province's label is an error. */
  unitIsProvince?: boolean;
  /** The parent is a province: another province's label there is an error. */
  parentIsProvince?: boolean;
  /** A unit inside a branch: its own label goes before the branch's (`xnc.hanoi.bocongan.gov.vn`). */
  innerLabel?: string;
}

/**
 * The shared shape of "a unit under its parent's name" (`tencoquan.tentinhthanh.gov.vn`,
 * `tendonvi.tenbonganh.gov.vn`): at least level 4 under Decrees 43/2011 and
 * 42/2022, exactly level 4 under Decree 224/2026 (deeper is a warning).
 */
export function checkUnderParent(facts: Facts, form: ParentForm): UnderParentFinding[] {
  const host = facts.host;
  if (!host || host.zone !== 'gov.vn') return [];
  const out: UnderParentFinding[] = [];
  const rest = host.rest;
  const parentWanted = form.parentLabels[0] ?? '<tentinhthanh>';
  const unitWanted = form.unitLabels[0] ?? (form.unitIsProvince ? '<tentinh>' : '<tên>');
  const inner = form.innerLabel ? `${form.innerLabel}.` : '';
  const expected = `${inner}${unitWanted}.${parentWanted}.gov.vn`;
  if (rest.length < 2) {
    out.push(finding('wrong-level', { want: 4, got: host.level, expected }));
    return out;
  }
  const parent = rest[rest.length - 1]!;
  if (!form.parentLabels.includes(parent)) {
    const otherProvince = form.parentIsProvince && provincesByLabel(parent).length > 0;
    out.push(finding(otherProvince ? 'wrong-province' : 'wrong-parent', { label: parent, want: parentWanted, expected }));
    return out;
  }
  if (rest.length > 2 && facts.decree === 'decree-224-2026') {
    out.push(finding('deeper-than-level-4', { got: host.level, expected }));
  }
  const unit = rest[rest.length - 2]!;
  if (form.unitIsProvince) {
    // A branch whose province the tables do not know: its label cannot be checked.
    if (form.unitLabels.length > 0 && !form.unitLabels.includes(unit)) {
      const other = provincesByLabel(unit).length > 0;
      out.push(finding(other ? 'wrong-province' : 'unrecognised-abbreviation', { label: unit, want: unitWanted, expected }));
    }
  } else if (form.unitLabels.length > 0 && !form.unitLabels.includes(unit) && !(host.portal && rest.length === 2)) {
    const full = form.fullNames?.includes(unit) ?? false;
    if (!full) out.push(finding('unrecognised-abbreviation', { label: unit, want: unitWanted, expected }));
    else if (facts.decree === 'decree-43-2011') out.push(finding('full-name-before-224', { label: unit, want: unitWanted, expected }));
    else if (facts.decree === 'decree-42-2022') out.push(finding('full-name-unverified', { label: unit, want: unitWanted, expected }));
  }
  return out;
}

export const UNDER_PARENT_MESSAGES = {
  'wrong-level': WRONG_LEVEL,
  'wrong-parent': WRONG_PARENT,
  'wrong-province': WRONG_PROVINCE,
  'deeper-than-level-4': DEEPER_THAN_LEVEL_4,
  'unrecognised-abbreviation': UNRECOGNISED_ABBREVIATION,
  'full-name-before-224': FULL_NAME_BEFORE_224,
  'full-name-unverified': FULL_NAME_UNVERIFIED,
} as const;

export type UnderParentFinding = FindingOf<typeof UNDER_PARENT_MESSAGES>;
