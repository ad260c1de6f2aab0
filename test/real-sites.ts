import type { EntityKind, Verdict } from '../src/index.js';
import type { Judged } from './corpus-expected.js';
import { readFixtureCsv } from './csv.js';

/**
 * One row of a real-sites fixture: a site as a public list names it, and what
 * the law says of it as of one date (see test/fixtures/README.md).
 */
export interface RealSite {
  domain: string;
  /** The agency exactly as the list writes it; '' where the list names a service, not a body. */
  agency: string;
  /** The province the list implies, passed as the `province` option when given. */
  province: string;
  asOf: string;
  expected: Judged;
  why: string;
  source: string;
  status: 'ok' | 'known-failure' | '';
}

/** Reads `test/fixtures/<name>` (real-sites.csv, real-sites-holdout.csv, real-sites-sample2.csv or real-sites-sample3.csv). */
export function readRealSites(name: string): RealSite[] {
  return readFixtureCsv(name).map((r) => {
    const status = r.status ?? '';
    if (status !== 'ok' && status !== 'known-failure' && status !== '') throw new Error(`${name}: ${r.domain}: bad status ${status}`);
    return {
      domain: r.domain!,
      agency: r.agency!,
      province: r.province!,
      asOf: r.asOf!,
      expected: {
        verdict: r.verdict as Verdict,
        kind: r.kind as EntityKind | '',
        province: r.province_label!,
        suggestion: r.suggestion!,
      },
      why: r.why!,
      source: r.source!,
      status,
    };
  });
}

/** The options a row is judged with: its date, and its agency and province when the list gives them. */
export function optionsOf(row: RealSite): { asOf: string; agency?: string; province?: string } {
  return {
    asOf: row.asOf,
    ...(row.agency ? { agency: row.agency } : {}),
    ...(row.province ? { province: row.province } : {}),
  };
}
