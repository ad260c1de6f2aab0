import { agencyById, agencyExistsOn, branchLabelsOf } from '../data/agency-lookup.js';
import type { CentralAgency } from '../data/agencies.js';
import { districtsByLabel, isValidOn, provinceOn } from '../data/lookup.js';
import type { EntityFacts, HostFacts } from '../law/facts.js';
import { PROVINCIAL_BODIES } from '../agency-name/vocabulary.js';
import { distinctInitials, nameForms } from '../vi/abbreviation.js';
import { foldKey } from '../vi/fold.js';

/** A body's name compared without 'và' ('Sở Văn hóa, Thể thao' is 'Sở Văn hóa và Thể thao'). */
function bodyKey(name: string): string {
  return foldKey(name)
    .split(' ')
    .filter((w) => w !== 'va')
    .join(' ');
}

/** The label each known provincial body owns: its first abbreviation, the first body listed keeping it. */
let owners: Map<string, string> | null = null;

function ownerOf(label: string): string | undefined {
  return ownerMap().get(label);
}

let known: Set<string> | null = null;
function knownBody(key: string): boolean {
  known ??= new Set(PROVINCIAL_BODIES.map(bodyKey));
  return known.has(key);
}

function ownerMap(): Map<string, string> {
  if (!owners) {
    owners = new Map();
    for (const name of PROVINCIAL_BODIES) {
      const first = nameForms(name).abbreviations[0];
      if (first && !owners.has(first)) owners.set(first, bodyKey(name));
    }
  }
  return owners;
}

/**
 * The holder's abbreviations without the ones another known body owns (Sở Ngoại
 * vụ's `snv` is Sở Nội vụ's): the form that tells it apart takes their place.
 */
function ownAbbreviations(e: EntityFacts): readonly string[] {
  const body = e.body;
  if (!body || e.abbreviations.length === 0) return e.abbreviations;
  const self = bodyKey(body);
  // Only known bodies are told apart: a body written another way ('các KCN') keeps its own forms.
  if (!knownBody(self)) return e.abbreviations;
  const taken = (l: string): boolean => {
    const owner = ownerOf(l);
    return owner !== undefined && owner !== self;
  };
  if (!taken(e.abbreviations[0]!)) return e.abbreviations;
  const distinct = distinctInitials(body);
  const out = e.abbreviations.filter((l) => !taken(l));
  return distinct && !taken(distinct) ? [distinct, ...out] : out;
}

/** The agency doing a central agency's work on the date, following successors. */
function currentAgency(a: CentralAgency, date: string): CentralAgency {
  let cur = a;
  for (let i = 0; i < 3 && !agencyExistsOn(cur, date) && cur.successor; i++) cur = agencyById(cur.successor) ?? cur;
  return cur;
}

/** A school's own label: its name without "Trường", run together, with its province's label. */
function schoolLabel(body: string, provinceLabel: string | undefined): string | null {
  const words = foldKey(body).split(' ').filter((w) => w.length > 0);
  if (words[0] === 'truong') words.shift();
  const label = words.join('') + (provinceLabel ?? '');
  return label.length > 0 && label.length <= 63 ? label : null;
}

/**
 * Names that would fit the holder on the date, best first. Not yet checked:
 * the engine validates each and keeps only the compliant ones.
 */
export function candidateNames(e: EntityFacts, date: string, host: HostFacts | null): string[] {
  const province = e.province ? provinceOn(e.province, date) : null;
  const pl = province?.labels[0];
  const abbr = ownAbbreviations(e).slice(0, 1);
  const out: string[] = [];
  switch (e.kind) {
    case 'province':
      if (province) for (const l of province.labels.slice(0, 1)) out.push(`${l}.gov.vn`);
      break;
    case 'district':
      if (e.district && pl && isValidOn(e.district, date)) out.push(`${e.district.labels[0]}.${pl}.gov.vn`);
      break;
    case 'commune': {
      const c = e.commune;
      if (!c) break;
      if (!isValidOn(c, date) || !pl || !province) break;
      const own = c.labels[0]!;
      // Before 2025-07-01 a district's name is its own: a commune named alike goes under its district.
      const clash = date < '2025-07-01' ? districtsByLabel(province.id, own).find((d) => isValidOn(d, date)) : undefined;
      if (!clash) out.push(`${own}.${pl}.gov.vn`);
      else if (e.district) out.push(`${own}.${e.district.labels[0]}.${pl}.gov.vn`);
      break;
    }
    case 'ministry': {
      if (e.self) {
        const a = currentAgency(e.self, date);
        out.push(...a.labels.slice(0, 1).map((l) => `${l}.gov.vn`));
      }
      out.push(...abbr.map((l) => `${l}.gov.vn`));
      break;
    }
    case 'ministry-unit':
    case 'public-service-unit': {
      if (e.branch && e.parent && province) {
        const branch = branchLabelsOf(e.parent, province.code, province.labels)[0];
        const inner = e.subUnit ? `${e.subUnit}.` : '';
        out.push(`${inner}${branch}.${e.parent.labels[0]}.gov.vn`);
        break;
      }
      if (e.parent) {
        const parent = currentAgency(e.parent, date).labels[0];
        if (e.self) {
          out.push(`${e.self.labels[0]}.${parent}.gov.vn`);
          out.push(`${e.self.labels[0]}.gov.vn`);
        }
        out.push(...abbr.map((l) => `${l}.${parent}.gov.vn`));
      } else if (pl) {
        out.push(...abbr.map((l) => `${l}.${pl}.gov.vn`));
      }
      break;
    }
    case 'province-agency': {
      if (!pl) break;
      out.push(...abbr.map((l) => `${l}.${pl}.gov.vn`));
      // Known only from its name: keep the agency's own label, fix where it sits.
      const own = host?.zone === 'gov.vn' && host.rest.length >= 1 ? host.rest[0] : undefined;
      if (abbr.length === 0 && own && own !== pl) out.push(`${own}.${pl}.gov.vn`);
      break;
    }
    case 'education-authority': {
      if (e.district) {
        if (isValidOn(e.district, date)) {
          out.push(`${e.district.labels[0]}.edu.vn`);
          if (pl) out.push(`${e.district.labels[0]}-${pl}.edu.vn`);
        }
      } else if (pl) {
        out.push(`${pl}.edu.vn`);
        out.push(...abbr.slice(0, 1).map((l) => `${l}.${pl}.gov.vn`));
      }
      break;
    }
    case 'school': {
      const label = schoolLabel(e.body ?? e.name, pl);
      if (label) out.push(`${label}.edu.vn`);
      break;
    }
    default:
      break;
  }
  // A service host's fix keeps its service label before the holder's name.
  const service = host?.service;
  return [...new Set(service ? out.map((n) => `${service}.${n}`) : out)];
}
