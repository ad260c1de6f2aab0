import type { Basis } from './rule.js';
import type { DecreeId } from './instruments.js';

/**
 * The article each decree gives a format in: Decree 43/2011 Art. 6(1)(x),
 * Decree 42/2022 Art. 6 (its wording unknown: assumed the same formats),
 * Decree 224/2026 Art. 11(4)(x), where x is the point for the kind of holder
 * (a: ministries and their units; b: provinces and their agencies), or none for
 * what the whole clause says.
 */
export function decreeBasis(point?: 'a' | 'b'): Partial<Record<DecreeId, Basis>> {
  return {
    'decree-43-2011': { instrument: 'decree-43-2011', ref: point ? { article: 6, clause: 1, point } : { article: 6, clause: 1 } },
    'decree-42-2022': { instrument: 'decree-42-2022', ref: { article: 6 } },
    'decree-224-2026': { instrument: 'decree-224-2026', ref: point ? { article: 11, clause: 4, point } : { article: 11, clause: 4 } },
  };
}
