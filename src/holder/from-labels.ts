/** Who holds the name, read from its labels alone (under gov.vn). */
import { agencyByLabel, parentOn } from '../data/agency-lookup.js';
import {
  communesByLabel,
  communesOf,
  districtsByLabel,
  historyLoaded,
  isValidOn,
  provincesByLabel,
  type Province,
} from '../data/lookup.js';
import type { EntityFacts, HostFacts } from '../law/facts.js';
import { blankEntity } from './blank.js';
import { centralEntity } from './central.js';
import { miswritten } from './glued-label.js';
import { pickOn, provinceNamed } from './rank.js';

/** Who the name is for, read from its labels alone. */
export function holderFromLabels(host: HostFacts, date: string, provinceHint?: string): EntityFacts | null {
  if (host.zone !== 'gov.vn') return null;
  const hint = provinceNamed(provinceHint, date);
  const rest = host.portal ? host.rest.slice(1) : host.rest;
  const last = rest[rest.length - 1];
  if (last === undefined) return null;
  const province = pickOn(provincesByLabel(last), date);
  const central = agencyByLabel(last);
  if (rest.length === 1) {
    if (province) return provinceHolder(province);
    if (central) return centralEntity(central, central.names[0]!, 'domain', date);
    return miswritten(last, date, hint);
  }
  if (province) return underProvince(rest, province, date);
  if (central) {
    const first = rest[rest.length - 2]!;
    const branchProvince = pickOn(provincesByLabel(first), date);
    if (rest.length === 2 && branchProvince && central.branchNames) {
      const e = blankEntity('ministry-unit', `${central.names[0]} ${branchProvince.fullName}`, 'domain');
      e.branch = true;
      e.parent = central;
      e.province = branchProvince;
      return e;
    }
    const parent = parentOn(central, date);
    const e = blankEntity('ministry-unit', central.names[0]!, 'domain');
    if (parent) {
      e.self = central; // a unit's own sub-unit, judged under the unit's name
      e.parent = parent;
    } else {
      e.parent = central; // a unit under a ministry's name
    }
    e.found = false;
    return e;
  }
  return null;
}

/** A name under a province's label: one of its districts or communes, else one of its agencies. */
function underProvince(rest: readonly string[], province: Province, date: string): EntityFacts {
  const newMap = date >= '2025-07-01';
  const label = rest[0]!;
  if (rest.length === 2) {
    const unit = unitHolder(province, label, date);
    if (unit) return unit;
    const wrong = miswritten(label, date, province);
    if (wrong && (wrong.kind === 'district' || wrong.kind === 'commune') && wrong.province?.id === province.id) return wrong;
  }
  if (rest.length === 3 && !newMap) {
    // Before 2025 a label may name several records of one district (a commune merged away and a
    // namesake formed later): the one of the date is meant.
    const district = pickOn(districtsByLabel(province.id, rest[1]!), date);
    if (district) {
      const c = pickOn(
        communesOf(province.id).filter((x) => x.districtId === district.id && x.labels.includes(label)),
        date,
      );
      if (c) {
        const e = blankEntity('commune', c.fullName, 'domain');
        e.commune = c;
        e.district = district;
        e.province = province;
        return e;
      }
    }
  }
  const e = blankEntity('province-agency', `${label}.${province.labels[0]}`, 'domain');
  e.province = province;
  e.found = false;
  return e;
}

/**
 * The holders of the tables' own names, shared: a holder is never changed once
 * made, and a list of sites names the same provinces and communes row after row.
 * Only names the tables know are kept (a province, one of its units by label),
 * so what is kept is bounded by the tables, whatever the input.
 */
const provinceHolders = new Map<Province, EntityFacts>();

function provinceHolder(province: Province): EntityFacts {
  let e = provinceHolders.get(province);
  if (!e) {
    e = blankEntity('province', province.fullName, 'domain');
    e.province = province;
    provinceHolders.set(province, e);
  }
  return e;
}

/** Units by province, then date, then label; dropped when govvn/history arrives (the tables grow). */
let unitHolders = new Map<Province, Map<string, Map<string, EntityFacts>>>();
let unitHoldersHistory = false;

/** The district or commune of the province a label names on the date, as the tables have it; null when none does. */
function unitHolder(province: Province, label: string, date: string): EntityFacts | null {
  const history = historyLoaded();
  if (history !== unitHoldersHistory) {
    unitHolders = new Map();
    unitHoldersHistory = history;
  }
  let byDate = unitHolders.get(province);
  if (!byDate) {
    byDate = new Map();
    unitHolders.set(province, byDate);
  }
  let byLabel = byDate.get(date);
  if (!byLabel) {
    // A run judges on a date or a few: beyond that, the oldest dates go.
    if (byDate.size >= 8) byDate.clear();
    byLabel = new Map();
    byDate.set(date, byLabel);
  }
  let e = byLabel.get(label);
  if (e === undefined) {
    const found = unitOnDate(province, label, date);
    if (!found) return null;
    e = found;
    byLabel.set(label, e);
  }
  return e;
}

function unitOnDate(province: Province, label: string, date: string): EntityFacts | null {
  const newMap = date >= '2025-07-01';
  const communes = communesByLabel(province.id, label);
  const commune = communes.find((c) => isValidOn(c, date));
  const district = pickOn(districtsByLabel(province.id, label), date);
  if (commune && (newMap || !district)) {
    const e = blankEntity('commune', commune.fullName, 'domain');
    e.commune = commune;
    e.province = province;
    return e;
  }
  if (district) {
    const e = blankEntity('district', district.fullName, 'domain');
    e.district = district;
    e.province = province;
    return e;
  }
  // A commune merged away (known with govvn/history): judged as the unit it was.
  const old = communes.filter((c) => c.to !== null && c.to < date).sort((a, b) => ((a.to ?? '') < (b.to ?? '') ? 1 : -1))[0];
  if (old) {
    const e = blankEntity('commune', old.fullName, 'domain');
    e.commune = old;
    e.province = province;
    return e;
  }
  return null;
}
