/** The communes of 2025-07-01, by province in code order, each as a code step, a type letter and the bare name. */
import { byCode, fail } from './common.js';
import { COMMUNE_PREFIXES, safeName, splitType } from './names.js';
import type { NewProvince } from './provinces.js';
import type { SrcMapping, SrcWard } from './read-source.js';
import type { BuildReport } from './report.js';

/** Province record id → the COMMUNES entry. */
export function communeTables(
  rows: readonly SrcMapping[],
  wards: readonly SrcWard[],
  wardsByCode: ReadonlyMap<string, SrcWard>,
  news: readonly NewProvince[],
  newIdOf: ReadonlyMap<string, string>,
  report: BuildReport,
): [string, string][] {
  const newCodes = new Set(news.map((p) => p.code));
  const reached = new Set(rows.map((m) => m.newCode));
  const communeLines: [string, string][] = [];
  const wardsByProvince = new Map<string, SrcWard[]>();
  for (const w of wards) {
    if (!/^\d{5}$/.test(w.code)) fail(`ward code "${w.code}" should be 5 digits`);
    if (!newCodes.has(w.provinceCode)) fail(`ward ${w.code}: unknown province ${w.provinceCode}`);
    const list = wardsByProvince.get(w.provinceCode) ?? [];
    list.push(w);
    wardsByProvince.set(w.provinceCode, list);
    if (!reached.has(w.code)) report.newCommunesWithoutOldWard.push(`${w.name} (${w.code})`);
  }
  if (wardsByCode.size !== wards.length) fail('two wards share a code');
  for (const np of [...news].sort((a, b) => byCode(a.code, b.code))) {
    const list = (wardsByProvince.get(np.code) ?? []).sort((a, b) => byCode(a.code, b.code));
    const entries = list.map((w, i) => {
      const [letter, bare] = splitType(w.name, COMMUNE_PREFIXES, `ward ${w.code}`);
      if (letter === 't') fail(`ward ${w.code}: no thị trấn after 2025-07-01`);
      const step = Number(w.code) - (i === 0 ? 0 : Number(list[i - 1]!.code));
      return `${step}${letter}${safeName(bare)}`;
    });
    communeLines.push([newIdOf.get(np.code)!, entries.join('|')]);
    report.counts.communes += list.length;
  }
  return communeLines;
}
