/** Who an agency is, kept: it does not depend on the name judged. */
import { historyLoaded } from '../data/lookup.js';
import type { EntityFacts } from '../law/facts.js';
import { holderFromAgency, type EntityInput } from './from-agency.js';

/**
 * Room for every local government of a national list: before 2025 the country had
 * 10,599 communes, 705 districts and 63 provinces, and an audit file naming each
 * of them once, with a department or two, fits in one generation.
 */
const GENERATION = 16_384;

/** What is kept of an agency's name: who it is, and whether it names a site or a system rather than a body. */
export interface AgencyReading {
  /** Filled on first ask (a system's name is never read as a body). */
  facts: EntityFacts | null;
  /** Filled on first ask, by holder/service-host.ts. */
  system: boolean | null;
}

/** A reading with what it was read for besides the agency's name. */
interface Entry {
  asOf: string;
  history: boolean;
  kind: string | undefined;
  province: string | undefined;
  reading: AgencyReading;
}

// By the agency's name first (a string the caller passes row after row, hashed
// once), then a short list of what else was asked with it. Two generations: when
// the newer fills, the older is dropped and the newer becomes it, so the agencies
// a file keeps naming survive the turn (a cleared map would lose them all at once
// and read every one again).
let young = new Map<string, Entry[]>();
let old = new Map<string, Entry[]>();
let youngCount = 0;

function find(list: readonly Entry[] | undefined, input: EntityInput, asOf: string, history: boolean): AgencyReading | undefined {
  if (!list) return undefined;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.asOf === asOf && e.history === history && e.kind === input.kind && e.province === input.province) return e.reading;
  }
  return undefined;
}

// One judgement asks of its agency several times (its service host, its holder,
// each suggestion's check), always through the same input object.
let lastInput: EntityInput | null = null;
let lastAsOf = '';
let lastHistory = false;
let last: AgencyReading | null = null;

/** The kept reading of an agency's name on a date (the input is never changed once made). */
export function agencyReading(input: EntityInput, asOf: string): AgencyReading {
  const history = historyLoaded();
  if (input === lastInput && asOf === lastAsOf && history === lastHistory) return last!;
  const agency = input.agency ?? '';
  let list = young.get(agency);
  let r = find(list, input, asOf, history);
  if (!r) {
    r = find(old.get(agency), input, asOf, history) ?? { facts: null, system: null };
    if (youngCount >= GENERATION) {
      old = young;
      young = new Map();
      youngCount = 0;
      list = undefined;
    }
    if (!list) {
      list = [];
      young.set(agency, list);
    }
    list.push({ asOf, history, kind: input.kind, province: input.province, reading: r });
    youngCount++;
  }
  lastInput = input;
  lastAsOf = asOf;
  lastHistory = history;
  last = r;
  return r;
}

/**
 * A form re-checks on every keystroke, an audit file repeats its agencies: recent
 * answers are kept (never changed afterwards: callers copy before altering).
 */
export function agencyHolder(input: EntityInput, asOf: string): EntityFacts {
  const r = agencyReading(input, asOf);
  return (r.facts ??= holderFromAgency(input, asOf));
}

/** The same holder with its province filled in, one copy per holder and province (the copy is kept like the holder). */
const withProvince = new WeakMap<EntityFacts, Map<NonNullable<EntityFacts['province']>, EntityFacts>>();

export function holderInProvince(e: EntityFacts, province: NonNullable<EntityFacts['province']>): EntityFacts {
  let byProvince = withProvince.get(e);
  if (!byProvince) {
    byProvince = new Map();
    withProvince.set(e, byProvince);
  }
  let copy = byProvince.get(province);
  if (!copy) {
    copy = { ...e, province };
    byProvince.set(province, copy);
  }
  return copy;
}
