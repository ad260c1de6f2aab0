/**
 * The GSO list before 2022-10-01 (scripts/data/gso-snapshots.json): each snapshot kept as
 * its difference from the newer one, down to a package snapshot. Rebuilt here into whole
 * lists of rows, checked against a schema, so that the generator reads them like the
 * package's own snapshots.
 */
import { z } from 'zod';
import { clean, fail, parseWith } from './common.js';

/** One unit of a GSO list: level 1 province, 2 district, 3 commune, under its parent's code. */
export interface FlatRow {
  level: 1 | 2 | 3;
  code: string;
  /** The code of its province (a district) or district (a commune); empty for a province. */
  parent: string;
  name: string;
}

export const rowKey = (r: Pick<FlatRow, 'level' | 'code'>): string => `${r.level} ${r.code}`;
export const rowText = (r: FlatRow): string => `${r.level} ${r.code} ${r.parent || '-'} ${r.name}`;

const ROW = /^([123]) (\d+) (-|\d+) (\S.*)$/;
const KEY = /^([123]) (\d+)$/;

function parseRow(text: string, what: string): FlatRow {
  const m = ROW.exec(text) ?? fail(`${what}: "${text}" is not "<level> <code> <parent> <name>"`);
  const level = Number(m[1]) as FlatRow['level'];
  if ((level === 1) !== (m[3] === '-')) fail(`${what}: "${text}": a province and only a province has no parent`);
  return { level, code: m[2]!, parent: m[3] === '-' ? '' : m[3]!, name: clean(m[4]!) };
}

const text = z.string({ error: 'should be a non-empty string' }).min(1, { error: 'should be a non-empty string' });
const isoDate = text.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'should be YYYY-MM-DD' });
const snapshot = z.object({
  date: isoDate,
  exact: z.boolean(),
  source: text,
  resolutions: z.array(text),
  removed: z.array(text.regex(KEY, { error: 'should be "<level> <code>"' })),
  added: z.array(text),
});
const between = snapshot.omit({ exact: true, resolutions: true }).extend({ base: text });
const history = z.object({
  source: z.array(z.string()),
  base: text,
  snapshots: z.array(snapshot).min(1),
  between: z.array(between).optional().transform((v) => v ?? []),
});

export interface HistorySnapshot {
  date: string;
  /** Dated the day its changes took effect, rather than a later publication day. */
  exact: boolean;
  rows: FlatRow[];
}

/** The package snapshot's rows, from its `level1s` (id, name, children). */
export function packageRows(level1s: unknown, what: string): FlatRow[] {
  const unit = z.object({ id: text, name: text.transform(clean) });
  const commune = unit;
  const district = unit.extend({ children: z.array(commune) });
  const province = unit.extend({ children: z.array(district) });
  const rows: FlatRow[] = [];
  for (const p of parseWith(z.array(province), level1s, what)) {
    rows.push({ level: 1, code: p.id, parent: '', name: p.name });
    for (const d of p.children) {
      rows.push({ level: 2, code: d.id, parent: p.id, name: d.name });
      for (const c of d.children) rows.push({ level: 3, code: c.id, parent: d.id, name: c.name });
    }
  }
  return rows;
}

/** A list rebuilt from a newer (or, for `between`, older) one and its difference, checked. */
function applyDelta(from: ReadonlyMap<string, FlatRow>, removed: readonly string[], added: readonly string[], what: string): Map<string, FlatRow> {
  const next = new Map(from);
  for (const k of removed) if (!next.delete(k)) fail(`${what}: removes ${k}, which the list it differs from lacks`);
  for (const t of added) {
    const r = parseRow(t, what);
    if (next.has(rowKey(r))) fail(`${what}: adds ${rowKey(r)} twice`);
    next.set(rowKey(r), r);
  }
  for (const r of next.values()) {
    if (r.level > 1 && !next.has(`${r.level - 1} ${r.parent}`)) fail(`${what}: ${rowText(r)} has no parent in the list`);
  }
  return next;
}

/**
 * Every list of the file as whole rows: the snapshots newest first, from the rows of the
 * file's base (a package snapshot), then the lists between the package snapshots, each
 * from the package snapshot it names. Fails on a removal of a unit the list it differs
 * from lacks, a unit added twice, or a commune or district whose parent the list lacks.
 */
export function readGsoHistory(doc: unknown, packages: readonly { name: string; rows: readonly FlatRow[] }[]): HistorySnapshot[] {
  const h = parseWith(history, doc, 'gso-snapshots.json');
  const rowsOf = (name: string) => packages.find((p) => p.name === name)?.rows ?? fail(`gso-snapshots.json: based on ${name}, which is not among the snapshots`);
  let current = new Map(rowsOf(h.base).map((r) => [rowKey(r), r]));
  const out: HistorySnapshot[] = [];
  let newer = '9999-12-31';
  for (const s of h.snapshots) {
    const what = `gso-snapshots.json ${s.date}`;
    if (s.date >= newer) fail(`${what}: snapshots must run from newest to oldest`);
    newer = s.date;
    current = applyDelta(current, s.removed, s.added, what);
    out.push({ date: s.date, exact: s.exact, rows: [...current.values()] });
  }
  for (const b of h.between) {
    const base = new Map(rowsOf(b.base).map((r) => [rowKey(r), r]));
    out.push({ date: b.date, exact: false, rows: [...applyDelta(base, b.removed, b.added, `gso-snapshots.json between ${b.date}`).values()] });
  }
  return out;
}
