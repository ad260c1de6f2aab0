/** Who an agency is, kept: it does not depend on the name judged. */
import { historyLoaded } from '../data/lookup.js';
import type { EntityFacts } from '../law/facts.js';
import { holderFromAgency, type EntityInput } from './from-agency.js';

const agencies = new Map<string, EntityFacts>();

/**
 * A form re-checks on every keystroke, an audit file repeats its agencies: recent
 * answers are kept (never changed afterwards: callers copy before altering).
 */
export function agencyHolder(input: EntityInput, asOf: string): EntityFacts {
  const key = `${asOf}\u0000${historyLoaded() ? 1 : 0}\u0000${input.kind ?? ''}\u0000${input.province ?? ''}\u0000${input.agency}`;
  let e = agencies.get(key);
  if (!e) {
    if (agencies.size >= 1024) agencies.clear();
    e = holderFromAgency(input, asOf);
    agencies.set(key, e);
  }
  return e;
}
