/**
 * Queries over provinces, districts and communes, in every era the tables cover.
 * Results keep the tables' order (by code, the earlier record first); callers pick the
 * unit valid on their date with `isValidOn`.
 */
import { foldKey } from '../vi/fold.js';
import {
  districtTable,
  holderId,
  newCommuneProvinceIds,
  newCommunesOf,
  oldCommuneProvinceIds,
  oldCommunesOf,
  provinceIndex,
  provinceTable,
  registeredHistory,
  setHistory,
  type Commune,
  type District,
  type Province,
} from './units.js';

export { DATA_SOURCE } from './units.js';
export type { Commune, CommuneType, District, DistrictType, Province, ProvinceType } from './units.js';

export function isValidOn(unit: { from: string | null; to: string | null }, date: string): boolean {
  return (unit.from === null || unit.from <= date) && (unit.to === null || date <= unit.to);
}

// ------------------------------------------------------------------ matching names

/** Keys compare without spaces, so "lai chau", "Lai Châu" and "laichau" meet. */
function compact(folded: string): string {
  return folded.includes(' ') ? folded.replace(/ /g, '') : folded;
}

/** The keys a unit is found by: its bare name and its labels. */
function keysOf(unit: { name: string; labels: readonly string[] }): Set<string> {
  const keys = new Set<string>([compact(foldKey(unit.name))]);
  for (const l of unit.labels) keys.add(l.replace(/-/g, ''));
  return keys;
}

function addTo<T>(index: Map<string, T[]>, key: string, unit: T): void {
  const list = index.get(key);
  if (list) list.push(unit);
  else index.set(key, [unit]);
}

interface TypeWord<T extends string> {
  /** The type word as foldKey writes it, e.g. "thanh pho", "tp". */
  word: string;
  type: T;
}

/**
 * Units whose name or label the text gives, with or without a type word in front.
 * When the text names a type and some match has that type, only those are kept:
 * "Thành phố Cao Lãnh" is not "Huyện Cao Lãnh".
 */
function search<T extends { type: string }>(
  list: readonly T[],
  index: ReadonlyMap<string, readonly T[]>,
  text: string,
  words: readonly TypeWord<T['type']>[],
  glued: readonly TypeWord<T['type']>[] = [],
): readonly T[] {
  const q = foldedQuery(text);
  if (q === '') return NONE;
  // The index lists each key's units in table order, without repeats.
  const direct = index.get(compact(q));
  let typed: T[] | null = null;
  const add = (rest: string, type: T['type']) => {
    const matches = index.get(compact(rest)) ?? NONE;
    const same = matches.filter((u) => u.type === type);
    (typed ??= []).push(...(same.length > 0 ? same : matches));
  };
  for (const { word, type } of words) {
    if (q.length > word.length && q.charCodeAt(word.length) === 0x20 && q.startsWith(word)) add(q.slice(word.length + 1), type);
  }
  for (const { word, type } of glued) {
    if (q.length > word.length && q.startsWith(word) && !q.includes(' ')) add(q.slice(word.length), type);
  }
  // Most searches find the name as written, or nothing: the index's own list is the answer.
  if (typed === null) return direct ?? NONE;
  const found = new Set<T>(direct);
  for (const u of typed as T[]) found.add(u);
  if (found.size <= 1) return [...found];
  const at = positions(list);
  return [...found].sort((a, b) => at.get(a)! - at.get(b)!);
}

const NONE: readonly never[] = Object.freeze([]);

const positionsOf = new WeakMap<readonly object[], Map<object, number>>();

/** Where each unit stands in its table, found once per table. */
function positions<T extends object>(list: readonly T[]): Map<T, number> {
  let at = positionsOf.get(list) as Map<T, number> | undefined;
  if (!at) {
    at = new Map(list.map((u, i) => [u, i]));
    positionsOf.set(list, at);
  }
  return at;
}

let lastText = '';
let lastQuery = '';

/** foldKey of a search text; a name searched in every province is folded once. */
function foldedQuery(text: string): string {
  if (text !== lastText) {
    lastQuery = foldKey(text);
    lastText = text;
  }
  return lastQuery;
}

function labelIndex<T extends { labels: readonly string[] }>(list: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const u of list) for (const l of u.labels) addTo(index, l, u);
  return index;
}

function nameIndex<T extends { name: string; labels: readonly string[] }>(list: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const u of list) for (const k of keysOf(u)) addTo(index, k, u);
  return index;
}

// ------------------------------------------------------------------ provinces

const PROVINCE_WORDS: readonly TypeWord<Province['type']>[] = [
  { word: 'tinh', type: 'tinh' },
  { word: 'thanh pho', type: 'thanh-pho' },
  { word: 'tp', type: 'thanh-pho' },
];
const PROVINCE_GLUED: readonly TypeWord<Province['type']>[] = [{ word: 'tp', type: 'thanh-pho' }];

/** Short names in everyday official use that no rule derives ("TP.HCM"), by province code. */
const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = { '79': ['hcm'] };

let provinceLabels: Map<string, Province[]> | undefined;
let provinceNames: Map<string, Province[]> | undefined;

export function allProvinces(): readonly Province[] {
  return provinceTable();
}

const onDate = new Map<string, readonly Province[]>();

export function provincesOn(date: string): readonly Province[] {
  // A run judges by one date or a few: keep each answer (bounded, in case of many).
  let list = onDate.get(date);
  if (!list) {
    if (onDate.size > 64) onDate.clear();
    list = Object.freeze(provinceTable().filter((p) => isValidOn(p, date)));
    onDate.set(date, list);
  }
  return list;
}

