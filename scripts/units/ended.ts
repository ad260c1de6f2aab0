/**
 * The districts and communes that ended before 2025-06-30: units of a GSO snapshot
 * absent from the map of 2025-06-30 (same code, type and name for a commune; same
 * province, type and name for a district). Each gets its last day (the day before a
 * hand-kept resolution took effect, else the day before the next snapshot) and what
 * took its place, where the codes show it.
 */
import { foldKey } from '../../src/vi/fold.js';
import { byCode, dayBefore } from './common.js';
import type { EffectiveDate } from './read-hand-kept.js';
import type { Snapshot, SnapUnit } from './read-snapshots.js';

/** A map at one date: its districts by province, its communes with their district's key. */
export interface MapState {
  date: string;
  /** Dated the day its changes took effect: a unit first seen in it started that day. */
  exact: boolean;
  districts: SnapUnit[];
  communes: (SnapUnit & { districtKey: string })[];
}

export interface EndedDistrict {
  key: string;
  letter: string;
  bare: string;
  from: string | null;
  to: string;
  /** Key of the district that took most of its communes, when one did. */
  successorKey: string | null;
}

export interface EndedCommune {
  code: string;
  letter: string;
  bare: string;
  from: string | null;
  to: string;
  /** Key of its district on its last day. */
  districtKey: string;
  /** Code and key of the commune that took its place, when the codes show one. */
  successor: { code: string; key: string } | null;
}

export interface Ended {
  /** By province code. */
  districts: Map<string, EndedDistrict[]>;
  /** By province code. */
  communes: Map<string, EndedCommune[]>;
  /** Commune key → its last day, for the communes that ended. */
  endOf: Map<string, string>;
  /** Commune key → its first day, for the communes of the last map that a snapshot after the first shows coming into being. */
  startOf: Map<string, string>;
}

export const districtKey = (provinceCode: string, letter: string, bare: string): string => `${provinceCode}|${letter}${foldKey(bare)}`;
export const communeKey = (u: Pick<SnapUnit, 'code' | 'letter' | 'bare'>): string => `${u.code}|${u.letter}${foldKey(u.bare)}`;

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A snapshot with each commune's district key, from the district codes of the same snapshot. */
export function stateOf(s: Snapshot): MapState {
  const byCodeKey = new Map(s.districts.map((d) => [d.code, districtKey(d.provinceCode, d.letter, d.bare)]));
  return { date: s.date, exact: s.exact, districts: s.districts, communes: s.communes.map((c) => ({ ...c, districtKey: byCodeKey.get(c.districtCode!)! })) };
}

/** The day a change in (after, upTo] took effect in the province, if a resolution gives it. */
function effective(dates: readonly EffectiveDate[], province: string, after: string, upTo: string): string | undefined {
  return dates.find((e) => e.province === province && after < e.date && e.date <= upTo)?.date;
}

export function endedUnits(states: readonly MapState[], dates: readonly EffectiveDate[]): Ended {
  const last = states.length - 1;
  const present = states.map((s) => ({
    districts: new Set(s.districts.map((d) => districtKey(d.provinceCode, d.letter, d.bare))),
    communes: new Map(s.communes.map((c) => [communeKey(c), c])),
    byCode: new Map(s.communes.map((c) => [c.code, c])),
  }));
  const span = (province: string, first: number, lastSeen: number): { from: string | null; to: string } => {
    // A unit first seen in a later snapshot started on its day when that is the day of the change, else the day after the one before.
    const from =
      first === 0 ? null : states[first]!.exact ? states[first]!.date : (effective(dates, province, states[first - 1]!.date, states[first]!.date) ?? dayAfter(states[first - 1]!.date));
    const next = states[lastSeen + 1]!.date;
    const eff = effective(dates, province, states[lastSeen]!.date, next);
    return { from, to: dayBefore(eff ?? next) };
  };

  const ended: Ended = { districts: new Map(), communes: new Map(), endOf: new Map(), startOf: new Map() };
  // Districts: first and last state each one is seen in.
  const seenD = new Map<string, { unit: SnapUnit; first: number; last: number }>();
  const seenC = new Map<string, { unit: MapState['communes'][number]; first: number; last: number }>();
  // Communes of the last map: the first snapshot each is seen in, when not the first one.
  // One seen in no snapshot (spelt otherwise in the last map, or new after the last snapshot) keeps no start.
  const firstSeen = new Map<string, number>();
  states.slice(0, last).forEach((s, i) => {
    for (const c of s.communes) {
      const key = communeKey(c);
      if (present[last]!.communes.has(key) && !firstSeen.has(key)) firstSeen.set(key, i);
    }
  });
  for (const [key, i] of firstSeen) {
    if (i > 0) ended.startOf.set(key, span(present[last]!.communes.get(key)!.provinceCode, i, i).from!);
  }
  states.slice(0, last).forEach((s, i) => {
    for (const d of s.districts) {
      const key = districtKey(d.provinceCode, d.letter, d.bare);
      if (present[last]!.districts.has(key)) continue;
      const e = seenD.get(key);
      if (e) e.last = i;
      else seenD.set(key, { unit: d, first: i, last: i });
    }
    for (const c of s.communes) {
      const key = communeKey(c);
      if (present[last]!.communes.has(key)) continue;
      const e = seenC.get(key);
      if (e) Object.assign(e, { last: i, unit: c });
      else seenC.set(key, { unit: c, first: i, last: i });
    }
  });

  for (const [key, { unit, first, last: k }] of seenD) {
    // Successor: where most of its communes went in the next state.
    const votes = new Map<string, number>();
    for (const c of states[k]!.communes) {
      if (c.districtKey !== key) continue;
      const next = present[k + 1]!.byCode.get(c.code);
      if (next) votes.set(next.districtKey, (votes.get(next.districtKey) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const list = ended.districts.get(unit.provinceCode) ?? [];
    ended.districts.set(unit.provinceCode, list);
    list.push({ key, letter: unit.letter, bare: unit.bare, ...span(unit.provinceCode, first, k), successorKey: best?.[0] ?? null });
  }

  for (const [key, { unit, first, last: k }] of seenC) {
    // Successor: the commune that kept its code under another name or type (renamed, made a
    // phường, or merged keeping it); else the one commune of its district that is new or
    // renamed in the next state, if there is exactly one.
    const sameCode = present[k + 1]!.byCode.get(unit.code);
    const nextDistrict = present[k + 1]!.districts.has(unit.districtKey) ? unit.districtKey : null;
    const candidates = nextDistrict === null ? [] : states[k + 1]!.communes.filter((c) => c.districtKey === nextDistrict && !present[k]!.communes.has(communeKey(c)));
    const s = sameCode ?? (candidates.length === 1 ? candidates[0]! : null);
    const { from, to } = span(unit.provinceCode, first, k);
    const list = ended.communes.get(unit.provinceCode) ?? [];
    ended.communes.set(unit.provinceCode, list);
    list.push({ code: unit.code, letter: unit.letter, bare: unit.bare, from, to, districtKey: unit.districtKey, successor: s && { code: s.code, key: communeKey(s) } });
    ended.endOf.set(key, to);
  }
  for (const list of ended.communes.values()) list.sort((a, b) => byCode(a.code, b.code) || (a.to < b.to ? -1 : 1));
  return ended;
}
