import type { EntityFacts } from './facts.js';
import { foldKey } from '../vi/fold.js';

const COURT_IDS = ['toaan', 'vksndtc'];
const OPENINGS = ['toa an', 'vien kiem sat', 'tand', 'vksnd'];

/**
 * A court or a procuracy, at any level: eligible for gov.vn, but named by the
 * decrees' point (a) only from Decree 224/2026, as "other central agencies"
 * (the library's reading).
 */
export function isJudicial(e: EntityFacts): boolean {
  if (e.self && COURT_IDS.includes(e.self.id)) return true;
  if (e.parent && COURT_IDS.includes(e.parent.id)) return true;
  const key = foldKey(e.body ?? e.name);
  return OPENINGS.some((o) => key === o || key.startsWith(`${o} `));
}
