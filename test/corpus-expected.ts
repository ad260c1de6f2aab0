import type { EntityKind, Result, Verdict } from '../src/index.js';
import { readFixtureCsv } from './csv.js';

/** The four things a reviewer judged for one corpus row on one date. */
export interface Judged {
  verdict: Verdict;
  kind: EntityKind | '';
  /** The holder's province label, '' for none. */
  province: string;
  /** The first suggestion, '' for none. */
  suggestion: string;
}

/**
 * One reviewed row of `domains-expected.csv`: what the law says of a corpus row
 * (`domains.csv`, keyed by domain and agency) as of one date. A `known-failure`
 * is a row where the engine is wrong today; its fields still say what is right.
 */
export interface Expectation {
  domain: string;
  agency: string;
  /** The corpus row's province, passed as the `province` option when given. */
  province: string | undefined;
  asOf: string;
  expected: Judged;
  status: 'ok' | 'known-failure';
  why: string;
}

const key = (domain: string, agency: string): string => `${domain}\u0000${agency}`;

/** The corpus rows, and their expectations joined to each row's province. */
export function readCorpus(): { rows: Array<Record<string, string>>; expectations: Expectation[] } {
  const rows = readFixtureCsv('domains.csv');
  const provinceOf = new Map(rows.map((r) => [key(r.domain!, r.entity_name_vi!), r.province ?? '']));
  const expectations = readFixtureCsv('domains-expected.csv').map((e): Expectation => {
    const province = provinceOf.get(key(e.domain!, e.agency!));
    if (province === undefined) throw new Error(`domains-expected.csv: ${e.domain} (${e.agency}) is no corpus row`);
    if (e.status !== 'ok' && e.status !== 'known-failure') throw new Error(`domains-expected.csv: ${e.domain}: bad status ${e.status}`);
    return {
      domain: e.domain!,
      agency: e.agency!,
      province: province || undefined,
      asOf: e.asOf!,
      expected: {
        verdict: e.verdict as Verdict,
        kind: e.kind as EntityKind | '',
        province: e.province!,
        suggestion: e.suggestion!,
      },
      status: e.status,
      why: e.why!,
    };
  });
  return { rows, expectations };
}

/** The same four things read off a result, in the expectations' shape. */
export function judged(r: Result): Judged {
  return {
    verdict: r.verdict,
    kind: r.entity?.kind ?? '',
    province: r.entity?.province?.label ?? '',
    suggestion: r.suggestions[0] ?? '',
  };
}
