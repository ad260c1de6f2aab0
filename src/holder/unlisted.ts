import type { Commune, CommuneType, District, DistrictType, Province } from '../data/lookup.js';
import { fullNameLabels } from '../vi/fold.js';

/**
 * The id of a unit the tables do not hold, and the province id of one whose province
 * is not known either: no table id has this form, so no lookup by it finds anything.
 */
export const UNLISTED_ID = '?';

/** A district a name gives that the tables do not hold: the rules still judge a label by its name. */
export function unlistedDistrict(province: Province | undefined, type: DistrictType, name: string): District {
  return {
    id: UNLISTED_ID,
    fullName: name,
    provinceId: province?.id ?? UNLISTED_ID,
    type,
    name,
    labels: fullNameLabels(name),
    from: null,
    to: null,
  };
}

/** A commune a name gives that the tables do not hold. */
export function unlistedCommune(province: Province | undefined, type: CommuneType, name: string): Commune {
  return {
    id: UNLISTED_ID,
    fullName: name,
    code: '',
    provinceId: province?.id ?? UNLISTED_ID,
    type,
    name,
    labels: fullNameLabels(name),
    from: null,
    to: null,
  };
}
