/** Who holds the name, read from the agency's name as written (and the province given with it). */
import { parseAgencyName, type AgencyName, type Locality } from '../agency-name/index.js';
import { agencyByBranchName, agencyByName } from '../data/agency-lookup.js';
import { districtsOf, findDistricts, findProvinces, isValidOn, provinceById, type Province } from '../data/lookup.js';
import type { EntityFacts } from '../law/facts.js';
import type { EntityKind } from '../result.js';
import { abbreviationCandidates, nameForms } from '../vi/abbreviation.js';
import { isMassOrganisation } from './organisation.js';
import { foldKey } from '../vi/fold.js';
import { blankEntity, withKind } from './blank.js';
import { centralEntity } from './central.js';
import { networkBranchOf, networkSubUnitOf, parentInParentheses, unitUnder } from './network.js';
import { isPlace, pickOn, provinceNamed, provincesOfDistrict, rank, searchCommunes, searchDistricts } from './rank.js';
import { COMMUNE_TYPES, DISTRICT_TYPES } from './unit-types.js';
import { unlistedCommune, unlistedDistrict } from './unlisted.js';

/** What the caller says of the holder: the agency's name, its kind, its province. */
export interface EntityInput {
  agency?: string;
  kind?: EntityKind;
  province?: string;
}

/**
 * 'phường Phố Huế', 'huyện Đức Huệ', 'phường Nguyễn Thái Bình': the parser reads a
 * trailing word that names a province as the unit's locality; when the whole name
 * is a unit of that type (in the given province, else anywhere), it is the unit's name.
 */
function keepPlaceInName(parsed: AgencyName, option: Province | undefined, date: string): AgencyName {
  const unit = parsed.unit;
  const loc = parsed.locality;
  if (!unit?.unitType || !loc || loc.unitType || parsed.hints.includes(loc)) return parsed;
  const whole = `${unit.name} ${loc.name}`;
  const dType = DISTRICT_TYPES[unit.unitType];
  const cType = COMMUNE_TYPES[unit.unitType];
  const known = dType
    ? searchDistricts(whole, option, date).some((d) => d.type === dType)
    : cType
      ? searchCommunes(whole, option, date).some((c) => c.type === cType)
      : false;
  if (!known) return parsed;
  const { locality: _split, ...rest } = parsed;
  return { ...rest, unit: { ...unit, name: whole } };
}

/** Where the parsed name places the agency: its locality, its hints, or the option. */
function provinceOfName(parsed: AgencyName, option: Province | undefined, date: string): Province | undefined {
  const places: Locality[] = [];
  if (parsed.locality) places.push(parsed.locality);
  places.push(...parsed.hints);
  for (const l of places) {
    if (l.unitType && l.unitType !== 'tinh' && l.unitType !== 'thanh-pho') continue;
    const p = provinceNamed(l.name, date);
    if (p) return p;
  }
  return option;
}

/** A People's Committee or a bare unit ('Tỉnh Lai Châu'): the province, district or commune it names. */
function fromUnit(parsed: AgencyName, unit: Locality, option: Province | undefined, date: string): EntityFacts | null {
  const province = provinceOfName(parsed, option, date);
  const t = unit.unitType;
  if (t === 'tinh' || t === 'thanh-pho') {
    const asProvince = findProvinces(unit.name).filter((p) => t === 'tinh' || p.type === 'thanh-pho');
    const p = asProvince.find((x) => isValidOn(x, date)) ?? (t === 'tinh' ? pickOn(asProvince, date) : undefined);
    if (p) {
      const e = blankEntity('province', parsed.text, 'agency');
      e.province = p;
      return e;
    }
    if (t === 'tinh') {
      const e = blankEntity('province', parsed.text, 'agency');
      e.found = false;
      return e;
    }
  }
  const dType = t ? DISTRICT_TYPES[t] : undefined;
  if (dType) {
    const found = rank(searchDistricts(unit.name, province, date), dType, date, unit.name);
    const d = found[0];
    const e = blankEntity('district', parsed.text, 'agency');
    if (d) {
      e.district = d;
      e.province = province ?? pickOn(provincesOfDistrict(d, date), date) ?? null;
    } else {
      e.found = false;
      e.province = province ?? null;
      e.district = unlistedDistrict(province, dType, unit.name);
    }
    return e;
  }
  const cType = t ? COMMUNE_TYPES[t] : undefined;
  if (cType) {
    let found = rank(searchCommunes(unit.name, province, date), cType, date, unit.name);
    // The district a commune is named with, as its locality ("xã A, huyện B") or a later hint.
    const districtHint = [parsed.locality, ...parsed.hints].find((h) => h?.unitType && DISTRICT_TYPES[h.unitType]);
    if (districtHint && province) {
      const ds = findDistricts(province.id, districtHint.name).map((d) => d.id);
      const narrowed = found.filter((c) => c.districtId !== undefined && ds.includes(c.districtId));
      if (narrowed.length > 0) found = narrowed;
    }
    const c = found[0];
    const e = blankEntity('commune', parsed.text, 'agency');
    e.province = province ?? null;
    if (c) {
      e.commune = c;
      if (c.districtId) e.district = districtsOf(c.provinceId).find((d) => d.id === c.districtId) ?? null;
      if (!e.province) e.province = provinceById(c.provinceId) ?? null;
    } else {
      e.found = false;
      e.commune = unlistedCommune(province, cType, unit.name);
      if (districtHint && province) e.district = findDistricts(province.id, districtHint.name)[0] ?? null;
    }
    return e;
  }
  return null;
}

