/**
 * The hand-kept lists (scripts/data/*.json), checked against their schemas:
 * the 63 provinces of 2011 and the changes the package cannot show.
 */
import { z } from 'zod';
import { clean, parseWith } from './common.js';

const text = z.string({ error: 'should be a non-empty string' }).min(1, { error: 'should be a non-empty string' });
const name = text.transform(clean);
const ptype = z.enum(['tinh', 'thanh-pho'], { error: 'should be "tinh" or "thanh-pho"' });
const isoDate = text.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'should be YYYY-MM-DD' });
/** Where each fact comes from: the lists are kept by hand, so each says so. */
const sources = z.array(z.string(), { error: 'should say where the list comes from' });

const handProvince = z.object({
  code: text,
  name,
  type: ptype,
  label: text,
  alsoAccepted: z.array(text).optional(),
  // An empty note is no note: the label is then checked against the name.
  labelNote: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
});

const provinceChange = z.object({
  date: isoDate,
  code: text,
  before: name,
  after: name,
  type: ptype,
  label: text,
  source: text,
});

const islandDistrict = z.object({
  province: text,
  name,
  successor: name,
  source: text,
});

const effectiveDate = z.object({
  province: text,
  date: isoDate,
  resolution: text,
  source: text,
});

const effectiveDates = z.object({ source: sources, changes: z.array(effectiveDate) });

const provinces2011 = z.object({ source: sources, provinces: z.array(handProvince) });

const changesBefore2025 = z.object({
  source: sources,
  provinces: z.array(provinceChange),
  districtsWithoutCommunes: z
    .array(islandDistrict)
    .optional()
    .transform((v) => v ?? []),
});

/** A province of 2011-10-01 as the hand-kept list gives it. */
export type HandProvince = z.output<typeof handProvince>;
/** A change of a province's name or type between 2011 and 2025. */
export type ProvinceChange = z.output<typeof provinceChange>;
/** A district of 2025-06-30 with no commune, so no ward_mappings row names it. */
export type IslandDistrict = z.output<typeof islandDistrict>;

/** The day a Standing Committee resolution rearranging a province's districts and communes took effect. */
export type EffectiveDate = z.output<typeof effectiveDate>;

export function readEffectiveDates(doc: unknown): EffectiveDate[] {
  return parseWith(effectiveDates, doc, 'effective-dates.json').changes;
}

export function readHandProvinces(doc: unknown): HandProvince[] {
  return parseWith(provinces2011, doc, 'provinces-2011.json').provinces;
}

export function readChanges(doc: unknown): { provinces: ProvinceChange[]; islands: IslandDistrict[] } {
  const changes = parseWith(changesBefore2025, doc, 'changes-before-2025.json');
  return { provinces: changes.provinces, islands: changes.districtsWithoutCommunes };
}
