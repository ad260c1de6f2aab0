/**
 * Bodies the registry places under a central parent, read from an agency's name:
 * a branch of a network ("Công an thành phố Hồ Chí Minh", "Kho bạc Nhà nước Đà
 * Nẵng") and a unit that names its parent in parentheses ("Cục An toàn thực
 * phẩm (Bộ Y tế)"). Their names belong under the parent's, never the province's.
 */
import type { AgencyName } from '../agency-name/index.js';
import type { CentralAgency } from '../data/agencies.js';
import { agencyByBranchName, agencyByName, subUnitByName } from '../data/agency-lookup.js';
import type { Province } from '../data/lookup.js';
import type { EntityFacts } from '../law/facts.js';
import { abbreviationCandidates } from '../vi/abbreviation.js';
import { blankEntity } from './blank.js';

/**
 * The network whose branch the name is, when its place is a province (not a
 * district's or a commune's police). "Công an thành phố", or a branch's bare
 * words ("Cục Thống kê") with a province given beside them, count: a provincial
 * list names its branches so.
 */
export function networkBranchOf(parsed: AgencyName, province?: Province): CentralAgency | undefined {
  return atProvince(parsed, province) ? agencyByBranchName(parsed.body!) : undefined;
}

/** A unit inside a network's provincial branch ('Phòng Quản lý xuất nhập cảnh Công an TP Hà Nội'). */
export function networkSubUnitOf(parsed: AgencyName, province?: Province): { agency: CentralAgency; label: string } | undefined {
  return atProvince(parsed, province) ? subUnitByName(parsed.body!) : undefined;
}

/** The name has a body and its place is a province (named, implied by a bare type word, or given). */
function atProvince(parsed: AgencyName, province?: Province): boolean {
  const loc = parsed.locality;
  if (!parsed.body || (!loc && !parsed.localityImplicit && !province)) return false;
  return !loc?.unitType || loc.unitType === 'tinh' || loc.unitType === 'thanh-pho';
}

/** The central body named in the last parentheses of the name, if the registry knows it. */
export function parentInParentheses(text: string): CentralAgency | undefined {
  const close = text.lastIndexOf(')');
  const open = close > 0 ? text.lastIndexOf('(', close) : -1;
  if (open < 0) return undefined;
  return agencyByName(text.slice(open + 1, close).trim());
}

/** A unit the registry does not list, under the parent its name gives. */
export function unitUnder(parent: CentralAgency, text: string, body: string): EntityFacts {
  const e = blankEntity('ministry-unit', text, 'agency');
  e.parent = parent;
  e.abbreviations = abbreviationCandidates(body);
  return e;
}