/** Who the name is for, from the agency's name as written. */
export function holderFromAgency(input: EntityInput, date: string): EntityFacts {
  const option = provinceNamed(input.province, date);
  const parsed = keepPlaceInName(parseAgencyName(input.agency ?? '', isPlace), option, date);
  const text = parsed.text || (input.agency ?? '');
  let e: EntityFacts | null = null;

  // "Tỉnh Đoàn Lai Châu" reads as a unit named "Đoàn Lai Châu"; it is the province's Youth Union.
  if (parsed.unit && isMassOrganisation(text)) {
    e = blankEntity('other', text, 'agency');
    const place = parsed.locality?.name ?? parsed.unit.name.split(' ').slice(1).join(' ');
    e.province = provinceNamed(place, date) ?? option ?? null;
    e.massOrganisation = true;
  } else if (parsed.unit && (parsed.kind === null || parsed.kind === 'province' || parsed.kind === 'district' || parsed.kind === 'commune')) {
    e = fromUnit(parsed, parsed.unit, option, date);
  }
  const body = parsed.body ?? text;
  const hasLocality = parsed.locality !== undefined || parsed.localityImplicit;
  const sub = e ? undefined : networkSubUnitOf(parsed, option);
  if (sub) {
    e = blankEntity('ministry-unit', text, 'agency');
    e.branch = true;
    e.parent = sub.agency;
    e.subUnit = sub.label;
    e.province = provinceOfName(parsed, option, date) ?? null;
  }
  // The registry first: a body it lists by its whole name (an academy named after a
  // person, not a city), a branch of a central network, a unit naming its parent.
  const listed = e || (option && networkBranchOf(parsed, option)) ? undefined : agencyByName(text);
  if (listed) e = centralEntity(listed, text, 'agency', date);
  const network = e || (parsed.kind === 'ministry-unit' && hasLocality) ? undefined : networkBranchOf(parsed, option);
  if (network) {
    e = blankEntity('ministry-unit', text, 'agency');
    e.branch = true;
    e.parent = network;
    e.province = provinceOfName(parsed, option, date) ?? null;
  }
  const namedParent = e ? undefined : parentInParentheses(input.agency ?? '');
  if (namedParent) {
    const a = agencyByName(body);
    e = a ? centralEntity(a, text, 'agency', date) : unitUnder(namedParent, text, body);
  }
  if (!e) {
    switch (parsed.kind) {
      case 'ministry': {
        const a = agencyByName(body);
        e = a ? centralEntity(a, text, 'agency', date) : blankEntity('ministry', text, 'agency');
        if (e.kind === 'ministry' && !a) e.abbreviations = abbreviationCandidates(body);
        break;
      }
      case 'ministry-unit': {
        const branchOf = hasLocality ? agencyByBranchName(body) : undefined;
        if (branchOf) {
          e = blankEntity('ministry-unit', text, 'agency');
          e.branch = true;
          e.parent = branchOf;
          e.province = provinceOfName(parsed, option, date) ?? null;
        } else {
          const a = agencyByName(body);
          // An institute no registry lists, in a province's list: the province's research unit.
          const provincial = !a && option !== undefined && foldKey(body).startsWith('vien ');
          e = a ? centralEntity(a, text, 'agency', date) : blankEntity(provincial ? 'public-service-unit' : 'ministry-unit', text, 'agency');
          if (provincial) e.province = option;
          if (!a) e.abbreviations = abbreviationCandidates(body);
        }
        break;
      }
      case 'public-service-unit': {
        const a = agencyByName(body);
        if (a) e = centralEntity(a, text, 'agency', date);
        else {
          e = blankEntity('public-service-unit', text, 'agency');
          e.province = provinceOfName(parsed, option, date) ?? null;
          e.abbreviations = abbreviationCandidates(body);
        }
        break;
      }
      case 'province-agency':
      case 'education-authority':
      case 'school':
      case 'party-body': {
        e = blankEntity(parsed.kind, text, 'agency');
        // A school's place is part of its name ('Đại học Kinh tế TP. Hồ Chí Minh'): only a province given places it.
        e.province = (parsed.kind === 'school' ? option : provinceOfName(parsed, option, date)) ?? null;
        e.abbreviations = parsed.kind === 'province-agency' || parsed.kind === 'education-authority' ? abbreviationCandidates(body) : [];
        const loc = parsed.locality;
        // "TP.HCM" is a province; "thành phố Lai Châu" in 2020 a district-level city.
        const cityIsProvince = loc?.unitType === 'thanh-pho' && provinceNamed(loc.name, date) !== undefined;
        const dl = loc?.unitType && !cityIsProvince ? DISTRICT_TYPES[loc.unitType] : undefined;
        if (parsed.kind === 'education-authority' && dl && parsed.locality) {
          const d = rank(searchDistricts(parsed.locality.name, e.province ?? undefined, date), dl, date)[0];
          e.district = d ?? unlistedDistrict(e.province ?? undefined, dl, parsed.locality.name);
          if (!e.province && d) e.province = pickOn(provincesOfDistrict(d, date), date) ?? null;
        }
        break;
      }
      default: {
        const a = agencyByName(body) ?? agencyByName(text);
        if (a) e = centralEntity(a, text, 'agency', date);
        else {
          // A newspaper, a portal, a project, a mass organisation: not a body the decrees name.
          e = blankEntity('other', text, 'agency');
          e.province = provinceOfName(parsed, option, date) ?? null;
          // 'Liên minh Hợp tác xã' reads its last word as a commune: the whole name decides too.
          e.massOrganisation = isMassOrganisation(parsed.body ?? text) || isMassOrganisation(text);
        }
      }
    }
  }
  e.body = parsed.body ?? null;
  if (e.abbreviations.length > 0 && e.fullNames.length === 0) {
    const forms = nameForms(body);
    e.abbreviations = forms.abbreviations;
    e.fullNames = forms.fullNames;
  }
  return input.kind ? withKind(e, input.kind) : e;
}
