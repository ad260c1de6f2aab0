import type { EntityFacts, HostFacts } from './facts.js';
import type { AppliesTo, HolderScope } from './rule.js';
import type { EntityKind } from './vocabulary.js';

function fits(scope: HolderScope, entity: EntityFacts, host: HostFacts | null, date: string): boolean {
  if (scope.kind !== entity.kind) return false;
  if (scope.from !== undefined && date < scope.from) return false;
  if (scope.to !== undefined && date > scope.to) return false;
  if (scope.central !== undefined && (entity.parent !== null) !== scope.central) return false;
  if (scope.district !== undefined && (entity.district !== null) !== scope.district) return false;
  if (scope.zone !== undefined && host?.zone !== scope.zone) return false;
  return true;
}

/** Whether a rule speaks about this holder (null: not known) on this date. */
export function appliesToHolder(appliesTo: AppliesTo, entity: EntityFacts | null, host: HostFacts | null, date: string): boolean {
  if (appliesTo === 'any') return true;
  if (entity === null) return false;
  for (const entry of appliesTo) {
    if (typeof entry === 'string' ? entry === entity.kind : fits(entry, entity, host, date)) return true;
  }
  return false;
}

/** The kinds a rule names on a date, for a catalogue (`any` as it is). */
export function kindsOn(appliesTo: AppliesTo, date: string): readonly EntityKind[] | 'any' {
  if (appliesTo === 'any') return 'any';
  const out: EntityKind[] = [];
  for (const entry of appliesTo) {
    const kind = typeof entry === 'string' ? entry : entry.kind;
    const inPeriod = typeof entry === 'string' || ((entry.from === undefined || date >= entry.from) && (entry.to === undefined || date <= entry.to));
    if (inPeriod && !out.includes(kind)) out.push(kind);
  }
  return out;
}
