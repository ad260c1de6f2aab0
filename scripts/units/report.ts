/**
 * What the generator tells the person running it (and the tests): what it
 * found in the data beyond the tables themselves.
 */
import { fullNameLabels } from '../../src/vi/fold.js';
import { provinceBare } from './names.js';

export interface BuildReport {
  /** Old province name → new province name, for provinces merged on 2025-07-01. */
  successors: Record<string, string>;
  /** Names of the provinces unchanged on 2025-07-01. */
  unchanged: string[];
  /** Names in the package that differ from the hand-kept list only in spelling. */
  spellings: string[];
  /** ward_mappings rows left out: no old ward code (see docs/data.md). */
  rowsWithoutOldCode: number;
  /** New communes no old ward maps to. */
  newCommunesWithoutOldWard: string[];
  /** Hand-kept labels that differ from the labels derived from the name. */
  labelMismatches: string[];
  counts: { provinces: number; districts: number; communes: number; oldCommunes: number; endedDistricts: number; endedCommunes: number };
}

export function emptyReport(): BuildReport {
  return {
    successors: {},
    unchanged: [],
    spellings: [],
    rowsWithoutOldCode: 0,
    newCommunesWithoutOldWard: [],
    labelMismatches: [],
    counts: { provinces: 0, districts: 0, communes: 0, oldCommunes: 0, endedDistricts: 0, endedCommunes: 0 },
  };
}

/** A hand-kept label the name does not give is reported, unless the list says why (an exception). */
export function checkLabels(report: BuildReport, fullName: string, labels: string[], exception: boolean): void {
  if (exception) return;
  const derived = fullNameLabels(provinceBare(fullName));
  if (derived.join(',') !== labels.join(',')) {
    report.labelMismatches.push(`${fullName}: hand-kept ${labels.join(',')}, derived ${derived.join(',')}`);
  }
}

export function addSpelling(report: BuildReport, note: string): void {
  if (!report.spellings.includes(note)) report.spellings.push(note);
}
