import type { EntityFacts } from '../law/facts.js';
import type { EntityKind } from '../result.js';

/** A holder of this kind with nothing else known yet. */
export function blankEntity(kind: EntityKind, name: string, source: 'agency' | 'domain'): EntityFacts {
  return {
    kind,
    name,
    source,
    province: null,
    district: null,
    commune: null,
    self: null,
    parent: null,
    branch: false,
    subUnit: null,
    body: null,
    abbreviations: [],
    fullNames: [],
    found: true,
    massOrganisation: false,
  };
}

/**
 * A holder read one way and given another kind by the caller. A body read as a
 * ministry and said to be a unit or a service unit is judged under that ministry:
 * its entry becomes the parent.
 */
export function withKind(e: EntityFacts, kind: EntityKind): EntityFacts {
  if (e.kind === 'ministry' && e.self && (kind === 'ministry-unit' || kind === 'public-service-unit')) {
    return { ...e, kind, self: null, parent: e.self };
  }
  return { ...e, kind };
}