export function provinceById(id: string): Province | undefined {
  return provinceIndex().get(id);
}

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

export function provincesByLabel(label: string): readonly Province[] {
  provinceLabels ??= labelIndex(provinceTable());
  return provinceLabels.get(label.toLowerCase()) ?? [];
}

export function findProvinces(text: string): readonly Province[] {
  if (!provinceNames) {
    provinceNames = nameIndex(provinceTable());
    for (const p of provinceTable()) for (const alias of PROVINCE_ALIASES[p.code] ?? []) addTo(provinceNames, alias, p);
  }
  // Agency names ask about the same few places again and again: keep recent answers.
  let hit = provinceAnswers.get(text);
  if (!hit) {
    if (provinceAnswers.size > 2048) provinceAnswers.clear();
    hit = search(provinceTable(), provinceNames, text, PROVINCE_WORDS, PROVINCE_GLUED);
    provinceAnswers.set(text, hit);
  }
  return hit;
}

const provinceAnswers = new Map<string, readonly Province[]>();

// ------------------------------------------------------------------ districts

const DISTRICT_WORDS: readonly TypeWord<District['type']>[] = [
  { word: 'huyen', type: 'huyen' },
  { word: 'quan', type: 'quan' },
  { word: 'q', type: 'quan' },
  { word: 'thi xa', type: 'thi-xa' },
  { word: 'tx', type: 'thi-xa' },
  { word: 'thanh pho', type: 'thanh-pho' },
  { word: 'tp', type: 'thanh-pho' },
];

const districtIndexes = new Map<string, { labels: Map<string, District[]>; names: Map<string, District[]> }>();

function districtIndex(holder: string) {
  let index = districtIndexes.get(holder);
  if (!index) {
    const list = districtTable().get(holder) ?? [];
    index = { labels: labelIndex(list), names: nameIndex(list) };
    districtIndexes.set(holder, index);
  }
  return index;
}

/** Districts of 2025-06-30 (all of them abolished on 2025-07-01); none for a province of the new map. */
export function districtsOf(provinceId: string): readonly District[] {
  return districtTable().get(holderId(provinceId)) ?? [];
}

export function districtsByLabel(provinceId: string, label: string): readonly District[] {
  return districtIndex(holderId(provinceId)).labels.get(label.toLowerCase()) ?? [];
}

export function findDistricts(provinceId: string, text: string): readonly District[] {
  const holder = holderId(provinceId);
  return search(districtTable().get(holder) ?? [], districtIndex(holder).names, text, DISTRICT_WORDS);
}

// ------------------------------------------------------------------ communes

const COMMUNE_WORDS: readonly TypeWord<Commune['type']>[] = [
  { word: 'xa', type: 'xa' },
  { word: 'phuong', type: 'phuong' },
  { word: 'p', type: 'phuong' },
  { word: 'thi tran', type: 'thi-tran' },
  { word: 'tt', type: 'thi-tran' },
  { word: 'dac khu', type: 'dac-khu' },
];

interface CommuneCache {
  history: ReturnType<typeof registeredHistory>;
  lists: Map<string, readonly Commune[]>;
  labels: Map<string, Map<string, Commune[]>>;
  names: Map<string, Map<string, Commune[]>>;
  byId?: Map<string, Commune>;
}

let communeCache: CommuneCache | undefined;

/** Indexes over communes, dropped when a history table is registered. */
function communes(): CommuneCache {
  const history = registeredHistory();
  if (communeCache && communeCache.history === history) return communeCache;
  communeCache = { history, lists: new Map(), labels: new Map(), names: new Map() };
  return communeCache;
}

export function communesOf(provinceId: string): readonly Commune[] {
  const cache = communes();
  let list = cache.lists.get(provinceId);
  if (!list) {
    const fresh = newCommunesOf(provinceId);
    const old = oldCommunesOf(holderId(provinceId));
    list = old.length === 0 ? fresh : Object.freeze([...fresh, ...old]);
    cache.lists.set(provinceId, list);
  }
  return list;
}

export function communesByLabel(provinceId: string, label: string): readonly Commune[] {
  const cache = communes();
  let index = cache.labels.get(provinceId);
  if (!index) {
    index = labelIndex(communesOf(provinceId));
    cache.labels.set(provinceId, index);
  }
  return index.get(label.toLowerCase()) ?? [];
}

export function findCommunes(provinceId: string, text: string): readonly Commune[] {
  const cache = communes();
  const list = communesOf(provinceId);
  let index = cache.names.get(provinceId);
  if (!index) {
    index = nameIndex(list);
    cache.names.set(provinceId, index);
  }
  return search(list, index, text, COMMUNE_WORDS);
}

export function communeById(id: string): Commune | undefined {
  const cache = communes();
  if (!cache.byId) {
    const byId = new Map<string, Commune>();
    for (const pid of newCommuneProvinceIds()) for (const c of newCommunesOf(pid)) byId.set(c.id, c);
    for (const pid of oldCommuneProvinceIds()) for (const c of oldCommunesOf(pid)) byId.set(c.id, c);
    cache.byId = byId;
  }
  return cache.byId.get(id);
}

// ------------------------------------------------------------------ history

export function historyLoaded(): boolean {
  return registeredHistory() !== undefined;
}

/** Called by `govvn/history` with its table; throws if the table belongs to other units. */
export function registerHistory(table: unknown): void {
  setHistory(table);
}
