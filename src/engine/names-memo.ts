/**
 * The compliant names found for a holder, kept with what they were found for: a
 * file repeats its agencies and its communes, and a holder's fixes are judged
 * once, not once a row. The holder of a name read from its labels is a new object
 * each time, so it is compared field by field, filed under the table entry it
 * stands for (its commune, district, province or central agency).
 */
import type { EntityFacts, HostFacts } from '../law/facts.js';

/** Everything a suggestion's check reads besides the holder (RULES run on these alone). */
export interface NamesContext {
  asOf: string;
  /** The caller's agency, kind and province, as given. */
  agency: string | undefined;
  kind: string | undefined;
  province: string | undefined;
  history: boolean;
  /** What the candidates read of the host: its service label, and a provincial body's own label. */
  service: string | undefined;
  own: string | undefined;
}

interface Kept extends NamesContext {
  holder: EntityFacts;
  names: readonly string[];
}

/** Per table entry, the last few holders and contexts asked about (a unit is judged on a few dates, under a few hosts). */
const PER_ENTRY = 8;
const kept = new WeakMap<object, Kept[]>();

/**
 * What the holder is filed under: a holder read from an agency's name is a kept
 * object (holder/agency-cache.ts) and stands for itself; one read from labels,
 * under the most specific table entry it names.
 */
function anchorOf(e: EntityFacts): object {
  return e.source === 'agency' ? e : (e.commune ?? e.district ?? e.self ?? e.parent ?? e.province ?? e);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Two holders alike in every fact a rule or a candidate reads. */
function sameHolder(a: EntityFacts, b: EntityFacts): boolean {
  return (
    a === b ||
    (a.kind === b.kind &&
      a.name === b.name &&
      a.source === b.source &&
      a.province === b.province &&
      a.district === b.district &&
      a.commune === b.commune &&
      a.self === b.self &&
      a.parent === b.parent &&
      a.branch === b.branch &&
      a.subUnit === b.subUnit &&
      a.body === b.body &&
      a.found === b.found &&
      a.massOrganisation === b.massOrganisation &&
      sameList(a.abbreviations, b.abbreviations) &&
      sameList(a.fullNames, b.fullNames))
  );
}

function sameContext(a: NamesContext, b: NamesContext): boolean {
  return (
    a.asOf === b.asOf &&
    a.history === b.history &&
    a.service === b.service &&
    a.own === b.own &&
    a.agency === b.agency &&
    a.kind === b.kind &&
    a.province === b.province
  );
}

/** The names kept for this holder in this context, or undefined. */
export function keptNames(holder: EntityFacts, context: NamesContext): readonly string[] | undefined {
  const list = kept.get(anchorOf(holder));
  if (!list) return undefined;
  for (let i = 0; i < list.length; i++) {
    const k = list[i]!;
    if (sameContext(k, context) && sameHolder(k.holder, holder)) return k.names;
  }
  return undefined;
}

/** Keeps the names found for this holder in this context. */
export function keepNames(holder: EntityFacts, context: NamesContext, names: readonly string[]): void {
  const anchor = anchorOf(holder);
  let list = kept.get(anchor);
  if (!list) {
    list = [];
    kept.set(anchor, list);
  }
  if (list.length >= PER_ENTRY) list.shift();
  list.push({ asOf: context.asOf, agency: context.agency, kind: context.kind, province: context.province, history: context.history, service: context.service, own: context.own, holder, names });
}
