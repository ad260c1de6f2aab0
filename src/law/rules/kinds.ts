import type { EntityKind } from '../vocabulary.js';

/** Holders the decrees' gov.vn formats name. */
export const GOV_KINDS: readonly EntityKind[] = ['ministry', 'ministry-unit', 'province', 'province-agency', 'district', 'commune'];

/** Bodies of the State (a Party body is not one; "other" is unknown). */
export const STATE_KINDS: readonly EntityKind[] = [...GOV_KINDS, 'public-service-unit', 'school', 'education-authority'];
