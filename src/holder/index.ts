/**
 * Who holds a name: the one entry the engine asks. From the agency's name when one
 * is given (its province filled in from the name's labels when it names none), else
 * from the labels alone; a kind given with no name makes a holder of that kind.
 */
import type { Province } from '../data/lookup.js';
import type { EntityFacts, HostFacts } from '../law/facts.js';
import type { EntityKind } from '../law/vocabulary.js';
import { provinceNamed } from './rank.js';
import { blankEntity, withKind } from './blank.js';
import { agencyHolder, holderInProvince } from './agency-cache.js';
import type { EntityInput } from './from-agency.js';
import { holderFromLabels } from './from-labels.js';

export type { EntityInput } from './from-agency.js';
export { candidateNames } from './suggest.js';
export { successorEntity } from './successor.js';
export { servedHost } from './service-host.js';


/** Who holds the name on the date, from what the caller says of the holder and the name's host. */
export function holderOf(input: EntityInput, host: HostFacts | null, asOf: string): EntityFacts | null {
  if (input.agency !== undefined && input.agency.trim() !== '') {
    const e = agencyHolder(input, asOf);
    // A provincial body named without its province: the name's own province label fills in.
    if (!e.province && host && host.zone === 'gov.vn' && (e.kind === 'province-agency' || e.kind === 'public-service-unit')) {
      const inferred = holderFromLabels(host, asOf);
      if (inferred?.province) return holderInProvince(e, inferred.province);
    }
    return e;
  }
  const inferred = host ? holderFromLabels(host, asOf, input.province) : null;
  if (input.kind) return kindHolder(input.kind, inferred, provinceNamed(input.province, asOf) ?? null);
  return inferred;
}

/**
 * A kind given without an agency: judged like an agency of that kind in the
 * province given (that province outranks what the labels read), else in the
 * province the labels name.
 */
function kindHolder(kind: EntityKind, inferred: EntityFacts | null, province: Province | null): EntityFacts {
  const e: EntityFacts = inferred ? { ...withKind(inferred, kind), source: 'agency' } : { ...blankEntity(kind, '', 'agency'), found: false };
  if (!province || (e.province && e.province.code === province.code)) return e;
  // The labels read another place: what they found of it is not this holder's.
  const own: EntityFacts = { ...blankEntity(kind, '', 'agency'), province, abbreviations: e.abbreviations, fullNames: e.fullNames };
  // A province is the unit itself; a district's or commune's unit is not known from a kind.
  own.found = kind !== 'district' && kind !== 'commune';
  return own;
}
