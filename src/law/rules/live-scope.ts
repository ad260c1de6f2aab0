import type { DecreeId } from '../instruments.js';
import type { Basis } from '../rule.js';
import type { EntityKind } from '../vocabulary.js';
import { STATE_KINDS } from './kinds.js';

/**
 * Whom the live rules speak about: the bodies whose portals the decrees bind
 * (a Party body too: its site is bound by the `.vn` duty and checked alike).
 */
export const LIVE_KINDS: readonly EntityKind[] = [...STATE_KINDS, 'party-body'];

/** The clause on the portal's name in force on each decree's dates: what a name in use serves. */
export const PORTAL_NAME_BASIS: Partial<Record<DecreeId, Basis>> = {
  'decree-43-2011': { instrument: 'decree-43-2011', ref: { article: 6, clause: 1 } },
  'decree-42-2022': { instrument: 'decree-42-2022', ref: { article: 6 } },
  'decree-224-2026': { instrument: 'decree-224-2026', ref: { article: 11, clause: 4 } },
};
