import { isValidOn, provinceById, type Province } from '../data/lookup.js';

/** The province that holds a province's place on a date, following successors. */
export function provinceOn(p: Province, date: string): Province {
  let cur = p;
  for (let i = 0; i < 4 && !isValidOn(cur, date) && cur.successorId; i++) {
    const next = provinceById(cur.successorId);
    if (!next) break;
    cur = next;
  }
  return cur;
}
