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
    central: null,
    self: null,
    branch: false,
    body: null,
    abbreviations: [],
    fullNames: [],
    found: true,
  };
}
