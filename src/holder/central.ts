import type { CentralAgency } from '../data/agencies.js';
import { parentOn } from '../data/agency-lookup.js';
import type { EntityFacts } from '../law/facts.js';
import { nameForms } from '../vi/abbreviation.js';
import { blankEntity } from './blank.js';

interface AgencyForms {
  abbreviations: readonly string[];
  fullNames: readonly string[];
}

const agencyForms = new WeakMap<CentralAgency, AgencyForms>();

/** The labels an agency's names give (bkhcn, tct; boyte): a table entry's, worked out once. */
function formsOf(a: CentralAgency): AgencyForms {
  let f = agencyForms.get(a);
  if (!f) {
    const forms = a.names.map((n) => nameForms(n));
    f = {
      abbreviations: [...new Set(forms.flatMap((x) => x.abbreviations))],
      fullNames: [...new Set(forms.flatMap((x) => x.fullNames))],
    };
    agencyForms.set(a, f);
  }
  return f;
}

/** A central agency as holder: a ministry, or a unit judged under its parent on the date. */
export function centralEntity(a: CentralAgency, name: string, source: 'agency' | 'domain', date: string): EntityFacts {
  const parent = parentOn(a, date);
  // Its own labels first; the initials of its names are what it may also use (bkhcn, tct).
  const { abbreviations, fullNames } = formsOf(a);
  if (a.school) {
    const e = blankEntity('school', name, source);
    e.self = a;
    e.parent = parent ?? null;
    return e;
  }
  if (!parent) {
    const e = blankEntity('ministry', name, source);
    e.self = a;
    e.abbreviations = abbreviations;
    e.fullNames = fullNames;
    return e;
  }
  const e = blankEntity(a.serviceUnit ? 'public-service-unit' : 'ministry-unit', name, source);
  e.self = a;
  e.parent = parent;
  e.abbreviations = abbreviations;
  e.fullNames = fullNames;
  return e;
}
