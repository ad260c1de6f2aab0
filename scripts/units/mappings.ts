/**
 * The ward_mappings rows that describe the map of 2025-06-30 (those with an old
 * ward code), checked against the provinces and wards, and where each old
 * province's wards went.
 */
import { fail } from './common.js';
import type { Flows, NewProvince, OldProvinceOf } from './provinces.js';
import type { SrcMapping, SrcWard } from './read-source.js';
import type { BuildReport } from './report.js';

export interface CodedRows extends Flows {
  /** The rows with an old ward code. */
  rows: SrcMapping[];
  wardsByCode: ReadonlyMap<string, SrcWard>;
}

export function codedRows(
  mappings: readonly SrcMapping[],
  wards: readonly SrcWard[],
  news: readonly NewProvince[],
  oldOf: OldProvinceOf,
  report: BuildReport,
): CodedRows {
  const rows = mappings.filter((m) => m.oldCode !== null);
  report.rowsWithoutOldCode = mappings.length - rows.length;
  const newBySrcName = new Map(news.map((p) => [p.srcName, p]));
  const flows = new Map<string, Map<string, number>>();
  const sources = new Map<string, Set<string>>();
  const wardsByCode = new Map(wards.map((w) => [w.code, w]));
  for (const m of rows) {
    if (!m.oldName || !m.oldDistrict || !m.oldProvince) fail(`ward_mappings row ${m.id}: old ward ${m.oldCode} without name, district or province`);
    if (!/^\d{5}$/.test(m.oldCode!)) fail(`ward_mappings row ${m.id}: old ward code "${m.oldCode}" should be 5 digits`);
    const old = oldOf(m.oldProvince, `ward_mappings row ${m.id}`);
    const np = newBySrcName.get(m.newProvince) ?? fail(`ward_mappings row ${m.id}: unknown new province "${m.newProvince}"`);
    const ward = wardsByCode.get(m.newCode) ?? fail(`ward_mappings row ${m.id}: unknown new ward ${m.newCode}`);
    if (ward.provinceCode !== np.code) fail(`ward_mappings row ${m.id}: new ward ${m.newCode} is not in ${np.srcName}`);
    const f = flows.get(old.id) ?? new Map<string, number>();
    f.set(np.code, (f.get(np.code) ?? 0) + 1);
    flows.set(old.id, f);
    const s = sources.get(np.code) ?? new Set<string>();
    s.add(old.id);
    sources.set(np.code, s);
  }
  return { rows, flows, sources, wardsByCode };
}
