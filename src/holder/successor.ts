import { agencyById, agencyExistsOn } from '../data/agency-lookup.js';
import { communeById, isValidOn, provinceById, provinceOn } from '../data/lookup.js';
import type { EntityFacts } from '../law/facts.js';
import { nameForms } from '../vi/abbreviation.js';

/**
 * The holder that took a defunct unit's place on the date: the province a province
 * merged into, the commune a commune was merged into, the ministry that took over a
 * ministry's work. Suggestions for a defunct unit are its successor's names, judged
 * for the successor. Districts have none: they were abolished, not merged.
 */
export function successorEntity(e: EntityFacts, date: string): EntityFacts | null {
  if (e.kind === 'province' && e.province && !isValidOn(e.province, date)) {
    const p = provinceOn(e.province, date);
    if (p === e.province || !isValidOn(p, date)) return null;
    return { ...e, name: p.fullName, province: p };
  }
  if (e.kind === 'commune' && e.commune && e.commune.to !== null && date > e.commune.to) {
    const next = communeById(e.commune.successorIds?.[0] ?? '');
    const np = next ? provinceById(next.provinceId) : undefined;
    if (!next || !np) return null;
    return { ...e, name: next.fullName, commune: next, district: null, province: provinceOn(np, date) };
  }
  if (e.kind === 'ministry' && e.self && !agencyExistsOn(e.self, date) && e.self.successor) {
    const next = agencyById(e.self.successor);
    if (!next || !agencyExistsOn(next, date)) return null;
    // Its names are the successor's: the old ministry's initials are not the new one's.
    const forms = next.names.map((n) => nameForms(n));
    const abbreviations = [...new Set(forms.flatMap((f) => f.abbreviations))];
    const fullNames = [...new Set(forms.flatMap((f) => f.fullNames))];
    return { ...e, name: next.names[0]!, self: next, abbreviations, fullNames };
  }
  return null;
}
